package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.HiddenRows;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review 26 (F5, F10, F11): what is read on hidden rows and hidden columns is named, and only that. A school return
 * (Philippines style: labels, then a table of Male | Female | Total under each grade) whose clerk grouped the row of
 * learners with disabilities out of sight and hid a column of figures; a district list with a hidden school row and
 * hidden columns. A hidden row or column the template takes a figure from is named in the import and the check
 * (with its cells, for a column); one it reads nothing from (a table a roster template leaves out, a column of
 * remarks, a column the template ignores) is not. Workbooks written by the test, in .xlsx and .xls.
 */
class HiddenColumnsImportTest {
    private static final int YEAR = 2024;

    /** The form's table read as three grids (enrolment, repeaters, disabled), one row each, under two grades. */
    private static final String GRID = """
            {"id": "ph-grid", "version": 1, "layout": "grid",
             "codeLists": {"topic": {"disabled": ["Learners with Disabilities"]}},
             "sheets": [{"names": ["Enrollment"], "required": ["school.code"],
               "labels": [
                 {"labels": ["School ID"], "field": "school.code"},
                 {"labels": ["School Name"], "field": "school.name"},
                 {"labels": ["Number of Classrooms"], "field": "classrooms.total"}],
               "grids": [
                 {"field": "enrolment", "titles": ["Number of Classrooms"], "rows": "none"},
                 {"field": "repeaters", "titles": ["Number of Classrooms"], "rows": "none"},
                 {"field": "disabled", "titles": ["Number of Classrooms"], "rows": "none"}]}]}
            """;

    /** The same return read for its teachers only: the form's labels and the staff roster, not its table. */
    private static final String ROSTER = """
            {"id": "ph-roster", "version": 1, "layout": "roster",
             "codeLists": {"staff_type": {"teaching": ["Teacher I", "Teacher II"]}},
             "sheets": [
               {"names": ["Enrollment"], "required": ["school.code"],
                "labels": [
                  {"labels": ["School ID"], "field": "school.code"},
                  {"labels": ["School Name"], "field": "school.name"},
                  {"labels": ["Number of Classrooms"], "field": "classrooms.total"}]},
               {"names": ["Teachers"], "kind": "staff",
                "columns": [
                  {"headers": ["Sex"], "field": "staff.sex"},
                  {"headers": ["Position"], "field": "staff.type"}],
                "ignore": ["Name of Personnel"]}]}
            """;

    @TempDir
    Path dir;

    /** Figures of the form's table: [row: enrolment, repeaters, disabled][grade 1, 2][male, female]. */
    private final int[][][] table = new int[3][2][2];

    /**
     * The form: labels in A2:C5, the header on rows 7-8 (Grade 1 over B:D, Grade 2 over E:G, each Male | Female |
     * Total), rows 9-11 Enrollment, Repeaters, Learners with Disabilities (row 11 hidden, as Excel's grouping leaves
     * it), a note on row 13. Hidden: column F (Grade 2 Female, figures), column D (Grade 1 Total: a total, checked and
     * never stored) and column J (the encoder's remarks, words the template does not read). A Teachers roster.
     */
    private Path form(String kind) throws Exception {
        return form(kind, false);
    }

    /** As {@link #form(String)}; {@code hiddenTeacher}: the roster's second teacher (row 5) and its Sex column hidden. */
    private Path form(String kind, boolean hiddenTeacher) throws Exception {
        Random rnd = new Random(2611);
        Path file = dir.resolve("PH-104523." + kind);
        try (Workbook wb = kind.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrollment");
            s.createRow(0).createCell(0).setCellValue("SCHOOL ENROLLMENT REPORT, SY 2024-2025");
            String[][] labels = {{"School ID:", "104523"}, {"School Name:", "Bagong Silang ES"}};
            for (int i = 0; i < labels.length; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue(labels[i][0]);
                r.createCell(2).setCellValue(labels[i][1]);
            }
            Row rooms = s.createRow(4);
            rooms.createCell(0).setCellValue("Number of Classrooms:");
            rooms.createCell(2).setCellValue(9);
            Row grades = s.createRow(6);
            Row sexes = s.createRow(7);
            grades.createCell(0).setCellValue("Category");
            s.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
            for (int g = 0; g < 2; g++) {
                int c = 1 + 3 * g;
                grades.createCell(c).setCellValue("Grade " + (g + 1));
                s.addMergedRegion(new CellRangeAddress(6, 6, c, c + 2));
                sexes.createCell(c).setCellValue("Male");
                sexes.createCell(c + 1).setCellValue("Female");
                sexes.createCell(c + 2).setCellValue("Total");
            }
            String[] rowLabels = {"Enrollment", "Repeaters", "Learners with Disabilities"};
            for (int t = 0; t < 3; t++) {
                Row r = s.createRow(8 + t);
                r.createCell(0).setCellValue(rowLabels[t]);
                for (int g = 0; g < 2; g++) {
                    int m = t == 0 ? 20 + rnd.nextInt(40) : rnd.nextInt(4);
                    int f = t == 0 ? 20 + rnd.nextInt(40) : rnd.nextInt(4);
                    table[t][g][0] = m;
                    table[t][g][1] = f;
                    r.createCell(1 + 3 * g).setCellValue(m);
                    r.createCell(2 + 3 * g).setCellValue(f);
                    r.createCell(3 + 3 * g).setCellValue(m + f);
                }
            }
            s.getRow(10).setZeroHeight(true);
            s.getRow(8).createCell(9).setCellValue("checked by JK");
            s.createRow(12).createCell(0).setCellValue("Note: enrollment as of August 31, 2024.");
            s.setColumnHidden(5, true);
            s.setColumnHidden(3, true);
            s.setColumnHidden(9, true);
            Sheet t = wb.createSheet("Teachers");
            String[] header = {"Name of Personnel", "Sex", "Position"};
            Row h = t.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            String[][] people = {{"Reyes, Ana", "Female", "Teacher I"}, {"Cruz, Jose", "Male", "Teacher II"},
                {"Santos, Liza", "Female", "Teacher I"}};
            for (int i = 0; i < people.length; i++) {
                Row r = t.createRow(3 + i);
                for (int c = 0; c < 3; c++) {
                    r.createCell(c).setCellValue(people[i][c]);
                }
            }
            if (hiddenTeacher) {
                t.getRow(4).setZeroHeight(true);
                t.setColumnHidden(1, true);
            }
            wb.write(out);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFormsHiddenRowAndColumnOfFiguresAreNamedWithTheirCells(String kind) throws Exception {
        Path file = form(kind);
        Path template = Files.writeString(dir.resolve("grid.json"), GRID);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            // Everything was read, hidden or not: Grade 2 girls from hidden column F, the hidden row's learners.
            Topic[] topics = {Topic.ENROLMENT, Topic.REPEATERS, Topic.DISABLED};
            for (int t = 0; t < 3; t++) {
                for (int g = 0; g < 2; g++) {
                    for (int x = 0; x < 2; x++) {
                        Sex sex = x == 0 ? Sex.M : Sex.F;
                        String cell = "Enrollment!" + (char) ('B' + 3 * g + x) + (9 + t);
                        var figure = imports.workbench.whereFrom("104523", YEAR, topics[t], g + 1, sex, AgeGroup.ALL)
                                .orElseThrow(() -> new AssertionError(cell));
                        assertEquals(table[t][g][x], figure.value(), cell);
                        assertEquals(cell, figure.source().sheetCell());
                    }
                }
            }
            // Named: the hidden row 11 and the hidden column F with its three cells. Not the hidden total column D
            // (checked, never stored) nor column J (remarks the template does not read). A form lists no schools
            // down its rows: no word of a school given again on a visible row.
            HiddenRows h = only(f.hiddenRows());
            assertEquals(List.of(10), h.rows());
            assertEquals(List.of(5), h.columns());
            assertEquals(List.of("F9:F11"), h.columnCells());
            assertFalse(h.schoolRows());
            List<Message> expected = List.of(Message.of("import.hiddenRowsRead", "Enrollment", 1, "11"),
                    Message.of("import.hiddenColumns", "Enrollment", 1, "F", "F9:F11"));
            assertEquals(expected, hiddenWarnings(f.warnings()));
            assertEquals(List.of("Enrollment: 1 hidden row(s) read (rows 11): Excel hides them, yet they are in the "
                    + "file and what the template reads on them was imported like the rest. Check they belong in this "
                    + "return (not an old figure kept out of sight); if not, delete them or clear their cells, and "
                    + "import the file again",
                    "Enrollment: 1 hidden column(s) read (columns F; cells F9:F11): Excel hides them, yet they are in "
                    + "the file and the figures the template reads in them were imported like the others. Unhide "
                    + "them in Excel and check they belong in this return (not an old figure or a working copy); if "
                    + "not, delete them and import the file again"),
                    expected.stream().map(Message::english).toList());
            assertFalse(f.warningSummary().english().contains("DUPLICATE_SCHOOL"), f.warningSummary().english());
            assertTrue(expected.get(1).in(Locale.FRENCH).startsWith(
                    "Enrollment : 1 colonne(s) masquée(s) lue(s) (colonnes F ; cellules F9:F11)"),
                    expected.get(1).in(Locale.FRENCH));
            assertTrue(expected.get(1).in(Locale.forLanguageTag("pt")).startsWith(
                    "Enrollment: 1 coluna(s) oculta(s) lida(s) (colunas F; células F9:F11)"),
                    expected.get(1).in(Locale.forLanguageTag("pt")));

            // The check names the same, before anything is stored.
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            assertEquals(f.hiddenRows(), check.hiddenRows());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void hiddenRowsAndColumnsTheTemplateReadsNothingFromAreNotNamed(String kind) throws Exception {
        Path file = form(kind);
        Path template = Files.writeString(dir.resolve("roster.json"), ROSTER);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            // The roster template reads the form's labels and its teachers, nothing on hidden row 11 nor in the
            // hidden columns D, F and J: nothing hidden is said to be imported (review 26, F5).
            assertEquals(List.of(), f.hiddenRows());
            assertEquals(List.of(), hiddenWarnings(f.warnings()));
            // The table it leaves out is said (F5's first half), its hidden row among it: one block, the hidden total
            // column D between the grades joining the figures of its rows (decision 0088), and only its figures
            // counted, 2 grades × 2 sexes × 3 topics.
            List<FileResult.UnreadColumn> unread = f.unreadColumns();
            assertEquals(List.of("B9:F11"), unread.stream().map(FileResult.UnreadColumn::column).toList(),
                    unread.toString());
            assertEquals(12, unread.get(0).figures(), unread.toString());
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            assertEquals(List.of(), check.hiddenRows());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aRostersHiddenPersonAndHiddenColumnAreNamed(String kind) throws Exception {
        Path file = form(kind, true);
        Path template = Files.writeString(dir.resolve("roster.json"), ROSTER);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            // The teacher on hidden row 5 is counted, his sex read from hidden column B: both named, the column
            // with the cells the counts came from. The Enrollment sheet's hidden lines still give nothing.
            int total = Topic.TEACHERS.fixedSlots().indexOf("total");
            assertEquals(1, imports.workbench.whereFrom("104523", YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                    .orElseThrow().value());
            assertEquals(2, imports.workbench.whereFrom("104523", YEAR, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                    .orElseThrow().value());
            HiddenRows h = only(f.hiddenRows());
            assertEquals("Teachers", h.sheet());
            assertFalse(h.schoolRows(), "a list of people, not of schools");
            assertEquals(List.of(Message.of("import.hiddenRowsRead", "Teachers", 1, "5"),
                    Message.of("import.hiddenColumns", "Teachers", 1, "B", "B4:B6")), hiddenWarnings(f.warnings()));
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            assertEquals(f.hiddenRows(), check.hiddenRows());
        }
    }

    /** A district list: code, name, remarks (hidden, words), Year 1 Male, Year 1 Female, Old Year 1 Female. */
    private static final String LIST = """
            {"id": "hidden-columns", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment 2024"], "key": ["School code"],
               "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"patterns": ["Year {grade} {sex}"], "field": "enrolment"}],
               "ignore": ["Old Year 1 Female", "Remarks"]}]}
            """;

    @Test
    void aListsHiddenSchoolRowAndHiddenColumnOfFiguresAreNamedNotItsOtherHiddenColumns() throws Exception {
        Random rnd = new Random(2612);
        Path file = dir.resolve("tafea-2024.xlsx");
        int[][] figures = new int[4][2];
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment 2024");
            Row banner = s.createRow(0);
            banner.createCell(0).setCellValue("Draft - do not circulate");
            banner.setZeroHeight(true); // hidden, above the header: nothing read from it
            String[] headers = {"School code", "School name", "Remarks", "Year 1 Male", "Year 1 Female",
                "Old Year 1 Female"};
            Row h = s.createRow(1);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < figures.length; i++) {
                Row r = s.createRow(2 + i);
                figures[i][0] = 10 + rnd.nextInt(50);
                figures[i][1] = 10 + rnd.nextInt(50);
                r.createCell(0).setCellValue("VU-130" + i);
                r.createCell(1).setCellValue("School " + i);
                r.createCell(2).setCellValue(i % 2 == 0 ? "ok" : "late");
                r.createCell(3).setCellValue(figures[i][0]);
                r.createCell(4).setCellValue(figures[i][1]);
                r.createCell(5).setCellValue(figures[i][1] - 3);
            }
            s.getRow(4).setZeroHeight(true); // the third school's row
            s.setColumnHidden(2, true);      // remarks: words the template ignores
            s.setColumnHidden(4, true);      // Year 1 Female: figures read
            s.setColumnHidden(5, true);      // last year's figures, ignored on purpose
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("list.json"), LIST);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            for (int i = 0; i < figures.length; i++) {
                var g1 = new SchoolDetails(imports.workbench).figures("VU-130" + i, YEAR, null).stream()
                        .filter(x -> x.topic() == Topic.ENROLMENT && x.slot() == 1).findFirst().orElseThrow();
                assertEquals(figures[i][0], g1.male());
                assertEquals(figures[i][1], g1.female(), "from the hidden column E");
            }
            HiddenRows hidden = only(f.hiddenRows());
            assertTrue(hidden.schoolRows(), "a list of one school a row");
            // The list's wording (a school given again on a visible row keeps that row); the banner's row 1 is not
            // named, nor the hidden columns C and F the template ignores.
            assertEquals(List.of(Message.of("import.hiddenRows", "Enrolment 2024", 1, "5"),
                    Message.of("import.hiddenColumns", "Enrolment 2024", 1, "E", "E3:E6")),
                    hiddenWarnings(f.warnings()));
            assertTrue(f.warningSummary().english().contains("Enrolment 2024: 1 hidden column(s) read (columns E; "
                    + "cells E3:E6)"), f.warningSummary().english());
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            assertEquals(f.hiddenRows(), check.hiddenRows());
        }
    }

    private static FileResult importFile(TemplateImports imports, Path file, Path template) {
        return new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), template.toString(), YEAR), Progress.NONE, Cancellation.none())
                .files().get(0);
    }

    private static HiddenRows only(List<HiddenRows> hidden) {
        assertEquals(1, hidden.size(), hidden.toString());
        return hidden.get(0);
    }

    /** The warnings of hidden rows and columns, in order. */
    private static List<Message> hiddenWarnings(List<Message> warnings) {
        return warnings.stream().filter(m -> m.key().startsWith("import.hiddenRows")
                || m.key().equals("import.hiddenColumns") || m.key().equals("import.hiddenSetAside")).toList();
    }
}
