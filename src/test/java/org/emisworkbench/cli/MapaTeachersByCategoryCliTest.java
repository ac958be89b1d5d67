package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teachers of a Lusophone "mapa estatístico" (review 25 F1, decision 0077): {@code Professores | HM | M} over
 * category rows and a {@code Total} row, below an enrolment table with its own {@code Total}. The men are a label
 * {@code sumOf} with {@code differenceOf} (each row's HM less its M, added up), never the enrolment's Total; the draft
 * writes them; a school whose men are missing is marked in pupils per teacher and left out of the share of women,
 * said. The
 * workbooks are written here with POI, and every figure expected is worked out here from the values written.
 */
class MapaTeachersByCategoryCliTest {
    @TempDir
    Path dir;

    private static final String SHEET = "Mapa Estatístico";
    private static final String[] CATEGORIES = {"Com formação pedagógica", "Sem formação", "Eventuais"};

    /** Pupils per class {boys, girls}; teachers per category {men, women}. */
    private record School(String code, int[][] pupils, int[][] teachers) {
        int pupilsAll() {
            int n = 0;
            for (int[] p : pupils) {
                n += p[0] + p[1];
            }
            return n;
        }

        int teachers(int sex) {
            int n = 0;
            for (int[] t : teachers) {
                n += t[sex];
            }
            return n;
        }
    }

    private static School school(String code, long seed) {
        Random rnd = new Random(seed);
        int[][] pupils = new int[6][];
        for (int g = 0; g < 6; g++) {
            pupils[g] = new int[] {10 + rnd.nextInt(60), 10 + rnd.nextInt(60)};
        }
        int[][] teachers = new int[CATEGORIES.length][];
        for (int k = 0; k < CATEGORIES.length; k++) {
            teachers[k] = new int[] {1 + rnd.nextInt(9), 1 + rnd.nextInt(9)};
        }
        return new School(code, pupils, teachers);
    }

    /**
     * Rows as Excel shows them: code 3, header 6, classes 7-12, Total 13 (pupils), teachers' heading 15, categories
     * 16-18, Total 19. {@code blankWomenRow} ≥ 0 leaves that category's M blank (its HM written).
     */
    private Path workbook(School s, int blankWomenRow) throws Exception {
        Path path = dir.resolve("Mapa_" + s.code() + "_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet sh = wb.createSheet(SHEET);
            sh.createRow(0).createCell(0).setCellValue("MAPA ESTATÍSTICO DO ENSINO PRIMÁRIO — ANO LECTIVO 2024");
            Row r = sh.createRow(2);
            r.createCell(0).setCellValue("Código da escola");
            r.createCell(1).setCellValue(s.code());
            r = sh.createRow(5);
            r.createCell(0).setCellValue("Classe");
            r.createCell(1).setCellValue("HM");
            r.createCell(2).setCellValue("M");
            int hm = 0;
            int m = 0;
            for (int g = 0; g < 6; g++) {
                int[] p = s.pupils()[g];
                r = sh.createRow(6 + g);
                r.createCell(0).setCellValue((g + 1) + "ª Classe");
                r.createCell(1).setCellValue(p[0] + p[1]);
                r.createCell(2).setCellValue(p[1]);
                hm += p[0] + p[1];
                m += p[1];
            }
            r = sh.createRow(12);
            r.createCell(0).setCellValue("Total");
            r.createCell(1).setCellValue(hm);
            r.createCell(2).setCellValue(m);
            r = sh.createRow(14);
            r.createCell(0).setCellValue("Professores");
            r.createCell(1).setCellValue("HM");
            r.createCell(2).setCellValue("M");
            int men = 0;
            int women = 0;
            for (int k = 0; k < CATEGORIES.length; k++) {
                int[] t = s.teachers()[k];
                r = sh.createRow(15 + k);
                r.createCell(0).setCellValue(CATEGORIES[k]);
                r.createCell(1).setCellValue(t[0] + t[1]);
                if (k != blankWomenRow) {
                    r.createCell(2).setCellValue(t[1]);
                }
                men += t[0];
                women += t[1];
            }
            r = sh.createRow(15 + CATEGORIES.length);
            r.createCell(0).setCellValue("Total");
            r.createCell(1).setCellValue(men + women);
            r.createCell(2).setCellValue(women);
            wb.write(out);
        }
        return path;
    }

    private static final String ROWS = "[\"Com formação pedagógica\", \"Sem formação\", \"Eventuais\"]";

    private Path template(boolean men) throws Exception {
        Path t = dir.resolve(men ? "t-both.json" : "t-women.json");
        Files.writeString(t, """
                {"id": "mapa-%s", "version": 1, "layout": "grid", "language": "pt", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Mapa Estatístico"], "required": ["school.code"],
                   "labels": [{"labels": ["Código da escola"], "field": "school.code"},
                     {"sumOf": %s, "column": ["M"], "field": "teachers.total", "sex": "F"}%s],
                   "grids": [{"field": "enrolment", "titles": ["Classe"], "rows": "grade"}]}]}
                """.formatted(men ? "both" : "women", ROWS, men ? ", {\"sumOf\": " + ROWS
                + ", \"differenceOf\": [\"HM\", \"M\"], \"field\": \"teachers.total\", \"sex\": \"M\"}" : ""),
                StandardCharsets.UTF_8);
        return t;
    }

    /** The long export's teachers' rows of a school: sex → {value, cell}. */
    private Map<String, String[]> teachers(Path db, String school) throws Exception {
        Path csv = dir.resolve("long-" + school + ".csv");
        CliRun e = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString(), "--force");
        assertEquals(0, e.code(), e.out() + e.err());
        Map<String, String[]> out = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> cols = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[cols.indexOf("school_code")].equals(school) && f[cols.indexOf("topic")].equals("teachers")
                    && f[cols.indexOf("item")].equals("total")) {
                out.put(f[cols.indexOf("sex")], new String[] {f[cols.indexOf("value")], f[cols.indexOf("cell")]});
            }
        }
        return out;
    }

    /** The source of the men: each category row's HM less its M, added up. */
    private static String menSource() {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < CATEGORIES.length; k++) {
            parts.add("B" + (16 + k) + "-C" + (16 + k));
        }
        return String.join("+", parts);
    }

    @Test
    void theMenAreEachCategoryRowsBothSexesLessItsWomenAddedUpNeverThePupilsTotal() throws Exception {
        School s = school("AO-LDA-0201", 771L);
        Path file = workbook(s, -1);
        Path t = template(true);
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("sum of differences teachers.total M = (A16 Com formação pedagógica"),
                check.out());
        Path db = dir.resolve("a.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, String[]> got = teachers(db, s.code());
        assertEquals(String.valueOf(s.teachers(0)), got.get("M")[0], "men");
        assertEquals(menSource(), got.get("M")[1]);
        assertEquals(String.valueOf(s.teachers(1)), got.get("F")[0], "women");
        // The pupils' Total (A13) is never what the men are read from.
        assertFalse(got.get("M")[1].contains("13"), got.get("M")[1]);
    }

    @Test
    void aSumOfDifferencesWithAColumnIsRefusedSayingWhy() throws Exception {
        School s = school("AO-LDA-0205", 778L);
        Path t = dir.resolve("t-bad.json");
        Files.writeString(t, Files.readString(template(true), StandardCharsets.UTF_8).replace(
                "\"differenceOf\": [\"HM\", \"M\"]", "\"differenceOf\": [\"HM\", \"M\"], \"column\": [\"M\"]"),
                StandardCharsets.UTF_8);
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), workbook(s, -1).toString());
        assertTrue(check.code() != 0, check.out() + check.err());
        assertTrue((check.out() + check.err()).contains("give differenceOf or column, not both"),
                check.out() + check.err());
    }

    @Test
    void aCategoryRowWithItsWomenBlankLeavesTheMenMissingAndSaysSoNeverAPartOfThem() throws Exception {
        School s = school("AO-LDA-0202", 772L);
        Path file = workbook(s, 1);
        Path db = dir.resolve("b.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template(true).toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, String[]> got = teachers(db, s.code());
        assertNull(got.get("M"), "the men of two rows are not all the men");
        CliRun check = CliRun.emis("template", "check", "--template", template(true).toString(), file.toString());
        assertTrue(check.out().contains("Mapa Estatístico!C17 PARTIAL_SUM"), check.out());
    }

    @Test
    void theDraftWritesTheWomenAndTheMenOfTheCategoryRowsAndReadsThemRight() throws Exception {
        School s = school("AO-BGO-0203", 773L);
        Path file = workbook(s, -1);
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("on each of the rows"), d.out());
        JsonNode labels = new ObjectMapper().readTree(draft.toFile()).get("sheets").get(0).get("labels");
        JsonNode men = null;
        for (JsonNode l : labels) {
            if ("teachers.total".equals(l.path("field").asText()) && "M".equals(l.path("sex").asText())) {
                men = l;
            }
        }
        assertNotNull(men, labels.toString());
        assertEquals(CATEGORIES.length, men.get("sumOf").size(), men.toString());
        assertEquals("[\"HM\",\"M\"]", men.get("differenceOf").toString());
        Path db = dir.resolve("d.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        Map<String, String[]> got = teachers(db, s.code());
        assertEquals(String.valueOf(s.teachers(0)), got.get("M")[0], "men");
        assertEquals(String.valueOf(s.teachers(1)), got.get("F")[0], "women");
    }

    @Test
    void categoryRowsThatDoNotAddUpToTheirTotalAreNotDraftedAsAllTheTeachers() throws Exception {
        School s = school("AO-BGO-0204", 774L);
        Path file = workbook(s, -1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            // A Total above its rows: "of whom" rows, not a split of the teachers.
            wb.getSheet(SHEET).getRow(15 + CATEGORIES.length).getCell(1).setCellValue(99);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Path draft = dir.resolve("draft2.json");
        assertEquals(0, CliRun.emis("template", "draft", file.toString(), "--out", draft.toString()).code());
        String json = Files.readString(draft, StandardCharsets.UTF_8);
        assertTrue(json.contains("Código da escola"), json);
        assertFalse(json.contains("teachers.total"), json);
    }

    @Test
    void aSchoolWhoseMenAreMissingIsMarkedInPupilsPerTeacherAndLeftOutOfTheShareOfWomen() throws Exception {
        School both = school("AO-LDA-0301", 775L);
        School women = school("AO-LDA-0302", 776L);
        Path db = dir.resolve("i.mv.db");
        assertEquals(0, CliRun.emis("import", "--db", db.toString(), "--template", template(true).toString(),
                workbook(both, -1).toString()).code());
        assertEquals(0, CliRun.emis("import", "--db", db.toString(), "--template", template(false).toString(),
                workbook(women, -1).toString()).code());
        CliRun ind = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json");
        assertEquals(0, ind.code(), ind.out() + ind.err());
        JsonNode v = new ObjectMapper().readTree(ind.out().substring(ind.out().indexOf('{')));
        JsonNode ptr = v.get("pupil_teacher_ratio");
        // Both schools' pupils over their teachers as given, the second's women alone: marked, never silent.
        double expected = (double) (both.pupilsAll() + women.pupilsAll())
                / (both.teachers(0) + both.teachers(1) + women.teachers(1));
        assertEquals(expected, ptr.get("value").asDouble(), 1e-9, ptr.toString());
        assertTrue(ptr.get("note").asText().contains("1 of the 2 primary schools"), ptr.toString());
        assertTrue(ptr.get("note").asText().contains("one sex only"), ptr.toString());
        JsonNode fem = v.get("female_teachers_pct");
        assertEquals(100.0 * both.teachers(1) / (both.teachers(0) + both.teachers(1)), fem.get("value").asDouble(),
                1e-9, fem.toString());
        assertTrue(fem.get("note").asText().contains("one sex only"), fem.toString());
    }

    @Test
    void withOnlyTheWomenKnownTheRatioIsMarkedAndTheShareOfWomenSaysTheTrueReason() throws Exception {
        School s = school("AO-LDA-0401", 777L);
        Path db = dir.resolve("w.mv.db");
        assertEquals(0, CliRun.emis("import", "--db", db.toString(), "--template", template(false).toString(),
                workbook(s, -1).toString()).code());
        CliRun ind = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json");
        JsonNode v = new ObjectMapper().readTree(ind.out().substring(ind.out().indexOf('{')));
        JsonNode ptr = v.get("pupil_teacher_ratio");
        assertEquals((double) s.pupilsAll() / s.teachers(1), ptr.get("value").asDouble(), 1e-9, ptr.toString());
        assertTrue(ptr.get("note").asText().contains("only the sex given is counted"), ptr.toString());
        JsonNode fem = v.get("female_teachers_pct");
        assertFalse(fem.get("available").asBoolean(), fem.toString());
        assertTrue(fem.get("reason").asText().contains("for one sex only"), fem.toString());
        assertFalse(fem.get("reason").asText().contains("no teachers reported by sex"), fem.toString());
    }
}
