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
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of one sheet per school (review 20, Mozambique): a few {@code label: | value} lines, then a table with a
 * row per grade under {@code Classe | HM | M} (HM both sexes, M the girls) with no title above it, then the teachers
 * {@code Professores | 6 | 2} under {@code | HM | M}. The boys and the men are the total less the girls and the women,
 * each stored with both cells as its source; the same in English ({@code Grade | Total | Girls}, {@code Teachers}
 * under {@code | Total | Women}) and French ({@code Classe | Total | Filles}). The workbooks are written here, in
 * layouts the sample generator does not write; the figures expected are worked out here from the values written.
 */
class FormHmTablesCliTest {
    @TempDir
    Path dir;

    /** The words of a style: code, name and year labels; grade heading, total, one sex; teachers; grades. */
    private record Style(String code, String name, String year, String title, String heading, String total,
                         String oneSex, String teachers, String teachersTotal, String teachersOneSex,
                         String[] grades) {
    }

    private static final Style PT = new Style("Código da escola:", "Escola:", "Ano lectivo:", null, "Classe", "HM",
            "M", "Professores", "HM", "M", new String[] {"1ª classe", "2ª classe", "3ª classe", "4ª classe",
                "5ª classe", "6ª classe", "7ª classe"});
    private static final Style EN = new Style("School code:", "Name of school:", "School year:",
            "ENROLMENT BY GRADE", "Grade", "Total", "Girls", "Teachers", "Total", "Women",
            new String[] {"Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Grade 6"});
    private static final Style FR = new Style("Code de l'école :", "Nom de l'école :", "Année scolaire :",
            "EFFECTIFS PAR CLASSE", "Classe", "Total", "Filles", "Enseignants", "Total", "Femmes",
            new String[] {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"});

    /** Letters: T for both sexes, G for girls in English, F for the women teachers. */
    private static final Style EN_LETTERS = new Style("School code:", "Name of school:", "School year:",
            "PUPILS BY CLASS", "Class", "T", "G", "Teachers", "T", "F",
            new String[] {"Class 1", "Class 2", "Class 3", "Class 4", "Class 5", "Class 6", "Class 7"});

    /** One school's figures: per grade {total, girls}, then the teachers {total, women}. */
    private record School(String code, int[][] grades, int[] teachers) {
    }

    private static List<School> schools(String prefix, int n, int grades, long seed) {
        Random rnd = new Random(seed);
        List<School> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[][] g = new int[grades][];
            for (int i = 0; i < grades; i++) {
                int total = 20 + rnd.nextInt(60);
                g[i] = new int[] {total, rnd.nextInt(total + 1)};
            }
            int t = 3 + rnd.nextInt(10);
            out.add(new School(prefix + (100 + k), g, new int[] {t, rnd.nextInt(t + 1)}));
        }
        return out;
    }

    /**
     * Writes one sheet per school: label lines in A:B (rows 1-3), the table's heading on row 5 (under its title on
     * row 4 when the style has one), a row per grade, a blank row, then the teachers' heading and row.
     *
     * @return the 0-based row of the teachers' line
     */
    private static int sheet(XSSFWorkbook wb, Style st, School s, int year) {
        Sheet sh = wb.createSheet("EP " + s.code());
        Row r = sh.createRow(0);
        r.createCell(0).setCellValue(st.code());
        r.createCell(1).setCellValue(s.code());
        r = sh.createRow(1);
        r.createCell(0).setCellValue(st.name());
        r.createCell(1).setCellValue("Escola " + s.code());
        r = sh.createRow(2);
        r.createCell(0).setCellValue(st.year());
        r.createCell(1).setCellValue(year);
        if (st.title() != null) {
            sh.createRow(3).createCell(0).setCellValue(st.title());
        }
        r = sh.createRow(4);
        r.createCell(0).setCellValue(st.heading());
        r.createCell(1).setCellValue(st.total());
        r.createCell(2).setCellValue(st.oneSex());
        for (int g = 0; g < s.grades().length; g++) {
            r = sh.createRow(5 + g);
            r.createCell(0).setCellValue(st.grades()[g]);
            r.createCell(1).setCellValue(s.grades()[g][0]);
            r.createCell(2).setCellValue(s.grades()[g][1]);
        }
        int h = 5 + s.grades().length + 1;
        r = sh.createRow(h);
        r.createCell(1).setCellValue(st.teachersTotal());
        r.createCell(2).setCellValue(st.teachersOneSex());
        r = sh.createRow(h + 1);
        r.createCell(0).setCellValue(st.teachers());
        r.createCell(1).setCellValue(s.teachers()[0]);
        r.createCell(2).setCellValue(s.teachers()[1]);
        return h + 1;
    }

    private Path workbook(String file, Style st, List<School> schools, int year) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            for (School s : schools) {
                sheet(wb, st, s, year);
            }
            wb.write(out);
        }
        return path;
    }

    private Path draft(Path file) throws Exception {
        Path out = dir.resolve(file.getFileName() + ".json");
        CliRun r = CliRun.emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return out;
    }

    private static CliRun importWith(Path db, Path template, Path file) {
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    private static JsonNode trace(Path db, int year, String school, String topic, String slot, String sex)
            throws Exception {
        return CliRun.emis("trace", "--db", db.toString(), "--year", String.valueOf(year), "--school", school,
                "--topic", topic, "--slot", slot, "--sex", sex, "--format", "json").json();
    }

    /** Girls as written, boys as total less girls, each with its cells; the same of the teachers. */
    private static void assertFigures(Path db, int year, List<School> schools, int teachersRow) throws Exception {
        assertFalse(schools.isEmpty());
        for (School s : schools) {
            String sheet = "EP " + s.code();
            for (int g = 0; g < s.grades().length; g++) {
                int row = 6 + g;
                JsonNode boys = trace(db, year, s.code(), "enrolment", "G" + (g + 1), "M");
                assertEquals(s.grades()[g][0] - s.grades()[g][1], boys.get("value").asInt(), s.code() + " G" + (g + 1)
                        + ": " + boys);
                assertEquals(sheet, boys.get("sources").get(0).get("sheet").asText());
                assertEquals("B" + row + "-C" + row, boys.get("sources").get(0).get("cell").asText(),
                        "both cells named: " + boys);
                if (g == 0) {
                    // The girls as written (one grade traced: each trace opens the database).
                    JsonNode girls = trace(db, year, s.code(), "enrolment", "G1", "F");
                    assertEquals(s.grades()[g][1], girls.get("value").asInt(), girls.toString());
                    assertEquals("C" + row, girls.get("sources").get(0).get("cell").asText());
                }
            }
            int t = teachersRow + 1;
            JsonNode men = trace(db, year, s.code(), "teachers", "total", "M");
            assertEquals(s.teachers()[0] - s.teachers()[1], men.get("value").asInt(), s.code() + ": " + men);
            assertEquals(sheet, men.get("sources").get(0).get("sheet").asText());
            assertEquals("B" + t + "-C" + t, men.get("sources").get(0).get("cell").asText(), men.toString());
            JsonNode women = trace(db, year, s.code(), "teachers", "total", "F");
            assertEquals(s.teachers()[1], women.get("value").asInt(), women.toString());
            assertEquals("C" + t, women.get("sources").get(0).get("cell").asText());
        }
    }

    private static JsonNode sheetOf(Path template) throws Exception {
        return new ObjectMapper().readTree(template.toFile()).get("sheets").get(0);
    }

    @Test
    void aPortugueseWorkbookOfOneSheetPerSchoolIsDraftedAndImportedWithTheBoysAndMenByDifference() throws Exception {
        List<School> schools = schools("MZ-", 3, 7, 20L);
        Path file = workbook("escolas-2025.xlsx", PT, schools, 2025);
        Path template = draft(file);
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", dir.resolve("again.json").toString());
        assertFalse(d.out().contains("No table by age, grade and sex was found"), d.out());
        assertTrue(d.out().contains("difference teachers.total M = \"HM\" − \"M\", both on the row \"Professores\""),
                d.out());
        JsonNode sheet = sheetOf(template);
        JsonNode grid = sheet.get("grids").get(0);
        assertEquals("grade", grid.get("rows").asText(), sheet.toString());
        assertEquals("enrolment", grid.get("field").asText());
        JsonNode difference = null;
        for (JsonNode l : sheet.get("labels")) {
            if (l.has("differenceOf")) {
                difference = l;
            }
        }
        assertTrue(difference != null, sheet.toString());
        assertEquals("Professores", difference.get("labels").get(0).asText());
        assertEquals("HM", difference.get("differenceOf").get(0).asText());
        assertEquals("M", difference.get("differenceOf").get(1).asText());
        assertEquals("M", difference.get("sex").asText());

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        School first = schools.get(0);
        assertTrue(check.out().contains("difference teachers.total M = A15 Professores = " + first.teachers()[0]
                + " (B15) − A15 Professores = " + first.teachers()[1] + " (C15)"), check.out());

        Path db = dir.resolve("pt.mv.db");
        CliRun imp = importWith(db, template, file);
        assertTrue(imp.out().contains("0 problems"), "every figure read: " + imp.out());
        assertFigures(db, 2025, schools, 14);
    }

    @Test
    void aHandWrittenPortugueseTemplateReadsTheTableAndTheTeachersRow() throws Exception {
        List<School> schools = schools("MZ-", 2, 7, 7L);
        Path file = workbook("maputo-2025.xlsx", PT, schools, 2025);
        Path template = dir.resolve("hand.json");
        Files.writeString(template, """
                {"$schema": "template.schema.json", "id": "ep-form-hm", "version": 1, "layout": "grid",
                 "language": "pt", "schools": "sheet", "year": {"labels": ["Ano lectivo"]},
                 "sheets": [{"names": ["*"], "required": ["school.code"],
                   "labels": [
                     {"labels": ["Código da escola"], "field": "school.code"},
                     {"labels": ["Escola"], "field": "school.name"},
                     {"labels": ["Professores"], "column": ["M"], "field": "teachers.total", "sex": "F"},
                     {"labels": ["Professores"], "differenceOf": ["HM", "M"], "field": "teachers.total", "sex": "M"}],
                   "grids": [{"field": "enrolment", "titles": ["Classe"], "rows": "grade"}]}]}
                """);
        Path db = dir.resolve("hand.mv.db");
        CliRun imp = importWith(db, template, file);
        assertTrue(imp.out().contains("0 problems"), imp.out());
        assertFalse(imp.out().contains("GRID_NOT_FOUND"), imp.out());
        assertFigures(db, 2025, schools, 14);
    }

    @Test
    void girlsOrWomenAboveTheTotalAreReportedAtTheirCellsAndNothingIsStoredForTheOtherSex() throws Exception {
        List<School> schools = schools("MZ-", 3, 7, 3L);
        School bad = schools.get(1);
        bad.grades()[2] = new int[] {30, 34};
        bad.teachers()[0] = 4;
        bad.teachers()[1] = 5;
        Path file = workbook("erros-2025.xlsx", PT, schools, 2025);
        Path template = draft(workbook("modelo-2025.xlsx", PT, schools("MZ-", 2, 7, 9L), 2025));
        Path db = dir.resolve("bad.mv.db");
        CliRun imp = importWith(db, template, file);
        assertTrue(imp.out().contains("SEX_OVER_TOTAL"), imp.out());

        assertFalse(trace(db, 2025, bad.code(), "enrolment", "G3", "M").path("value").isNumber());
        assertEquals(34, trace(db, 2025, bad.code(), "enrolment", "G3", "F").get("value").asInt());
        assertFalse(trace(db, 2025, bad.code(), "teachers", "total", "M").path("value").isNumber());
        assertEquals(5, trace(db, 2025, bad.code(), "teachers", "total", "F").get("value").asInt());
        // The other schools, and the other grades of this one, are read as written.
        assertFigures(db, 2025, List.of(schools.get(0)), 14);

        JsonNode findings = CliRun.emis("validate", "--db", db.toString(), "--year", "2025", "--format", "json")
                .json();
        List<JsonNode> over = new ArrayList<>();
        for (JsonNode x : findings) {
            if ("IMP-24".equals(x.get("rule").asText())) {
                over.add(x);
            }
        }
        assertEquals(2, over.size(), findings.toString());
        List<String> cells = new ArrayList<>();
        for (JsonNode e : over) {
            assertEquals(bad.code(), e.get("school").asText());
            assertEquals("error", e.get("severity").asText());
            assertEquals("erros-2025.xlsx", Path.of(e.get("source").get("file").asText()).getFileName().toString());
            assertEquals("EP " + bad.code(), e.get("source").get("sheet").asText());
            cells.add(e.get("source").get("cell").asText());
        }
        assertTrue(cells.contains("B8") && cells.contains("B15"), cells.toString());
        String msgs = over.toString();
        assertTrue(msgs.contains("C8 gives 34") && msgs.contains("B8 (30)"), msgs);
        assertTrue(msgs.contains("C15 gives 5") && msgs.contains("B15 (4)"), msgs);
    }

    @Test
    void englishAndFrenchFormsAreDraftedAndImportedTheSameWay() throws Exception {
        Style[] styles = {EN, FR, EN_LETTERS};
        for (int k = 0; k < styles.length; k++) {
            Style st = styles[k];
            List<School> schools = schools(k == 1 ? "SN-" : "ZM-" + k, 2, st.grades().length, 40L + k);
            Path file = workbook("forms" + k + "-2024.xlsx", st, schools, 2024);
            Path template = draft(file);
            JsonNode sheet = sheetOf(template);
            assertEquals("grade", sheet.get("grids").get(0).get("rows").asText(), sheet.toString());
            Path db = dir.resolve("f" + k + ".mv.db");
            CliRun imp = importWith(db, template, file);
            assertTrue(imp.out().contains("0 problems"), st.heading() + ": " + imp.out());
            assertFigures(db, 2024, schools, 5 + st.grades().length + 2);
        }
    }

    @Test
    void aTableOfBothSexesAndTheirTotalIsStillReadAsWritten() throws Exception {
        Path file = dir.resolve("classes-2024.xlsx");
        int[][] figures = {{34, 31}, {29, 30}, {27, 33}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path(file))) {
            Sheet sh = wb.createSheet("Return");
            Row r = sh.createRow(0);
            r.createCell(0).setCellValue("School code:");
            r.createCell(1).setCellValue("ZM-0901");
            sh.createRow(2).createCell(0).setCellValue("ENROLMENT BY CLASS");
            r = sh.createRow(3);
            String[] head = {"Class", "Boys", "Girls", "Total"};
            for (int i = 0; i < head.length; i++) {
                r.createCell(i).setCellValue(head[i]);
            }
            for (int g = 0; g < figures.length; g++) {
                r = sh.createRow(4 + g);
                r.createCell(0).setCellValue("Class " + (g + 1));
                r.createCell(1).setCellValue(figures[g][0]);
                r.createCell(2).setCellValue(figures[g][1]);
                r.createCell(3).setCellValue(figures[g][0] + figures[g][1]);
            }
            wb.write(out);
        }
        Path template = draft(file);
        Path db = dir.resolve("c.mv.db");
        CliRun imp = importWith(db, template, file);
        assertTrue(imp.out().contains("0 problems"), imp.out());
        for (int g = 0; g < figures.length; g++) {
            JsonNode boys = trace(db, 2024, "ZM-0901", "enrolment", "G" + (g + 1), "M");
            assertEquals(figures[g][0], boys.get("value").asInt(), boys.toString());
            assertEquals("B" + (5 + g), boys.get("sources").get(0).get("cell").asText());
            assertEquals(figures[g][1], trace(db, 2024, "ZM-0901", "enrolment", "G" + (g + 1), "F").get("value")
                    .asInt());
        }
    }

    private static Path path(Path p) {
        return p;
    }
}
