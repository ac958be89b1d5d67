package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.report.QueryWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's query workbook asks the school what it can answer (a blank figure, a pupil-teacher ratio) and leaves
 * out what is about how the officer's template reads its form (figures in a column the template does not read, a
 * table of the template not on the form), saying how many it left out. A ratio two rules check (PTR-01 above 100,
 * PTR-02 outside 10 to 70) is asked once, its value found the ratio, with the cells it rests on. The form is written
 * here: a school's sheet with its code in a cell, a table of classes with boys and girls and a repeaters column the
 * template does not describe, one girls' figure left blank, and the teachers on one line.
 */
class QueryOfficerFindingsTest {
    private static final String TEMPLATE = """
            {"id": "one-school-forms", "version": 1, "layout": "grid", "schools": "sheet",
             "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
               "labels": [
                 {"labels": ["School code"], "field": "school.code"},
                 {"labels": ["School name"], "field": "school.name"},
                 {"labels": ["Teachers"], "column": ["Men"], "field": "teachers.total", "sex": "M"},
                 {"labels": ["Teachers"], "column": ["Women"], "field": "teachers.total", "sex": "F"}],
               "grids": [
                 {"field": "enrolment", "titles": ["Class"], "rows": "grade"},
                 {"field": "repeaters", "titles": ["Repeaters by class"], "rows": "grade"}]}]}
            """;

    @Test
    void theSchoolIsAskedWhatItCanAnswerAndTheRatioOnce(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Mlimani");
        row(s, 0, "Primary school return 2024");
        row(s, 1, "School code", "PS7701");
        row(s, 2, "School name", "Mlimani Primary");
        row(s, 4, "Class", "Boys", "Girls", "Repeaters");
        // Std 3 girls left blank (C8): the school gave Std 3 boys and the girls of the other classes.
        Object[][] classes = {{"Std 1", 120, 110, 9}, {"Std 2", 100, 95, 7}, {"Std 3", 90, null, 5},
            {"Std 4", 80, 75, 4}};
        int pupils = 0;
        for (int i = 0; i < classes.length; i++) {
            row(s, 5 + i, classes[i]);
            pupils += (Integer) classes[i][1] + (classes[i][2] == null ? 0 : (Integer) classes[i][2]);
        }
        row(s, 11, "Teachers", "Men", 1, "Women", 2);
        long ratio = Math.round(pupils / 3.0); // 670 pupils for 3 teachers: 223

        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "mlimani.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            List<StoredFinding> all = t.validate(2024);
            // The officer's findings are there: the repeaters column not read, the repeaters table not found.
            assertEquals(1, TemplateImports.of(all, "IMP-16", "PS7701").size(), all.toString());
            assertEquals(1, TemplateImports.of(all, "IMP-29", "PS7701").size(), all.toString());
            assertEquals(1, TemplateImports.of(all, "IMP-36", "PS7701").size(), all.toString());
            assertEquals(1, TemplateImports.of(all, "PTR-01", "PS7701").size(), all.toString());
            assertEquals(1, TemplateImports.of(all, "PTR-02", "PS7701").size(), all.toString());

            QueryService.Written w = new QueryService(t.workbench).school(2024, "PS7701", Locale.ENGLISH,
                    dir.resolve("q"), false);
            assertEquals(2, w.officerOnly());
            assertTrue(w.leftOut().in(Locale.ENGLISH).startsWith("2 findings about how the template reads the form"),
                    w.leftOut().in(Locale.ENGLISH));

            List<List<String>> lines = lines(w.files().get(0));
            List<String> said = lines.stream().map(l -> l.get(2)).toList();
            assertTrue(said.stream().noneMatch(m -> m.contains("place the form does not expect")
                    || m.contains("was not found")), said.toString());
            List<List<String>> blank = lines.stream().filter(l -> l.get(2).contains("left blank")).toList();
            assertEquals(1, blank.size(), said.toString());
            assertEquals(List.of("Mlimani", "C8"), blank.get(0).subList(3, 5));

            List<List<String>> ptr = lines.stream().filter(l -> l.get(2).contains("pupils for each teacher")).toList();
            assertEquals(1, ptr.size(), said.toString());
            assertEquals("Warning", ptr.get(0).get(1));
            assertTrue(ptr.get(0).get(2).contains("about " + ratio + " pupils"), ptr.get(0).get(2));
            assertEquals(Long.toString(ratio), ptr.get(0).get(5));
            // The pupils read (B6:B9, C6:C7 and C9, C8 being blank) and the teachers (C12, E12).
            assertEquals("B6:B9, C6:C7, C9, C12, E12", ptr.get(0).get(4));
        }
    }

    /** The findings table: No., severity, message, sheet, cell, value found (as shown), one list per line. */
    private static List<List<String>> lines(Path file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sh = wb.getSheetAt(0);
            for (int r = QueryWorkbook.TABLE_ROW + 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                List<String> line = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    line.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
                }
                out.add(line);
            }
        }
        assertFalse(out.isEmpty(), "the workbook lists findings");
        return out;
    }
}
