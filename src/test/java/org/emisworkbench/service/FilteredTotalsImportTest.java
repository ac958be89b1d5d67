package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A district list filtered in Excel (an AutoFilter, or an Excel table with a filtered column) whose totals row is
 * {@code SUBTOTAL(109, …)}: the total is of the shown rows only. It is no TOTAL_MISMATCH (the hidden rows are
 * imported all the same), the hidden-rows warning says the sheet's filter hides them; a total typed wrong is
 * still a mismatch. Written by the test; the sums are worked out here.
 */
class FilteredTotalsImportTest {
    private static final String TEMPLATE = """
            {"id": "filtered", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Schools"], "key": ["School code"],
               "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    /** code, Grade 1 F, Grade 1 M, hidden by the filter. */
    private static final Object[][] ROWS = {
        {"FT-01", 21, 19, false}, {"FT-02", 30, 28, true}, {"FT-03", 14, 17, false},
        {"FT-04", 40, 35, true}, {"FT-05", 9, 12, false}, {"FT-06", 25, 26, false}};

    private Path workbook(String style, boolean typedWrong) throws Exception {
        Path file = dir.resolve(style + (typedWrong ? "-wrong" : "") + "-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("Schools");
            String[] headers = {"School code", "Grade 1 F", "Grade 1 M"};
            XSSFRow h = s.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            int[] shown = new int[3];
            for (int i = 0; i < ROWS.length; i++) {
                XSSFRow r = s.createRow(i + 1);
                r.createCell(0).setCellValue((String) ROWS[i][0]);
                for (int c = 1; c <= 2; c++) {
                    r.createCell(c).setCellValue((Integer) ROWS[i][c]);
                    shown[c] += (Boolean) ROWS[i][3] ? 0 : (Integer) ROWS[i][c];
                }
                r.setZeroHeight((Boolean) ROWS[i][3]);
            }
            int last = ROWS.length + 1;
            XSSFRow total = s.createRow(last);
            total.createCell(0).setCellValue("Total");
            for (int c = 1; c <= 2; c++) {
                XSSFCell cell = total.createCell(c);
                String col = c == 1 ? "B" : "C";
                cell.setCellFormula("SUBTOTAL(109," + col + "2:" + col + last + ")");
                // The result Excel saved: the shown rows' sum (one more when the test types it wrong).
                cell.getCTCell().setV(Integer.toString(shown[c] + (typedWrong ? 1 : 0)));
            }
            if (style.equals("autofilter")) {
                s.setAutoFilter(CellRangeAddress.valueOf("A1:C" + last));
            } else {
                XSSFTable t = s.createTable(new AreaReference("A1:C" + (last + 1), SpreadsheetVersion.EXCEL2007));
                t.getCTTable().setTotalsRowCount(1);
                var filter = t.getCTTable().isSetAutoFilter() ? t.getCTTable().getAutoFilter()
                        : t.getCTTable().addNewAutoFilter();
                filter.setRef("A1:C" + last);
            }
            wb.write(out);
        }
        return style.equals("table") ? withFilteredColumn(file) : file;
    }

    /** The table's autoFilter given a filtered first column, as Excel writes it (the rows it hides are hidden). */
    private static Path withFilteredColumn(Path file) throws Exception {
        Path out = file.resolveSibling("filtered-" + file.getFileName());
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
             var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().startsWith("xl/tables/")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    String filtered = xml.replaceFirst("<autoFilter ref=\"([A-Z0-9:]+)\"\\s*/>",
                            "<autoFilter ref=\"$1\"><filterColumn colId=\"0\"><filters><filter val=\"FT-01\"/>"
                                    + "</filters></filterColumn></autoFilter>");
                    assertTrue(filtered.contains("filterColumn"), xml);
                    bytes = filtered.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }

    private FileResult importFile(Path file) throws Exception {
        Path template = Files.writeString(dir.resolve("t.json"), TEMPLATE);
        try (TemplateImports imports = new TemplateImports(Files.createDirectories(dir.resolve(file.getFileName() + "-w")))) {
            return new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), 2024), Progress.NONE, Cancellation.none())
                    .files().get(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"autofilter", "table"})
    void aTotalOfTheShownRowsIsNoMismatchAndTheFilterIsNamed(String style) throws Exception {
        FileResult f = importFile(workbook(style, false));
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(ROWS.length, f.schoolsAdded(), "the hidden rows are imported too");
        assertFalse(f.problems().stream().anyMatch(p -> p.kind().equals("TOTAL_MISMATCH")), f.problems().toString());
        assertEquals(1, f.hiddenRows().size());
        assertTrue(f.hiddenRows().get(0).filtered(), f.hiddenRows().toString());
        assertEquals(List.of(2, 4), f.hiddenRows().get(0).rows());
        String warning = f.warningSummary().english();
        assertTrue(warning.startsWith("Schools: 2 row(s) hidden by the sheet's filter read (rows 3, 5)"), warning);
        assertTrue(f.warnings().stream().anyMatch(m -> m.in(Locale.FRENCH).contains("masquée(s) par le filtre")),
                f.warnings().toString());

        FileResult wrong = importFile(workbook(style, true));
        assertEquals(2, wrong.problems().stream().filter(p -> p.kind().equals("TOTAL_MISMATCH"))
                .mapToInt(p -> p.count()).sum(), wrong.problems().toString());
    }
}
