package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constants, defaults, sums of columns and both-sex totals, each on a workbook of another ministry's
 * style written here, imported with its own template, then seen the way an officer sees it: the schools
 * list, rules, indicators and the provenance of figures.
 */
class TemplateConstructsImportTest {
    private static final int SLOT_GOOD = Topic.CLASSROOMS.fixedSlots().indexOf("good");
    private static final int SLOT_POWER = Topic.FACILITIES.fixedSlots().indexOf("electricity");

    private static FileResult.ProblemSummary problems(FileResult r, String kind) {
        return r.problems().stream().filter(p -> p.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + r.problems()));
    }

    /** A primary-only district file: no Level column, a banner, headers on row 3, ownership sometimes blank. */
    @Test
    void constantsAndDefaultsReachTheStoreAndTheRulesAndEveryDefaultIsReported(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Liste");
        row(s, 0, "DISTRICT EDUCATION OFFICE — PRIMARY SCHOOLS 2024");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        row(s, 2, "Code", "School", "Zone", "Owner", "Good rooms", "Girls G1", "Boys G1");
        row(s, 3, "P-10", "Hill", "D07", "public", 4, 30, 31);
        row(s, 4, "P-11", "Lake", "D07", null, null, 25, 20);
        row(s, 5, "P-12", "Wood", "D07", "   ", 6, 18, 17);
        row(s, 6, "P-13", "Rock", "D07", "private", null, 22, 24);
        String template = """
                {"id": "primary-district", "version": 1, "layout": "wide",
                 "constants": {"school.level": "Primary", "school.locality": "Rural"},
                 "sheets": [{"names": ["Liste"], "key": ["Code"], "headerRow": 3,
                   "constants": {"facilities.electricity": "yes"},
                   "columns": [
                     {"headers": ["School"], "field": "school.name"},
                     {"headers": ["Zone"], "field": "school.district"},
                     {"headers": ["Owner"], "field": "school.ownership", "default": "Public"},
                     {"headers": ["Good rooms"], "field": "classrooms.good", "default": "0"},
                     {"headers": ["Girls G1"], "field": "enrolment", "grade": "G1", "sex": "F"},
                     {"headers": ["Boys G1"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "district-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            List<SchoolListing> schools = t.workbench.schools(2024, null);
            assertEquals(4, schools.size());
            for (SchoolListing l : schools) {
                assertEquals("primary", l.level(), l.code() + ": the constant \"Primary\" is the code primary");
                assertEquals("public".equals(l.ownership()) || "private".equals(l.ownership()), true, l.toString());
            }
            assertEquals("public", schools.stream().filter(l -> l.code().equals("P-11")).findFirst().orElseThrow()
                    .ownership(), "blank owner: the default");
            // Two blank owners (D5, D6) and two blank room counts (E5, E7): four defaults, each reported.
            FileResult.ProblemSummary defaults = problems(r, "DEFAULT_USED");
            assertEquals(4, defaults.count());
            assertEquals("Liste!D5", defaults.firstCell());
            assertEquals("Liste!E7", defaults.lastCell());
            List<StoredFinding> findings = t.validate(2024);
            for (String rule : List.of("REQ-05", "REQ-03", "REQ-04")) {
                assertEquals(List.of(), findings.stream().filter(f -> f.finding().ruleId().equals(rule)).toList(),
                        rule + ": the constants and defaults fill level, locality and ownership");
            }
            assertEquals(4, findings.stream().filter(f -> f.finding().ruleId().equals("IMP-12")).count(),
                    "each default use is a finding the officer sees");
            var rooms = t.workbench.whereFrom("P-11", 2024, Topic.CLASSROOMS, SLOT_GOOD, null, AgeGroup.ALL)
                    .orElseThrow();
            assertEquals(0, rooms.value());
            assertEquals("Liste!E5 (default)", rooms.source().sheetCell());
            var power = t.workbench.whereFrom("P-12", 2024, Topic.FACILITIES, SLOT_POWER, null, AgeGroup.ALL)
                    .orElseThrow();
            assertEquals(1, power.value());
            assertEquals("template constant", power.source().cell());
            IndicatorValue electricity = t.indicator(2024, AreaSelector.district("D07"), "schools_with_electricity_pct");
            assertEquals(100.0, electricity.value(), 1e-9);
        }
    }

    /** Teachers given as qualified and unqualified by sex, no total: the total is their sum. */
    @Test
    void aTeacherTotalMadeOfColumnsNamesEveryCellAndFeedsPtrAndTeacherRules(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet p = wb.createSheet("Pupils");
        row(p, 0, "EMIS", "Name", "District", "G1 girls", "G1 boys", "G2 girls", "G2 boys");
        int[][] pupils = {{40, 42, 35, 37}, {60, 58, 55, 50}, {20, 21, 19, 18}, {33, 30, 28, 29}};
        String[] codes = {"T-1", "T-2", "T-3", "T-4"};
        for (int i = 0; i < codes.length; i++) {
            row(p, i + 1, codes[i], "School " + i, "D09", pupils[i][0], pupils[i][1], pupils[i][2], pupils[i][3]);
        }
        Sheet t = wb.createSheet("Teachers");
        // Two header rows: the qualification above, the sex below.
        row(t, 0, "EMIS", "Qualified", null, "Unqualified", null);
        row(t, 1, null, "F", "M", "F", "M");
        t.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
        t.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
        Object[][] teachers = {{3, 2, 1, 1}, {4, 3, null, 2}, {1, "two", 1, 0}, {2, 2, 0, 0}};
        for (int i = 0; i < codes.length; i++) {
            Object[] v = teachers[i];
            row(t, i + 2, codes[i], v[0], v[1], v[2], v[3]);
        }
        String template = """
                {"id": "teacher-sums", "version": 1, "layout": "wide", "constants": {"school.level": "primary"},
                 "sheets": [
                  {"names": ["Pupils"], "key": ["EMIS"], "columns": [
                     {"headers": ["Name"], "field": "school.name"},
                     {"headers": ["District"], "field": "school.district"},
                     {"patterns": ["{grade} {sex}"], "field": "enrolment"}]},
                  {"names": ["Teachers"], "key": ["EMIS"], "columns": [
                     {"patterns": ["Qualified {sex}"], "field": "teachers.qualified"},
                     {"field": "teachers.total", "sumOf": ["Qualified {sex}", "Unqualified {sex}"]}]}],
                 "codeLists": {"sex": {"F": ["girls"], "M": ["boys"]}}}
                """;
        try (TemplateImports ti = new TemplateImports(dir)) {
            FileResult r = ti.importWith(wb, "teachers-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            var f1 = ti.workbench.whereFrom("T-1", 2024, Topic.TEACHERS, 0, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(3 + 1, f1.value());
            assertEquals("Teachers!B3+D3", f1.source().sheetCell(), "the provenance names every cell added");
            var q1 = ti.workbench.whereFrom("T-1", 2024, Topic.TEACHERS, 1, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(3, q1.value(), "Qualified F is read as its own field too");
            assertEquals("Teachers!B3", q1.source().sheetCell());
            // T-2: Unqualified F blank: the qualified alone, reported.
            var f2 = ti.workbench.whereFrom("T-2", 2024, Topic.TEACHERS, 0, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(4, f2.value());
            assertEquals("Teachers!B4", f2.source().sheetCell());
            assertEquals("Teachers!D4", problems(r, "PARTIAL_SUM").firstCell());
            assertEquals(1, problems(r, "PARTIAL_SUM").count());
            // T-3: "two" cannot be read: the men's total is missing, the cell reported.
            assertTrue(ti.workbench.whereFrom("T-3", 2024, Topic.TEACHERS, 0, Sex.M, AgeGroup.ALL)
                    .map(x -> x.value() == null).orElse(true), "no men's total for T-3");
            assertEquals("Teachers!C5", problems(r, "NOT_A_NUMBER").firstCell());
            // Pupil-teacher ratio over the schools with both figures: independently, pupils / teachers.
            int pupilSum = 0;
            int teacherSum = 0;
            for (int i : new int[] {0, 1, 3}) {
                pupilSum += java.util.Arrays.stream(pupils[i]).sum();
            }
            teacherSum += 3 + 1 + 2 + 1; // T-1
            teacherSum += 4 + 3 + 2;     // T-2 (the blank part left out)
            teacherSum += 2 + 2;         // T-4
            IndicatorValue ptr = ti.indicator(2024, AreaSelector.school("T-1"), "pupil_teacher_ratio");
            assertTrue(ptr.available(), String.valueOf(ptr.reason()));
            assertEquals((40 + 42 + 35 + 37) / 7.0, ptr.value(), 1e-9);
            IndicatorValue qualified = ti.indicator(2024, AreaSelector.school("T-4"), "qualified_teachers_pct");
            assertEquals(100.0, qualified.value(), 1e-9);
            IndicatorValue q1pct = ti.indicator(2024, AreaSelector.school("T-1"), "qualified_teachers_pct");
            assertEquals(100.0 * 5 / 7, q1pct.value(), 1e-9);
            assertTrue(pupilSum > 0 && teacherSum == 20);
            List<StoredFinding> findings = ti.validate(2024);
            assertEquals(List.of(), TemplateImports.of(findings, "TCH-02", "T-1"),
                    "pupils and teachers both reported: no 'no teachers' finding");
            assertEquals(List.of(), TemplateImports.of(findings, "TCH-04", "T-1"));
        }
    }

    /** "Total" for girls and boys together beside the grades, and a total per grade. */
    @Test
    void bothSexTotalColumnsAreComparedNeverStored(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        row(s, 0, "School code", "Grade 1 F", "Grade 1 M", "Total G1", "Grade 2 F", "Grade 2 M", "Total G2", "Total");
        row(s, 1, "B-1", 10, 12, 22, 9, 8, 17, 39);
        row(s, 2, "B-2", 5, 6, 11, 7, 7, 14, 31);   // typed over: 11 + 14 = 25
        row(s, 3, "B-3", 3, 4, 8, 2, 2, 4, 11);     // Total G1 wrong (7), Total right
        String template = """
                {"id": "both-sex-totals", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
                   {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                   {"patterns": ["Total {grade}"], "total": "enrolment"},
                   {"headers": ["Total"], "total": "enrolment"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "totals-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertEquals(3 * 4, r.valuesStored(), "four grade figures a school; totals are never stored");
            FileResult.ProblemSummary mismatch = problems(r, "TOTAL_MISMATCH");
            assertEquals(2, mismatch.count(), r.problems().toString());
            assertEquals("Enrolment!H3", mismatch.firstCell());
            assertEquals("Enrolment!D4", mismatch.lastCell());
            assertFalse(r.problems().stream().anyMatch(p -> p.kind().equals("UNMATCHED_COLUMN")), r.problems().toString());
        }
    }

    /** Primary and secondary schools on sheets of their own: each sheet says its level. */
    @Test
    void aSheetsConstantsDescribeTheSchoolsOfThatSheet(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet prim = wb.createSheet("Primaire");
        row(prim, 0, "Code", "Nom", "Garçons G1", "Filles G1");
        row(prim, 1, "L-1", "Un", 10, 11);
        row(prim, 2, "L-2", "Deux", 12, 13);
        Sheet sec = wb.createSheet("Secondaire");
        row(sec, 0, "Code", "Nom", "Garçons G7", "Filles G7");
        row(sec, 1, "L-3", "Trois", 30, 31);
        row(sec, 2, "L-1", "Un", 1, 2);
        String template = """
                {"id": "by-level", "version": 1, "layout": "wide",
                 "sheets": [
                   {"names": ["Primaire"], "key": ["Code"], "constants": {"school.level": "primary"}, "columns": [
                     {"headers": ["Nom"], "field": "school.name"},
                     {"patterns": ["Garçons {grade}"], "field": "enrolment", "sex": "M"},
                     {"patterns": ["Filles {grade}"], "field": "enrolment", "sex": "F"}]},
                   {"names": ["Secondaire"], "key": ["Code"], "constants": {"school.level": "secondary"}, "columns": [
                     {"headers": ["Nom"], "field": "school.name"},
                     {"patterns": ["Garçons {grade}"], "field": "enrolment", "sex": "M"},
                     {"patterns": ["Filles {grade}"], "field": "enrolment", "sex": "F"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "levels-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            java.util.Map<String, String> levels = new java.util.TreeMap<>();
            t.workbench.schools(2024, null).forEach(l -> levels.put(l.code(), l.level()));
            assertEquals(java.util.Map.of("L-1", "primary", "L-2", "primary", "L-3", "secondary"), levels);
            // L-1 is on both sheets: the second sheet's level is not given to it, and that is said.
            FileResult.ProblemSummary clash = problems(r, "VALUE_CLASH");
            assertEquals(1, clash.count());
            assertEquals("Secondaire!A3", clash.firstCell());
        }
    }

    @Test
    void aSumWhoseColumnIsNotInTheSheetIsReportedNotGuessed(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Teachers");
        row(s, 0, "EMIS", "Qualified F", "Qualified M", "Unqualified M");
        row(s, 1, "Z-1", 4, 3, 1);
        String template = """
                {"id": "sum-part-missing", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Teachers"], "key": ["EMIS"], "required": ["teachers.total"], "columns": [
                     {"field": "teachers.total", "sumOf": ["Qualified {sex}", "Unqualified {sex}"]}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            XSSFWorkbook none = new XSSFWorkbook();
            row(none.createSheet("Teachers"), 0, "EMIS", "Trained F");
            FileResult refused = t.importWith(none, "none-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.FAILED, refused.outcome(), "a required sum with none of its columns");
            assertTrue(refused.message().contains("\"Qualified {sex}\" (teachers.total)"), refused.message());
            FileResult r = t.importWith(wb, "z-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertEquals(1, r.valuesStored(), "men: 3 + 1; women: no Unqualified F column, no figure");
            assertEquals(4, t.workbench.whereFrom("Z-1", 2024, Topic.TEACHERS, 0, Sex.M, AgeGroup.ALL).orElseThrow()
                    .value());
            FileResult.ProblemSummary partial = problems(r, "PARTIAL_SUM");
            assertEquals(1, partial.count());
            assertEquals("Teachers!B1", partial.firstCell());
        }
    }
}
