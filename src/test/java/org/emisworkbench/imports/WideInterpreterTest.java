package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.PoiWorkbook;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;

class WideInterpreterTest {
    private static final int M = FactRecord.MISSING;

    /** A D01-like district workbook with the messiness of domain reference §1 planted in it. */
    static XSSFWorkbook messyDistrictWorkbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet schools = wb.createSheet("Schools");
        row(schools, 0, "Ministry of Education — Annual School Census 2024");
        row(schools, 2, "School No", "  school name ", "District", "OWNERSHIP", "Locality", "Level");
        row(schools, 3, "SCH01001", "Akuna Primary", "D01", "Public", "Rural", "Primary");
        row(schools, 4, " sch01002", "Bessa School", "D01", "Privat", "URBAN", "primary");
        row(schools, 6, "SCH01003", "", "D01", "faith-based", "rural", "Primary and secondary");
        Sheet pupils = wb.createSheet("Pupils");
        row(pupils, 0, "School ID", "Pre-primary\nMale", "Pre-primary\nFemale", "Grade 1\nMale", "Grade 1\nFemale",
                "GRADE 2\nmale ", "Grade 2\r\nfemale", "Total\nMale", "Total\nFemale");
        row(pupils, 1, "SCH01001", 10, 11, "34", " 12 ", "7.0", 8, 52, 31);
        row(pupils, 2, "SCH01002", "twelve", 5, -3, 2.5, "#DIV/0!", 4, 99, 9);
        row(pupils, 5, null, 3, 3, 3, 3, 3, 3);
        row(pupils, 6, "SCH01004", 1, 1, 1, 1, 1, 1, 3, 3);
        row(pupils, 7, "sch01001", 9, 9, 9, 9, 9, 9);
        row(pupils, 8, "TOTAL", 11, 17, 35, 13, 8, 14, 154, 43);
        Sheet rep = wb.createSheet("Repeaters");
        row(rep, 0, "EMIS code", "repg1m", "repg1f", "REPG2M", "repg2f");
        row(rep, 1, "SCH01001", 1, 2, 0, 1);
        Sheet fac = wb.createSheet("Facilities");
        row(fac, 0, "School No", "Electricity", "Toilets girls", "Comments");
        // A remark under Comments: a column of words the template does not read (a header with nothing at all
        // under it is a heading, not reported: FormDraftReview23Test).
        row(fac, 1, "SCH01001", "Yes", 3, "roof leaks");
        row(fac, 2, "SCH01002", "Maybe", 2);
        Sheet lists = wb.createSheet("Lists");
        row(lists, 0, "Public", "Private", "Community");
        wb.setSheetVisibility(wb.getSheetIndex("Lists"), SheetVisibility.HIDDEN);
        return wb;
    }

    private static RecordingSink read(XSSFWorkbook wb, String template) throws Exception {
        RecordingSink sink = new RecordingSink();
        new WideInterpreter().interpret(new PoiWorkbook(wb, "D01-2024.xlsx"), Fixtures.builtIn(template),
                Fixtures.context("D01-2024.xlsx", 2024), sink);
        return sink;
    }

    private static ImportProblem at(RecordingSink sink, ProblemKind kind, String sheet, String cell) {
        return sink.problems(kind).stream().filter(p -> p.sheet().equals(sheet) && p.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at " + sheet + "!" + cell + " in " + sink.problems));
    }

    @Test
    void readsSchoolsUnderBannersWithCodesNormalisedAndCodedAttributes() throws Exception {
        RecordingSink sink = read(messyDistrictWorkbook(), "sample-wide");
        assertEquals("SCH01001", sink.schools.get(0).code());
        assertEquals(Map.of(SchoolAttribute.NAME, "Akuna Primary", SchoolAttribute.DISTRICT, "D01",
                SchoolAttribute.OWNERSHIP, "public", SchoolAttribute.LOCALITY, "rural", SchoolAttribute.LEVEL, "primary"),
                sink.schools.get(0).attributes());
        assertEquals("A4", sink.schools.get(0).keyCell());
        assertEquals("urban", sink.school("SCH01002").orElseThrow().get(SchoolAttribute.LOCALITY));
        ImportProblem privat = at(sink, ProblemKind.UNKNOWN_CODE, "Schools", "D5");
        assertEquals("Privat", privat.rawText());
        assertEquals("SCH01002", privat.schoolCode());
        assertEquals("school.ownership", privat.field());
        at(sink, ProblemKind.MISSING_REQUIRED_VALUE, "Schools", "B7");
        assertEquals("primary_secondary", sink.school("SCH01003").orElseThrow().get(SchoolAttribute.LEVEL));
        // Only in a value sheet: announced with its code alone.
        assertEquals(Map.of(), sink.school("SCH01004").orElseThrow().attributes());
        assertEquals(4, sink.schools.size(), "the duplicate row announces no second school");
    }

    @Test
    void groupsValuesByTopicSexAndAgeWithColumnLettersAsSources() throws Exception {
        RecordingSink sink = read(messyDistrictWorkbook(), "sample-wide");
        FactRecord boys = sink.fact("SCH01001", Topic.ENROLMENT, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals(10, boys.values()[0]);
        assertEquals(34, boys.values()[1], "number stored as text");
        assertEquals(7, boys.values()[2], "7.0 stored as text");
        assertEquals(M, boys.values()[3]);
        assertEquals("B", boys.sources()[0]);
        assertEquals("D", boys.sources()[1]);
        assertEquals("Pupils", boys.sheet());
        assertEquals(1, boys.row());
        assertEquals(12, sink.fact("SCH01001", Topic.ENROLMENT, Sex.F, AgeGroup.ALL).orElseThrow().values()[1]);
        FactRecord rep = sink.fact("SCH01001", Topic.REPEATERS, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals(1, rep.values()[1]);
        assertEquals(0, rep.values()[2]);
        FactRecord fac = sink.fact("SCH01001", Topic.FACILITIES, null, AgeGroup.ALL).orElseThrow();
        assertEquals(1, fac.values()[Topic.FACILITIES.fixedSlots().indexOf("electricity")]);
        assertEquals(3, fac.values()[Topic.FACILITIES.fixedSlots().indexOf("toilets_girls")]);
    }

    @Test
    void badCellsBecomeProblemsWithCellSchoolFieldAndRawTextAndMissingValues() throws Exception {
        RecordingSink sink = read(messyDistrictWorkbook(), "sample-wide");
        ImportProblem twelve = at(sink, ProblemKind.NOT_A_NUMBER, "Pupils", "B3");
        assertEquals("twelve", twelve.rawText());
        assertEquals("SCH01002", twelve.schoolCode());
        assertEquals("enrolment", twelve.field());
        at(sink, ProblemKind.NEGATIVE_COUNT, "Pupils", "D3");
        at(sink, ProblemKind.FRACTIONAL_COUNT, "Pupils", "E3");
        assertEquals("#DIV/0!", at(sink, ProblemKind.FORMULA_ERROR, "Pupils", "F3").rawText());
        FactRecord boys = sink.fact("SCH01002", Topic.ENROLMENT, Sex.M, AgeGroup.ALL).orElseThrow();
        assertArrayEquals(new int[] {M, M, M}, new int[] {boys.values()[0], boys.values()[1], boys.values()[2]});
        assertEquals("Maybe", at(sink, ProblemKind.UNKNOWN_CODE, "Facilities", "B3").rawText());
    }

    /** A count written 1.234 (a thousand and more, in French or Portuguese writing) points to the thousands setting. */
    @Test
    void aCountWithDottedThousandsPointsToTheThousandsSetting() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        row(wb.getSheet("Pupils"), 3, "SCH01003", "1.234", "2.5", 1, 1, 1, 1);
        RecordingSink sink = read(wb, "sample-wide");
        ImportProblem dotted = at(sink, ProblemKind.FRACTIONAL_COUNT, "Pupils", "B4");
        assertEquals("import.detail.fractionalThousands", dotted.words().key(), dotted.toString());
        assertTrue(dotted.words().english().contains("\"thousands\": \".\""), dotted.words().english());
        ImportProblem half = at(sink, ProblemKind.FRACTIONAL_COUNT, "Pupils", "C4");
        assertEquals("import.detail.fractional", half.words().key(), "a plain fraction keeps its word");
    }

    @Test
    void totalsAreCrossCheckedNotStoredAndBlankRowsAreQuiet() throws Exception {
        RecordingSink sink = read(messyDistrictWorkbook(), "sample-wide");
        at(sink, ProblemKind.TOTAL_MISMATCH, "Pupils", "H2");
        at(sink, ProblemKind.TOTAL_MISMATCH, "Pupils", "G9");
        assertEquals(2, sink.problems(ProblemKind.TOTAL_MISMATCH).size(), sink.problems::toString);
        assertTrue(sink.school("TOTAL").isEmpty());
        List<ImportProblem> blank = sink.problems(ProblemKind.BLANK_KEY);
        assertEquals(1, blank.size(), "blank rows say nothing; the total row is no blank key: " + blank);
        assertEquals("A6", blank.get(0).cell());
        assertTrue(blank.get(0).rawText().contains("B6=3"));
        ImportProblem dup = at(sink, ProblemKind.DUPLICATE_SCHOOL, "Pupils", "A8");
        assertEquals("SCH01001", dup.schoolCode());
        assertEquals(10, sink.fact("SCH01001", Topic.ENROLMENT, Sex.M, AgeGroup.ALL).orElseThrow().values()[0],
                "the first row is kept");
        assertTrue(sink.problems.stream().noneMatch(p -> p.sheet().equals("Lists")), "hidden list sheet not read");
        at(sink, ProblemKind.UNMATCHED_COLUMN, "Facilities", "D1");
    }

    /**
     * Most district files total their columns with a SUM over the whole range, rows the import does not
     * read included (row 6 has no school code, row 8 repeats SCH01001): such a total is right, and only the
     * unread rows are reported (the sample country's D01 file once got 30 total errors this way).
     */
    @Test
    void aTotalRowThatAlsoAddsTheRowsNotReadAgrees() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        // Each column over every row with a readable count: 10+1+3+9, 11+5+1+3+9, 34+1+3+9, 12+1+3+9, 7+1+3+9, 8+4+1+3+9.
        row(wb.getSheet("Pupils"), 8, "TOTAL", 23, 29, 47, 25, 20, 25);
        RecordingSink sink = read(wb, "sample-wide");
        List<ImportProblem> mismatches = sink.problems(ProblemKind.TOTAL_MISMATCH);
        assertEquals(List.of("H2"), mismatches.stream().map(ImportProblem::cell).toList(), mismatches::toString);
        at(sink, ProblemKind.BLANK_KEY, "Pupils", "A6");
        at(sink, ProblemKind.DUPLICATE_SCHOOL, "Pupils", "A8");
    }

    @Test
    void unlabelledTotalRowAtTheBottomIsRecognisedByItsSums() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        Sheet rep = wb.getSheet("Repeaters");
        row(rep, 2, "SCH01002", 3, 4, 5, 6);
        row(rep, 4, null, 4, 6, 5, 8);
        RecordingSink sink = read(wb, "sample-wide");
        assertTrue(sink.problems(ProblemKind.BLANK_KEY).stream().noneMatch(p -> p.sheet().equals("Repeaters")));
        at(sink, ProblemKind.TOTAL_MISMATCH, "Repeaters", "E5");
    }

    @Test
    void missingKeyOrRequiredHeaderRejectsTheFileNamingWhatWasFound() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        row(wb.getSheet("Pupils"), 0, "Code of school");
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(wb, "sample-wide"));
        assertTrue(e.getMessage().contains("D01-2024.xlsx"), e.getMessage());
        assertTrue(e.getMessage().contains("sheet Pupils"), e.getMessage());
        assertTrue(e.getMessage().contains("code of school"), e.getMessage());

        XSSFWorkbook wb2 = messyDistrictWorkbook();
        row(wb2.getSheet("Schools"), 2, "School No", "Title");
        ImportRejectedException e2 = assertThrows(ImportRejectedException.class, () -> read(wb2, "sample-wide"));
        assertTrue(e2.getMessage().contains("\"School name\" (school.name)"), e2.getMessage());
        assertTrue(e2.getMessage().contains("Title"), e2.getMessage());

        XSSFWorkbook wb3 = messyDistrictWorkbook();
        wb3.removeSheetAt(wb3.getSheetIndex("Pupils"));
        ImportRejectedException e3 = assertThrows(ImportRejectedException.class, () -> read(wb3, "sample-wide"));
        assertTrue(e3.getMessage().contains("no sheet Pupils"), e3.getMessage());
    }

    @Test
    void masterListAndPopulation() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        row(s, 0, "EMIS code", "School name", "District code", "District", "Region", "Ownership", "Locality", "Level");
        row(s, 1, "SCH01001", "Akuna Primary", "D01", "Akuna", "R1", "community", "rural", "secondary");
        RecordingSink sink = read(wb, "sample-master-list");
        assertEquals(1, sink.schools.size());
        assertEquals("Akuna", sink.schools.get(0).get(SchoolAttribute.DISTRICT_NAME));
        assertEquals("D01", sink.schools.get(0).get(SchoolAttribute.DISTRICT));
        assertTrue(sink.facts.isEmpty());

        XSSFWorkbook pw = new XSSFWorkbook();
        Sheet p = pw.createSheet("Population");
        row(p, 0, "Year", "District code", "Age", "Female", "Male");
        row(p, 1, 2024, "D01", 6, 1200, 1250);
        row(p, 2, 2025, "D01", 6, 1300, 1350);
        row(p, 3, "2024", "d02", "7", "n/a", 900);
        RecordingSink ps = read(pw, "sample-population");
        // Every year of the sheet is kept, each row under its own year.
        assertEquals(5, ps.population.size(), ps.population::toString);
        assertEquals(1200, ps.population.get(0).count());
        assertEquals(2024, ps.population.get(0).censusYear());
        assertEquals(Sex.F, ps.population.get(0).sex());
        assertEquals(2025, ps.population.get(2).censusYear());
        assertEquals(1300, ps.population.get(2).count());
        assertEquals("D02", ps.population.get(4).areaCode());
        assertEquals(7, ps.population.get(4).age());
        // "n/a" is a not-available mark (decision 0043): missing, reported, not an unreadable cell.
        assertEquals("D4", at(ps, ProblemKind.MARK_SET_ASIDE, "Population", "D4").cell());
    }

    @Test
    void twoRowMergedHeaderWithGradeAboveSexAndNumbersForGrades() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        wb.removeSheetAt(wb.getSheetIndex("Pupils"));
        Sheet p = wb.createSheet("Enrolment");
        row(p, 0, "Enrolment by grade");
        row(p, 1, "EMIS code", "1.0", null, 2, null);
        row(p, 2, null, "Boys", "Girls", "Boys", "Girls");
        p.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 1, 2));
        row(p, 3, "SCH01001", 5, 6, 7, 8);
        RecordingSink sink = read(wb, "sample-wide");
        FactRecord girls = sink.fact("SCH01001", Topic.ENROLMENT, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(6, girls.values()[1]);
        assertEquals(8, girls.values()[2]);
        assertEquals("E", girls.sources()[2]);
        assertFalse(sink.problems.stream().anyMatch(x -> x.sheet().equals("Enrolment")), sink.problems::toString);
    }

    @Test
    void aColumnNamedOnlyOnTheUpperHeaderRowIsReportedWhenNotRead() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        wb.removeSheetAt(wb.getSheetIndex("Pupils"));
        Sheet p = wb.createSheet("Enrolment");
        // "Desks" stands on the upper row of a two-row header, with nothing under it on the lower row.
        row(p, 1, "EMIS code", "1.0", null, "Desks", "Remarks");
        row(p, 2, null, "Boys", "Girls");
        p.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 1, 2));
        row(p, 3, "SCH01001", 5, 6, 40, "ok");
        row(p, 4, "SCH01002", 7, 8, 31, null);
        RecordingSink sink = read(wb, "sample-wide");
        ImportProblem desks = at(sink, ProblemKind.UNREAD_FIGURES, "Enrolment", "D2");
        assertEquals("Desks", desks.rawText());
        assertTrue(desks.detail().startsWith("2 figures"), desks::detail);
        assertEquals("Remarks", at(sink, ProblemKind.UNMATCHED_COLUMN, "Enrolment", "E2").rawText());
        assertEquals(6, sink.fact("SCH01001", Topic.ENROLMENT, Sex.F, AgeGroup.ALL).orElseThrow().values()[1]);
    }

    @Test
    void formulaTotalsLeavingOutNumbersStoredAsTextAreNoMismatch() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        Sheet rep = wb.getSheet("Repeaters");
        row(rep, 1, "SCH01001", "3", 2, 1, 1);
        row(rep, 2, "SCH01002", 4, 5, 1, 1);
        // What =SUM() gives: the text "3" is left out. A typed-over total (9) agrees with neither sum.
        row(rep, 3, "Total", 4, 7, 2, 9);
        RecordingSink sink = read(wb, "sample-wide");
        List<ImportProblem> mismatches = sink.problems(ProblemKind.TOTAL_MISMATCH).stream()
                .filter(p -> p.sheet().equals("Repeaters")).toList();
        assertEquals(1, mismatches.size(), mismatches::toString);
        assertEquals("E4", mismatches.get(0).cell());
        assertEquals(3, sink.fact("SCH01001", Topic.REPEATERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[1]);
    }

    @Test
    void aUsedRangeOfAThousandEmptyRowsSaysNothing() throws Exception {
        XSSFWorkbook wb = messyDistrictWorkbook();
        Sheet classrooms = wb.createSheet("Classrooms");
        row(classrooms, 0, "School No", "Good", "Fair", "Poor");
        row(classrooms, 1, "SCH01001", 4, 2, 0);
        for (int r = 2; r < 1000; r++) {
            row(classrooms, r, "", "", "", "");
        }
        RecordingSink sink = read(wb, "sample-wide");
        assertTrue(sink.problems.stream().noneMatch(p -> p.sheet().equals("Classrooms")), sink.problems::toString);
        assertEquals(4, sink.fact("SCH01001", Topic.CLASSROOMS, null, AgeGroup.ALL).orElseThrow().values()[0]);
    }
}
