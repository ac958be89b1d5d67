package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates of birth of a staff roster are checked as a pupil's are: a day that does not exist is a BAD_DATE naming
 * its cell; a year alone is a year of birth; the person is counted as a teacher either way. A pupil's year alone
 * is reported (the age at the reference date needs the day), never turned into a date of 1905.
 */
class RosterBirthDatesTest {
    private static final String TEMPLATE = """
            {"id": "birth-dates", "version": 1, "layout": "roster", "referenceDate": "--03-31",
             "sheets": [
               {"names": ["School"], "required": ["school.code"],
                "labels": [{"labels": ["Code"], "field": "school.code"}]},
               {"names": ["Pupils"], "kind": "pupils", "columns": [
                 {"headers": ["Sex"], "field": "pupil.sex"},
                 {"headers": ["Born"], "field": "pupil.birth_date"},
                 {"headers": ["Grade"], "field": "pupil.grade"}]},
               {"names": ["Personnel"], "kind": "staff", "columns": [
                 {"headers": ["Sex"], "field": "staff.sex"},
                 {"headers": ["Birth date"], "field": "staff.birth_date"}]}]}
            """;

    @Test
    void impossibleDatesAreReportedAndAYearAloneIsAYearOfBirth(@TempDir Path dir) throws Exception {
        int census = 2024;
        LocalDate reference = LocalDate.of(census, 3, 31);
        // Staff rows as written (cell text or number), and whether each is a possible date of birth.
        Object[][] staff = {
            {"F", "12/05/1980", true}, {"M", 1985, true}, {"F", "1985", true},
            {"M", "31/02/1990", false}, {"F", "1990-13-01", false}, {"M", "30.02.1975", false},
            {"F", "12/05/" + (census + 1), false}, {"M", census + 3, false}, {"F", "1900", false},
            {"M", "", true}, {"F", "about 40", false}, {"M", "1979-06-30", true}};
        Path file = dir.resolve("roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("School"), 0, "Code", "RB-1");
            Sheet p = wb.createSheet("Pupils");
            row(p, 0, "Sex", "Born", "Grade");
            row(p, 1, "F", "2016", "G1");
            row(p, 2, "M", 2017, "G1");
            row(p, 3, "F", "01/04/2017", "G1");
            row(p, 4, "M", "", "G1");
            // A real Excel date cell (serial with a date style) stays a date, not a year.
            CellStyle dated = wb.createCellStyle();
            dated.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            p.getRow(4).getCell(1, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(LocalDate.of(2016, 3, 31));
            p.getRow(4).getCell(1).setCellStyle(dated);
            Sheet s = wb.createSheet("Personnel");
            row(s, 0, "Sex", "Birth date");
            for (int i = 0; i < staff.length; i++) {
                row(s, i + 1, staff[i][0], staff[i][1]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new RosterInterpreter().interpret(w, TemplateLoader.parse(TEMPLATE, "t", null),
                    Fixtures.context("roster.xlsx", census), sink);
        }

        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < staff.length; i++) {
            if (!(Boolean) staff[i][2]) {
                expected.put("Personnel!B" + (i + 2), "staff.birth_date");
            }
        }
        expected.put("Pupils!B2", "pupil.birth_date");
        expected.put("Pupils!B3", "pupil.birth_date");
        Map<String, String> badDates = sink.problems.stream().filter(q -> q.kind() == ProblemKind.BAD_DATE)
                .collect(Collectors.toMap(ImportProblem::sheetCell, ImportProblem::field, (a, b) -> a + "," + b,
                        TreeMap::new));
        assertFalse(expected.isEmpty());
        assertEquals(expected, badDates, sink.problems::toString);
        assertEquals(badDates.size(), sink.problems.size(), sink.problems::toString);
        ImportProblem pupilYear = sink.problems.stream().filter(q -> q.sheetCell().equals("Pupils!B3"))
                .findFirst().orElseThrow();
        assertEquals("import.detail.pupilYearAlone", pupilYear.words().key());
        ImportProblem future = sink.problems.stream().filter(q -> q.sheetCell().equals("Personnel!B8"))
                .findFirst().orElseThrow();
        assertEquals("import.detail.staffBirthImpossible", future.words().key());
        assertEquals(String.valueOf(reference), future.words().args().get(0));

        // Everyone is still a teacher: the date of birth does not decide who is counted.
        int women = 0;
        int men = 0;
        for (Object[] person : staff) {
            if (person[0].equals("F")) {
                women++;
            } else {
                men++;
            }
        }
        assertEquals(women, sink.fact("RB-1", Topic.TEACHERS, Sex.F, AgeGroup.ALL).orElseThrow().values()[0]);
        assertEquals(men, sink.fact("RB-1", Topic.TEACHERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[0]);
    }
}
