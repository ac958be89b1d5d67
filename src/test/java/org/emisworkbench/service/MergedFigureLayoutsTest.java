package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision 0111 (issue #11, after decision 0104): a figure typed into one cell merged across the cells of several
 * figures is stored for none and said once at the merged range in every layout, not only across a wide sheet's
 * columns or a form table's: down two schools' rows of a wide sheet, across two schools' columns or down two figures'
 * rows of a sheet of one column per school, a form's labelled cells, and a total beside the merge says its parts are
 * missing rather than agreeing with the figure as the first one's. Each workbook written here in .xlsx and .xls, the
 * expected figures drawn and computed by the test, imported and checked with {@code template check}.
 */
class MergedFigureLayoutsTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private static Workbook workbook(String kind) {
        return kind.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    private static final String WIDE_WITH_TOTAL = """
            {"id": "merged-down", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School ID"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                           {"headers": ["Total"], "total": "enrolment"}]}]}
            """;

    /**
     * Four schools, Grade 1-2 Boys | Girls and a Total: S2's Grade 1 Boys typed once into C3:C4, merged down over S3's
     * row (a figure two schools share); S4's Grade 2 typed once into E5:F5, across its Boys and Girls. Each Total was
     * written from the figures as the clerk saw them, so S2's and S4's agree with the merged figure counted once: after
     * the figure is taken back they are said, their parts missing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aWideSheetsFigureMergedDownTwoSchoolsRowsIsStoredForNeither(String kind) throws Exception {
        String[] codes = {"S1", "S2", "S3", "S4"};
        Integer[][] figures = new Integer[4][4]; // per school: G1 M, G1 F, G2 M, G2 F; null where stored for none
        int[] written = new int[4];
        Random rnd = new Random(111);
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 4; k++) {
                figures[i][k] = 5 + rnd.nextInt(40);
            }
        }
        int downValue = figures[1][0];
        int acrossValue = figures[3][2];
        Path file = dir.resolve("down." + kind);
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            String[] header = {"School ID", "School name", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                "Grade 2 Girls", "Total"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < 4; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue(codes[i]);
                r.createCell(1).setCellValue("School " + (i + 1));
                int total = 0;
                for (int k = 0; k < 4; k++) {
                    boolean covered = i == 2 && k == 0 || i == 3 && k == 3;
                    if (!covered) {
                        r.createCell(2 + k).setCellValue(figures[i][k]);
                        total += figures[i][k];
                    }
                }
                written[i] = total;
                r.createCell(6).setCellValue(total);
            }
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2)); // C3:C4, S2's and S3's Grade 1 Boys
            s.addMergedRegion(new CellRangeAddress(4, 4, 4, 5)); // E5:F5, S4's Grade 2 Boys and Girls
            wb.write(out);
        }
        figures[1][0] = null;
        figures[2][0] = null;
        figures[3][2] = null;
        figures[3][3] = null;
        Path template = Files.writeString(dir.resolve("down.json"), WIDE_WITH_TOTAL);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertTrue(f.hasWarnings(), "OK with warnings, not OK");
            int stored = 0;
            for (int i = 0; i < 4; i++) {
                for (int k = 0; k < 4; k++) {
                    var at = imports.workbench.whereFrom(codes[i], YEAR, Topic.ENROLMENT, 1 + k / 2,
                            k % 2 == 0 ? Sex.M : Sex.F, AgeGroup.ALL);
                    if (figures[i][k] == null) {
                        assertTrue(at.isEmpty() || at.get().value() == null, codes[i] + " " + k + " " + at);
                    } else {
                        assertEquals(figures[i][k], at.orElseThrow().value(), codes[i] + " " + k);
                        stored++;
                    }
                }
            }
            assertEquals(stored, f.valuesStored());

            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var merged = check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).toList();
            assertEquals(List.of("Enrolment!C3:C4", "Enrolment!E5:F5"),
                    merged.stream().map(TemplateWorkshop.ProblemLine::sheetCell).sorted().toList());
            var down = merged.stream().filter(p -> p.sheetCell().endsWith("C3:C4")).findFirst().orElseThrow();
            assertEquals(String.valueOf(downValue), down.raw());
            assertEquals("S2", down.school());
            String said = down.detail().english();
            assertTrue(said.contains("S2 Grade 1 Boys | S3 Grade 1 Boys"), said);
            assertEquals(f.valuesStored(), check.values());
            assertFalse(check.clean(), "the check fails: a figure is not stored");
            // S3's blank C4 lies under the merge: said with it, not again as a blank.
            assertTrue(check.problems().stream().noneMatch(p -> p.kind() == ProblemKind.BLANK_FIGURE),
                    check.problems().toString());

            // The totals that agreed with the merged figure as the first one's now say their parts are missing.
            var totals = check.problems().stream().filter(p -> p.kind() == ProblemKind.TOTAL_MISMATCH).toList();
            assertEquals(List.of("Enrolment!G3", "Enrolment!G5"),
                    totals.stream().map(TemplateWorkshop.ProblemLine::sheetCell).sorted().toList(), totals.toString());
            String s2 = totals.stream().filter(p -> p.sheetCell().endsWith("G3")).findFirst().orElseThrow()
                    .detail().english();
            assertTrue(s2.contains("the total says " + written[1] + " but the columns add up to "
                    + (written[1] - downValue)) && s2.contains("C3:C4") && s2.contains("merged"), s2);
            String s4 = totals.stream().filter(p -> p.sheetCell().endsWith("G5")).findFirst().orElseThrow()
                    .detail().english();
            assertTrue(s4.contains(String.valueOf(written[3] - acrossValue)) && s4.contains("E5:F5"), s4);
        }
    }

    private static final String ACROSS = """
            {"id": "merged-across", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Summary"], "key": ["School code"], "schoolsIn": "columns",
               "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /**
     * One column per school: S1's Grade 1 Boys typed into B2:C2, merged across S2's column too; S3's Grade 2 typed
     * once into D4:D5, down its Boys and Girls rows. Each stored for none, said at its range as the sheet has it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetOfOneColumnPerSchoolDoesTheSame(String kind) throws Exception {
        String[] codes = {"S1", "S2", "S3"};
        String[] rows = {"Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls"};
        Integer[][] figures = new Integer[3][4];
        Random rnd = new Random(7);
        Path file = dir.resolve("across." + kind);
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Summary");
            Row head = s.createRow(0);
            head.createCell(0).setCellValue("School code");
            for (int i = 0; i < 3; i++) {
                head.createCell(1 + i).setCellValue(codes[i]);
            }
            for (int k = 0; k < 4; k++) {
                Row r = s.createRow(1 + k);
                r.createCell(0).setCellValue(rows[k]);
                for (int i = 0; i < 3; i++) {
                    figures[i][k] = 3 + rnd.nextInt(60);
                    boolean covered = i == 1 && k == 0 || i == 2 && k == 3;
                    if (!covered) {
                        r.createCell(1 + i).setCellValue(figures[i][k]);
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2)); // B2:C2, S1's and S2's Grade 1 Boys
            s.addMergedRegion(new CellRangeAddress(3, 4, 3, 3)); // D4:D5, S3's Grade 2 Boys and Girls
            wb.write(out);
        }
        figures[0][0] = null;
        figures[1][0] = null;
        figures[2][2] = null;
        figures[2][3] = null;
        Path template = Files.writeString(dir.resolve("across.json"), ACROSS);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertTrue(f.hasWarnings());
            int stored = 0;
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 4; k++) {
                    var at = imports.workbench.whereFrom(codes[i], YEAR, Topic.ENROLMENT, 1 + k / 2,
                            k % 2 == 0 ? Sex.M : Sex.F, AgeGroup.ALL);
                    if (figures[i][k] == null) {
                        assertTrue(at.isEmpty() || at.get().value() == null, codes[i] + " " + rows[k] + " " + at);
                    } else {
                        assertEquals(figures[i][k], at.orElseThrow().value(), codes[i] + " " + rows[k]);
                        stored++;
                    }
                }
            }
            assertEquals(stored, f.valuesStored());
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var merged = check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).toList();
            assertEquals(List.of("Summary!B2:C2", "Summary!D4:D5"),
                    merged.stream().map(TemplateWorkshop.ProblemLine::sheetCell).sorted().toList());
            String down = merged.stream().filter(p -> p.sheetCell().endsWith("D4:D5")).findFirst().orElseThrow()
                    .detail().english();
            assertTrue(down.contains("Grade 2 Boys | Grade 2 Girls"), down);
            String across = merged.stream().filter(p -> p.sheetCell().endsWith("B2:C2")).findFirst().orElseThrow()
                    .detail().english();
            assertTrue(across.contains("S1 Grade 1 Boys | S2 Grade 1 Boys"), across);
            assertEquals(f.valuesStored(), check.values());
            assertFalse(check.clean());
            assertTrue(check.problems().stream().noneMatch(p -> p.kind() == ProblemKind.BLANK_FIGURE),
                    check.problems().toString());
        }
    }

    private static final String LABELS = """
            {"id": "merged-labels", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Form"], "required": ["school.code"],
               "labels": [{"labels": ["School ID"], "field": "school.code"},
                          {"labels": ["Male teachers"], "field": "teachers.total", "sex": "M"},
                          {"labels": ["Female teachers"], "field": "teachers.total", "sex": "F"},
                          {"labels": ["Classrooms"], "field": "classrooms.total"}]}]}
            """;

    /**
     * A form's labels, one under the other with the value right of each: the teachers typed once into B3:B4, merged
     * down beside Male teachers and Female teachers, are stored for neither; the classrooms, whose value is merged
     * across B5:C5 beside their one label (a wide value cell, as forms are drawn), are stored as read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aLabelledValueMergedAcrossTwoLabelsFiguresIsStoredForNeither(String kind) throws Exception {
        Random rnd = new Random(3);
        int teachers = 4 + rnd.nextInt(20);
        int classrooms = 2 + rnd.nextInt(12);
        Path file = dir.resolve("labels." + kind);
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Form");
            String[] labels = {"School ID", "", "Male teachers", "Female teachers", "Classrooms"};
            for (int r = 0; r < labels.length; r++) {
                if (!labels[r].isEmpty()) {
                    s.createRow(r).createCell(0).setCellValue(labels[r]);
                }
            }
            s.getRow(0).createCell(1).setCellValue("L-9");
            s.getRow(2).createCell(1).setCellValue(teachers);
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1)); // B3:B4, beside both sexes' labels
            s.getRow(4).createCell(1).setCellValue(classrooms);
            s.addMergedRegion(new CellRangeAddress(4, 4, 1, 2)); // B5:C5, one figure's wide cell
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("labels.json"), LABELS);
        int teachersSlot = org.emisworkbench.template.CanonicalField.parse("teachers.total").orElseThrow().slot();
        int classroomsSlot = org.emisworkbench.template.CanonicalField.parse("classrooms.total").orElseThrow().slot();
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertTrue(f.hasWarnings());
            for (Sex sex : List.of(Sex.M, Sex.F)) {
                var at = imports.workbench.whereFrom("L-9", YEAR, Topic.TEACHERS, teachersSlot, sex, AgeGroup.ALL);
                assertTrue(at.isEmpty() || at.get().value() == null, sex + " " + at);
            }
            assertEquals(classrooms, imports.workbench.whereFrom("L-9", YEAR, Topic.CLASSROOMS, classroomsSlot, null,
                    AgeGroup.ALL).orElseThrow().value());
            assertEquals(1, f.valuesStored());
            var findings = TemplateImports.of(imports.validate(YEAR), "IMP-42", "L-9");
            assertEquals(1, findings.size(), findings.toString());
            String said = findings.get(0).finding().message().english();
            assertTrue(said.contains("B3:B4") && said.contains(teachers + " is one cell merged across Male teachers | "
                    + "Female teachers"), said);
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var merged = check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).toList();
            assertEquals(List.of("Form!B3:B4"), merged.stream().map(TemplateWorkshop.ProblemLine::sheetCell).toList());
            assertEquals(f.valuesStored(), check.values());
            assertFalse(check.clean());
        }
    }

    private static final String GRID_TOTAL = """
            {"id": "merged-grid-total", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Enrollment"], "required": ["school.code"],
               "labels": [{"labels": ["School ID"], "field": "school.code"}],
               "grids": [{"field": "enrolment", "titles": ["ENROLMENT"], "rows": "none"}]}]}
            """;

    /**
     * A form's table with a Total per sex right of its grades: Grade 1 typed once into B5:C5 across Male and Female,
     * the Totals written from what the clerk saw (the merged figure as the boys'). The boys' total does not agree with
     * the figure as the first one's: both totals say the merged part is missing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFormTablesTotalDoesNotAgreeWithAMergedFigure(String kind) throws Exception {
        Random rnd = new Random(5);
        int merged = 10 + rnd.nextInt(30);
        int g2m = 10 + rnd.nextInt(30);
        int g2f = 10 + rnd.nextInt(30);
        Path file = dir.resolve("gridtotal." + kind);
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrollment");
            Row id = s.createRow(0);
            id.createCell(0).setCellValue("School ID");
            id.createCell(1).setCellValue("T-1");
            s.createRow(1).createCell(0).setCellValue("ENROLMENT");
            Row grades = s.createRow(2);
            Row sexes = s.createRow(3);
            String[] tops = {"Grade 1", "Grade 2", "Total"};
            for (int g = 0; g < 3; g++) {
                grades.createCell(1 + 2 * g).setCellValue(tops[g]);
                s.addMergedRegion(new CellRangeAddress(2, 2, 1 + 2 * g, 2 + 2 * g));
                sexes.createCell(1 + 2 * g).setCellValue("Male");
                sexes.createCell(2 + 2 * g).setCellValue("Female");
            }
            Row data = s.createRow(4);
            data.createCell(0).setCellValue("Pupils");
            data.createCell(1).setCellValue(merged);
            data.createCell(3).setCellValue(g2m);
            data.createCell(4).setCellValue(g2f);
            data.createCell(5).setCellValue(merged + g2m);
            data.createCell(6).setCellValue(g2f);
            s.addMergedRegion(new CellRangeAddress(4, 4, 1, 2)); // B5:C5
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("gridtotal.json"), GRID_TOTAL);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(g2m, imports.workbench.whereFrom("T-1", YEAR, Topic.ENROLMENT, 2, Sex.M, AgeGroup.ALL)
                    .orElseThrow().value());
            var g1m = imports.workbench.whereFrom("T-1", YEAR, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL);
            assertTrue(g1m.isEmpty() || g1m.get().value() == null, g1m.toString());
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var totals = check.problems().stream().filter(p -> p.kind() == ProblemKind.TOTAL_MISMATCH).toList();
            assertEquals(List.of("Enrollment!F5", "Enrollment!G5"),
                    totals.stream().map(TemplateWorkshop.ProblemLine::sheetCell).sorted().toList(), totals.toString());
            String boys = totals.stream().filter(p -> p.sheetCell().endsWith("F5")).findFirst().orElseThrow()
                    .detail().english();
            assertTrue(boys.contains(String.valueOf(merged + g2m)) && boys.contains(" " + g2m) && boys.contains("B5:C5"),
                    boys);
            assertEquals(1, check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).count());
        }
    }

    private static final String BY_ROW = """
            {"id": "merged-by-row", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Classes"], "key": ["School code"],
               "columns": [{"headers": ["Class"], "field": "row.grade"},
                           {"headers": ["Boys"], "field": "enrolment", "sex": "M"},
                           {"headers": ["Girls"], "field": "enrolment", "sex": "F"}]}]}
            """;

    /**
     * A row per school and grade: S1's Grade 1 boys typed into C2:C3, merged down over its Grade 2 row (two figures'
     * rows); S2's Grade 2 typed once into C6:D6, across its Boys and Girls. Each stored for none, said at its range.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetOfARowPerGradeDoesTheSame(String kind) throws Exception {
        String[] codes = {"S1", "S2"};
        int grades = 3;
        Integer[][][] figures = new Integer[2][grades][2];
        Random rnd = new Random(17);
        Path file = dir.resolve("byrow." + kind);
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Classes");
            Row h = s.createRow(0);
            String[] header = {"School code", "Class", "Boys", "Girls"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (int i = 0; i < 2; i++) {
                for (int g = 0; g < grades; g++, r++) {
                    Row row = s.createRow(r);
                    row.createCell(0).setCellValue(codes[i]);
                    row.createCell(1).setCellValue("Grade " + (g + 1));
                    for (int x = 0; x < 2; x++) {
                        figures[i][g][x] = 4 + rnd.nextInt(50);
                        boolean covered = i == 0 && g == 1 && x == 0 || i == 1 && g == 1 && x == 1;
                        if (!covered) {
                            row.createCell(2 + x).setCellValue(figures[i][g][x]);
                        }
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(1, 2, 2, 2)); // C2:C3, S1's Grade 1 and Grade 2 boys
            s.addMergedRegion(new CellRangeAddress(5, 5, 2, 3)); // C6:D6, S2's Grade 2 boys and girls
            wb.write(out);
        }
        figures[0][0][0] = null;
        figures[0][1][0] = null;
        figures[1][1][0] = null;
        figures[1][1][1] = null;
        Path template = Files.writeString(dir.resolve("byrow.json"), BY_ROW);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertTrue(f.hasWarnings());
            int stored = 0;
            for (int i = 0; i < 2; i++) {
                for (int g = 0; g < grades; g++) {
                    for (int x = 0; x < 2; x++) {
                        var at = imports.workbench.whereFrom(codes[i], YEAR, Topic.ENROLMENT, g + 1,
                                x == 0 ? Sex.M : Sex.F, AgeGroup.ALL);
                        if (figures[i][g][x] == null) {
                            assertTrue(at.isEmpty() || at.get().value() == null, codes[i] + " G" + (g + 1) + " " + x
                                    + " " + at);
                        } else {
                            assertEquals(figures[i][g][x], at.orElseThrow().value(), codes[i] + " G" + (g + 1) + x);
                            stored++;
                        }
                    }
                }
            }
            assertEquals(stored, f.valuesStored());
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var merged = check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).toList();
            assertEquals(List.of("Classes!C2:C3", "Classes!C6:D6"),
                    merged.stream().map(TemplateWorkshop.ProblemLine::sheetCell).sorted().toList());
            String down = merged.stream().filter(p -> p.sheetCell().endsWith("C2:C3")).findFirst().orElseThrow()
                    .detail().english();
            assertTrue(down.contains("S1 Grade 1 Boys | S1 Grade 2 Boys"), down);
            assertEquals(f.valuesStored(), check.values());
            assertFalse(check.clean());
        }
    }

    static FileResult importFile(TemplateImports imports, Path file, Path template) {
        return new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), template.toString(), YEAR), Progress.NONE, Cancellation.none())
                .files().get(0);
    }
}
