package org.emisworkbench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27 (F1, F4): a grid reading one row of a table under which other rows of figures stand (a wide sheet of
 * schools read as one school's form) reads the first row and reports the others, never overwriting the first with
 * the last in silence; two grids finding the same table store each cell's figure once and the import says so,
 * naming the cells and both grids. Workbooks written here with POI.
 */
class FiguresReadOnceTest {
    private static final int ROWS = 4;
    private static final int GRADES = 3;

    private static int boys(int r, int g) {
        return 40 + 7 * r + 2 * g;
    }

    private static int girls(int r, int g) {
        return boys(r, g) - 3 - r;
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String t) {
                row.createCell(i).setCellValue(t);
            } else if (values[i] instanceof Integer n) {
                row.createCell(i).setCellValue(n);
            }
        }
    }

    private static Path write(Path dir, XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static RecordingSink read(Path file, String template) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new GridInterpreter().interpret(w, TemplateLoader.parse(template, "t", null),
                    Fixtures.context(file.getFileName().toString(), 2024), sink);
        }
        return sink;
    }

    /** The figures stored for one sex, grade by grade. */
    private static List<Integer> stored(RecordingSink sink, Sex sex) {
        int[] values = sink.fact("SCH-01", org.emisworkbench.model.Topic.ENROLMENT, sex,
                org.emisworkbench.model.AgeGroup.ALL).orElseThrow().values();
        return java.util.Arrays.stream(values).filter(v -> v != FactRecord.MISSING).boxed().toList();
    }

    /** Every cell a stored figure came from, once per figure. */
    private static List<String> sources(RecordingSink sink) {
        List<String> out = new ArrayList<>();
        for (FactRecord f : sink.facts) {
            for (int i = 0; i < f.values().length; i++) {
                if (f.sources()[i] != null && f.values()[i] != FactRecord.MISSING) {
                    out.add(f.sheet() + "!" + f.sources()[i]);
                }
            }
        }
        return out;
    }

    @Test
    void aGridReadingOneRowReportsTheOtherRowsUnderItsHeader(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        row(s, 0, "School code:", "SCH-01");
        row(s, 2, "ENROLMENT BY GRADE AND SEX");
        List<Object> upper = new ArrayList<>(java.util.Arrays.asList("Name"));
        List<Object> lower = new ArrayList<>(java.util.Arrays.asList((Object) null));
        for (int g = 1; g <= GRADES; g++) {
            upper.addAll(java.util.Arrays.asList("Grade " + g, null));
            lower.addAll(List.of("Boys", "Girls"));
            s.addMergedRegion(new CellRangeAddress(3, 3, 1 + 2 * (g - 1), 2 + 2 * (g - 1)));
        }
        row(s, 3, upper.toArray());
        row(s, 4, lower.toArray());
        for (int r = 0; r < ROWS; r++) {
            List<Object> values = new ArrayList<>(List.of("Site " + (r + 1)));
            for (int g = 1; g <= GRADES; g++) {
                values.addAll(List.of(boys(r, g), girls(r, g)));
            }
            row(s, 5 + r, values.toArray());
        }
        Path file = write(dir, wb, "sites.xlsx");
        RecordingSink sink = read(file, """
                {"id": "one-row", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Return"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT BY GRADE AND SEX"], "rows": "none",
                              "sexLayout": "columns"}]}]}
                """);
        // The first row's figures are kept, never replaced by a later row's.
        List<Integer> expectedBoys = new ArrayList<>();
        List<Integer> expectedGirls = new ArrayList<>();
        for (int g = 1; g <= GRADES; g++) {
            expectedBoys.add(boys(0, g));
            expectedGirls.add(girls(0, g));
        }
        assertEquals(expectedBoys, stored(sink, Sex.M), "the first row's boys");
        assertEquals(expectedGirls, stored(sink, Sex.F), "the first row's girls");
        assertEquals(GRADES * 2, sources(sink).size(), sources(sink).toString());
        // The other rows' figures are said, with their cells: nothing dropped in silence.
        List<ImportProblem> unread = sink.problems(ProblemKind.UNREAD_FIGURES);
        assertEquals(1, unread.size(), sink.problems.toString());
        String last = org.emisworkbench.model.CellRef.columnLetters(2 * GRADES) + (5 + ROWS);
        assertEquals("B7:" + last, unread.get(0).cell(), unread.toString());
        assertTrue(unread.get(0).detail().contains(String.valueOf((ROWS - 1) * GRADES * 2)), unread.toString());
    }

    @Test
    void twoGridsFindingOneTableStoreEachFigureOnceAndSaySo(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("District");
        row(s, 0, "Code école", "12345");
        row(s, 1, "Année scolaire : 2024-2025");
        row(s, 3, "Classe", "Garçons", "Filles");
        String[] grades = {"CP1", "CP2", "CE1"};
        for (int g = 0; g < grades.length; g++) {
            row(s, 4 + g, grades[g], boys(0, g + 1), girls(0, g + 1));
        }
        Path file = write(dir, wb, "gorgol.xlsx");
        RecordingSink sink = read(file, """
                {"id": "twice", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["District"], "required": ["school.code"],
                   "labels": [{"labels": ["Code école"], "field": "school.code"}],
                   "grids": [{"field": "enrolment", "titles": ["Année scolaire"], "rows": "grade", "sexLayout": "columns"},
                             {"field": "enrolment", "titles": ["Classe"], "rows": "grade", "sexLayout": "columns"},
                             {"field": "enrolment", "titles": ["Classe"], "rows": "grade", "sexLayout": "columns"}]}]}
                """);
        List<String> cells = sources(sink);
        assertEquals(grades.length * 2, cells.size(), "each of the table's cells stored once: " + cells);
        assertEquals(cells.size(), cells.stream().distinct().count(), cells.toString());
        long stored = sink.facts.stream().flatMapToInt(f -> java.util.Arrays.stream(f.values()))
                .filter(v -> v != FactRecord.MISSING).asLongStream().sum();
        long expected = 0;
        for (int g = 1; g <= grades.length; g++) {
            expected += boys(0, g) + girls(0, g);
        }
        assertEquals(expected, stored, "the school's enrolment, counted once");
        List<ImportProblem> twice = sink.problems(ProblemKind.VALUE_CLASH);
        assertEquals(2, twice.size(), "one problem for each grid reading the table again: " + sink.problems);
        for (ImportProblem p : twice) {
            assertTrue(p.detail().contains("B5") && p.detail().contains("C7"), p.detail());
            assertTrue(p.detail().contains("#1") && p.detail().contains("\"Classe\""), p.detail());
        }
    }
}
