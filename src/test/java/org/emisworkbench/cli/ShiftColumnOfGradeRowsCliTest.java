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
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Review 29 (finding 1b, 7b; decisions 0091, 0094). A one-school form whose enrolment table is {@code Shift | Grade |
 * Boys | Girls | Total}, the shift written on its block's first row only (merged down over the block, or blank below),
 * a Total row under each block and a grand total: the draft proposes the grid with its {@code stream}, the import adds
 * each grade's shifts, naming every cell, and checks the totals. A district file whose shift column is left unread
 * keeps each school's first row only: the import says it lost rows of figures, never a plain OK. A Total row under a
 * row of an unknown grade names that row as left out of its sum. Workbooks and expected figures are made here.
 */
class ShiftColumnOfGradeRowsCliTest {
    @TempDir
    Path dir;

    private static final String[] SHIFTS = {"Morning", "Afternoon", "Evening"};
    /** The grades of each shift's block, in the order written: the afternoon's backwards, the evening's three. */
    private static final int[][] BLOCKS = {{1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1}, {1, 2, 3}};

    /** Per grade (1-6) and sex (0 boys, 1 girls): the pupils of its shifts added up. */
    private final int[][] pupils = new int[7][2];
    /** Per grade, the boys' cells added, in the order of the rows. */
    private final Map<Integer, List<String>> boysCells = new HashMap<>();
    /** The cell of the afternoon block's Total of girls, and the girls of that block's rows. */
    private String afternoonGirlsTotal;
    private int afternoonGirls;

    /**
     * The form; {@code wrongAfternoonTotal} adds 5 to the afternoon block's Total of girls. The morning's shift cell is
     * merged down over its block, the others are written on their first row only.
     */
    private Path form(long seed, boolean wrongAfternoonTotal) throws Exception {
        Random rnd = new Random(seed);
        Path path = dir.resolve("form_MS-6401_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Form");
            s.createRow(0).createCell(0).setCellValue("School code:");
            s.getRow(0).createCell(1).setCellValue("MS-6401");
            s.createRow(1).createCell(0).setCellValue("School name:");
            s.getRow(1).createCell(1).setCellValue("Riverside Primary");
            s.createRow(3).createCell(0).setCellValue("ENROLMENT BY SHIFT, GRADE AND SEX");
            Row h = s.createRow(4);
            String[] hs = {"Shift", "Grade", "Boys", "Girls", "Total"};
            for (int c = 0; c < hs.length; c++) {
                h.createCell(c).setCellValue(hs[c]);
            }
            int r = 5;
            int[] all = new int[2];
            for (int b = 0; b < BLOCKS.length; b++) {
                int first = r;
                int[] block = new int[2];
                for (int g : BLOCKS[b]) {
                    Row row = s.createRow(r);
                    if (r == first) {
                        row.createCell(0).setCellValue(SHIFTS[b]);
                    }
                    row.createCell(1).setCellValue("Grade " + g);
                    int boys = 10 + rnd.nextInt(30);
                    int girls = 10 + rnd.nextInt(30);
                    row.createCell(2).setCellValue(boys);
                    row.createCell(3).setCellValue(girls);
                    row.createCell(4).setCellValue(boys + girls);
                    pupils[g][0] += boys;
                    pupils[g][1] += girls;
                    block[0] += boys;
                    block[1] += girls;
                    boysCells.computeIfAbsent(g, k -> new ArrayList<>()).add("C" + (r + 1));
                    r++;
                }
                if (b == 0) {
                    s.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
                }
                Row total = s.createRow(r);
                total.createCell(1).setCellValue("Total");
                int girls = block[1] + (b == 1 && wrongAfternoonTotal ? 5 : 0);
                total.createCell(2).setCellValue(block[0]);
                total.createCell(3).setCellValue(girls);
                total.createCell(4).setCellValue(block[0] + girls);
                if (b == 1) {
                    afternoonGirlsTotal = "D" + (r + 1);
                    afternoonGirls = block[1];
                }
                all[0] += block[0];
                all[1] += block[1];
                r++;
            }
            // The school's total, its word in the shift column: checked against every row, never a fourth shift.
            Row grand = s.createRow(r);
            grand.createCell(0).setCellValue("Total");
            grand.createCell(2).setCellValue(all[0]);
            grand.createCell(3).setCellValue(all[1]);
            grand.createCell(4).setCellValue(all[0] + all[1]);
            wb.write(out);
        }
        return path;
    }

    /** The long CSV's enrolment rows of {@code school} as grade|sex → value and source. */
    private static Map<String, String[]> figures(Path csv, String school) throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",", -1);
            if (f.length >= 11 && f[0].equals(school) && f[3].equals("enrolment")) {
                out.put(f[4] + "|" + f[6], new String[] {f[7], f[10]});
            }
        }
        return out;
    }

    private Map<String, String[]> imported(Path template, Path wb, String name) throws Exception {
        Path db = dir.resolve(name + ".mv.db");
        CliRun i = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), wb.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        assertTrue(i.out().contains(" 0 problems"), i.out());
        Path csv = dir.resolve(name + ".csv");
        CliRun x = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString());
        assertEquals(0, x.code(), x.out() + x.err());
        return figures(csv, "MS-6401");
    }

    private void assertShiftsAdded(Map<String, String[]> f) {
        assertEquals(12, f.size(), f.keySet().toString());
        for (int g = 1; g <= 6; g++) {
            assertEquals(String.valueOf(pupils[g][0]), f.get("G" + g + "|M")[0], "G" + g);
            assertEquals(String.valueOf(pupils[g][1]), f.get("G" + g + "|F")[0], "G" + g);
            assertEquals(String.join("+", boysCells.get(g)), f.get("G" + g + "|M")[1], "G" + g);
        }
    }

    @Test
    void theShiftLeftOfTheGradeIsDraftedAsTheGridsStreamAndEachGradesShiftsAddUp() throws Exception {
        Path wb = form(6401, false);
        Path template = dir.resolve("drafted.json");
        CliRun d = CliRun.emis("template", "draft", wb.toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertFalse(d.out().contains("No table by age, grade and sex"), d.out());
        assertTrue(d.out().contains("the streams of a grade (column \"Shift\") added"), d.out());
        JsonNode grid = new ObjectMapper().readTree(template.toFile()).get("sheets").get(0).get("grids").get(0);
        assertEquals("[\"Shift\"]", grid.path("stream").toString(), grid.toPrettyString());
        assertEquals("grade", grid.path("rows").asText());

        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        assertEquals(0, c.code(), c.out() + c.err());
        assertTrue(c.out().contains("Problems: none"), c.out());
        // Three Total rows, each checked and none stored: only the twelve figures of the six grades.
        assertShiftsAdded(imported(template, wb, "drafted"));
    }

    @Test
    void aHandGridNamingTheShiftReadsTheGradeRightOfItAndAWrongBlockTotalIsAMismatch() throws Exception {
        Path template = dir.resolve("hand.json");
        Files.writeString(template, """
                {"id": "shift-grid", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Form"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY SHIFT, GRADE AND SEX"],
                              "rows": "grade", "stream": ["Shift"]}]}]}
                """);
        assertShiftsAdded(imported(template, form(77, false), "hand"));

        // The afternoon's Total of girls 5 too many: said at its cell, against that block's rows only.
        Path wrong = form(77, true);
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), wrong.toString());
        List<String> mismatches = c.out().lines().filter(l -> l.contains("TOTAL_MISMATCH:")).toList();
        assertEquals(2, mismatches.size(), c.out());
        assertTrue(mismatches.get(0).contains("Form!" + afternoonGirlsTotal + " TOTAL_MISMATCH"), mismatches.get(0));
        assertTrue(mismatches.get(0).contains("the total row says " + (afternoonGirls + 5)
                + " but the rows above add up to " + afternoonGirls), mismatches.get(0));
        assertFalse(c.out().contains("UNKNOWN_CODE"), c.out());
        assertFalse(c.out().contains("VALUE_CLASH"), c.out());
    }

    @Test
    void aDistrictFileWhoseShiftColumnIsLeftUnreadSaysItsRowsOfFiguresWereNotImported() throws Exception {
        Path wb = dir.resolve("district_shifts_2024.xlsx");
        Random rnd = new Random(3);
        int lost = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wb)) {
            Sheet s = book.createSheet("Enrolment");
            Row h = s.createRow(0);
            String[] hs = {"School code", "Shift", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls"};
            for (int c = 0; c < hs.length; c++) {
                h.createCell(c).setCellValue(hs[c]);
            }
            int r = 1;
            for (int school = 0; school < 3; school++) {
                for (int k = 0; k <= school % 2 + 1; k++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue("DS-" + (800 + school));
                    row.createCell(1).setCellValue(SHIFTS[k]);
                    for (int c = 2; c < 6; c++) {
                        row.createCell(c).setCellValue(1 + rnd.nextInt(30));
                    }
                    lost += k > 0 ? 1 : 0;
                }
            }
            book.write(out);
        }
        Path template = dir.resolve("ignored.json");
        Files.writeString(template, """
                {"id": "shift-ignored", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
                   {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}], "ignore": ["Shift"]}]}
                """);
        CliRun i = CliRun.emis("import", "--db", dir.resolve("d.mv.db").toString(), "--template", template.toString(),
                wb.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        assertTrue(i.out().contains("OK with warnings: " + lost + " row(s) with figures were not stored (DUPLICATE_SCHOOL"),
                i.out());
        assertTrue(i.out().contains("a school already on an earlier row"), i.out());
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        assertTrue(c.out().contains("this row's figures are not imported"), c.out());
    }

    @Test
    /**
     * The Pakki row is not read (no grade of the list; Katchi, review 30's word, has been pre-primary since decision
     * 0115): its figures are not zeros, so the Total row over it is not
     * compared with the rows read alone (review 30 D5: that said a false TOTAL_MISMATCH per column), and the row's
     * UNKNOWN_CODE says which total cells were not checked.
     */
    void aTotalRowUnderARowOfAnUnknownGradeIsNotCheckedAndThatRowSaysSo() throws Exception {
        Path wb = dir.resolve("census_35220999_2024.xlsx");
        Random rnd = new Random(11);
        int[] read = new int[3];
        int[] katchi = new int[3];
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wb)) {
            Sheet s = book.createSheet("Census");
            s.createRow(0).createCell(0).setCellValue("EMIS Code:");
            s.getRow(0).createCell(1).setCellValue(35220999);
            s.createRow(2).createCell(0).setCellValue("Enrolment");
            Row h = s.createRow(3);
            String[] hs = {"Class", "Boys", "Girls", "Total"};
            for (int c = 0; c < hs.length; c++) {
                h.createCell(c).setCellValue(hs[c]);
            }
            String[] classes = {"Pakki", "Class 1", "Class 2", "Class 3"};
            int[] total = new int[3];
            for (int k = 0; k < classes.length; k++) {
                Row row = s.createRow(4 + k);
                row.createCell(0).setCellValue(classes[k]);
                int b = 5 + rnd.nextInt(30);
                int g = 5 + rnd.nextInt(30);
                int[] v = {b, g, b + g};
                for (int c = 0; c < 3; c++) {
                    row.createCell(1 + c).setCellValue(v[c]);
                    total[c] += v[c];
                    (k == 0 ? katchi : read)[c] += v[c];
                }
            }
            Row t = s.createRow(8);
            t.createCell(0).setCellValue("Total");
            for (int c = 0; c < 3; c++) {
                t.createCell(1 + c).setCellValue(total[c]);
            }
            book.write(out);
        }
        Path template = dir.resolve("no-katchi.json");
        Files.writeString(template, """
                {"id": "no-katchi", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Census"], "required": ["school.code"],
                   "labels": [{"labels": ["EMIS Code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment"], "rows": "grade"}]}]}
                """);
        CliRun c = CliRun.emis("template", "check", "--template", template.toString(), wb.toString());
        assertFalse(c.out().contains("TOTAL_MISMATCH"), c.out());
        assertTrue(c.out().contains("Census!A5 UNKNOWN_CODE: unknown code \"Pakki\" — not a grade of the grade list:"
                + " its figures are not imported, so the total row below (B9, C9, D9) was not checked"), c.out());
        // Nor is the sum of the rows read alone said anywhere as the table's.
        for (int k = 0; k < 3; k++) {
            assertFalse(c.out().contains("add up to " + read[k]), c.out());
        }
    }
}
