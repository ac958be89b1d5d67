package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Angolan / Mozambican "mapa estatístico" (review 25): {@code Classe} merged over two header rows, then
 * {@code Matriculados} over {@code HM | M} beside {@code Repetentes} over {@code HM | M} (HM both sexes, M the girls),
 * a row per class from {@code Iniciação} (pre-primary) to {@code 6ª Classe} and a {@code Total}; below it the
 * teachers {@code Professores | HM | M} with a second {@code Total}. The boys under each band are HM less M, each
 * with both cells as its source; the draft finds both tables; a label written twice is said. The workbooks are
 * written here with POI and every figure expected is worked out here from the values written.
 */
class LusophoneBandsFormCliTest {
    @TempDir
    Path dir;

    private static final String SHEET = "Mapa Estatístico";

    /** One school's figures: per class {boys, girls, repeating boys, repeating girls}; teachers per row {men, women}. */
    private record School(String code, String[] classes, int[][] pupils, int[][] teachers) {
    }

    private static School school(String code, String firstClass, long seed) {
        Random rnd = new Random(seed);
        String[] classes = new String[7];
        int[][] pupils = new int[7][];
        classes[0] = firstClass;
        for (int g = 0; g < 7; g++) {
            if (g > 0) {
                classes[g] = g + "ª Classe";
            }
            pupils[g] = new int[] {10 + rnd.nextInt(60), 10 + rnd.nextInt(60), g == 0 ? 0 : rnd.nextInt(9),
                g == 0 ? 0 : rnd.nextInt(9)};
        }
        int[][] teachers = {{2 + rnd.nextInt(8), 2 + rnd.nextInt(8)}, {1 + rnd.nextInt(8), 1 + rnd.nextInt(8)}};
        return new School(code, classes, pupils, teachers);
    }

    /** Rows (1-based as Excel shows them): labels 3-4, header 8-9, classes 10-16, Total 17, teachers 19-22. */
    private Path workbook(String file, School s) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet sh = wb.createSheet(SHEET);
            sh.createRow(0).createCell(0).setCellValue("MAPA ESTATÍSTICO DO ENSINO PRIMÁRIO — ANO LECTIVO 2024");
            Row r = sh.createRow(2);
            r.createCell(0).setCellValue("Código da escola");
            r.createCell(1).setCellValue(s.code());
            r = sh.createRow(3);
            r.createCell(0).setCellValue("Nome da escola");
            r.createCell(1).setCellValue("Escola " + s.code());
            r = sh.createRow(7);
            r.createCell(0).setCellValue("Classe");
            r.createCell(1).setCellValue("Matriculados");
            r.createCell(3).setCellValue("Repetentes");
            sh.addMergedRegion(new CellRangeAddress(7, 8, 0, 0));
            sh.addMergedRegion(new CellRangeAddress(7, 7, 1, 2));
            sh.addMergedRegion(new CellRangeAddress(7, 7, 3, 4));
            r = sh.createRow(8);
            String[] sexes = {"HM", "M", "HM", "M"};
            for (int i = 0; i < 4; i++) {
                r.createCell(1 + i).setCellValue(sexes[i]);
            }
            int[] total = new int[4];
            for (int g = 0; g < 7; g++) {
                int[] p = s.pupils()[g];
                int[] row = {p[0] + p[1], p[1], p[2] + p[3], p[3]};
                r = sh.createRow(9 + g);
                r.createCell(0).setCellValue(s.classes()[g]);
                for (int i = 0; i < 4; i++) {
                    if (g == 0 && i >= 2) {
                        r.createCell(1 + i).setCellValue("-"); // no repeaters in Iniciação, written as a dash
                    } else {
                        r.createCell(1 + i).setCellValue(row[i]);
                    }
                    total[i] += row[i];
                }
            }
            r = sh.createRow(16);
            r.createCell(0).setCellValue("Total");
            for (int i = 0; i < 4; i++) {
                r.createCell(1 + i).setCellValue(total[i]);
            }
            r = sh.createRow(18);
            r.createCell(0).setCellValue("Professores");
            r.createCell(1).setCellValue("HM");
            r.createCell(2).setCellValue("M");
            String[] categories = {"Com formação pedagógica", "Sem formação"};
            int men = 0;
            int women = 0;
            for (int k = 0; k < 2; k++) {
                int[] t = s.teachers()[k];
                r = sh.createRow(19 + k);
                r.createCell(0).setCellValue(categories[k]);
                r.createCell(1).setCellValue(t[0] + t[1]);
                r.createCell(2).setCellValue(t[1]);
                men += t[0];
                women += t[1];
            }
            r = sh.createRow(21);
            r.createCell(0).setCellValue("Total");
            r.createCell(1).setCellValue(men + women);
            r.createCell(2).setCellValue(women);
            wb.write(out);
        }
        return path;
    }

    private Path template(String name, String grids, String extraLabels) throws Exception {
        Path t = dir.resolve(name);
        Files.writeString(t, """
                {"id": "mapa-test", "version": 1, "title": "Mapa", "layout": "grid", "language": "pt", "nilMarks": ["-"],
                 "sheets": [{"names": ["Mapa Estatístico"], "required": ["school.code"],
                   "labels": [{"labels": ["Código da escola"], "field": "school.code"}%s],
                   "grids": [%s]}]}
                """.formatted(extraLabels, grids), StandardCharsets.UTF_8);
        return t;
    }

    private static final String BANDED_GRIDS = """
            {"field": "enrolment", "titles": ["Classe"], "rows": "grade", "band": ["Matriculados"]},
            {"field": "repeaters", "titles": ["Classe"], "rows": "grade", "band": ["Repetentes"]}""";

    /** The long export's rows: "topic|item|sex" → {value, cell}. */
    private Map<String, String[]> exported(Path db, String school) throws Exception {
        Path csv = dir.resolve("long-" + school + ".csv");
        CliRun e = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString(), "--force");
        assertEquals(0, e.code(), e.out() + e.err());
        Map<String, String[]> out = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String[] head = lines.get(0).replace("\uFEFF", "").split(",");
        List<String> cols = List.of(head);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (!f[cols.indexOf("school_code")].equals(school)) {
                continue;
            }
            out.put(f[cols.indexOf("topic")] + "|" + f[cols.indexOf("item")] + "|" + f[cols.indexOf("sex")],
                    new String[] {f[cols.indexOf("value")], f[cols.indexOf("cell")]});
        }
        return out;
    }

    /** Every class's boys as HM − M under both bands (sources both cells), the girls as written. */
    private static void assertPupils(Map<String, String[]> got, School s) {
        assertFalse(got.isEmpty());
        String[] codes = {"PP", "G1", "G2", "G3", "G4", "G5", "G6"};
        for (int g = 0; g < 7; g++) {
            int row = 10 + g;
            int[] p = s.pupils()[g];
            String[] boys = got.get("enrolment|" + codes[g] + "|M");
            assertTrue(boys != null, codes[g] + " boys missing: " + got.keySet());
            assertEquals(String.valueOf(p[0]), boys[0], codes[g]);
            assertEquals("B" + row + "-C" + row, boys[1]);
            assertEquals(String.valueOf(p[1]), got.get("enrolment|" + codes[g] + "|F")[0]);
            if (g > 0) {
                String[] rep = got.get("repeaters|" + codes[g] + "|M");
                assertTrue(rep != null, codes[g] + " repeating boys missing: " + got.keySet());
                assertEquals(String.valueOf(p[2]), rep[0], codes[g]);
                assertEquals("D" + row + "-E" + row, rep[1]);
                assertEquals(String.valueOf(p[3]), got.get("repeaters|" + codes[g] + "|F")[0]);
            }
        }
    }

    @Test
    void underBandsTheBoysAreTheBothSexesColumnLessTheGirlsBandByBand() throws Exception {
        School s = school("AO-LDA-0101", "Iniciação", 251L);
        Path file = workbook("Mapa_AO-LDA-0101_2024.xlsx", s);
        Path t = template("t.json", BANDED_GRIDS, "");
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertFalse(check.out().contains("NOT READ  B10"), check.out());
        assertFalse(check.out().contains("NOT READ  D10"), check.out());
        assertFalse(check.out().contains("UNKNOWN_CODE"), "Iniciação is pre-primary: " + check.out());
        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertPupils(exported(db, "AO-LDA-0101"), s);
    }

    @Test
    void aNumberUnreadableUnderTheRepeatersBothSexesColumnIsReported() throws Exception {
        School s = school("AO-LDA-0102", "Iniciação", 252L);
        Path file = workbook("Mapa_AO-LDA-0102_2024.xlsx", s);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheet(SHEET).getRow(12).getCell(3).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRun check = CliRun.emis("template", "check", "--template", template("t.json", BANDED_GRIDS, "").toString(),
                file.toString());
        assertTrue(check.out().contains("Mapa Estatístico!D13 NOT_A_NUMBER"), check.out());
    }

    @Test
    void aBandNoGridReadsIsReportedWholeThoughItsFirstRowIsADashAndItHoldsAWord() throws Exception {
        School s = school("AO-LDA-0104", "Iniciação", 256L);
        Path file = workbook("Mapa_AO-LDA-0104_2024.xlsx", s);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheet(SHEET).getRow(12).getCell(3).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Path t = template("enrolment-only.json",
                "{\"field\": \"enrolment\", \"titles\": [\"Classe\"], \"rows\": \"grade\", "
                        + "\"band\": [\"Matriculados\"]}", "");
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(check.out().contains("NOT READ  D10:E16"), check.out());
        assertTrue(check.out().contains("Repetentes"), check.out());
    }

    @Test
    void theDraftFindsBothBandedTablesAboveIniciacaoAndReadsTheBoys() throws Exception {
        School s = school("AO-BGO-0301", "Iniciação", 253L);
        Path file = workbook("Mapa_AO-BGO-0301_2024.xlsx", s);
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertFalse(d.out().contains("No table by age, grade and sex was found"), d.out());
        JsonNode grids = new ObjectMapper().readTree(draft.toFile()).get("sheets").get(0).get("grids");
        assertEquals(2, grids.size(), grids.toString());
        Path db = dir.resolve("d.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertPupils(exported(db, "AO-BGO-0301"), s);
    }

    @Test
    void aFirstRowNoListKnowsLeavesTheTableDraftedWithANoteNamingIt() throws Exception {
        School s = school("AO-HUA-0401", "Classe zero", 254L);
        Path file = workbook("Mapa_AO-HUA-0401_2024.xlsx", s);
        Path draft = dir.resolve("draft0.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("A10 “Classe zero”"), d.out());
        JsonNode grids = new ObjectMapper().readTree(draft.toFile()).get("sheets").get(0).get("grids");
        assertEquals(2, grids.size(), grids.toString());
        CliRun check = CliRun.emis("template", "check", "--template", draft.toString(), file.toString());
        assertTrue(check.out().contains("Mapa Estatístico!A10 UNKNOWN_CODE"), check.out());
        // The grades below it are read: G1's boys as HM − M.
        int[] g1 = s.pupils()[1];
        Path db = dir.resolve("z.mv.db");
        assertEquals(0, CliRun.emis("import", "--db", db.toString(), "--template", draft.toString(),
                file.toString()).code());
        assertEquals(String.valueOf(g1[0]), exported(db, "AO-HUA-0401").get("enrolment|G1|M")[0]);
    }

    @Test
    void aLabelWrittenTwiceOnTheSheetIsSaidNamingEveryPlace() throws Exception {
        School s = school("AO-LDA-0103", "Iniciação", 255L);
        Path file = workbook("Mapa_AO-LDA-0103_2024.xlsx", s);
        Path t = template("t2.json", BANDED_GRIDS,
                ", {\"labels\": [\"Total\"], \"differenceOf\": [\"HM\", \"M\"], \"field\": \"teachers.total\", "
                        + "\"sex\": \"M\"}");
        CliRun check = CliRun.emis("template", "check", "--template", t.toString(), file.toString());
        assertTrue(check.out().contains("Mapa Estatístico!A17 LABEL_FOUND_TWICE"), check.out());
        assertTrue(check.out().contains("A17, A22"), check.out());
        Path db = dir.resolve("l.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", t.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("LABEL_FOUND_TWICE") || imp.out().contains("A17"), imp.out());
        // A label written once is not said.
        Path once = template("t3.json", BANDED_GRIDS,
                ", {\"labels\": [\"Com formação pedagógica\"], \"column\": [\"M\"], \"field\": \"teachers.trained\", "
                        + "\"sex\": \"F\"}");
        CliRun c2 = CliRun.emis("template", "check", "--template", once.toString(), file.toString());
        assertFalse(c2.out().contains("LABEL_FOUND_TWICE"), c2.out());
    }
}
