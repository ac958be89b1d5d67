package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An anglophone district table: a banner of four rows, the schools, a TOTAL row, a blank row and the
 * table's source in the code column. The source is the table's note, not a "banner row above the header".
 */
class WideNoteInCodeColumnTest {
    /** Grade 1 boys and girls of the two schools. */
    private static final int[][] PUPILS = {{21, 20}, {24, 22}};
    private static final int BANNER_ROWS = 4;

    @TempDir
    java.nio.file.Path dir;

    /** The same table in a file whose name gives no year: the drafted template reads it from the banner. */
    @Test
    void theDraftReadsTheYearFromTheBannerWhenTheFileNameHasNone() throws Exception {
        try (XSSFWorkbook wb = kabwe()) {
            DraftedImports.Run run = new DraftedImports(dir, 2024, new TemplateWorkshop(TemplateCatalog.load(null)))
                    .draftCheckImport(wb, "kabwe-census.xlsx");
            assertEquals(true, run.json().contains("\"labels\" : [ \"ANNUAL SCHOOL CENSUS\" ]"), run.json());
            assertEquals(Integer.valueOf(2024), run.check().year(), "the check reads the year too");
            FileResult f = run.result();
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(Integer.valueOf(2024), f.year());
            assertEquals(2, f.schoolsAdded());
        }
    }

    private static XSSFWorkbook kabwe() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        String[] banner = {"MINISTRY OF EDUCATION", "KABWE DISTRICT EDUCATION BOARD", "ANNUAL SCHOOL CENSUS 2024",
            "Table 3: Enrolment by Grade and Sex"};
        for (int r = 0; r < banner.length; r++) {
            s.createRow(r).createCell(0).setCellValue(banner[r]);
        }
        Row h = s.createRow(4);
        String[] headers = {"EMIS Code", "School Name", "Grade 1 Boys", "Grade 1 Girls"};
        for (int c = 0; c < headers.length; c++) {
            h.createCell(c).setCellValue(headers[c]);
        }
        for (int i = 0; i < PUPILS.length; i++) {
            Row r = s.createRow(5 + i);
            r.createCell(0).setCellValue("ZM-410" + (i + 1));
            r.createCell(1).setCellValue("School " + (i + 1));
            r.createCell(2).setCellValue(PUPILS[i][0]);
            r.createCell(3).setCellValue(PUPILS[i][1]);
        }
        return wb;
    }

    @Test
    void aSourceLineInTheCodeColumnUnderTheSchoolsIsANote() throws Exception {
        String template = """
                {"id": "kabwe", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Enrolment"], "key": ["EMIS Code"],
                   "columns": [{"headers": ["School Name"], "field": "school.name"},
                               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        try (XSSFWorkbook wb = kabwe(); TemplateImports imports = new TemplateImports(dir)) {
            Sheet s = wb.getSheet("Enrolment");
            Row total = s.createRow(7);
            total.createCell(0).setCellValue("TOTAL");
            total.createCell(2).setCellValue(PUPILS[0][0] + PUPILS[1][0]);
            total.createCell(3).setCellValue(PUPILS[0][1] + PUPILS[1][1]);
            s.createRow(9).createCell(0).setCellValue("Source: Kabwe DEBS, Planning Unit, March 2024");

            FileResult f = imports.importWith(wb, "kabwe-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(2, f.schoolsAdded());
            assertEquals(1, f.skipped().getOrDefault(SkipReason.NOTE_ROW, 0), f.skipped().toString());
            assertEquals(BANNER_ROWS, f.skipped().getOrDefault(SkipReason.BANNER_ROW, 0), f.skipped().toString());
            assertEquals(1, f.skipped().getOrDefault(SkipReason.TOTAL_ROW, 0), f.skipped().toString());
            assertEquals(0, f.problemCount(), f.problems().toString());
        }
    }
}
