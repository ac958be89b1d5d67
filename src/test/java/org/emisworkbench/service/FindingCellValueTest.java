package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.report.QueryWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value a finding shows is the value of the cell it cites: read here from the sample country's
 * own workbooks, cell by cell, not from the workbench.
 */
class FindingCellValueTest {
    @TempDir
    static Path dir;
    static Workbench workbench;
    static List<StoredFinding> all;
    static Map<String, Path> files = new HashMap<>();

    @BeforeAll
    static void open() throws Exception {
        workbench = SampleCountryFixture.copy(dir.resolve("census"));
        all = new ValidationService(workbench).findings(FindingFilter.all());
        try (Stream<Path> s = Files.walk(SampleCountryFixture.SAMPLES)) {
            // A school's form has the same name in 2024 and 2025: files are told apart by their year's folder.
            s.filter(p -> p.toString().endsWith(".xlsx")).forEach(p -> {
                Path rel = SampleCountryFixture.SAMPLES.relativize(p);
                String year = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                files.put(year + "/" + p.getFileName(), p);
            });
        }
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static Path file(Finding r) {
        return files.get(r.year() + "/" + r.source().file());
    }

    /** The cell's content as a school sees it: whole numbers without decimals, text as typed. */
    private static String shown(Cell c) {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        if (t == CellType.STRING) {
            return c.getStringCellValue();
        }
        if (t == CellType.ERROR) {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(c.getErrorCellValue()).getString();
        }
        return null;
    }

    /** A cell's content; for cells joined by {@code +} (the female and male teachers cited together), their sum. */
    private static String cellIn(Workbook wb, String sheet, String cell) {
        if (cell.contains("+")) {
            double sum = 0;
            for (String part : cell.split("\\+")) {
                String v = cellIn(wb, sheet, part);
                if (v == null || !v.trim().matches("-?\\d+(\\.\\d+)?")) {
                    return null;
                }
                sum += Double.parseDouble(v.trim());
            }
            return org.emisworkbench.model.Finding.figureText(sum);
        }
        var ref = new CellReference(cell);
        var sh = wb.getSheet(sheet);
        var row = sh == null ? null : sh.getRow(ref.getRow());
        return row == null ? null : shown(row.getCell(ref.getCol()));
    }

    @Test
    void teachersWithoutPupilsShowsTheTeachersItCites() throws Exception {
        List<StoredFinding> tch = all.stream().filter(f -> f.finding().ruleId().equals("TCH-01")
                && f.finding().source() != null && file(f.finding()) != null).toList();
        assertFalse(tch.isEmpty());
        for (StoredFinding f : tch) {
            var src = f.finding().source();
            try (InputStream in = Files.newInputStream(file(f.finding())); Workbook wb = WorkbookFactory.create(in)) {
                String expected = cellIn(wb, src.sheet(), src.cell());
                assertTrue(expected != null && Double.parseDouble(expected) > 0, src + " holds teachers: " + expected);
                assertEquals(expected, f.finding().cellValue(), f.finding().schoolCode() + " " + src);
            }
        }
    }

    @Test
    void everyValueShownIsTheContentOfItsCell() throws Exception {
        // Findings grouped by workbook so that each is opened once; a numeric value is compared as a number.
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (StoredFinding f : all) {
            var src = f.finding().source();
            if (src != null && src.cell() != null && src.cell().contains(":")) {
                assertEquals(null, f.finding().cellValue(), "a range holds no one value: " + src);
            } else if (f.finding().cellValue() != null && src != null && src.sheet() != null && file(f.finding()) != null) {
                byFile.computeIfAbsent(file(f.finding()).toString(), k -> new ArrayList<>()).add(f.finding());
            }
        }
        assertTrue(byFile.size() > 20, "values shown in " + byFile.size() + " files");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            try (InputStream in = Files.newInputStream(Path.of(e.getKey())); Workbook wb = WorkbookFactory.create(in)) {
                for (Finding r : e.getValue()) {
                    String inCell = cellIn(wb, r.source().sheet(), r.source().cell());
                    checked++;
                    if (!r.cellValue().equals(inCell == null ? null : inCell.trim())) {
                        wrong.add(r.ruleId() + " " + r.schoolCode() + " " + r.source() + ": shows " + r.cellValue()
                                + ", the cell holds " + inCell);
                    }
                }
            }
        }
        assertTrue(checked > 100, "values checked: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theQueryWorkbookShowsTheCellsValueAsAWholeNumber() throws Exception {
        StoredFinding f = all.stream().filter(s -> s.finding().ruleId().equals("TCH-01") && s.finding().cellValue() != null)
                .findFirst().orElseThrow();
        Path out = dir.resolve("q.xlsx");
        QueryWorkbook.write(new QueryWorkbook.SchoolQuery(f.finding().schoolCode(), "x", f.finding().district(),
                f.finding().year(), List.of(f.finding())), Locale.ENGLISH, LocalDate.of(2026, 1, 5), out);
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Cell value = wb.getSheetAt(0).getRow(QueryWorkbook.TABLE_ROW + 1).getCell(5);
            assertEquals(f.finding().cellValue(), new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(value));
            assertTrue(Double.parseDouble(f.finding().cellValue()) > 0, "teachers, not the pupils' 0");
        }
    }
}
