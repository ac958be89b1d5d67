package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nineteen return layouts that the sample generator never writes, each written here in its own style
 * (French headers, banners, two header rows, totals for both sexes, constants, sums of columns,
 * several schools in one roster, label blocks, codes in a hidden sheet, facilities over two sheets, a
 * national code list, school-year labels, the old .xls format, Portuguese headers with H/M letters,
 * headers broken over lines above grades written as text, every school's row given twice, blocks
 * pasted with their header, one row per school and class, a long French export by class, sex and age),
 * each with its template. Every figure
 * expected is worked out here from the numbers written, never by the code under test, and every
 * census column of every layout must be read: no import may leave one unmatched. DraftedLayoutsTest
 * adds layouts read with the template the program drafts itself, without one written by hand.
 */
class LayoutCorpusTest {
    private static final int YEAR = 2024;
    private static final String[] FRENCH_GRADES = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};

    @TempDir
    Path dir;

    // ---- 1. French headers, French codes -------------------------------------------------------------

    @Test
    void frenchHeadersAndCodes() throws Exception {
        Random rnd = new Random(1);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet ecoles = wb.createSheet("Écoles");
        row(ecoles, 0, "Code école", "Nom de l'école", "Code district", "Statut", "Milieu", "Niveau");
        Sheet eff = wb.createSheet("Effectifs");
        List<Object> head = new ArrayList<>(List.of("Code école"));
        for (String g : FRENCH_GRADES) {
            head.add(g + " Filles");
            head.add(g + " Garçons");
        }
        row(eff, 0, head.toArray());
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 5; s++) {
            String code = "FR" + (100 + s);
            row(ecoles, s + 1, code, "École " + s, "D09", s % 2 == 0 ? "Public" : "Privé",
                    s % 2 == 0 ? "Rural" : "Urbain", "Primaire");
            int[] v = randoms(rnd, 12, 60);
            expected.put(code, v);
            List<Object> r = new ArrayList<>(List.of(code));
            for (int x : v) {
                r.add(x);
            }
            row(eff, s + 1, r.toArray());
        }
        FileResult f = importWith(wb, "recensement-2024.xlsx", """
                {"id": "fr-wide", "version": 1, "title": "Recensement (français)", "layout": "wide",
                 "year": {"fromFileName": true},
                 "codeLists": {
                   "grade": {"G1": ["CP1"], "G2": ["CP2"], "G3": ["CE1"], "G4": ["CE2"], "G5": ["CM1"], "G6": ["CM2"]},
                   "ownership": {"public": ["Public"], "private": ["Privé"]},
                   "locality": {"urban": ["Urbain"]},
                   "level": {"primary": ["Primaire"]}},
                 "sheets": [
                   {"names": ["Écoles"], "key": ["Code école"], "columns": [
                     {"headers": ["Nom de l'école"], "field": "school.name"},
                     {"headers": ["Code district"], "field": "school.district"},
                     {"headers": ["Statut"], "field": "school.ownership"},
                     {"headers": ["Milieu"], "field": "school.locality"},
                     {"headers": ["Niveau"], "field": "school.level"}]},
                   {"names": ["Effectifs"], "key": ["Code école"], "columns": [
                     {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 5);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                for (int g = 0; g < 6; g++) {
                    assertEnrolment(w, e.getKey(), g + 1, e.getValue()[2 * g], e.getValue()[2 * g + 1]);
                }
            }
            SchoolListing s1 = school(w, "FR101");
            assertEquals("private", s1.ownership());
            assertEquals("urban", s1.locality());
            assertEquals("primary", s1.level());
        }
    }

    // ---- 2. A banner above a header on row 5, sex before grade -----------------------------------------

    @Test
    void bannerAboveTheHeaderAndSexBeforeGrade() throws Exception {
        Random rnd = new Random(2);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Census");
        row(sh, 0, "REPUBLIC OF ATLANTIS — MINISTRY OF BASIC EDUCATION");
        row(sh, 1, "Annual School Census 2024: enrolment by grade");
        row(sh, 3, "Data as at 31 March 2024. Do not change the column order.");
        row(sh, 4, "EMIS No", "School", "District", "Boys G1", "Girls G1", "Boys G2", "Girls G2", "Boys G3",
                "Girls G3");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 6; s++) {
            String code = String.format("AT-%04d", 17 * s + 3);
            int[] v = randoms(rnd, 6, 80);
            expected.put(code, v);
            row(sh, 5 + s, code, "School " + s, "D02", v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        FileResult f = importWith(wb, "census-2024.xlsx", """
                {"id": "atlantis", "version": 1, "title": "Atlantis census", "layout": "wide",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Census"], "key": ["EMIS No"], "columns": [
                   {"headers": ["School"], "field": "school.name"},
                   {"headers": ["District"], "field": "school.district"},
                   {"patterns": ["{sex} G{grade}"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 6);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                for (int g = 0; g < 3; g++) {
                    // Boys first in this layout.
                    assertEnrolment(w, e.getKey(), g + 1, e.getValue()[2 * g + 1], e.getValue()[2 * g]);
                }
            }
            var fig = w.whereFrom(expected.keySet().iterator().next(), YEAR, Topic.ENROLMENT, 2, Sex.F,
                    AgeGroup.ALL).orElseThrow();
            assertEquals("Census!G6", fig.source().sheetCell(), "girls of G2, first school on row 6");
        }
    }

    // ---- 3. Two header rows: grade merged above F/M ------------------------------------------------------

    @Test
    void twoHeaderRowsGradeAboveSex() throws Exception {
        Random rnd = new Random(3);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "School code", "School name", "Standard 1", null, "Standard 2", null, "Standard 3", null);
        row(sh, 1, null, null, "F", "M", "F", "M", "F", "M");
        for (int c = 2; c < 8; c += 2) {
            sh.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 4; s++) {
            String code = "ST" + s;
            int[] v = randoms(rnd, 6, 70);
            expected.put(code, v);
            row(sh, 2 + s, code, "Std school " + s, v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        FileResult f = importWith(wb, "standards-2024.xlsx", """
                {"id": "two-rows", "version": 1, "title": "Grade above sex", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D03"},
                 "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
                   {"headers": ["School name"], "field": "school.name"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 4);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                for (int g = 0; g < 3; g++) {
                    assertEnrolment(w, e.getKey(), g + 1, e.getValue()[2 * g], e.getValue()[2 * g + 1]);
                }
            }
        }
    }

    // ---- 4. Totals for both sexes, per grade and overall -------------------------------------------------

    @Test
    void totalColumnsForBothSexesAreCheckedNeverStored() throws Exception {
        Random rnd = new Random(4);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Pupils");
        row(sh, 0, "School ID", "G1 F", "G1 M", "G1 Total", "G2 F", "G2 M", "G2 Total", "Total");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 5; s++) {
            String code = "TT" + s;
            int[] v = randoms(rnd, 4, 50);
            expected.put(code, v);
            int g1 = v[0] + v[1];
            int g2 = v[2] + v[3];
            // The third school's overall total was typed over by hand: one more than the sum.
            int all = g1 + g2 + (s == 2 ? 1 : 0);
            row(sh, 1 + s, code, v[0], v[1], g1, v[2], v[3], g2, all);
        }
        FileResult f = importWith(wb, "totals-2024.xlsx", """
                {"id": "both-totals", "version": 1, "title": "Totals for both sexes", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D04"},
                 "sheets": [{"names": ["Pupils"], "key": ["School ID"], "columns": [
                   {"patterns": ["G{grade} {sex}"], "field": "enrolment"},
                   {"patterns": ["G{grade} Total"], "total": "enrolment"},
                   {"headers": ["Total"], "total": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(5, f.schoolsAdded());
        assertEquals(5 * 4, f.valuesStored(), "the total columns are never stored");
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems().toString());
        assertEquals("Pupils!H4", first(f, "TOTAL_MISMATCH"), "the typed-over total of the third school");
        assertEquals(0, count(f, "UNMATCHED_COLUMN"), f.problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[0], e.getValue()[1]);
                assertEnrolment(w, e.getKey(), 2, e.getValue()[2], e.getValue()[3]);
            }
        }
    }

    // ---- 5. A district file without a Level column: constants -------------------------------------------

    @Test
    void constantLevelAndDistrictForAFileWithoutThoseColumns() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Primary schools");
        row(sh, 0, "Code", "Name", "G1 Girls", "G1 Boys");
        row(sh, 1, "KP-01", "Hilltop", 21, 19);
        row(sh, 2, "KP-02", "Riverside", 14, 22);
        row(sh, 3, "KP-03", "Lakeview", 30, 28);
        FileResult f = importWith(wb, "kp-district-2024.xlsx", """
                {"id": "kp-primary", "version": 1, "title": "District primary schools", "layout": "wide",
                 "year": {"fromFileName": true},
                 "constants": {"school.district": "D11"},
                 "sheets": [{"names": ["Primary schools"], "key": ["Code"],
                   "constants": {"school.level": "Primary"},
                   "columns": [
                     {"headers": ["Name"], "field": "school.name"},
                     {"patterns": ["G{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 3);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            List<SchoolListing> all = w.schools(YEAR, null);
            assertEquals(3, all.size());
            for (SchoolListing s : all) {
                assertEquals("primary", s.level(), s.code() + ": the constant, through the level list");
                assertEquals("D11", s.district(), s.code() + ": the template's constant");
            }
            assertEnrolment(w, "KP-02", 1, 14, 22);
        }
    }

    // ---- 6. Teacher totals as the sum of qualified and unqualified ----------------------------------------

    @Test
    void teacherTotalsAreTheSumOfNamedColumnsWithEveryCellInTheirProvenance() throws Exception {
        Random rnd = new Random(6);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Teachers");
        row(sh, 0, "School", "Qualified F", "Qualified M", "Unqualified F", "Unqualified M");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 4; s++) {
            String code = "TQ" + s;
            int[] v = randoms(rnd, 4, 15);
            expected.put(code, v);
            row(sh, 1 + s, code, v[0], v[1], v[2], v[3]);
        }
        FileResult f = importWith(wb, "teachers-2024.xlsx", """
                {"id": "teacher-sums", "version": 1, "title": "Teachers by qualification", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D05"},
                 "sheets": [{"names": ["Teachers"], "key": ["School"], "columns": [
                   {"patterns": ["Qualified {sex}"], "field": "teachers.qualified"},
                   {"sumOf": ["Qualified {sex}", "Unqualified {sex}"], "field": "teachers.total"}]}]}
                """);
        assertClean(f, 4);
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                int[] v = e.getValue();
                assertFigure(w, e.getKey(), Topic.TEACHERS, qualified, v[0], v[1]);
                assertFigure(w, e.getKey(), Topic.TEACHERS, total, v[0] + v[2], v[1] + v[3]);
            }
            var fig = w.whereFrom("TQ1", YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL).orElseThrow();
            String where = fig.source().sheetCell() + " " + fig.source().cell();
            assertTrue(where.contains("C3") && where.contains("E3"), "both cells added: " + where);
        }
    }

    // ---- 7. A register export holding several schools -----------------------------------------------------

    @Test
    void aRosterOfSeveralSchoolsIsCountedSchoolBySchool() throws Exception {
        Random rnd = new Random(7);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet pupils = wb.createSheet("Pupils");
        row(pupils, 0, "School ID", "Pupil name", "Sex", "Date of birth", "Class");
        Sheet staff = wb.createSheet("Staff");
        row(staff, 0, "School ID", "Name", "Sex", "Highest qualification");
        String[] schools = {"RS-001", "RS-002", "RS-003"};
        Map<String, int[]> enrol = new TreeMap<>(); // school -> [G1F, G1M, G2F, G2M]
        Map<String, int[]> teachers = new TreeMap<>(); // school -> [F, M]
        int r = 1;
        for (int i = 0; i < 90; i++) {
            String code = schools[rnd.nextInt(3)];
            boolean girl = rnd.nextBoolean();
            int grade = 1 + rnd.nextInt(2);
            row(pupils, r++, code, "Pupil " + i, girl ? "F" : "M", "12/05/201" + (8 - grade), "Class " + grade);
            enrol.computeIfAbsent(code, k -> new int[4])[(grade - 1) * 2 + (girl ? 0 : 1)]++;
        }
        r = 1;
        for (int i = 0; i < 12; i++) {
            String code = schools[i % 3];
            boolean woman = rnd.nextBoolean();
            row(staff, r++, code, "Teacher " + i, woman ? "Female" : "Male", "Diploma");
            teachers.computeIfAbsent(code, k -> new int[2])[woman ? 0 : 1]++;
        }
        FileResult f = importWith(wb, "register-export-2024.xlsx", """
                {"id": "register-export", "version": 1, "title": "Register export, all schools", "layout": "roster",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D06"},
                 "sheets": [
                   {"names": ["Pupils"], "kind": "pupils", "key": ["School ID"], "columns": [
                     {"headers": ["Sex"], "field": "pupil.sex"},
                     {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                     {"headers": ["Class"], "field": "pupil.grade"}]},
                   {"names": ["Staff"], "kind": "staff", "key": ["School ID"], "columns": [
                     {"headers": ["Sex"], "field": "staff.sex"},
                     {"headers": ["Highest qualification"], "field": "staff.qualification"}]}]}
                """);
        // The two name columns are not census data: reported as not read (a notice), nothing else.
        assertClean(f, 3, 2);
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            assertEquals(3, w.schools(YEAR, null).size());
            for (String code : schools) {
                int[] e = enrol.get(code);
                assertEnrolment(w, code, 1, e[0], e[1]);
                assertEnrolment(w, code, 2, e[2], e[3]);
                assertFigure(w, code, Topic.TEACHERS, total, teachers.get(code)[0], teachers.get(code)[1]);
            }
        }
    }

    // ---- 8. A form with blocks of neighbouring headers ----------------------------------------------------

    @Test
    void formBlocksWithNeighbouringHeadersReachEveryValue() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        row(sh, 0, "SCHOOL CENSUS RETURN 2024");
        row(sh, 2, "School code:", "BL-77", null, "District:", "D08");
        row(sh, 4, "Classrooms", "Good", "Fair", "Poor");
        row(sh, 5, null, 6, 3, 2);
        row(sh, 7, "Qualified F", "Qualified M", "Not qualified F", "Not qualified M", "Total");
        row(sh, 8, 5, 4, 2, 1, 12);
        row(sh, 10, "ENROLMENT BY GRADE AND SEX");
        row(sh, 11, null, "Grade 1", null, "Grade 2", null);
        row(sh, 12, null, "M", "F", "M", "F");
        row(sh, 13, "Enrolment", 31, 29, 27, 33);
        sh.addMergedRegion(new CellRangeAddress(11, 11, 1, 2));
        sh.addMergedRegion(new CellRangeAddress(11, 11, 3, 4));
        FileResult f = importWith(wb, "form-bl77-2024.xlsx", """
                {"id": "block-form", "version": 1, "title": "Form with blocks", "layout": "grid",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Form"], "required": ["school.code"],
                   "labels": [
                     {"labels": ["School code"], "field": "school.code"},
                     {"labels": ["District"], "field": "school.district"},
                     {"labels": ["Good"], "field": "classrooms.good"},
                     {"labels": ["Fair"], "field": "classrooms.fair"},
                     {"labels": ["Poor"], "field": "classrooms.poor"},
                     {"labels": ["Qualified F"], "field": "teachers.qualified", "sex": "F", "position": "below"},
                     {"labels": ["Qualified M"], "field": "teachers.qualified", "sex": "M", "position": "below"},
                     {"sumOf": ["Qualified F", "Not qualified F"], "field": "teachers.total", "sex": "F"},
                     {"sumOf": ["Qualified M", "Not qualified M"], "field": "teachers.total", "sex": "M"}],
                   "grids": [{"field": "enrolment", "titles": ["Enrolment by grade and sex"], "rows": "none"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(1, f.schoolsAdded());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            List<String> rooms = Topic.CLASSROOMS.fixedSlots();
            assertTotal(w, "BL-77", Topic.CLASSROOMS, rooms.indexOf("good"), 6);
            assertTotal(w, "BL-77", Topic.CLASSROOMS, rooms.indexOf("fair"), 3);
            assertTotal(w, "BL-77", Topic.CLASSROOMS, rooms.indexOf("poor"), 2);
            List<String> t = Topic.TEACHERS.fixedSlots();
            assertFigure(w, "BL-77", Topic.TEACHERS, t.indexOf("qualified"), 5, 4);
            assertFigure(w, "BL-77", Topic.TEACHERS, t.indexOf("total"), 5 + 2, 4 + 1);
            assertEnrolment(w, "BL-77", 1, 29, 31);
            assertEnrolment(w, "BL-77", 2, 33, 27);
        }
    }

    // ---- 9. School register in a hidden sheet, figures on the visible one ---------------------------------

    @Test
    void schoolRegisterInAHiddenSheet() throws Exception {
        Random rnd = new Random(9);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet data = wb.createSheet("Data entry");
        row(data, 0, "EMIS", "Pre-primary F", "Pre-primary M", "Class 1 F", "Class 1 M");
        Sheet codes = wb.createSheet("Codes");
        row(codes, 0, "EMIS", "School name", "District", "Ownership");
        wb.setSheetVisibility(wb.getSheetIndex("Codes"), SheetVisibility.HIDDEN);
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 5; s++) {
            String code = "H" + (900 + s);
            int[] v = randoms(rnd, 4, 40);
            expected.put(code, v);
            row(data, 1 + s, code, v[0], v[1], v[2], v[3]);
            row(codes, 1 + s, code, "Hidden school " + s, "D10", "Community");
        }
        FileResult f = importWith(wb, "hidden-2024.xlsx", """
                {"id": "hidden-codes", "version": 1, "title": "Register in a hidden sheet", "layout": "wide",
                 "year": {"fromFileName": true},
                 "sheets": [
                   {"names": ["Codes"], "key": ["EMIS"], "columns": [
                     {"headers": ["School name"], "field": "school.name"},
                     {"headers": ["District"], "field": "school.district"},
                     {"headers": ["Ownership"], "field": "school.ownership"}]},
                   {"names": ["Data entry"], "key": ["EMIS"], "columns": [
                     {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 5);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 0, e.getValue()[0], e.getValue()[1]);
                assertEnrolment(w, e.getKey(), 1, e.getValue()[2], e.getValue()[3]);
                assertEquals("community", school(w, e.getKey()).ownership());
            }
        }
    }

    // ---- 10. Facilities over two sheets --------------------------------------------------------------------

    @Test
    void facilitiesReadFromTwoSheetsAreBothSeenByIndicators() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet util = wb.createSheet("Utilities");
        row(util, 0, "School code", "Electricity", "Drinking water", "G1 F", "G1 M");
        Sheet san = wb.createSheet("Sanitation");
        row(san, 0, "School code", "Toilets girls", "Toilets boys", "Toilets mixed");
        int[][] toilets = {{2, 2, 0}, {0, 0, 3}, {1, 1, 1}, {0, 0, 0}};
        for (int s = 0; s < toilets.length; s++) {
            row(util, 1 + s, "FS" + s, s % 2 == 0 ? "Yes" : "No", "Yes", 10 + s, 12 + s);
            row(san, 1 + s, "FS" + s, toilets[s][0], toilets[s][1], toilets[s][2]);
        }
        FileResult f = importWith(wb, "facilities-2024.xlsx", """
                {"id": "two-sheet-facilities", "version": 1, "title": "Facilities on two sheets", "layout": "wide",
                 "year": {"fromFileName": true},
                 "constants": {"school.district": "D12", "school.level": "primary"},
                 "sheets": [
                   {"names": ["Utilities"], "key": ["School code"], "columns": [
                     {"headers": ["Electricity"], "field": "facilities.electricity", "codeList": "yesno"},
                     {"headers": ["Drinking water"], "field": "facilities.drinking_water", "codeList": "yesno"},
                     {"patterns": ["G{grade} {sex}"], "field": "enrolment"}]},
                   {"names": ["Sanitation"], "key": ["School code"], "columns": [
                     {"headers": ["Toilets girls"], "field": "facilities.toilets_girls"},
                     {"headers": ["Toilets boys"], "field": "facilities.toilets_boys"},
                     {"headers": ["Toilets mixed"], "field": "facilities.toilets_mixed"}]}]}
                """);
        assertClean(f, 4);
        List<String> slots = Topic.FACILITIES.fixedSlots();
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (int s = 0; s < toilets.length; s++) {
                assertTotal(w, "FS" + s, Topic.FACILITIES, slots.indexOf("electricity"), s % 2 == 0 ? 1 : 0);
                assertTotal(w, "FS" + s, Topic.FACILITIES, slots.indexOf("toilets_girls"), toilets[s][0]);
                assertTotal(w, "FS" + s, Topic.FACILITIES, slots.indexOf("toilets_mixed"), toilets[s][2]);
            }
            // Schools with girls' and boys' toilets both: FS0 and FS2 of 4.
            var v = new IndicatorService(w).compute(YEAR, AreaSelector.district("D12"), "primary").stream()
                    .filter(i -> i.id().equals("schools_with_single_sex_toilets_pct")).findFirst().orElseThrow();
            assertTrue(v.available(), "single-sex toilets % computed: " + v.why());
            assertEquals(50.0, v.value(), 1e-9);
        }
    }

    // ---- 11. A national code list: a certificate makes a qualified teacher --------------------------------

    @Test
    void nationalCodeListOverridesTheBuiltInOne() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet school = wb.createSheet("School");
        row(school, 0, "School code", "NC-5");
        row(school, 1, "District", "D13");
        Sheet staff = wb.createSheet("Staff");
        row(staff, 0, "Sex", "Qualification");
        String[][] people = {{"F", "Certificate"}, {"F", "Diploma"}, {"F", "None"}, {"M", "Certificate"},
            {"M", "None"}, {"M", "None"}, {"F", "Certificate"}};
        int qf = 0;
        int qm = 0;
        for (int i = 0; i < people.length; i++) {
            row(staff, 1 + i, people[i][0], people[i][1]);
            if (!people[i][1].equals("None")) {
                if (people[i][0].equals("F")) {
                    qf++;
                } else {
                    qm++;
                }
            }
        }
        FileResult f = importWith(wb, "nc5-2024.xlsx", """
                {"id": "national-lists", "version": 1, "title": "Certificate counts as qualified", "layout": "roster",
                 "year": {"fromFileName": true},
                 "codeLists": {"qualification": {"yes": ["Certificate"]}},
                 "sheets": [
                   {"names": ["School"], "required": ["school.code"], "labels": [
                     {"labels": ["School code"], "field": "school.code"},
                     {"labels": ["District"], "field": "school.district"}]},
                   {"names": ["Staff"], "kind": "staff", "columns": [
                     {"headers": ["Sex"], "field": "staff.sex"},
                     {"headers": ["Qualification"], "field": "staff.qualification"}]}]}
                """);
        assertClean(f, 1);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            assertFigure(w, "NC-5", Topic.TEACHERS, Topic.TEACHERS.fixedSlots().indexOf("qualified"), qf, qm);
        }
    }

    // ---- 12. School year 2024-25, census on 31 March 2025 -------------------------------------------------

    @Test
    void schoolYearLabelAndReferenceDateInItsSecondYear() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet school = wb.createSheet("School");
        row(school, 0, "School year", "SY2024-25");
        row(school, 1, "School code", "SY-9");
        row(school, 2, "District", "D14");
        Sheet pupils = wb.createSheet("Pupils");
        row(pupils, 0, "Sex", "Date of birth", "Grade");
        LocalDate census = LocalDate.of(2025, 3, 31);
        String[] births = {"2018-03-31", "2018-04-01", "2019-03-30", "2017-12-31", "2018-06-15", "2019-04-02"};
        Map<Integer, Integer> girlsByAge = new TreeMap<>();
        for (int i = 0; i < births.length; i++) {
            row(pupils, 1 + i, "F", births[i], "1");
            girlsByAge.merge(Period.between(LocalDate.parse(births[i]), census).getYears(), 1, Integer::sum);
        }
        FileResult f = importWith(wb, "return-sy9.xlsx", """
                {"id": "school-year-end", "version": 1, "title": "School year 2024-25, census 31 March",
                 "layout": "roster", "referenceDate": "--03-31", "referenceDateYear": "end",
                 "year": {"labels": ["School year"], "schoolYear": "start"},
                 "sheets": [
                   {"names": ["School"], "required": ["school.code"], "labels": [
                     {"labels": ["School code"], "field": "school.code"},
                     {"labels": ["District"], "field": "school.district"}]},
                   {"names": ["Pupils"], "kind": "pupils", "columns": [
                     {"headers": ["Sex"], "field": "pupil.sex"},
                     {"headers": ["Date of birth"], "field": "pupil.birth_date"},
                     {"headers": ["Grade"], "field": "pupil.grade"}]}]}
                """);
        assertClean(f, 1);
        assertEquals(2024, f.year(), "SY2024-25 names census year 2024 (schoolYear start)");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            assertEquals(3, girlsByAge.size(), "the test's births straddle three ages: " + girlsByAge);
            for (var e : girlsByAge.entrySet()) {
                var fig = w.whereFrom("SY-9", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.of(e.getKey()));
                assertTrue(fig.isPresent(), "girls aged " + e.getKey() + " on 31 March 2025");
                assertEquals(e.getValue(), fig.get().value(), "girls aged " + e.getKey());
            }
        }
    }

    // ---- 13. The old .xls format, columns in another order, a total row -----------------------------------

    @Test
    void oldXlsFormatWithShuffledColumnsAndATotalRow() throws Exception {
        Random rnd = new Random(13);
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sh = wb.createSheet("Returns");
        row(sh, 0, "Repeaters M G1", "Name", "Enrol G1 F", "School number", "Enrol G1 M", "Repeaters F G1");
        int[] sums = new int[4];
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 5; s++) {
            String code = "X" + s;
            int[] v = randoms(rnd, 4, 30); // enrol F, enrol M, rep F, rep M
            v[2] = Math.min(v[2], v[0]);
            v[3] = Math.min(v[3], v[1]);
            expected.put(code, v);
            for (int i = 0; i < 4; i++) {
                sums[i] += v[i];
            }
            row(sh, 1 + s, v[3], "Old school " + s, v[0], code, v[1], v[2]);
        }
        row(sh, 6, sums[3], null, sums[0], "TOTAL", sums[1], sums[2]);
        FileResult f = importWith(wb, "returns-2024.xls", """
                {"id": "old-xls", "version": 1, "title": "Old .xls returns", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D15"},
                 "sheets": [{"names": ["Returns"], "key": ["School number"], "columns": [
                   {"headers": ["Name"], "field": "school.name"},
                   {"patterns": ["Enrol G{grade} {sex}"], "field": "enrolment"},
                   {"patterns": ["Repeaters {sex} G{grade}"], "field": "repeaters"}]}]}
                """);
        assertClean(f, 5);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[0], e.getValue()[1]);
                assertFigure(w, e.getKey(), Topic.REPEATERS, 1, e.getValue()[2], e.getValue()[3]);
            }
        }
    }

    // ---- 14. Portuguese headers: Raparigas/Rapazes, and H/M letters (M = mulheres) ------------------------

    @Test
    void portugueseHeadersWithWordsAndLetters() throws Exception {
        Random rnd = new Random(14);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet mat = wb.createSheet("Matrícula");
        row(mat, 0, "Código da escola", "Nome da escola", "Distrito", "1ª classe Raparigas", "1ª classe Rapazes",
                "2ª classe Raparigas", "2ª classe Rapazes", "Professores H", "Professores M");
        Sheet rep = wb.createSheet("Repetentes");
        row(rep, 0, "Código da escola", "1ª classe H", "1ª classe M", "2ª classe H", "2ª classe M");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 5; s++) {
            String code = "MZ-" + (310 + s);
            // enrolment G1 F, G1 M, G2 F, G2 M; teachers F, M; repeaters G1 F, G1 M, G2 F, G2 M
            int[] v = randoms(rnd, 10, 40);
            expected.put(code, v);
            row(mat, s + 1, code, "Escola Primária " + s, "D0" + (1 + s % 3), v[0], v[1], v[2], v[3], v[5], v[4]);
            // H (homens) first, then M (mulheres).
            row(rep, s + 1, code, v[7], v[6], v[9], v[8]);
        }
        FileResult f = importWith(wb, "levantamento-2024.xlsx", """
                {"id": "pt-corpus", "version": 1, "title": "Levantamento escolar", "layout": "wide",
                 "language": "pt", "year": {"fromFileName": true},
                 "sheets": [
                   {"names": ["Matrícula"], "key": ["Código da escola"], "columns": [
                     {"headers": ["Nome da escola"], "field": "school.name"},
                     {"headers": ["Distrito"], "field": "school.district"},
                     {"patterns": ["{grade} {sex}"], "field": "enrolment"},
                     {"patterns": ["Professores {sex}"], "field": "teachers.total"}]},
                   {"names": ["Repetentes"], "key": ["Código da escola"], "columns": [
                     {"patterns": ["{grade} {sex}"], "field": "repeaters"}]}]}
                """);
        assertClean(f, 5);
        int teachers = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                int[] v = e.getValue();
                assertEnrolment(w, e.getKey(), 1, v[0], v[1]);
                assertEnrolment(w, e.getKey(), 2, v[2], v[3]);
                assertFigure(w, e.getKey(), Topic.TEACHERS, teachers, v[4], v[5]);
                assertFigure(w, e.getKey(), Topic.REPEATERS, 1, v[6], v[7]);
                assertFigure(w, e.getKey(), Topic.REPEATERS, 2, v[8], v[9]);
            }
            assertEquals("Escola Primária 2", school(w, "MZ-312").name());
        }
    }

    // ---- 15. Headers broken over lines, grades written as text ("1.0") above Girls/Boys -----------------

    @Test
    void headersWithLineBreaksAndGradesAndFiguresWrittenAsText() throws Exception {
        Random rnd = new Random(15);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Returns");
        row(sh, 0, "School\ncode", "Name of\nschool", "1.0", null, "2.0", null, "3.0", null);
        row(sh, 1, null, null, "Girls\n", "Boys", " Girls", "BOYS", "girls", "Boys\r\n");
        for (int c = 2; c < 8; c += 2) {
            sh.addMergedRegion(new CellRangeAddress(0, 0, c, c + 1));
        }
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int s = 0; s < 4; s++) {
            String code = "LB" + s;
            int[] v = randoms(rnd, 6, 50);
            expected.put(code, v);
            // Figures typed as text, some with a decimal point, as exports from other tools write them.
            row(sh, 2 + s, code, "School\n" + s, v[0] + ".0", String.valueOf(v[1]), " " + v[2] + " ", v[3] + ".0",
                    String.valueOf(v[4]), v[5] + ".0");
        }
        FileResult f = importWith(wb, "returns-2024.xlsx", """
                {"id": "line-breaks", "version": 1, "title": "Headers on several lines", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D06"},
                 "sheets": [{"names": ["Returns"], "key": ["School code"], "columns": [
                   {"headers": ["Name of school"], "field": "school.name"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 4);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                for (int g = 0; g < 3; g++) {
                    assertEnrolment(w, e.getKey(), g + 1, e.getValue()[2 * g], e.getValue()[2 * g + 1]);
                }
            }
        }
    }

    // ---- 16. Every school's row given twice (an export merged with itself) ----------------------------------

    @Test
    void everySchoolTwiceKeepsTheFirstRowAndReportsTheSecond() throws Exception {
        Random rnd = new Random(16);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        row(sh, 0, "EMIS", "School", "G1 F", "G1 M", "G2 F", "G2 M");
        Map<String, int[]> expected = new LinkedHashMap<>();
        int r = 1;
        for (int s = 0; s < 5; s++) {
            String code = "DU" + s;
            int[] v = randoms(rnd, 4, 60);
            expected.put(code, v);
            row(sh, r++, code, "School " + s, v[0], v[1], v[2], v[3]);
        }
        for (int s = 0; s < 5; s++) {
            // The second copy: lower case, and (for two schools) other figures; never read.
            int[] v = expected.get("DU" + s);
            row(sh, r++, "du" + s, "School " + s, v[0] + (s % 2), v[1], v[2], v[3] + (s % 2));
        }
        FileResult f = importWith(wb, "twice-2024.xlsx", """
                {"id": "twice", "version": 1, "title": "Every school twice", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D07"},
                 "sheets": [{"names": ["Enrolment"], "key": ["EMIS"], "columns": [
                   {"headers": ["School"], "field": "school.name"},
                   {"patterns": ["G{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(5, f.schoolsAdded());
        assertEquals(5, count(f, "DUPLICATE_SCHOOL"), f.problems().toString());
        assertEquals("Enrolment!A7", first(f, "DUPLICATE_SCHOOL"), "the first school's second row");
        assertEquals(5, count(f, "DUPLICATE_SCHOOL") + count(f, "UNMATCHED_COLUMN") + count(f, "UNREAD_FIGURES"),
                "nothing else reported: " + f.problems());
        assertEquals(5, f.skipped().get(SkipReason.REPEATED_SCHOOL));
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[0], e.getValue()[1]);
                assertEnrolment(w, e.getKey(), 2, e.getValue()[2], e.getValue()[3]);
            }
        }
    }

    // ---- 17. Blocks of schools pasted with their header ------------------------------------------------------

    @Test
    void blocksPastedWithTheirHeaderAreReadWithoutTheRepeatedHeaders() throws Exception {
        Random rnd = new Random(17);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Zones");
        Object[] header = {"School No", "School name", "Std 1 Girls", "Std 1 Boys", "Remarks"};
        Map<String, int[]> expected = new LinkedHashMap<>();
        int r = 0;
        for (int zone = 0; zone < 3; zone++) {
            row(sh, r++, header);
            for (int s = 0; s < 3; s++) {
                String code = "Z" + zone + "-" + s;
                int[] v = randoms(rnd, 2, 45);
                expected.put(code, v);
                row(sh, r++, code, "Zone " + zone + " school " + s, v[0], v[1]);
            }
        }
        FileResult f = importWith(wb, "zones-2024.xlsx", """
                {"id": "zones", "version": 1, "title": "Zones pasted one under another", "layout": "wide",
                 "year": {"fromFileName": true}, "constants": {"school.district": "D08"},
                 "sheets": [{"names": ["Zones"], "key": ["School No"], "ignore": ["Remarks"], "columns": [
                   {"headers": ["School name"], "field": "school.name"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(9, f.schoolsAdded(), "no school called SCHOOL NO");
        assertEquals(2, count(f, "REPEATED_HEADER"), f.problems().toString());
        assertEquals("Zones!A5", first(f, "REPEATED_HEADER"));
        assertEquals(2, f.problemCount(), "nothing else, Remarks left out on purpose: " + f.problems());
        assertEquals(2, f.skipped().get(SkipReason.REPEATED_HEADER));
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            var schools = w.schools(YEAR, null);
            assertFalse(schools.isEmpty());
            assertTrue(schools.stream().noneMatch(s -> s.code().contains("SCHOOL")));
            for (var e : expected.entrySet()) {
                assertEnrolment(w, e.getKey(), 1, e.getValue()[0], e.getValue()[1]);
            }
        }
    }

    // ---- 18. Several rows per school: one per class, with the school's total row --------------------------

    @Test
    void oneRowPerSchoolAndClassWithSchoolTotalRows() throws Exception {
        Random rnd = new Random(14);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Classes");
        row(sh, 0, "EMIS No", "School name", "District", "Class", "Boys", "Girls", "Repeaters boys",
                "Repeaters girls", "Total");
        String[] classes = {"Std 1", "Std 2", "Std 3", "Std 4"};
        Map<String, int[][]> expected = new LinkedHashMap<>();
        Map<String, Integer> girlsRow = new LinkedHashMap<>();
        int r = 1;
        for (int s = 0; s < 4; s++) {
            String code = "CL-" + (40 + s);
            int[][] v = new int[5][];
            int[] sums = new int[4];
            for (int k = 0; k < 4; k++) {
                int g = 4 - k; // classes from the top down
                v[g] = randoms(rnd, 4, 50); // boys, girls, repeaters boys, repeaters girls
                v[g][2] = Math.min(v[g][2], v[g][0]) / 3;
                v[g][3] = Math.min(v[g][3], v[g][1]) / 3;
                for (int i = 0; i < 4; i++) {
                    sums[i] += v[g][i];
                }
                girlsRow.put(code + "|" + g, r);
                row(sh, r++, code, "School " + s, "D16", classes[g - 1], v[g][0], v[g][1], v[g][2], v[g][3],
                        v[g][0] + v[g][1]);
            }
            row(sh, r++, code, "School " + s, "D16", "Total", sums[0], sums[1], sums[2], sums[3], sums[0] + sums[1]);
            expected.put(code, v);
        }
        FileResult f = importWith(wb, "classes-2024.xlsx", """
                {"id": "by-class", "version": 1, "title": "Returns by class", "layout": "wide",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Classes"], "key": ["EMIS No"], "columns": [
                   {"headers": ["School name"], "field": "school.name"},
                   {"headers": ["District"], "field": "school.district"},
                   {"headers": ["Class"], "field": "row.grade"},
                   {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
                   {"headers": ["Girls"], "field": "enrolment", "sex": "F"},
                   {"headers": ["Repeaters boys"], "field": "repeaters", "sex": "M"},
                   {"headers": ["Repeaters girls"], "field": "repeaters", "sex": "F"},
                   {"headers": ["Total"], "total": "enrolment"}]}]}
                """);
        assertClean(f, 4);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 4; g++) {
                    int[] v = e.getValue()[g];
                    assertEnrolment(w, e.getKey(), g, v[1], v[0]);
                    assertFigure(w, e.getKey(), Topic.REPEATERS, g, v[3], v[2]);
                    var girls = w.whereFrom(e.getKey(), YEAR, Topic.ENROLMENT, g, Sex.F, AgeGroup.ALL).orElseThrow();
                    assertEquals("F" + (girlsRow.get(e.getKey() + "|" + g) + 1), girls.source().cell(),
                            "each figure's source is its own cell");
                }
            }
            assertEquals("D16", school(w, "CL-41").district());
        }
    }

    // ---- 19. A long export in French: one row per school x class x sex x age -------------------------------

    @Test
    void longExportOneRowPerSchoolClassSexAndAge() throws Exception {
        Random rnd = new Random(15);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Export");
        row(sh, 0, "Code école", "Classe", "Sexe", "Âge", "Effectif");
        // expected[school][grade][F=0, M=1][age]
        Map<String, int[][][]> expected = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            String code = "EX" + (700 + s);
            int[][][] v = new int[4][2][12];
            for (int g = 1; g <= 3; g++) {
                for (int x = 0; x < 2; x++) {
                    for (int age = 5 + g; age <= 7 + g; age++) {
                        v[g][x][age] = rnd.nextInt(25) + 1;
                        rows.add(new Object[] {code, FRENCH_GRADES[g - 1], x == 0 ? "Fille" : "Garçon", age,
                            v[g][x][age]});
                    }
                }
            }
            expected.put(code, v);
        }
        java.util.Collections.shuffle(rows, rnd);
        for (int i = 0; i < rows.size(); i++) {
            row(sh, i + 1, rows.get(i));
        }
        FileResult f = importWith(wb, "export-2024.xlsx", """
                {"id": "long-fr", "version": 1, "title": "Export long (français)", "layout": "wide",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Export"], "key": ["Code école"], "columns": [
                   {"headers": ["Classe"], "field": "row.grade"},
                   {"headers": ["Sexe"], "field": "row.sex"},
                   {"headers": ["Âge"], "field": "row.age"},
                   {"headers": ["Effectif"], "field": "enrolment"}]}]}
                """);
        assertClean(f, 3);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (var e : expected.entrySet()) {
                for (int g = 1; g <= 3; g++) {
                    int[][] v = e.getValue()[g];
                    assertEnrolment(w, e.getKey(), g, java.util.Arrays.stream(v[0]).sum(),
                            java.util.Arrays.stream(v[1]).sum());
                    for (int age = 5 + g; age <= 7 + g; age++) {
                        for (int x = 0; x < 2; x++) {
                            var fig = w.whereFrom(e.getKey(), YEAR, Topic.ENROLMENT, g, x == 0 ? Sex.F : Sex.M,
                                    AgeGroup.of(age)).orElseThrow();
                            assertEquals(v[x][age], fig.value(), e.getKey() + " G" + g + " age " + age);
                        }
                    }
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private FileResult importWith(Workbook wb, String fileName, String templateJson) throws Exception {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String id = templateJson.replaceAll("(?s).*?\"id\":\\s*\"([^\"]+)\".*", "$1");
        Files.writeString(templates.resolve(id + ".json"), templateJson);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), "the template loads: " + catalog.problems());
        // The year comes from the file (its name or a label), never from the caller; and the template
        // must be the one chosen automatically for its own file.
        var match = catalog.match(List.of(file), Progress.NONE, Cancellation.none()).get(0);
        assertEquals(id, match.best(), "best fit for " + fileName + ": " + match.choices());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            ImportReport r = new ImportService(w, catalog).importFiles(
                    new ImportRequest(List.of(file), id, null), Progress.NONE, Cancellation.none());
            return r.files().get(0);
        }
    }

    private static void assertClean(FileResult f, int schools) {
        assertClean(f, schools, 0);
    }

    /** Imported whole: every census column read, and only {@code textColumns} columns without figures left. */
    private static void assertClean(FileResult f, int schools, int textColumns) {
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(schools, f.schoolsAdded(), "schools");
        assertTrue(f.valuesStored() > 0, "values stored");
        assertEquals(0, count(f, "UNREAD_FIGURES"), "every census column read: " + f.problems());
        assertEquals(textColumns, count(f, "UNMATCHED_COLUMN"), "columns not read: " + f.problems());
        assertEquals(textColumns, f.problemCount(), "no other problem on a clean return: " + f.problems());
    }

    private static int count(FileResult f, String kind) {
        return f.problems().stream().filter(p -> p.kind().equals(kind)).mapToInt(FileResult.ProblemSummary::count)
                .sum();
    }

    private static String first(FileResult f, String kind) {
        return f.problems().stream().filter(p -> p.kind().equals(kind)).findFirst().orElseThrow().firstCell();
    }

    private static SchoolListing school(Workbench w, String code) {
        return w.schools(YEAR, null).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no school " + code));
    }

    private static void assertEnrolment(Workbench w, String school, int gradeSlot, int girls, int boys) {
        assertFigure(w, school, Topic.ENROLMENT, gradeSlot, girls, boys);
    }

    /** The figure as rules and indicators read it (the census loader), by sex. */
    private static void assertFigure(Workbench w, String school, Topic topic, int slot, int girls, int boys) {
        var row = figures(w, school).stream().filter(r -> r.topic() == topic && r.slot() == slot).findFirst()
                .orElseThrow(() -> new AssertionError(school + ": no " + topic + " slot " + slot));
        assertEquals(girls, row.female(), school + " " + topic + " " + row.label() + " F");
        assertEquals(boys, row.male(), school + " " + topic + " " + row.label() + " M");
    }

    private static void assertTotal(Workbench w, String school, Topic topic, int slot, int value) {
        var row = figures(w, school).stream().filter(r -> r.topic() == topic && r.slot() == slot).findFirst()
                .orElseThrow(() -> new AssertionError(school + ": no " + topic + " slot " + slot));
        assertEquals(value, row.total(), school + " " + topic + " " + row.label());
    }

    private static List<SchoolDetails.FigureRow> figures(Workbench w, String school) {
        SchoolListing s = school(w, school);
        List<SchoolDetails.FigureRow> rows = new SchoolDetails(w).figures(school, YEAR, s.district());
        assertFalse(rows.isEmpty(), school + " has figures");
        return rows;
    }

    private static int[] randoms(Random rnd, int n, int max) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextInt(max) + 1;
        }
        return v;
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row r = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            if (v instanceof Number n) {
                r.createCell(c).setCellValue(n.doubleValue());
            } else {
                r.createCell(c).setCellValue(v.toString());
            }
        }
    }
}
