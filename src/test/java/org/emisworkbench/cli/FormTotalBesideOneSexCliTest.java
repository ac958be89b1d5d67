package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-school form giving the teachers of both sexes beside the women only ({@code Number of teachers : 12},
 * {@code Female teachers : 5}): the draft reads the men as the total less the women ({@code differenceOf} on a label,
 * decision 0044), the import stores 7 men and 5 women with both cells named, and the pupil–teacher ratio is the
 * pupils over all 12. The workbooks are written here, in a style the sample generator does not write (a merged
 * title, labels in column B with their values two columns on, a table of classes); the figures expected are worked
 * out here.
 */
class FormTotalBesideOneSexCliTest {
    @TempDir
    Path dir;

    /** Boys and girls of six classes. */
    private static final int[][] PUPILS = {{41, 38}, {36, 40}, {35, 33}, {30, 34}, {29, 27}, {25, 28}};

    /**
     * A return: title, code and name, the teachers' two labels (value null: blank), a table of classes.
     *
     * @param words code, name, total, one sex, table title, class, boys, girls and the classes' names
     */
    private Path form(String file, String[] words, String[] classes, String code, Integer total, Integer oneSex)
            throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Return");
            s.createRow(0).createCell(1).setCellValue("ANNUAL SCHOOL CENSUS");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 5));
            label(s, 2, words[0], code);
            label(s, 3, words[1], "Mbeya Hill");
            label(s, 5, words[2], total);
            label(s, 6, words[3], oneSex);
            s.createRow(8).createCell(1).setCellValue(words[4]);
            Row h = s.createRow(9);
            h.createCell(1).setCellValue(words[5]);
            h.createCell(2).setCellValue(words[6]);
            h.createCell(3).setCellValue(words[7]);
            for (int g = 0; g < PUPILS.length; g++) {
                Row r = s.createRow(10 + g);
                r.createCell(1).setCellValue(classes[g]);
                r.createCell(2).setCellValue(PUPILS[g][0]);
                r.createCell(3).setCellValue(PUPILS[g][1]);
            }
            wb.write(out);
        }
        return path;
    }

    /** A label in column B, its value in D (C left blank), on row {@code r} (0-based). */
    private static void label(Sheet s, int r, String text, Object value) {
        Row row = s.createRow(r);
        row.createCell(1).setCellValue(text);
        if (value instanceof String v) {
            row.createCell(3).setCellValue(v);
        } else if (value instanceof Integer v) {
            row.createCell(3).setCellValue(v);
        }
    }

    private static final String[] ENGLISH = {"EMIS code:", "Name of school:", "Number of teachers:",
        "Female teachers:", "PUPILS ENROLLED", "Class", "Boys", "Girls"};
    private static final String[] CLASSES = {"Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Grade 6"};

    private static int pupils() {
        int n = 0;
        for (int[] g : PUPILS) {
            n += g[0] + g[1];
        }
        return n;
    }

    private Path draft(Path file) throws Exception {
        Path out = dir.resolve(file.getFileName() + ".json");
        CliRun r = CliRun.emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return out;
    }

    private static JsonNode teachers(Path db, String school, String sex) throws Exception {
        List<String> args = new ArrayList<>(List.of("trace", "--db", db.toString(), "--year", "2024", "--school",
                school, "--topic", "teachers", "--slot", "total", "--format", "json"));
        args.add("--sex");
        args.add(sex);
        return CliRun.emis(args.toArray(String[]::new)).json();
    }

    /** The difference entry the draft wrote, or null. */
    private static JsonNode differenceLabel(Path template) throws Exception {
        for (JsonNode l : new ObjectMapper().readTree(template.toFile()).get("sheets").get(0).get("labels")) {
            if (l.has("differenceOf")) {
                return l;
            }
        }
        return null;
    }

    @Test
    void theMenAreTheTotalLessTheWomenAndThePtrCountsAllTheTeachers() throws Exception {
        int total = 12;
        int women = 5;
        Path file = form("mbeya-2024.xlsx", ENGLISH, CLASSES, "TZ-0412", total, women);
        Path template = draft(file);
        JsonNode d = differenceLabel(template);
        assertTrue(d != null, Files.readString(template));
        assertEquals("teachers.total", d.get("field").asText());
        assertEquals("M", d.get("sex").asText());
        assertEquals("Number of teachers", d.get("differenceOf").get(0).asText());
        assertEquals("Female teachers", d.get("differenceOf").get(1).asText());

        CliRun draftOut = CliRun.emis("template", "draft", file.toString(), "--out", dir.resolve("again.json")
                .toString());
        assertTrue(draftOut.out().contains("difference teachers.total M = \"Number of teachers\" − \"Female teachers\""),
                draftOut.out());
        assertTrue(draftOut.out().contains("both sexes, gives teachers.total M"), draftOut.out());

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("difference teachers.total M = B6 Number of teachers: = 12 (D6) − B7 Female"
                + " teachers: = 5 (D7)"), check.out());

        Path db = dir.resolve("en.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("0 problems"), "no column left unread: " + imp.out());

        JsonNode men = teachers(db, "TZ-0412", "M");
        assertEquals(total - women, men.get("value").asInt(), men.toString());
        assertEquals("Return", men.get("sources").get(0).get("sheet").asText());
        assertEquals("D6-D7", men.get("sources").get(0).get("cell").asText(), "both cells named: " + men);
        assertEquals(women, teachers(db, "TZ-0412", "F").get("value").asInt());

        // Asked for without --sex, the teachers stored by sex are pointed to, never said to be absent.
        CliRun noSex = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "TZ-0412", "--topic",
                "teachers", "--slot", "total");
        assertFalse(noSex.code() == 0, noSex.out());
        assertTrue(noSex.err().contains("add --sex F or --sex M"), noSex.err());
        CliRun noSexFr = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "TZ-0412",
                "--topic", "teachers", "--slot", "total", "--lang", "fr");
        assertTrue(noSexFr.err().contains("ajoutez --sex F ou --sex M"), noSexFr.err());

        JsonNode ind = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--school", "TZ-0412",
                "--format", "json").json();
        JsonNode ptr = ind.findValue("pupil_teacher_ratio");
        assertTrue(ptr.get("available").asBoolean(), ptr.toString());
        assertEquals((double) pupils() / total, ptr.get("value").asDouble(), 1e-9, ptr.toString());
        assertEquals(total, ptr.get("denominator").asDouble(), 1e-9);
        JsonNode share = ind.findValue("female_teachers_pct");
        assertTrue(share.get("available").asBoolean(), share.toString());
        assertEquals(100.0 * women / total, share.get("value").asDouble(), 1e-9, share.toString());
    }

    @Test
    void theWomenAboveTheTotalAreAnErrorNamingBothCellsAndABlankTotalLeavesTheMenMissing() throws Exception {
        Path good = form("good-2024.xlsx", ENGLISH, CLASSES, "TZ-0412", 12, 5);
        Path template = draft(good);
        Path over = form("over-2024.xlsx", ENGLISH, CLASSES, "TZ-0413", 4, 5);
        Path blank = form("blank-2024.xlsx", ENGLISH, CLASSES, "TZ-0414", null, 6);
        Path db = dir.resolve("bad.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), over.toString(),
                blank.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("SEX_OVER_TOTAL"), imp.out());
        assertTrue(imp.out().contains("PARTIAL_SUM"), imp.out());

        // Nothing stored for the men where the women are above the total or the total is blank; the women kept.
        assertFalse(teachers(db, "TZ-0413", "M").path("value").isNumber());
        assertEquals(5, teachers(db, "TZ-0413", "F").get("value").asInt());
        assertFalse(teachers(db, "TZ-0414", "M").path("value").isNumber());
        assertEquals(6, teachers(db, "TZ-0414", "F").get("value").asInt());

        JsonNode findings = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json").json();
        List<JsonNode> over24 = new ArrayList<>();
        List<JsonNode> blank13 = new ArrayList<>();
        for (JsonNode x : findings) {
            if ("IMP-24".equals(x.get("rule").asText())) {
                over24.add(x);
            } else if ("IMP-13".equals(x.get("rule").asText())) {
                blank13.add(x);
            }
        }
        assertEquals(1, over24.size(), findings.toString());
        JsonNode e = over24.get(0);
        assertEquals("TZ-0413", e.get("school").asText());
        assertEquals("error", e.get("severity").asText());
        assertEquals("over-2024.xlsx", Path.of(e.get("source").get("file").asText()).getFileName().toString());
        assertEquals("Return", e.get("source").get("sheet").asText());
        assertEquals("D6", e.get("source").get("cell").asText(), e.toString());
        String msg = e.get("message").asText();
        assertTrue(msg.contains("D7 gives 5") && msg.contains("D6 (4)") && msg.contains("teachers.total M"), msg);

        assertEquals(1, blank13.size(), findings.toString());
        JsonNode b = blank13.get(0);
        assertEquals("TZ-0414", b.get("school").asText());
        assertEquals("blank-2024.xlsx", Path.of(b.get("source").get("file").asText()).getFileName().toString());
        assertEquals("D6", b.get("source").get("cell").asText(), b.toString());
        assertTrue(b.get("message").asText().contains("D7 (6)"), b.toString());
    }

    @Test
    void frenchAndPortugueseLabelsAreDraftedTheSameWay() throws Exception {
        String[][] styles = {
            {"Code de l'école :", "Nom de l'école :", "Nombre d'enseignants :", "Enseignantes :", "EFFECTIFS",
                "Classe", "Garçons", "Filles", "Nombre d'enseignants", "Enseignantes", "F", "M"},
            {"Code établissement", "Nom de l'établissement", "Enseignants", "Dont femmes", "EFFECTIFS", "Classe",
                "Garçons", "Filles", "Enseignants", "Dont femmes", "F", "M"},
            {"Código da escola:", "Nome da escola:", "Professores:", "Professoras:", "MATRÍCULAS", "Classe",
                "Rapazes", "Raparigas", "Professores", "Professoras", "F", "M"}};
        String[][] classes = {{"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"}, {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"},
            {"1ª classe", "2ª classe", "3ª classe", "4ª classe", "5ª classe", "6ª classe"}};
        for (int k = 0; k < styles.length; k++) {
            int total = 9 + k;
            int women = 4;
            String code = "SN-" + (700 + k);
            Path file = form("f" + k + "-2024.xlsx", styles[k], classes[k], code, total, women);
            Path template = draft(file);
            JsonNode d = differenceLabel(template);
            assertTrue(d != null, styles[k][2] + ": " + Files.readString(template));
            assertEquals(styles[k][8], d.get("differenceOf").get(0).asText());
            assertEquals(styles[k][9], d.get("differenceOf").get(1).asText());
            assertEquals(styles[k][11], d.get("sex").asText());
            Path db = dir.resolve("f" + k + ".mv.db");
            CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                    file.toString());
            assertEquals(0, imp.code(), imp.out() + imp.err());
            assertTrue(imp.out().contains("0 problems"), styles[k][2] + ": " + imp.out());
            JsonNode men = teachers(db, code, "M");
            assertEquals(total - women, men.get("value").asInt(), styles[k][2] + ": " + men);
            assertEquals("D6-D7", men.get("sources").get(0).get("cell").asText());
            assertEquals(women, teachers(db, code, "F").get("value").asInt());
        }
    }

    @Test
    void besideTheMenOnlyTheWomenAreTheDifference() throws Exception {
        String[] words = ENGLISH.clone();
        words[2] = "Total teachers";
        words[3] = "Male teachers";
        Path file = form("men-2024.xlsx", words, CLASSES, "TZ-0600", 15, 9);
        Path template = draft(file);
        JsonNode d = differenceLabel(template);
        assertTrue(d != null, Files.readString(template));
        assertEquals("F", d.get("sex").asText());
        Path db = dir.resolve("men.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertTrue(imp.out().contains("0 problems"), imp.out());
        assertEquals(15 - 9, teachers(db, "TZ-0600", "F").get("value").asInt());
        assertEquals(9, teachers(db, "TZ-0600", "M").get("value").asInt());
    }

    @Test
    void theTeachersWordsOfTheWideDraftAreTheTotal() throws Exception {
        for (String total : new String[] {"Teachers (total):", "Total teachers", "Teachers:"}) {
            String[] words = ENGLISH.clone();
            words[2] = total;
            Path template = draft(form("w" + total.length() + "-2024.xlsx", words, CLASSES, "TZ-0700", 8, 3));
            JsonNode d = differenceLabel(template);
            assertTrue(d != null, total + ": " + Files.readString(template));
            assertEquals(total.replace(":", ""), d.get("differenceOf").get(0).asText());
            assertEquals("M", d.get("sex").asText());
        }
    }

    @Test
    void besideBothSexesTheTotalIsStillNotADifference() throws Exception {
        Path file = dir.resolve("both-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Return");
            label(s, 0, "EMIS code:", "TZ-0500");
            label(s, 1, "Number of teachers:", 12);
            label(s, 2, "Female teachers:", 5);
            label(s, 3, "Male teachers:", 7);
            wb.write(out);
        }
        Path template = draft(file);
        assertEquals(null, differenceLabel(template), Files.readString(template));
    }
}
