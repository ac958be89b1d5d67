package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
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

class RosterInterpreterTest {
    static XSSFWorkbook d05() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet school = wb.createSheet("School");
        row(school, 0, "School code", "SCH05001");
        row(school, 1, "School name", "Ewe Hills Primary");
        row(school, 2, "Ownership", "Public");
        row(school, 3, "Census year", "2024/25");
        row(school, 4, "Classrooms good", 3);
        row(school, 5, "Electricity", "No");
        Sheet p = wb.createSheet("Pupils");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        row(p, 0, "No.", "Full name", "Sex", "Date of birth", "Grade", "From", "Disability");
        Object[][] pupils = {
            {1, "Ana", "F", LocalDate.of(2017, 5, 1), "G1", "New", null},           // 6 on 1 March 2024
            {2, "Ben", "MALE", LocalDate.of(2017, 2, 28), "Grade 1", "Repeater", "Hearing"}, // 7
            {3, "Cleo", "Girl", "12/03/2016", "1st grade", "new", null},          // 7 (text date)
            {4, "Dan", "boy", "2016-13-45", "G2", "Transferred in", null},       // bad date → ?
            {5, "Eve", "Femaler", LocalDate.of(2016, 1, 1), "G2", "New", null},   // unknown sex
            {6, "Fay", "F", LocalDate.of(2018, 6, 1), "PP", null, "None"},        // 5
            {7, "Gus", "M", LocalDate.of(2015, 1, 1), "Grade 13", null, null},    // unknown grade
        };
        for (int i = 0; i < pupils.length; i++) {
            Object[] v = pupils[i].clone();
            if (v[3] instanceof LocalDate d) {
                v[3] = null;
                row(p, i + 1 + (i >= 4 ? 2 : 0), v);
                org.apache.poi.ss.usermodel.Cell c = p.getRow(i + 1 + (i >= 4 ? 2 : 0)).createCell(3);
                c.setCellValue(d);
                c.setCellStyle(date);
            } else {
                row(p, i + 1 + (i >= 4 ? 2 : 0), v);
            }
        }
        Sheet s = wb.createSheet("Staff");
        row(s, 0, "No.", "Full name", "Sex", "Date of birth", "Highest qualification", "Certified", "Staff type",
                "Employment", "PP", "G1", "G2");
        row(s, 1, 1, "T1", "F", null, "Degree", "Y", "Teaching", "Full time", null, "x", null);
        row(s, 2, 2, "T2", "F", null, "Certificate", "N", "Teaching", "Part time", null, null, "X");
        row(s, 3, 3, "T3", "M", null, "Diploma", "Y", "Teaching", "Full time", "x", null, "yes");
        row(s, 4, 4, "C1", "M", null, "None", "N", "Non-teaching", "Full time", null, null, null);
        return wb;
    }

    private static RecordingSink read(XSSFWorkbook wb) throws Exception {
        RecordingSink sink = new RecordingSink();
        new RosterInterpreter().interpret(new PoiWorkbook(wb, "SCH05001.xlsx"), Fixtures.builtIn("sample-roster"),
                Fixtures.context("SCH05001.xlsx", 2024), sink);
        return sink;
    }

    private static ImportProblem at(RecordingSink sink, ProblemKind kind, String sheet, String cell) {
        return sink.problems(kind).stream().filter(p -> p.sheet().equals(sheet) && p.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at " + sheet + "!" + cell + " in " + sink.problems));
    }

    @Test
    void aggregatesPupilsByGradeAgeAndSexAtTheReferenceDate() throws Exception {
        RecordingSink sink = read(d05());
        assertEquals("SCH05001", sink.schools.get(0).code());
        assertEquals("public", sink.schools.get(0).get(SchoolAttribute.OWNERSHIP));
        FactRecord f6 = sink.fact("SCH05001", Topic.ENROLMENT, Sex.F, AgeGroup.of(6)).orElseThrow();
        assertEquals(1, f6.values()[1]);
        assertEquals(0, f6.values()[0], "grade offered, nobody of that age: 0");
        assertEquals(FactRecord.MISSING, f6.values()[3], "grade not offered: missing");
        assertEquals("Pupils!E2:E10", f6.sources()[1]);
        assertEquals(1, sink.fact("SCH05001", Topic.ENROLMENT, Sex.F, AgeGroup.of(7)).orElseThrow().values()[1],
                "text date 12/03/2016 read day first");
        assertEquals(1, sink.fact("SCH05001", Topic.ENROLMENT, Sex.M, AgeGroup.of(7)).orElseThrow().values()[1],
                "born 28 Feb 2017: 7 on 1 March 2024");
        assertEquals(1, sink.fact("SCH05001", Topic.ENROLMENT, Sex.M, AgeGroup.UNKNOWN).orElseThrow().values()[2]);
        assertEquals("2016-13-45", at(sink, ProblemKind.BAD_DATE, "Pupils", "D5").rawText());
        assertEquals("Femaler", at(sink, ProblemKind.UNKNOWN_CODE, "Pupils", "C8").rawText());
        assertEquals("Grade 13", at(sink, ProblemKind.UNKNOWN_CODE, "Pupils", "E10").rawText());
    }

    @Test
    void repeatersNewEntrantsAndDisabledFromStatusAndDisabilityColumns() throws Exception {
        RecordingSink sink = read(d05());
        assertEquals(1, sink.fact("SCH05001", Topic.REPEATERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[1]);
        assertEquals(0, sink.fact("SCH05001", Topic.REPEATERS, Sex.F, AgeGroup.ALL).orElseThrow().values()[1]);
        FactRecord ne6 = sink.fact("SCH05001", Topic.NEW_ENTRANTS, Sex.F, AgeGroup.of(6)).orElseThrow();
        assertEquals(1, ne6.values()[1]);
        assertEquals(FactRecord.MISSING, ne6.values()[2], "new entrants are G1 only");
        assertEquals(1, sink.fact("SCH05001", Topic.DISABLED, Sex.M, AgeGroup.ALL).orElseThrow().values()[1]);
        assertEquals(0, sink.fact("SCH05001", Topic.DISABLED, Sex.F, AgeGroup.ALL).orElseThrow().values()[0],
                "\"None\" is no disability");
    }

    @Test
    void aggregatesStaffIntoTeachersBySex() throws Exception {
        RecordingSink sink = read(d05());
        FactRecord f = sink.fact("SCH05001", Topic.TEACHERS, Sex.F, AgeGroup.ALL).orElseThrow();
        assertEquals(2, f.values()[0]);
        assertEquals(1, f.values()[1], "qualified: degree");
        assertEquals(1, f.values()[2], "trained: certified Y");
        assertEquals(1, f.values()[3]);
        assertEquals(1, f.values()[4]);
        assertEquals("Staff!C2:C5", f.sources()[0]);
        FactRecord m = sink.fact("SCH05001", Topic.TEACHERS, Sex.M, AgeGroup.ALL).orElseThrow();
        assertEquals(1, m.values()[0]);
        assertEquals(1, m.values()[5], "non-teaching");
        assertEquals("yes", at(sink, ProblemKind.UNKNOWN_CODE, "Staff", "K4").rawText());
        FactRecord rooms = sink.fact("SCH05001", Topic.CLASSROOMS, null, AgeGroup.ALL).orElseThrow();
        assertEquals(3, rooms.values()[0]);
        assertEquals("B5", rooms.sources()[0]);
        assertEquals(0, sink.fact("SCH05001", Topic.FACILITIES, null, AgeGroup.ALL).orElseThrow().values()[0]);
    }

    @Test
    void rosterSheetsReportEveryHeaderTheyDoNotRead() throws Exception {
        XSSFWorkbook wb = d05();
        org.apache.poi.ss.usermodel.Row pupils = wb.getSheet("Pupils").getRow(0);
        pupils.createCell(pupils.getLastCellNum()).setCellValue("Remarks");
        org.apache.poi.ss.usermodel.Row staff = wb.getSheet("Staff").getRow(0);
        staff.createCell(staff.getLastCellNum()).setCellValue("Phone");
        String remarks = org.emisworkbench.model.CellRef.columnLetters(pupils.getLastCellNum() - 1) + "1";
        String phone = org.emisworkbench.model.CellRef.columnLetters(staff.getLastCellNum() - 1) + "1";
        RecordingSink sink = read(wb);
        // "No." and "Full name" are left out on purpose by the sample template (ignore): not reported
        assertEquals(java.util.List.of("Pupils!" + remarks + "=Remarks", "Staff!" + phone + "=Phone"),
                sink.problems(ProblemKind.UNMATCHED_COLUMN).stream().map(p -> p.sheet() + "!" + p.cell() + "="
                        + p.rawText()).toList());
    }

    @Test
    void missingRosterHeaderRejectsTheFile() {
        XSSFWorkbook wb = d05();
        row(wb.getSheet("Pupils"), 0, "No.", "Full name", "Gndr", "Date of birth", "Level");
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(wb));
        assertTrue(e.getMessage().contains("sheet Pupils"), e.getMessage());
    }

    @Test
    void blankSchoolNameWithLabelsWithoutColonsTakesNotTheLabelBelow() throws Exception {
        XSSFWorkbook wb = d05();
        wb.getSheet("School").getRow(1).removeCell(wb.getSheet("School").getRow(1).getCell(1));
        RecordingSink sink = read(wb);
        assertEquals(null, sink.schools.get(0).get(SchoolAttribute.NAME));
        assertEquals("school.name", at(sink, ProblemKind.MISSING_REQUIRED_VALUE, "School", "B2").field());
    }

    @Test
    void noPupilIsDroppedSilently() throws Exception {
        XSSFWorkbook wb = d05();
        row(wb.getSheet("Pupils"), 12, 8, "Hal", null, "01/01/2017", "G1", "New", null);
        row(wb.getSheet("Pupils"), 13, 9, "Ivy", "F", "01/01/2017", null, "New", null);
        RecordingSink sink = read(wb);
        assertEquals("pupil.sex", at(sink, ProblemKind.MISSING_REQUIRED_VALUE, "Pupils", "C13").field());
        assertEquals("pupil.grade", at(sink, ProblemKind.MISSING_REQUIRED_VALUE, "Pupils", "E14").field());
    }
}
