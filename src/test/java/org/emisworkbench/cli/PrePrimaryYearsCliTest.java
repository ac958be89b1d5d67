package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 20, a Kenya CBC workbook: a row per school and class ({@code PP1}, {@code PP2}, {@code Grade 1} …), the
 * school's code and name on every row including its {@code Sub-total} row, and a Teachers sheet by employer and sex
 * ({@code TSC male | TSC female | BOM male | BOM female}). The draft reads it whole (the class column despite its PP
 * rows, the teachers as sums of the employers per sex, the district names as names); a workspace of two pre-primary
 * years keeps PP1 and PP2 apart; one of a single year adds them into PP and says so at each cell with the command
 * that keeps them apart; the sub-totals are checked against each school's rows. Workbook written here (POI), every
 * expected figure worked out below, independently of the program.
 */
class PrePrimaryYearsCliTest {
    private static final String[] CODES = {"KT-40101", "KT-40102", "KT-40103"};
    private static final String[] DISTRICTS = {"Kitui Central", "Mwingi West", "Kitui Central"};
    private static final String[] CLASSES = {"PP1", "PP2", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5",
        "Grade 6"};
    private static final String[] STORED = {"PP1", "PP2", "G1", "G2", "G3", "G4", "G5", "G6"};
    /** The school whose sub-total of girls is written 5 too many: the one planted error. */
    private static final int WRONG_SUBTOTAL = 1;

    @TempDir
    Path dir;

    private static int boys(int school, int cls) {
        return 20 + 3 * school + 2 * cls + (cls % 3);
    }

    private static int girls(int school, int cls) {
        return 18 + 4 * school + cls + (cls * school) % 5;
    }

    private static int[] teachers(int school) {
        return new int[] {4 + school, 5 + 2 * school, 1 + school % 2, 2}; // TSC M, TSC F, BOM M, BOM F
    }

    /** Excel row number (1-based) of each school's Sub-total row. */
    private final List<Integer> subtotalRows = new ArrayList<>();

    private Path workbook() throws Exception {
        Path file = dir.resolve("kitui-cbc-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            text(s.createRow(0), "Code", "School", "District", "Class", "Boys", "Girls", "Total");
            int r = 1;
            for (int k = 0; k < CODES.length; k++) {
                int sumB = 0;
                int sumG = 0;
                for (int c = 0; c < CLASSES.length; c++) {
                    Row row = s.createRow(r++);
                    text(row, CODES[k], "School " + k, DISTRICTS[k], CLASSES[c]);
                    row.createCell(4).setCellValue(boys(k, c));
                    row.createCell(5).setCellValue(girls(k, c));
                    row.createCell(6).setCellValue(boys(k, c) + girls(k, c));
                    sumB += boys(k, c);
                    sumG += girls(k, c);
                }
                Row sub = s.createRow(r++);
                subtotalRows.add(r);
                text(sub, CODES[k], "School " + k, DISTRICTS[k], "Sub-total");
                int writtenG = sumG + (k == WRONG_SUBTOTAL ? 5 : 0);
                sub.createCell(4).setCellValue(sumB);
                sub.createCell(5).setCellValue(writtenG);
                sub.createCell(6).setCellValue(sumB + writtenG);
            }
            Sheet t = wb.createSheet("Teachers");
            text(t.createRow(0), "Code", "School", "TSC male", "TSC female", "BOM male", "BOM female");
            for (int k = 0; k < CODES.length; k++) {
                Row row = t.createRow(k + 1);
                text(row, CODES[k], "School " + k);
                for (int i = 0; i < 4; i++) {
                    row.createCell(2 + i).setCellValue(teachers(k)[i]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** The long export's figures: "school|topic|grade|sex" to value, and the source cell of each. */
    private static Map<String, String[]> exported(Path csv) throws Exception {
        Map<String, String[]> m = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int school = head.indexOf("school_code");
        int topic = head.indexOf("topic");
        int grade = head.indexOf("item");
        int sex = head.indexOf("sex");
        int value = head.indexOf("value");
        int cell = head.indexOf("cell");
        assertTrue(school >= 0 && topic >= 0 && grade >= 0 && sex >= 0 && value >= 0 && cell >= 0, lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            m.put(f[school] + "|" + f[topic] + "|" + f[grade] + "|" + f[sex], new String[] {f[value], f[cell]});
        }
        return m;
    }

    private Path draft(Path file) throws Exception {
        Path t = dir.resolve("kitui.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", t.toString());
        assertEquals(0, d.code(), d.err() + d.out());
        return t;
    }

    @Test
    void twoPrePrimaryYearsAreKeptApartAndTheDraftReadsTheWholeWorkbook() throws Exception {
        Path file = workbook();
        Path template = draft(file);
        JsonNode t = new ObjectMapper().readTree(template.toFile());
        JsonNode enrol = null;
        JsonNode teach = null;
        for (JsonNode s : t.get("sheets")) {
            String name = s.get("names").get(0).asText();
            enrol = name.equals("Enrolment") ? s : enrol;
            teach = name.equals("Teachers") ? s : teach;
        }
        assertNotNull(enrol, t.toString());
        assertNotNull(teach, t.toString());
        Map<String, String> fieldOf = new HashMap<>();
        for (JsonNode c : enrol.get("columns")) {
            if (c.has("headers") && c.has("field")) {
                fieldOf.put(c.get("headers").get(0).asText(), c.get("field").asText());
            }
        }
        assertEquals("row.grade", fieldOf.get("Class"), enrol.toString());
        assertEquals("school.district_name", fieldOf.get("District"), "names, not codes: " + enrol);
        Map<String, List<String>> sums = new HashMap<>();
        for (JsonNode c : teach.get("columns")) {
            if (c.has("sumOf")) {
                assertEquals("teachers.total", c.get("field").asText(), c.toString());
                List<String> parts = new ArrayList<>();
                c.get("sumOf").forEach(p -> parts.add(p.asText()));
                sums.put(c.get("sex").asText(), parts);
            }
        }
        assertEquals(List.of("TSC male", "BOM male"), sums.get("M"), teach.toString());
        assertEquals(List.of("TSC female", "BOM female"), sums.get("F"), teach.toString());

        String ws = dir.resolve("ke.mv.db").toString();
        CliRun st = CliRun.emis("structure", "--db", ws, "--pre-primary", "2", "--format", "json");
        assertEquals(0, st.code(), st.err());
        JsonNode levels = st.json().get("levels").get(0);
        assertEquals("pre_primary", levels.get("level").asText());
        assertEquals("PP1", levels.get("grades").get(0).get("code").asText());
        assertEquals("PP2", levels.get("grades").get(1).get("code").asText());
        assertEquals(2, st.json().get("structure").get("pre_primary_years").asInt());

        CliRun imp = CliRun.emis("import", file.toString(), "--db", ws, "--template", template.toString());
        assertEquals(0, imp.code(), imp.err() + imp.out());
        assertFalse(imp.out().contains("UNKNOWN_CODE"), "a Sub-total row with its code is no unknown class: "
                + imp.out());
        assertFalse(imp.out().contains("PRE_PRIMARY_SUMMED"), imp.out());
        // The planted error: the girls' sub-total of the second school, at its cell, checked against its rows only.
        assertTrue(imp.out().contains("TOTAL_MISMATCH               1  first Enrolment!F"
                + subtotalRows.get(WRONG_SUBTOTAL)), imp.out());
        assertTrue(imp.out().contains("skipped " + CODES.length + " row(s): total row (checked, not stored)"),
                imp.out());

        Path csv = dir.resolve("long.csv");
        CliRun ex = CliRun.emis("export", "--db", ws, "--year", "2025", "--format", "long-csv", "--out",
                csv.toString());
        assertEquals(0, ex.code(), ex.err());
        Map<String, String[]> got = exported(csv);
        int enrolmentFigures = 0;
        for (int k = 0; k < CODES.length; k++) {
            for (int c = 0; c < CLASSES.length; c++) {
                String[] b = got.get(CODES[k] + "|enrolment|" + STORED[c] + "|M");
                String[] g = got.get(CODES[k] + "|enrolment|" + STORED[c] + "|F");
                assertNotNull(b, CODES[k] + " " + STORED[c] + " " + got.keySet());
                assertNotNull(g, CODES[k] + " " + STORED[c]);
                assertEquals(String.valueOf(boys(k, c)), b[0], CODES[k] + " " + STORED[c] + " M");
                assertEquals(String.valueOf(girls(k, c)), g[0], CODES[k] + " " + STORED[c] + " F");
                int excelRow = 2 + k * (CLASSES.length + 1) + c;
                assertEquals("E" + excelRow, b[1], "each figure from its own cell, never two added");
                enrolmentFigures += 2;
            }
            int[] tc = teachers(k);
            assertEquals(String.valueOf(tc[0] + tc[2]), teachersValue(got, CODES[k], "M"), "TSC + BOM men");
            assertEquals(String.valueOf(tc[1] + tc[3]), teachersValue(got, CODES[k], "F"));
        }
        final int expectedEnrolment = enrolmentFigures;
        assertEquals(expectedEnrolment, got.keySet().stream().filter(k -> k.contains("|enrolment|")).count(),
                "nothing more stored than the classes' figures (no sub-total)");
    }

    private static String teachersValue(Map<String, String[]> got, String school, String sex) {
        return got.entrySet().stream().filter(e -> e.getKey().startsWith(school + "|teachers")
                && e.getKey().endsWith("|" + sex)).map(e -> e.getValue()[0]).findFirst().orElse("none");
    }

    @Test
    void oneWorkspacePrePrimaryYearAddsThemAndSaysSoAtEachCellAndTheStructureKeepsItsFigures() throws Exception {
        Path file = workbook();
        Path template = draft(file);
        String ws = dir.resolve("one.mv.db").toString();
        CliRun imp = CliRun.emis("import", file.toString(), "--db", ws, "--template", template.toString());
        assertEquals(0, imp.code(), imp.err() + imp.out());
        // Two cells a school (PP1, PP2), the first at the first school's PP1 class cell.
        assertTrue(imp.out().contains("PRE_PRIMARY_SUMMED           " + 2 * CODES.length + "  first Enrolment!D2,"),
                imp.out());
        assertTrue(imp.out().contains("emis structure --db NEW.mv.db --pre-primary 2"), imp.out());

        Path csv = dir.resolve("one.csv");
        assertEquals(0, CliRun.emis("export", "--db", ws, "--year", "2025", "--format", "long-csv", "--out",
                csv.toString()).code());
        Map<String, String[]> got = exported(csv);
        for (int k = 0; k < CODES.length; k++) {
            String[] pp = got.get(CODES[k] + "|enrolment|PP|M");
            assertNotNull(pp, got.keySet().toString());
            assertEquals(String.valueOf(boys(k, 0) + boys(k, 1)), pp[0], "added, and said so");
            assertEquals(String.valueOf(girls(k, 2)), got.get(CODES[k] + "|enrolment|G1|F")[0]);
        }

        // The figures are kept by slot: another number of pre-primary years is refused, nothing changed.
        CliRun st = CliRun.emis("structure", "--db", ws, "--pre-primary", "2");
        assertEquals(PlainErrors.FAILED, st.code(), st.out());
        assertTrue(st.err().contains("already holds figures") && st.err().contains("Nothing was changed"),
                st.err());
        CliRun after = CliRun.emis("structure", "--db", ws, "--format", "json");
        assertEquals("PP", after.json().get("levels").get(0).get("grades").get(0).get("code").asText());
    }

    /**
     * Columns by employer under a Teachers heading ({@code Permanent F | Contract F}) are summed per sex; pupils'
     * columns split the same way ({@code Public boys | Private boys}) are never taken for teachers.
     */
    @Test
    void teachersByTermsUnderAHeadingAreSummedAndPupilsSplitSoAreNot() throws Exception {
        Path file = dir.resolve("terms-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            Row top = s.createRow(0);
            text(top, "EMIS code", "Name", "Pupils", "", "", "", "Teachers");
            s.addMergedRegion(new CellRangeAddress(0, 0, 2, 5));
            s.addMergedRegion(new CellRangeAddress(0, 0, 6, 9));
            text(s.createRow(1), "", "", "Public boys", "Public girls", "Private boys", "Private girls",
                    "Permanent M", "Permanent F", "Contract M", "Contract F");
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            for (int k = 0; k < 3; k++) {
                Row row = s.createRow(2 + k);
                text(row, "GH-00" + k, "School " + k);
                for (int c = 2; c < 10; c++) {
                    row.createCell(c).setCellValue(3 + k + c);
                }
            }
            wb.write(out);
        }
        Path t = dir.resolve("terms.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", t.toString());
        assertEquals(0, d.code(), d.err() + d.out());
        JsonNode sheet = new ObjectMapper().readTree(t.toFile()).get("sheets").get(0);
        Map<String, List<String>> sums = new HashMap<>();
        for (JsonNode c : sheet.get("columns")) {
            if (c.has("sumOf")) {
                List<String> parts = new ArrayList<>();
                c.get("sumOf").forEach(p -> parts.add(p.asText()));
                sums.put(c.get("field").asText() + " " + c.get("sex").asText(), parts);
            }
        }
        assertEquals(2, sums.size(), sheet.toString());
        assertEquals(2, sums.get("teachers.total F").size(), sums.toString());
        assertTrue(sums.get("teachers.total F").stream().allMatch(h -> h.contains("Teachers") && h.endsWith(" F")),
                sums.toString());
        assertTrue(sums.get("teachers.total M").stream().allMatch(h -> h.contains("Teachers") && h.endsWith(" M")),
                sums.toString());
        assertFalse(sums.values().stream().flatMap(List::stream).anyMatch(h -> h.contains("boys")
                || h.contains("girls")), sums.toString());
    }

    /**
     * In a workspace of two pre-primary years, a row naming pre-primary without its year, or a third year, is not
     * stored and is said at its cell with what would hold it; the rows of the years kept are stored.
     */
    @Test
    void aYearTheWorkspaceDoesNotKeepIsSaidAtItsCellNeverAddedElsewhere() throws Exception {
        Path file = dir.resolve("ece-2025.xlsx");
        String[] classes = {"Pre-primary", "PP1", "PP2", "PP3", "Grade 1"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            text(s.createRow(0), "Code", "School", "Class", "Boys", "Girls");
            for (int c = 0; c < classes.length; c++) {
                Row row = s.createRow(1 + c);
                text(row, "ZM-1", "School", classes[c]);
                row.createCell(3).setCellValue(10 + c);
                row.createCell(4).setCellValue(20 + c);
            }
            wb.write(out);
        }
        Path t = dir.resolve("ece.json");
        Files.writeString(t, """
                {"id": "ece", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrolment"], "key": ["Code"],
                   "columns": [{"headers": ["School"], "field": "school.name"},
                               {"headers": ["Class"], "field": "row.grade"},
                               {"patterns": ["{sex}"], "field": "enrolment"}]}]}
                """);
        String ws = dir.resolve("zm.mv.db").toString();
        assertEquals(0, CliRun.emis("structure", "--db", ws, "--pre-primary", "2").code());
        CliRun imp = CliRun.emis("import", file.toString(), "--db", ws, "--template", t.toString());
        assertEquals(0, imp.code(), imp.err() + imp.out());
        assertTrue(imp.out().contains("UNKNOWN_CODE                 2  first Enrolment!C2, last Enrolment!C5"),
                imp.out());
        CliRun.emis("validate", "--db", ws, "--year", "2025");
        CliRun f = CliRun.emis("findings", "--db", ws, "--year", "2025");
        assertTrue(f.out().contains("pre-primary without its year: the workspace keeps 2 pre-primary years apart"),
                f.out());
        assertTrue(f.out().contains("pre-primary year PP3 is not in the workspace, which keeps 2 pre-primary year(s);"
                + " a new workspace given 3 (emis structure --db NEW.mv.db --pre-primary 3) keeps it"), f.out());
        Path csv = dir.resolve("zm.csv");
        assertEquals(0, CliRun.emis("export", "--db", ws, "--year", "2025", "--format", "long-csv", "--out",
                csv.toString()).code());
        Map<String, String[]> got = exported(csv);
        assertEquals("11", got.get("ZM-1|enrolment|PP1|M")[0]);
        assertEquals("22", got.get("ZM-1|enrolment|PP2|F")[0]);
        assertEquals("14", got.get("ZM-1|enrolment|G1|M")[0]);
        assertEquals(6, got.size(), "PP1, PP2 and G1 of both sexes, nothing of the rows not kept: " + got.keySet());
    }
}
