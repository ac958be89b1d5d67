package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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

class GridInterpreterTest {
    static final String[] GRADES = {"Pre-primary", "Grade 1", "Grade 2", "Total"};

    /** Header block of a form: label in A, value in C. */
    static int headerBlock(Sheet s, String year) {
        row(s, 0, "School code:", null, "sch03001 ");
        row(s, 1, "School name:", null, "Coral Bay Primary");
        row(s, 2, "District:", null, "D03");
        row(s, 3, "Ownership:", null, "Faith-based");
        row(s, 4, "Locality:", null, "Urbn");
        row(s, 5, "Level:", null, "Primary");
        row(s, 6, "Census year:", null, year);
        return 8;
    }

    /** D03: grade labels merged over M/F sub-columns. */
    static XSSFWorkbook d03(String year) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        int r = headerBlock(s, year);
        row(s, r, "ENROLMENT BY AGE, GRADE AND SEX");
        List<Object> grades = new ArrayList<>(List.of("Age"));
        List<Object> sexes = new ArrayList<>(List.of(""));
        for (int g = 0; g < GRADES.length; g++) {
            grades.add(GRADES[g]);
            grades.add(null);
            sexes.add("M");
            sexes.add("F");
            s.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 1 + 2 * g, 2 + 2 * g));
        }
        row(s, r + 1, grades.toArray());
        row(s, r + 2, sexes.toArray());
        row(s, r + 3, "< 5 years", 2, 1, null, null, null, null, 2, 1);
        row(s, r + 4, "5 years", 10, 12, 1, 0, null, null, 11, 12);
        row(s, r + 5, "6 years", null, null, 20, 19, 1, 2, 21, 21);
        row(s, r + 6, "7 years", null, null, "twelve", 3, 18, 17, 21, 20);
        row(s, r + 7, "Age unknown", null, null, 1, null, null, null, 1, 0);
        row(s, r + 8, "Total", 12, 13, 22, 22, 19, 19, 56, 54);
        int t = r + 10;
        row(s, t, "REPEATERS BY GRADE AND SEX");
        row(s, t + 1, grades.toArray());
        row(s, t + 2, sexes.toArray());
        for (int g = 0; g < GRADES.length; g++) {
            s.addMergedRegion(new CellRangeAddress(t + 1, t + 1, 1 + 2 * g, 2 + 2 * g));
        }
        row(s, t + 3, "Repeaters", null, null, 2, 1, 1, 1, 3, 2);
        int n = t + 5;
        row(s, n, "NEW ENTRANTS TO GRADE 1 BY AGE");
        row(s, n + 1, "Age", "M", "F");
        row(s, n + 2, "< 5 years", 0, 0);
        row(s, n + 3, "5 years", 1, 0);
        row(s, n + 4, "6 years", 15, 16);
        row(s, n + 5, "8+ years", 1, 2);
        int k = n + 7;
        row(s, k, "TEACHERS");
        row(s, k + 1, "Female teachers", null, 3);
        row(s, k + 2, "Male teachers", null, 2);
        row(s, k + 3, "Qualified female teachers", null, "#REF!");
        row(s, k + 4, "CLASSROOMS");
        row(s, k + 5, "Classrooms in good condition", null, 4);
        row(s, k + 6, "FACILITIES");
        row(s, k + 7, "Electricity", null, "Yes");
        row(s, k + 8, "Internet", null, "Sometimes");
        row(s, k + 9, "Toilets for girls", null, 2);
        return wb;
    }

    /** D04: one column per grade, each age label merged over an M row and an F row. */
    static XSSFWorkbook d04() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        int r = headerBlock(s, "2024");
        row(s, r, "ENROLMENT BY AGE, GRADE AND SEX");
        row(s, r + 1, "Age", "Sex", "Pre-primary", "Grade 1", "Grade 2", "Total");
        String[] ages = {"5 years", "6 years", "Total"};
        int[][] m = {{10, 1, 0, 11}, {0, 20, 1, 21}, {10, 21, 1, 33}};
        int[][] f = {{12, 0, 0, 12}, {0, 19, 2, 21}, {12, 19, 2, 33}};
        for (int a = 0; a < ages.length; a++) {
            int top = r + 2 + 2 * a;
            row(s, top, ages[a], "M", m[a][0], m[a][1], m[a][2], m[a][3]);
            row(s, top + 1, null, "F", f[a][0], f[a][1], f[a][2], f[a][3]);
            s.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
        }
        int t = r + 9;
        row(s, t, "REPEATERS BY GRADE AND SEX");
        row(s, t + 1, "", "Sex", "Pre-primary", "Grade 1", "Grade 2", "Total");
        row(s, t + 2, "Repeaters", "M", null, 2, 1, 3);
        row(s, t + 3, null, "F", null, 1, 1, 2);
        s.addMergedRegion(new CellRangeAddress(t + 2, t + 3, 0, 0));
        return wb;
    }

    private static RecordingSink read(XSSFWorkbook wb, String template, int year) throws Exception {
        RecordingSink sink = new RecordingSink();
        new GridInterpreter().interpret(new PoiWorkbook(wb, "SCH03001.xlsx"), Fixtures.builtIn(template),
                Fixtures.context("SCH03001.xlsx", year), sink);
        return sink;
    }

    private static ImportProblem at(RecordingSink sink, ProblemKind kind, String cell) {
        return sink.problems(kind).stream().filter(p -> p.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at " + cell + " in " + sink.problems));
    }

    @Test
    void readsHeaderBlockLabelsWithCodesAndYearFormats() throws Exception {
        for (String year : List.of("2024", "2024-2025", "SY2024-25")) {
            RecordingSink sink = read(d03(year), "sample-grid-columns", 2024);
            assertEquals(1, sink.schools.size());
            assertEquals("SCH03001", sink.schools.get(0).code());
            assertEquals("C1", sink.schools.get(0).keyCell());
            assertEquals("faith", sink.schools.get(0).get(SchoolAttribute.OWNERSHIP));
            assertEquals("Coral Bay Primary", sink.schools.get(0).get(SchoolAttribute.NAME));
            assertEquals(null, sink.schools.get(0).get(SchoolAttribute.LOCALITY));
            assertEquals("Urbn", at(sink, ProblemKind.UNKNOWN_CODE, "C5").rawText());
        }
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read(d03("2023"), "sample-grid-columns", 2024));
        assertTrue(e.getMessage().contains("census year 2023"), e.getMessage());
    }

    @Test
    void readsAgeGradeGridWithMergedGradeHeadersOverSexSubColumns() throws Exception {
        RecordingSink sink = read(d03("2024"), "sample-grid-columns", 2024);
        FactRecord f5 = sink.fact("SCH03001", Topic.ENROLMENT, Sex.F, AgeGroup.of(5)).orElseThrow();
        assertEquals(12, f5.values()[0]);
        assertEquals(0, f5.values()[1]);
        assertEquals("C13", f5.sources()[0]);
        FactRecord under5 = sink.fact("SCH03001", Topic.ENROLMENT, Sex.M, AgeGroup.andUnder(4)).orElseThrow();
        assertEquals(2, under5.values()[0]);
        FactRecord unknown = sink.fact("SCH03001", Topic.ENROLMENT, Sex.M, AgeGroup.UNKNOWN).orElseThrow();
        assertEquals(1, unknown.values()[1]);
        FactRecord m7 = sink.fact("SCH03001", Topic.ENROLMENT, Sex.M, AgeGroup.of(7)).orElseThrow();
        assertEquals(FactRecord.MISSING, m7.values()[1]);
        assertEquals("twelve", at(sink, ProblemKind.NOT_A_NUMBER, "D15").rawText());
        // Row total of 7-year-old boys: 18 + (twelve unreadable) = 18, typed 21.
        at(sink, ProblemKind.TOTAL_MISMATCH, "H15");
        assertEquals(1, sink.problems(ProblemKind.TOTAL_MISMATCH).size(), sink.problems::toString);
        // Total row: G1 boys add up to 1+20+1 = 22 (twelve unreadable) and say 22: no problem there.
        assertTrue(sink.problems(ProblemKind.TOTAL_MISMATCH).stream().noneMatch(p -> p.cell().equals("D17")));
        assertFalse(sink.facts.isEmpty());
        assertTrue(sink.facts.stream().noneMatch(f -> f.age().code().equals("?") && f.values()[0] == 12),
                "total row not stored");
    }

    @Test
    void readsRepeatersNewEntrantsAndLabelledCounts() throws Exception {
        RecordingSink sink = read(d03("2024"), "sample-grid-columns", 2024);
        FactRecord rep = sink.fact("SCH03001", Topic.REPEATERS, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals(2, rep.values()[1]);
        assertEquals(1, rep.values()[2]);
        assertEquals(FactRecord.MISSING, rep.values()[0]);
        FactRecord ne = sink.fact("SCH03001", Topic.NEW_ENTRANTS, Sex.F, AgeGroup.of(6)).orElseThrow();
        assertEquals(16, ne.values()[1]);
        assertEquals(2, sink.fact("SCH03001", Topic.NEW_ENTRANTS, Sex.F, AgeGroup.andOver(8)).orElseThrow().values()[1]);
        FactRecord tf = sink.fact("SCH03001", Topic.TEACHERS, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(3, tf.values()[0]);
        assertEquals(FactRecord.MISSING, tf.values()[1]);
        at(sink, ProblemKind.FORMULA_ERROR, "C34");
        FactRecord fac = sink.fact("SCH03001", Topic.FACILITIES, null, AgeGroup.ALL).orElseThrow();
        assertEquals(1, fac.values()[0]);
        assertEquals(2, fac.values()[Topic.FACILITIES.fixedSlots().indexOf("toilets_girls")]);
        assertEquals("Sometimes", at(sink, ProblemKind.UNKNOWN_CODE, "C39").rawText());
        assertEquals(4, sink.fact("SCH03001", Topic.CLASSROOMS, null, AgeGroup.ALL).orElseThrow().values()[0]);
    }

    @Test
    void readsAlternatingSexRowsUnderMergedAgeLabels() throws Exception {
        RecordingSink sink = read(d04(), "sample-grid-rows", 2024);
        FactRecord m6 = sink.fact("SCH03001", Topic.ENROLMENT, Sex.M, AgeGroup.of(6)).orElseThrow();
        assertEquals(20, m6.values()[1]);
        assertEquals("D13", m6.sources()[1]);
        FactRecord f6 = sink.fact("SCH03001", Topic.ENROLMENT, Sex.F, AgeGroup.of(6)).orElseThrow();
        assertEquals(19, f6.values()[1]);
        assertEquals(2, f6.values()[2]);
        // Total rows: M G1 says 21 = 1 + 20; the M total column says 33 but the rows add 32.
        at(sink, ProblemKind.TOTAL_MISMATCH, "F15");
        assertEquals(1, sink.problems(ProblemKind.TOTAL_MISMATCH).size(), sink.problems::toString);
        FactRecord repF = sink.fact("SCH03001", Topic.REPEATERS, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(1, repF.values()[1]);
        assertEquals(2, sink.fact("SCH03001", Topic.REPEATERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[1]);
    }

    @Test
    void formWithoutSchoolCodeIsRejected() {
        XSSFWorkbook wb = d03("2024");
        row(wb.getSheet("Form"), 0, "Code:", null, "x");
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read(wb, "sample-grid-columns", 2024));
        assertTrue(e.getMessage().contains("no school code"), e.getMessage());
    }

    @Test
    void blankRequiredValueIsReportedAndTheNextLabelIsNotTakenForIt() throws Exception {
        XSSFWorkbook wb = d03("2024");
        wb.getSheet("Form").getRow(1).removeCell(wb.getSheet("Form").getRow(1).getCell(2));
        RecordingSink sink = read(wb, "sample-grid-columns", 2024);
        assertEquals(null, sink.schools.get(0).get(SchoolAttribute.NAME));
        ImportProblem p = at(sink, ProblemKind.MISSING_REQUIRED_VALUE, "C2");
        assertEquals("school.name", p.field());
        assertEquals("SCH03001", p.schoolCode());

        XSSFWorkbook noLabel = d03("2024");
        row(noLabel.getSheet("Form"), 1, "Title:", null, "Coral Bay Primary");
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read(noLabel, "sample-grid-columns", 2024));
        assertTrue(e.getMessage().contains("no label for school.name"), e.getMessage());
    }
}
