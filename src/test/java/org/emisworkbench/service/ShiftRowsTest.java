package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-shift schools (review 29, findings 1 and 7a; decision 0094). A district file with a row per school and shift,
 * the grades across ({@code School code | School name | Shift | Grade 1 Boys … | Teachers Male | Teachers Female}):
 * the draft proposes the shift column as the row's stream ({@code row.stream}) and the import adds the rows of each
 * school, every cell named; left unread, the rows are a school given twice and the message names the shift column.
 * A form whose shifts stand side by side as bands, with a {@code Total} band: the Total is checked, never stored.
 * Figures are drawn here and expected sums computed here.
 */
class ShiftRowsTest {
    private static final int YEAR = 2024;
    private static final int GRADES = 6;
    private static final String[] SHIFTS = {"Morning", "Afternoon", "Evening"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Expected per school: [grade 0..5][0 boys, 1 girls] summed over its shifts; teachers [men, women]. */
    private final Map<String, int[][]> pupils = new LinkedHashMap<>();
    private final Map<String, int[]> teachers = new LinkedHashMap<>();
    /** Per school, the sheet rows (1-based) of its shifts. */
    private final Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();

    /** Four schools of 2, 3, 2 and 3 shifts; the shift column headed {@code shiftHeader}. */
    private XSSFWorkbook district(String shiftHeader) {
        Random random = new Random(29);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        List<Object> header = new ArrayList<>(List.of("School code", "School name", shiftHeader));
        for (int g = 1; g <= GRADES; g++) {
            header.add("Grade " + g + " Boys");
            header.add("Grade " + g + " Girls");
        }
        header.add("Teachers Male");
        header.add("Teachers Female");
        Sheets.row(sh, 0, header.toArray());
        int r = 1;
        for (int s = 0; s < 4; s++) {
            String code = "DS-" + (700 + s);
            int shifts = s % 2 == 0 ? 2 : 3;
            for (int k = 0; k < shifts; k++) {
                List<Object> row = new ArrayList<>(List.of(code, "Shift School " + s, SHIFTS[k]));
                int[][] sum = pupils.computeIfAbsent(code, x -> new int[GRADES][2]);
                for (int g = 0; g < GRADES; g++) {
                    int boys = 5 + random.nextInt(40);
                    int girls = 5 + random.nextInt(40);
                    sum[g][0] += boys;
                    sum[g][1] += girls;
                    row.add(boys);
                    row.add(girls);
                }
                int men = random.nextInt(8);
                int women = 1 + random.nextInt(8);
                int[] t = teachers.computeIfAbsent(code, x -> new int[2]);
                t[0] += men;
                t[1] += women;
                row.add(men);
                row.add(women);
                Sheets.row(sh, r, row.toArray());
                rowsOf.computeIfAbsent(code, x -> new ArrayList<>()).add(r + 1);
                r++;
            }
        }
        return wb;
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void theDraftReadsTheShiftAsTheRowsStreamAndEveryShiftRowIsAddedEachCellNamed() throws Exception {
        for (String header : List.of("Shift", "Session", "Séance", "Turno")) {
            pupils.clear();
            teachers.clear();
            rowsOf.clear();
            Path folder = Files.createDirectories(dir.resolve(header.replace("é", "e")));
            DraftedImports io = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = io.draftCheckImport(district(header), folder, "district_shifts_2024.xlsx");
            String json = run.json().replaceAll("\\s", "");
            assertTrue(json.contains("\"field\":\"row.stream\""), header + ": " + run.json());
            assertFalse(json.contains("\"ignore\":[\"" + header + "\""), header + ": " + run.json());
            FileResult f = run.result();
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(4, f.schoolsAdded(), f.problems().toString());
            assertEquals(0, f.problemCount(), header + ": no school given twice, nothing unread: " + f.problems());
            DraftedImports.assertNoUnread(run);
            try (Workbench w = io.open()) {
                assertEquals(4, pupils.size());
                for (String code : pupils.keySet()) {
                    int[][] sum = pupils.get(code);
                    for (int g = 0; g < GRADES; g++) {
                        io.assertEnrolment(w, code, g + 1, sum[g][1], sum[g][0]);
                    }
                    int[] t = teachers.get(code);
                    io.assertFigure(w, code, Topic.TEACHERS, 0, t[1], t[0]);
                    // Grade 1 boys stand in column D: every shift row's cell is named in the source.
                    StringBuilder cells = new StringBuilder("Enrolment!");
                    for (int row : rowsOf.get(code)) {
                        cells.append(cells.length() > "Enrolment!".length() ? "+" : "").append("D").append(row);
                    }
                    var fig = w.whereFrom(code, YEAR, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL).orElseThrow();
                    assertEquals(sum[0][0], fig.value());
                    assertEquals(cells.toString(), fig.source().sheetCell(), "every shift's cell named");
                }
            }
        }
    }

    private static final String IGNORED = """
            {"id": "shift-ignored", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
               {"headers": ["School name"], "field": "school.name"},
               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
               {"patterns": ["Teachers {sex}"], "field": "teachers.total"}],
               "ignore": ["Shift"]}]}
            """;

    @Test
    void leftUnreadTheRowsAreASchoolGivenTwiceAndTheMessageNamesTheShiftColumn() throws Exception {
        Path file = write(district("Shift"), "district_shifts_2024.xlsx");
        Path t = dir.resolve("shift-ignored.json");
        Files.writeString(t, IGNORED);
        var check = workshop.check(file, TemplateLoader.load(t), null, Cancellation.none());
        var duplicates = check.problems().stream().filter(p -> p.kind() == ProblemKind.DUPLICATE_SCHOOL).toList();
        // Each school's rows after its first: 1 + 2 + 1 + 2.
        assertEquals(6, duplicates.size(), check.problems().toString());
        String first = duplicates.get(0).detail().english();
        assertTrue(first.contains("the rows differ in Shift: Morning, Afternoon"), first);
        assertTrue(first.contains("row.stream"), first);
        String evening = duplicates.get(2).detail().english();
        assertTrue(evening.contains("Shift: Morning, Evening"), evening);
    }

    private static final String STREAMS = """
            {"id": "shift-rows", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
               {"headers": ["Shift"], "field": "row.stream"},
               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
               {"patterns": ["Teachers {sex}"], "field": "teachers.total"}]}]}
            """;

    @Test
    void theSameShiftTwiceIsAFigureGivenTwiceAndAShiftTotalRowIsCheckedNotStored() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "Shift", "Grade 1 Boys", "Grade 1 Girls", "Teachers Male", "Teachers Female");
        Sheets.row(sh, 1, "DS-1", "Morning", 20, 22, 3, 4);
        Sheets.row(sh, 2, "DS-1", "Afternoon", 15, 18, 2, 2);
        Sheets.row(sh, 3, "DS-1", "Total", 35, 41, 5, 6); // girls: 22 + 18 = 40, not 41
        Sheets.row(sh, 4, "DS-2", "Morning", 10, 11, 1, 1);
        Sheets.row(sh, 5, "DS-2", "Morning", 12, 13, 1, 1);
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(wb, "shifts-2024.xlsx", STREAMS);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Enrolment!D4", DraftedImports.first(f, "TOTAL_MISMATCH"), f.problems().toString());
        // DS-2's second Morning row: the same shift again, each of its four figures given twice, the first kept.
        assertEquals(4, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals("Enrolment!C6", DraftedImports.first(f, "VALUE_CLASH"), f.problems().toString());
        try (Workbench w = io.open()) {
            io.assertEnrolment(w, "DS-1", 1, 22 + 18, 20 + 15);
            io.assertFigure(w, "DS-1", Topic.TEACHERS, 0, 4 + 2, 3 + 2);
            io.assertEnrolment(w, "DS-2", 1, 11, 10);
        }
    }

    /** A form: Grade | Morning shift (Boys|Girls) | Afternoon shift (Boys|Girls) | Total (Boys|Girls). */
    private XSSFWorkbook bands(int[][][] figures, int wrongRow) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "School code:", "MS-9001");
        Sheets.row(sh, 1, "School name:", "Two Shift Primary");
        Sheets.row(sh, 3, "ENROLMENT BY GRADE, SHIFT AND SEX");
        Sheets.row(sh, 4, "Grade", "Morning shift", null, "Afternoon shift", null, "Total", null);
        Sheets.row(sh, 5, null, "Boys", "Girls", "Boys", "Girls", "Boys", "Girls");
        for (int c = 1; c <= 5; c += 2) {
            sh.addMergedRegion(new CellRangeAddress(4, 4, c, c + 1));
        }
        for (int g = 0; g < GRADES; g++) {
            int[][] f = figures[g];
            int totalBoys = f[0][0] + f[1][0] + (g == wrongRow ? 4 : 0);
            Sheets.row(sh, 6 + g, "Grade " + (g + 1), f[0][0], f[0][1], f[1][0], f[1][1], totalBoys, f[0][1] + f[1][1]);
        }
        return wb;
    }

    @Test
    void aTotalBandBesideShiftBandsIsCheckedAgainstTheirSumAndNeverStored() throws Exception {
        Random random = new Random(7);
        int[][][] figures = new int[GRADES][2][2]; // grade, shift, sex (0 boys, 1 girls)
        for (int[][] g : figures) {
            for (int[] shift : g) {
                shift[0] = 5 + random.nextInt(30);
                shift[1] = 5 + random.nextInt(30);
            }
        }
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = io.draftCheckImport(bands(figures, -1), "form_MS-9001_2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), "the Total band is read as the check it is: " + f.problems() + "\n"
                + run.json());
        DraftedImports.assertNoUnread(run);
        try (Workbench w = io.open()) {
            for (int g = 0; g < GRADES; g++) {
                io.assertEnrolment(w, "MS-9001", g + 1, figures[g][0][1] + figures[g][1][1],
                        figures[g][0][0] + figures[g][1][0]);
            }
            var fig = w.whereFrom("MS-9001", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals("Form!C7+E7", fig.source().sheetCell(), "the shifts added, the Total not among them");
        }
        Path wrong = Files.createDirectories(dir.resolve("wrong"));
        DraftedImports other = new DraftedImports(wrong, YEAR, workshop);
        DraftedImports.Run bad = other.draftCheckImport(bands(figures, 2), wrong, "form_MS-9001_2024.xlsx");
        FileResult b = bad.result();
        assertEquals(1, DraftedImports.count(b, "TOTAL_MISMATCH"), b.problems().toString());
        assertEquals("Form!F9", DraftedImports.first(b, "TOTAL_MISMATCH"), b.problems().toString());
        try (Workbench w = other.open()) {
            other.assertEnrolment(w, "MS-9001", 3, figures[2][0][1] + figures[2][1][1],
                    figures[2][0][0] + figures[2][1][0]);
        }
    }
}
