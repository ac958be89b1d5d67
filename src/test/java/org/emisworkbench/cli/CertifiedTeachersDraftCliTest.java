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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 21 §6 and §7: a district file whose Teachers sheet gives {@code Certified} and {@code Uncertified}, each
 * merged over {@code M | F}, a note under its table naming the district office and a title without a year; and a
 * form writing {@code Enseignants : | Hommes | 3 | Femmes | 2}. Workbooks and expected figures are written here.
 */
class CertifiedTeachersDraftCliTest {
    @TempDir
    Path dir;

    private static final int SCHOOLS = 4;
    private static final String MINISTRY = "MINISTRY OF EDUCATION, HERITAGE AND ARTS - ANNUAL SCHOOL RETURN";
    private static final String TEACHERS_TITLE = "TEACHERS BY CERTIFICATION AND SEX";

    /** [school][certified M, certified F, uncertified M, uncertified F]. */
    private static int[][] teachers(long seed) {
        Random rnd = new Random(seed);
        int[][] v = new int[SCHOOLS][4];
        for (int[] s : v) {
            s[0] = 1 + rnd.nextInt(9);
            s[1] = 1 + rnd.nextInt(9);
            s[2] = rnd.nextInt(4);
            s[3] = rnd.nextInt(4);
        }
        return v;
    }

    private static String code(int i) {
        return "FJ31" + (10 + i);
    }

    private Path districtFile(int[][] t) throws Exception {
        Path path = dir.resolve("fiji-ba-2024.xlsx");
        Random rnd = new Random(5);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet e = wb.createSheet("Enrolment");
            e.createRow(0).createCell(0).setCellValue(MINISTRY + " 2024");
            e.createRow(1).createCell(0).setCellValue("District: Ba/Tavua");
            Row h = e.createRow(3);
            String[] hs = {"School Code", "School Name", "Location", "Sex", "Class 1", "Class 2", "Class 3", "Total"};
            for (int c = 0; c < hs.length; c++) {
                h.createCell(c).setCellValue(hs[c]);
            }
            int r = 4;
            int[] total = new int[4];
            for (int i = 0; i < SCHOOLS; i++) {
                for (String sex : List.of("M", "F")) {
                    Row row = e.createRow(r++);
                    if ("M".equals(sex)) {
                        row.createCell(0).setCellValue(code(i));
                        row.createCell(1).setCellValue("School " + (char) ('A' + i));
                        row.createCell(2).setCellValue(i % 2 == 0 ? "Urban" : "Rural");
                    }
                    row.createCell(3).setCellValue(sex);
                    int sum = 0;
                    for (int g = 0; g < 3; g++) {
                        int v = 5 + rnd.nextInt(30);
                        row.createCell(4 + g).setCellValue(v);
                        sum += v;
                        total[g] += v;
                    }
                    row.createCell(7).setCellValue(sum);
                    total[3] += sum;
                }
            }
            Row tr = e.createRow(r++);
            tr.createCell(0).setCellValue("Total");
            for (int g = 0; g < 4; g++) {
                tr.createCell(4 + g).setCellValue(total[g]);
            }
            e.createRow(r + 1).createCell(0).setCellValue(
                    "Source: School returns, compiled by District Education Office");

            Sheet s = wb.createSheet("Teachers");
            s.createRow(0).createCell(0).setCellValue(TEACHERS_TITLE);
            Row top = s.createRow(2);
            top.createCell(0).setCellValue("School Code");
            top.createCell(1).setCellValue("School Name");
            top.createCell(2).setCellValue("Certified");
            top.createCell(4).setCellValue("Uncertified");
            s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            s.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
            Row sub = s.createRow(3);
            String[] sexes = {"M", "F", "M", "F"};
            for (int c = 0; c < 4; c++) {
                sub.createCell(2 + c).setCellValue(sexes[c]);
            }
            for (int i = 0; i < SCHOOLS; i++) {
                Row row = s.createRow(4 + i);
                row.createCell(0).setCellValue(code(i));
                row.createCell(1).setCellValue("School " + (char) ('A' + i));
                for (int c = 0; c < 4; c++) {
                    row.createCell(2 + c).setCellValue(t[i][c]);
                }
            }
            wb.write(out);
        }
        return path;
    }

    private static int trace(Path db, String school, String slot, String sex) throws Exception {
        CliRun r = CliRun.emis("trace", "--db", db.toString(), "--school", school, "--year", "2024", "--topic",
                "teachers", "--slot", slot, "--sex", sex, "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode value = r.json().get("value");
        assertTrue(value != null && value.isNumber(), r.out());
        return value.asInt();
    }

    @Test
    void certifiedAndUncertifiedMergedOverSexAreDraftedAsTeachersAndStoredExactly() throws Exception {
        int[][] t = teachers(21);
        Path wb = districtFile(t);
        Path template = dir.resolve("fiji.json");
        CliRun d = CliRun.emis("template", "draft", wb.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("sum teachers.total M = \"Certified M\" + \"Uncertified M\""), d.out());
        assertTrue(d.out().contains("sum teachers.total F = \"Certified F\" + \"Uncertified F\""), d.out());

        JsonNode json = new ObjectMapper().readTree(template.toFile());
        // A note under the table heads no group of schools; the banner above the header names the district of every
        // school of the sheet (decision 0070); a title without a year is no year label.
        assertEquals("school.district", json.get("sheets").get(0).path("groupRows").asText(), json.toPrettyString());
        assertTrue(d.out().contains("the banner “District: Ba/Tavua” above the header"), d.out());
        assertFalse(d.out().contains("“Source:"), d.out());
        List<String> labels = new ArrayList<>();
        json.path("year").path("labels").forEach(l -> labels.add(l.asText()));
        assertEquals(List.of(MINISTRY), labels, json.toPrettyString());
        JsonNode teachersSheet = null;
        for (JsonNode s : json.get("sheets")) {
            if (s.path("names").get(0).asText().equals("Teachers")) {
                teachersSheet = s;
            }
        }
        assertTrue(teachersSheet != null, json.toPrettyString());
        List<String> sums = new ArrayList<>();
        boolean qualified = false;
        for (JsonNode c : teachersSheet.get("columns")) {
            if ("teachers.total".equals(c.path("field").asText()) && c.has("sumOf")) {
                sums.add(c.path("sex").asText() + "=" + c.get("sumOf"));
            }
            qualified |= "teachers.qualified".equals(c.path("field").asText())
                    && c.path("patterns").toString().contains("Certified {sex}");
        }
        assertTrue(qualified, teachersSheet.toPrettyString());
        assertEquals(2, sums.size(), sums.toString());
        assertTrue(sums.contains("M=[\"Certified M\",\"Uncertified M\"]"), sums.toString());
        assertTrue(sums.contains("F=[\"Certified F\",\"Uncertified F\"]"), sums.toString());

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        // The enrolment sheet's Total column beside row.sex is read as the check of the row's classes; the
        // Teachers sheet is read whole.
        assertFalse(check.out().contains("Teachers!"), check.out());
        assertFalse(check.out().contains("NOT READ"), check.out());
        assertTrue(check.out().matches("(?s).*\"Total\" +→ total of enrolment.*"), check.out());
        assertTrue(check.out().contains("\"Certified M\""), check.out());
        assertTrue(check.out().contains("→ teachers.qualified M"), check.out());
        assertTrue(check.out().contains("→ added into teachers.total F"), check.out());

        Path db = dir.resolve("fiji.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        for (int i = 0; i < SCHOOLS; i++) {
            assertEquals(t[i][0] + t[i][2], trace(db, code(i), "total", "M"), code(i));
            assertEquals(t[i][1] + t[i][3], trace(db, code(i), "total", "F"), code(i));
            assertEquals(t[i][0], trace(db, code(i), "qualified", "M"), code(i));
            assertEquals(t[i][1], trace(db, code(i), "qualified", "F"), code(i));
        }
    }

    @Test
    void aMergedParentNotReadIsNamedWithItsSubHeaderLikeTheColumnsItSpans() throws Exception {
        Path wb = districtFile(teachers(3));
        // The Teachers sheet read on one header row, as a draft before review 21 wrote it.
        Path template = dir.resolve("one-row.json");
        Files.writeString(template, """
                {"id": "one-row", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Teachers"], "key": ["School Code"], "headerRow": 3,
                   "columns": [{"headers": ["School Name"], "field": "school.name"}]}]}
                """);
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        String out = check.out();
        for (String h : List.of("Certified M", "Certified F", "Uncertified M", "Uncertified F")) {
            assertTrue(out.contains("\"" + h + "\""), h + "\n" + out);
        }
        assertFalse(out.contains("\"Certified\""), out);
        assertFalse(out.contains("\"Uncertified\""), out);
    }

    @Test
    void aFormLabelWhoseSexValuesAreReadIsNotListedAsNotRead() throws Exception {
        Path path = dir.resolve("fiches-2024.xlsx");
        int[][] t = {{4, 6}, {2, 7}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            for (int i = 0; i < t.length; i++) {
                Sheet s = wb.createSheet("EC-" + (70 + i));
                s.createRow(0).createCell(0).setCellValue("FICHE DE L'ÉCOLE");
                Row code = s.createRow(2);
                code.createCell(0).setCellValue("Code de l'école :");
                code.createCell(2).setCellValue("EC-" + (70 + i));
                Row name = s.createRow(3);
                name.createCell(0).setCellValue("Nom de l'école :");
                name.createCell(2).setCellValue("EPP " + (char) ('K' + i));
                Row teachers = s.createRow(5);
                teachers.createCell(0).setCellValue("Enseignants :");
                teachers.createCell(1).setCellValue("Hommes");
                teachers.createCell(2).setCellValue(t[i][0]);
                teachers.createCell(3).setCellValue("Femmes");
                teachers.createCell(4).setCellValue(t[i][1]);
                Row rooms = s.createRow(6);
                rooms.createCell(0).setCellValue("Salles de classe :");
                rooms.createCell(2).setCellValue(3 + i);
            }
            wb.write(out);
        }
        Path template = dir.resolve("fiches.json");
        CliRun d = CliRun.emis("template", "draft", path.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), path.toString());
        assertTrue(check.out().contains("→ teachers.total M = " + t[0][0]), check.out());
        assertTrue(check.out().contains("→ teachers.total F = " + t[0][1]), check.out());
        assertFalse(check.out().contains("NOT READ  A6"), check.out());
        Path db = dir.resolve("fiches.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), path.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        for (int i = 0; i < t.length; i++) {
            assertEquals(t[i][0], trace(db, "EC-" + (70 + i), "total", "M"));
            assertEquals(t[i][1], trace(db, "EC-" + (70 + i), "total", "F"));
        }
    }
}
