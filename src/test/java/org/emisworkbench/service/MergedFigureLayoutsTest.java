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

    static FileResult importFile(TemplateImports imports, Path file, Path template) {
        return new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), template.toString(), YEAR), Progress.NONE, Cancellation.none())
                .files().get(0);
    }
}
