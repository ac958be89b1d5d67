package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheet names, headers and layouts of docs/design/sample-country.md, read back with POI. */
class SampleLayoutContractTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        SampleCountryGenerator.generate(out, 99, 40, Progress.NONE);
    }

    @Test
    void masterListAndPopulation() throws IOException {
        try (XSSFWorkbook wb = SampleFiles.open(out.resolve("master-list.xlsx"))) {
            Sheet s = wb.getSheet("Schools");
            assertEquals(List.of(ReferenceWriters.MASTER_HEADERS), SampleFiles.rowText(s, 0));
            assertEquals(40, s.getLastRowNum());
            assertEquals("SCH01001", s.getRow(1).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook wb = SampleFiles.open(out.resolve("population.xlsx"))) {
            Sheet s = wb.getSheet("Population");
            assertEquals(List.of("Year", "District code", "Age", "Female", "Male"), SampleFiles.rowText(s, 0));
            assertEquals(2 * 5 * 22, s.getLastRowNum());
            assertEquals(3.0, s.getRow(1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void wideWorkbooks() throws IOException {
        for (String file : List.of("2024/wide/D01-2024.xlsx", "2024/wide/D02-2024.xlsx", "2025/wide/D01-2025.xlsx",
                "2025/wide/D02-2025.xlsx")) {
            try (XSSFWorkbook wb = SampleFiles.open(out.resolve(file))) {
                List<String> names = Stream.iterate(0, i -> i < wb.getNumberOfSheets(), i -> i + 1)
                        .map(wb::getSheetName).toList();
                assertEquals(List.of("Schools", "Pupils", "Repeaters", "New entrants", "Teachers", "Classrooms",
                        "Facilities", "Lists"), names, file);
                assertTrue(wb.isSheetHidden(wb.getSheetIndex("Lists")));
                Sheet schools = wb.getSheet("Schools");
                assertTrue(schools.getRow(0).getCell(0).getStringCellValue().startsWith("Ministry of Education"));
                assertEquals(null, schools.getRow(1));
                assertEquals("school name", SampleFiles.rowText(schools, 2).get(1).trim().toLowerCase());
                assertEquals(2, schools.getDataValidations().size());
                Sheet pupils = wb.getSheet("Pupils");
                List<String> h = SampleFiles.rowText(pupils, 0);
                assertEquals("School ID", h.get(0));
                assertEquals("Pre-primary\nMale", h.get(1));
                assertEquals("Grade 1\nFemale", h.get(4));
                assertEquals("grade 3\nfemale", h.get(8).toLowerCase());
                assertEquals("Total\nMale", h.get(27));
                assertEquals("Total\nFemale", h.get(28));
                Row total = pupils.getRow(pupils.getLastRowNum());
                assertEquals("TOTAL", total.getCell(0).getStringCellValue());
                assertEquals(CellType.FORMULA, total.getCell(27).getCellType());
                assertEquals(CellType.NUMERIC, total.getCell(1).getCachedFormulaResultType());
                assertEquals("EMIS code", SampleFiles.rowText(wb.getSheet("Repeaters"), 0).get(0));
                assertEquals("repg1m", SampleFiles.rowText(wb.getSheet("Repeaters"), 0).get(1));
                assertEquals("repg12f", SampleFiles.rowText(wb.getSheet("Repeaters"), 0).get(24));
                assertEquals(List.of("emiscode", "NE G1 Boys", "NE G1 Girls"),
                        SampleFiles.rowText(wb.getSheet("New entrants"), 0));
                assertEquals(List.of(WideWriter.TEACHER_HEADERS), SampleFiles.rowText(wb.getSheet("Teachers"), 0));
                assertEquals(List.of("School No", "Good", "Fair", "Poor"),
                        SampleFiles.rowText(wb.getSheet("Classrooms"), 0));
                assertEquals(List.of("School No", "Electricity", "Drinking water", "Handwashing", "Internet",
                        "Computers for teaching", "Adapted infrastructure", "Toilets girls", "Toilets boys",
                        "Toilets staff"), SampleFiles.rowText(wb.getSheet("Facilities"), 0));
                assertTrue(hasBlankRowInside(pupils), "blank rows in the middle of Pupils");
            }
        }
    }

    @Test
    void sexColumnForms() throws IOException {
        Path file = firstFile("2024/forms/D03");
        try (XSSFWorkbook wb = SampleFiles.open(file)) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet s = wb.getSheet("Form");
            assertLabels(s);
            int title = rowOf(s, GridFormWriter.ENROLMENT_TITLE);
            Row grades = s.getRow(title + 1);
            assertEquals("Pre-primary", grades.getCell(1).getStringCellValue());
            assertEquals("Grade 1", grades.getCell(3).getStringCellValue());
            assertEquals("Total", grades.getCell(27).getStringCellValue());
            assertTrue(isMerged(s, title + 1, 1, 2), "grade header merged over M and F");
            assertEquals("M", s.getRow(title + 2).getCell(1).getStringCellValue());
            assertEquals("F", s.getRow(title + 2).getCell(2).getStringCellValue());
            assertEquals("< 5 years", s.getRow(title + 3).getCell(0).getStringCellValue());
            assertEquals("16+ years", s.getRow(title + 15).getCell(0).getStringCellValue());
            assertEquals("Age unknown", s.getRow(title + 16).getCell(0).getStringCellValue());
            Row total = s.getRow(title + 17);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(27).getCachedFormulaResultType());
            int rep = rowOf(s, GridFormWriter.REPEATERS_TITLE);
            assertEquals("Repeaters", s.getRow(rep + 3).getCell(0).getStringCellValue());
            int ne = rowOf(s, GridFormWriter.NEW_ENTRANTS_TITLE);
            assertEquals(List.of("Age", "M", "F"), SampleFiles.rowText(s, ne + 1));
            assertEquals("8+ years", s.getRow(ne + 6).getCell(0).getStringCellValue());
            assertBlocks(s);
        }
    }

    @Test
    void sexRowForms() throws IOException {
        Path file = firstFile("2025/forms/D04");
        try (XSSFWorkbook wb = SampleFiles.open(file)) {
            Sheet s = wb.getSheet("Form");
            assertLabels(s);
            int title = rowOf(s, GridFormWriter.ENROLMENT_TITLE);
            Row grades = s.getRow(title + 1);
            assertEquals("Pre-primary", grades.getCell(2).getStringCellValue());
            assertEquals("Grade 12", grades.getCell(14).getStringCellValue());
            assertEquals("Total", grades.getCell(15).getStringCellValue());
            assertEquals("< 5 years", s.getRow(title + 2).getCell(0).getStringCellValue());
            assertTrue(isMerged(s, title + 2, 0, 0), "age label merged over two rows");
            assertEquals("M", s.getRow(title + 2).getCell(1).getStringCellValue());
            assertEquals("F", s.getRow(title + 3).getCell(1).getStringCellValue());
            assertEquals("Total", s.getRow(title + 2 + 28).getCell(0).getStringCellValue());
            int rep = rowOf(s, GridFormWriter.REPEATERS_TITLE);
            assertEquals("Repeaters", s.getRow(rep + 2).getCell(0).getStringCellValue());
            assertEquals("F", s.getRow(rep + 3).getCell(1).getStringCellValue());
            assertBlocks(s);
        }
    }

    @Test
    void rosters() throws IOException {
        Path file = firstFile("2025/rosters/D05");
        try (XSSFWorkbook wb = SampleFiles.open(file)) {
            assertEquals(List.of("School", "Pupils", "Staff"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet school = wb.getSheet("School");
            for (int i = 0; i < RosterWriter.SCHOOL_LABELS.length; i++) {
                assertEquals(RosterWriter.SCHOOL_LABELS[i], school.getRow(i).getCell(0).getStringCellValue());
            }
            assertEquals("Toilets for staff", school.getRow(school.getLastRowNum()).getCell(0).getStringCellValue());
            assertEquals(List.of(RosterWriter.PUPIL_HEADERS), SampleFiles.rowText(wb.getSheet("Pupils"), 0));
            List<String> staff = SampleFiles.rowText(wb.getSheet("Staff"), 0);
            assertEquals(List.of(RosterWriter.STAFF_HEADERS), staff.subList(0, 8));
            assertEquals("PP", staff.get(8));
            assertEquals("G12", staff.get(20));
            Cell dob = wb.getSheet("Pupils").getRow(1).getCell(3);
            assertTrue(dob.getCellType() == CellType.STRING || DateUtil.isCellDateFormatted(dob));
        }
    }

    private static void assertLabels(Sheet s) {
        for (String label : GridFormWriter.HEADER_LABELS) {
            int row = rowOf(s, label);
            assertNull(s.getRow(row).getCell(1));
            if (!label.equals("School name:")) {
                assertNotNull(s.getRow(row).getCell(2), label);
            }
        }
    }

    private static void assertBlocks(Sheet s) {
        for (String label : List.of("TEACHERS", "Female teachers", "Trained male teachers", "CLASSROOMS",
                "Classrooms in poor condition", "FACILITIES", "Adapted infrastructure", "Toilets for staff")) {
            rowOf(s, label);
        }
    }

    private static void assertNull(Object o) {
        assertEquals(null, o);
    }

    private static int rowOf(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("No row labelled " + text);
    }

    private static boolean isMerged(Sheet s, int row, int firstCol, int lastCol) {
        for (CellRangeAddress r : s.getMergedRegions()) {
            if (r.getFirstRow() == row && r.getFirstColumn() == firstCol && r.getLastColumn() == lastCol) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlankRowInside(Sheet s) {
        for (int r = 1; r < s.getLastRowNum(); r++) {
            if (s.getRow(r) == null) {
                return true;
            }
        }
        return false;
    }

    private static Path firstFile(String folder) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve(folder))) {
            Path f = files.sorted().findFirst().orElseThrow();
            assertFalse(f.toString().isEmpty());
            return f;
        }
    }
}
