package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.report.QueryWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query workbooks for schools: header block, findings with their cells, escaped text. */
class QueryServiceTest {
    @TempDir
    Path dir;

    private static Sheet first(Workbook wb) {
        return wb.getSheetAt(0);
    }

    @Test
    void aSchoolsQueryListsItsFindingsWithCellAndAnswerColumn() throws Exception {
        Path db = ReportFixture.create(dir);
        Path file;
        try (Workbench wb = Workbench.open(db)) {
            file = new QueryService(wb).forSchool(2024, "S3", Locale.ENGLISH, dir.resolve("q"));
        }
        assertEquals("query-2024-S3.xlsx", file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = first(wb);
            assertEquals("S3", sh.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Bela School", sh.getRow(2).getCell(1).getStringCellValue());
            assertEquals("2024", sh.getRow(4).getCell(1).getStringCellValue());
            Row header = sh.getRow(QueryWorkbook.TABLE_ROW);
            assertEquals("Your answer", header.getCell(6).getStringCellValue());
            Row first = sh.getRow(QueryWorkbook.TABLE_ROW + 1);
            // The school reads its figure in words, not the officer's message (which starts with '=' in the
            // fixture; a message kept for another pack stays text: QueryWorkbookSchoolTextTest).
            assertEquals("Your return shows about 50 pupils for each teacher, more than we would expect. "
                    + "Please check the numbers of pupils and teachers.", first.getCell(2).getStringCellValue());
            assertEquals("Teachers", first.getCell(3).getStringCellValue());
            assertEquals("F12", first.getCell(4).getStringCellValue());
            // The value found is the figure the sentence is about, the ratio of 50 (review 22), not the cited
            // cell's 2 teachers.
            assertEquals(50.0, first.getCell(5).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void aDistrictGetsOneWorkbookPerSchoolWithFindingsInFrench() throws Exception {
        Path db = ReportFixture.create(dir);
        List<Path> files;
        try (Workbench wb = Workbench.open(db)) {
            files = new QueryService(wb).forDistrict(2024, "D01", Locale.FRENCH, dir.resolve("d01"), Progress.NONE,
                    Cancellation.none());
        }
        assertEquals(1, files.size(), "only S1 has an open finding in D01");
        try (InputStream in = Files.newInputStream(files.get(0)); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = first(wb);
            assertEquals("Questions", sh.getSheetName());
            assertTrue(sh.getRow(0).getCell(0).getStringCellValue().startsWith("Questions à l'école"));
            // The fixture's finding names no peers' median: the school is asked to check, given no wrong figure.
            assertEquals("Veuillez vérifier ce chiffre de votre questionnaire.",
                    sh.getRow(QueryWorkbook.TABLE_ROW + 1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void aSchoolNameThatIsAFormulaStaysText() throws Exception {
        Path db = ReportFixture.create(dir);
        Path file;
        try (Workbench wb = Workbench.open(db)) {
            file = new QueryService(wb).forSchool(2024, "S2", Locale.ENGLISH, dir);
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("'" + ReportFixture.EVIL_NAME, first(wb).getRow(2).getCell(1).getStringCellValue());
            assertEquals("No open finding for this school.", first(wb).getRow(6).getCell(0).getStringCellValue());
        }
    }
}
