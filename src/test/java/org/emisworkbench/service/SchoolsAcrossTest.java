package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets laid out across, one column per school ({@code "schoolsIn": "columns"}, decision 0041), as small island
 * ministries and district summaries copied from reports write them: a row of school codes (and names), the
 * figures down the rows, a label column with a sub-label column of sexes, a blank column between schools, a
 * {@code TOTAL} column at the right. Written here with POI in a style the sample generator never produces; the
 * expected figures are worked out here from the numbers this test wrote, and every cell is named as it stands.
 */
class SchoolsAcrossTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** One school's figures as written: G1..G3 girls and boys, qualified and unqualified teachers, classrooms. */
    record School(String code, String name, int column, int[] girls, int[] boys, int[] qualified, int[] unqualified,
                  int classrooms) {
        int pupils() {
            int n = 0;
            for (int g = 0; g < 3; g++) {
                n += girls[g] + boys[g];
            }
            return n;
        }
    }

    /** Schools in columns C, D, F, G (E left blank between them), then a TOTAL column. */
    private static List<School> schools(Random rnd) {
        String[] codes = {"NR-01", "NR-02", "NR-03", "NR-04"};
        String[] names = {"Akuna Primary", "Bessa School", "Cala Primary", "Dumo Primary"};
        int[] columns = {2, 3, 5, 6};
        List<School> out = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            int[] girls = new int[3];
            int[] boys = new int[3];
            for (int g = 0; g < 3; g++) {
                girls[g] = 5 + rnd.nextInt(40);
                boys[g] = 5 + rnd.nextInt(40);
            }
            out.add(new School(codes[i], names[i], columns[i], girls, boys,
                    new int[] {1 + rnd.nextInt(5), 1 + rnd.nextInt(5)}, new int[] {rnd.nextInt(3), rnd.nextInt(3)},
                    2 + rnd.nextInt(6)));
        }
        return out;
    }

    /**
     * The district summary, as an officer sees it:
     * <pre>
     *      A                     B       C       D       E   F       G       H
     *  1   NORTH DISTRICT — SUMMARY OF RETURNS 2024
     *  2   School code                   NR-01   NR-02       NR-03   NR-04   TOTAL
     *  3   School name                   Akuna…  Bessa…      Cala…   Dumo…
     *  4   Grade 1 (merged A4:A5) Boys   …
     *  5                         Girls
     *  6   Grade 2 (merged)      Boys
     *  7                         Girls
     *  8   Grade 3 Boys
     *  9   Grade 3 Girls
     * 10   Total pupils
     * 11   Qualified teachers    Female
     * 12                         Male
     * 13   Unqualified teachers  Female
     * 14                         Male
     * 15   Classrooms
     * 17   Source: District Education Office, annual returns of schools
     * </pre>
     */
    private static XSSFWorkbook summary(List<School> schools, int typedOverTotalRow) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Summary");
        Sheets.row(s, 0, "NORTH DISTRICT — SUMMARY OF RETURNS 2024");
        String[][] labels = {{"School code", null}, {"School name", null}, {"Grade 1", "Boys"}, {null, "Girls"},
            {"Grade 2", "Boys"}, {null, "Girls"}, {"Grade 3 Boys", null}, {"Grade 3 Girls", null},
            {"Total pupils", null}, {"Qualified teachers", "Female"}, {null, "Male"}, {"Unqualified teachers", "Female"},
            {null, "Male"}, {"Classrooms", null}};
        for (int r = 0; r < labels.length; r++) {
            Row row = s.createRow(r + 1);
            if (labels[r][0] != null) {
                row.createCell(0).setCellValue(labels[r][0]);
            }
            if (labels[r][1] != null) {
                row.createCell(1).setCellValue(labels[r][1]);
            }
        }
        s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        s.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
        s.addMergedRegion(new CellRangeAddress(9, 10, 0, 0));
        s.addMergedRegion(new CellRangeAddress(11, 12, 0, 0));
        int[] totals = new int[labels.length];
        for (School sc : schools) {
            int[] v = {0, 0, sc.boys()[0], sc.girls()[0], sc.boys()[1], sc.girls()[1], sc.boys()[2], sc.girls()[2],
                sc.pupils(), sc.qualified()[0], sc.qualified()[1], sc.unqualified()[0], sc.unqualified()[1],
                sc.classrooms()};
            s.getRow(1).createCell(sc.column()).setCellValue(sc.code());
            s.getRow(2).createCell(sc.column()).setCellValue(sc.name());
            for (int r = 2; r < labels.length; r++) {
                s.getRow(r + 1).createCell(sc.column()).setCellValue(v[r]);
                totals[r] += v[r];
            }
        }
        s.getRow(1).createCell(7).setCellValue("TOTAL");
        for (int r = 2; r < labels.length; r++) {
            s.getRow(r + 1).createCell(7).setCellValue(totals[r] + (r + 2 == typedOverTotalRow ? 3 : 0));
        }
        Sheets.row(s, 16, "Source: District Education Office, annual returns of schools");
        return wb;
    }

    private static final String TEMPLATE = """
            {"id": "north-across", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "constants": {"school.district": "D07"},
             "sheets": [{"names": ["Summary"], "key": ["School code"], "schoolsIn": "columns",
               "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                 {"headers": ["Total pupils"], "total": "enrolment"},
                 {"patterns": ["Qualified teachers {sex}"], "field": "teachers.qualified"},
                 {"sumOf": ["Qualified teachers {sex}", "Unqualified teachers {sex}"], "field": "teachers.total"},
                 {"headers": ["Classrooms"], "field": "classrooms.total"}]}]}
            """;

    @Test
    void aSheetOfOneColumnPerSchoolReadsEveryFigureAndNamesTheRealCells() throws Exception {
        List<School> schools = schools(new Random(41));
        XSSFWorkbook wb = summary(schools, 9); // H9 (Grade 3 Girls of all schools) typed over
        wb.getSheet("Summary").setColumnHidden(3, true); // a hidden school column is read, and named (decision 0081)
        wb.getSheet("Summary").getRow(14).setZeroHeight(true); // a hidden row (Classrooms) is read, and named
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(wb, "north-summary-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
        assertEquals(4, f.schoolsAdded(), "four schools; the TOTAL column is none: " + f.problems());
        // The TOTAL column is the sheet's total row turned on its side: checked, and its typed-over figure named.
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Summary!H9", first(f, "TOTAL_MISMATCH"));
        assertEquals(0, count(f, "UNMATCHED_COLUMN") + count(f, "UNREAD_FIGURES") + count(f, "BLANK_KEY"),
                f.problems().toString());
        assertEquals(1, f.problemCount(), f.problems().toString());
        assertEquals(1, f.hiddenRows().size(), f.hiddenRows().toString());
        assertEquals("Summary", f.hiddenRows().get(0).sheet());
        assertEquals(List.of(14), f.hiddenRows().get(0).rows());
        // The hidden school column D, named with the cells of its figures: not D10, its Total pupils (a check only).
        assertEquals(List.of(3), f.hiddenRows().get(0).columns());
        assertEquals(List.of("D4:D9", "D11:D15"), f.hiddenRows().get(0).columnCells());
        int teachers = Topic.TEACHERS.fixedSlots().indexOf("total");
        int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        int rooms = Topic.CLASSROOMS.fixedSlots().indexOf("total");
        try (Workbench w = imports.open()) {
            assertFalse(w.schools(YEAR, null).stream().anyMatch(x -> x.code().equalsIgnoreCase("TOTAL")));
            for (School sc : schools) {
                assertEquals(sc.name(), imports.school(w, sc.code()).name());
                assertEquals("D07", imports.school(w, sc.code()).district());
                for (int g = 0; g < 3; g++) {
                    imports.assertEnrolment(w, sc.code(), g + 1, sc.girls()[g], sc.boys()[g]);
                }
                imports.assertFigure(w, sc.code(), Topic.TEACHERS, qualified, sc.qualified()[0], sc.qualified()[1]);
                imports.assertFigure(w, sc.code(), Topic.TEACHERS, teachers, sc.qualified()[0] + sc.unqualified()[0],
                        sc.qualified()[1] + sc.unqualified()[1]);
            }
            // Provenance names the sheet's own cells: NR-02 stands in column D, Grade 1 girls on row 5.
            assertEquals("Summary!D5", w.whereFrom("NR-02", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
            assertEquals("Summary!G8", w.whereFrom("NR-04", YEAR, Topic.ENROLMENT, 3, Sex.M, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
            assertEquals("Summary!F12+F14", w.whereFrom("NR-03", YEAR, Topic.TEACHERS, teachers, Sex.M, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
            var room = w.whereFrom("NR-01", YEAR, Topic.CLASSROOMS, rooms, null, AgeGroup.ALL).orElseThrow();
            assertEquals("Summary!C15", room.source().sheetCell());
            assertEquals(schools.get(0).classrooms(), room.value());
        }
    }

    @Test
    void textInAFigureCellIsNamedByItsRealCell() throws Exception {
        List<School> schools = schools(new Random(43));
        XSSFWorkbook wb = summary(schools, -1);
        Sheet s = wb.getSheet("Summary");
        s.getRow(6).createCell(5).setCellValue("twelve"); // NR-03, Grade 2 girls: F7
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(wb, "north-bad-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
        assertEquals(1, count(f, "NOT_A_NUMBER"), f.problems().toString());
        assertEquals("Summary!F7", first(f, "NOT_A_NUMBER"));
        try (Workbench w = imports.open()) {
            School cala = schools.get(2);
            imports.assertEnrolment(w, cala.code(), 1, cala.girls()[0], cala.boys()[0]);
            assertTrue(w.whereFrom(cala.code(), YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL)
                    .map(x -> x.value() == null).orElse(true), "the unreadable figure is missing, never 0");
        }
    }

    @Test
    void theDraftOfASheetAcrossImportsWithNoEdit() throws Exception {
        List<School> schools = schools(new Random(47));
        XSSFWorkbook wb = summary(schools, -1);
        DraftedImports.Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, "north-draft-2024.xlsx");
        assertTrue(run.json().replace(" ", "").contains("\"schoolsIn\":\"columns\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(4, f.schoolsAdded(), f.problems() + "\n" + run.json());
        DraftedImports.assertNoUnread(run);
        // The check lists the sheet's rows where it lists columns elsewhere, with the figures of each school.
        assertEquals(4, run.check().schools(), run.check().problems().toString());
        var girls1 = run.check().sheets().get(0).read().stream().filter(r -> "Grade 1 Girls".equals(r.header()))
                .findFirst().orElseThrow(() -> new AssertionError(run.check().sheets().toString()));
        assertEquals("5", girls1.letters());
        assertEquals(List.of(String.valueOf(schools.get(0).girls()[0]), String.valueOf(schools.get(1).girls()[0]),
                String.valueOf(schools.get(2).girls()[0])), girls1.examples());
        Map<String, School> byCode = new LinkedHashMap<>();
        schools.forEach(sc -> byCode.put(sc.code(), sc));
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        int teachers = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = imports.open()) {
            for (School sc : byCode.values()) {
                assertEquals(sc.name(), imports.school(w, sc.code()).name());
                for (int g = 0; g < 3; g++) {
                    imports.assertEnrolment(w, sc.code(), g + 1, sc.girls()[g], sc.boys()[g]);
                }
                imports.assertFigure(w, sc.code(), Topic.TEACHERS, teachers, sc.qualified()[0] + sc.unqualified()[0],
                        sc.qualified()[1] + sc.unqualified()[1]);
            }
            assertEquals("Summary!F9", w.whereFrom("NR-03", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
        }
    }

    @Test
    void schoolsNamedAcrossAreMatchedAgainstTheMasterList() throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        XSSFWorkbook master = new XSSFWorkbook();
        Sheet m = master.createSheet("Schools");
        Sheets.row(m, 0, "School code", "School name", "District code", "District");
        Sheets.row(m, 1, "VU-101", "Lenakel Primary", "D01", "Tafea");
        Sheets.row(m, 2, "VU-102", "Isangel School", "D01", "Tafea");
        Path list = dir.resolve("master-list.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(list)) {
            master.write(out);
        }
        master.close();
        try (Workbench w = imports.open()) {
            FileResult r = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(list),
                    "sample-master-list", null), org.emisworkbench.model.Progress.NONE,
                    org.emisworkbench.model.Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()));
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Tafea");
        Sheets.row(s, 0, "School", "LENAKEL PRIMARY", "Isangel school");
        Sheets.row(s, 1, "Year 1 Boys", 14, 9);
        Sheets.row(s, 2, "Year 1 Girls", 11, 12);
        FileResult f = imports.importWith(wb, "tafea-2024.xlsx", """
                {"id": "tafea-across", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Tafea"], "key": ["School"], "schoolKey": "name", "schoolsIn": "columns",
                   "columns": [{"patterns": ["Year {grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + " " + f.problems());
        assertEquals(2, f.schoolsAdded(), f.problems().toString());
        try (Workbench w = imports.open()) {
            imports.assertEnrolment(w, "VU-101", 1, 11, 14);
            imports.assertEnrolment(w, "VU-102", 1, 12, 9);
            assertEquals("Tafea!C3", w.whereFrom("VU-102", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
        }
    }

    @Test
    void aSheetAcrossWithoutItsRequiredRowIsRefusedNamingTheHeaderColumn() throws Exception {
        XSSFWorkbook wb = summary(schools(new Random(53)), -1);
        FileResult f = new DraftedImports(dir, YEAR, workshop).importWith(wb, "north-refused-2024.xlsx", """
                {"id": "north-needs-rooms", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Summary"], "key": ["School code"], "schoolsIn": "columns",
                   "required": ["facilities.electricity"],
                   "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                               {"headers": ["Electricity"], "field": "facilities.electricity"}]}]}
                """);
        assertEquals(FileOutcome.FAILED, f.outcome());
        String why = f.message();
        assertTrue(why.contains("one column per school") && why.contains("Electricity") && why.contains("column B"),
                why);
    }

    @Test
    void schoolsInIsRefusedWhereItCannotBeRead() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse("""
                        {"id": "bad-across", "version": 1, "layout": "wide",
                         "sheets": [{"names": ["A"], "key": ["Code"], "schoolsIn": "columns",
                           "columns": [{"headers": ["Class"], "field": "row.grade"},
                                       {"headers": ["Boys"], "field": "enrolment", "sex": "M"}]},
                                    {"names": ["B"], "key": ["Code"], "schoolsIn": "diagonal",
                           "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                        """, "bad-across.json", null));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("$.sheets[0].schoolsIn")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("$.sheets[1].schoolsIn")), e.problems().toString());
    }
}
