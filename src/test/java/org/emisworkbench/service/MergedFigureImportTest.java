package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11, reviews 30 D3 and 31 A2 (decision 0104): a figure typed into one cell merged across the cells of two
 * figures (a grade's Boys and Girls) is stored for neither, and said naming the merged range and the value; every
 * other figure of the file is stored exactly, and a merge over columns not read changes nothing. A wide sheet (one
 * row per school, streamed: its merges come after its rows) and a form's table (held whole), each written by the test
 * in .xlsx and .xls, imported and checked with {@code template check}.
 */
class MergedFigureImportTest {
    private static final int YEAR = 2024;

    private static final String WIDE = """
            {"id": "merged-wide", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School ID"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    private static final String GRID = """
            {"id": "merged-grid", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Enrollment"], "required": ["school.code"],
               "labels": [{"labels": ["School ID"], "field": "school.code"}],
               "grids": [{"field": "enrolment", "titles": ["ENROLMENT"], "rows": "none"}]}]}
            """;

    @TempDir
    Path dir;

    private static Workbook workbook(String kind) {
        return kind.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aWideSheetsFigureMergedAcrossBoysAndGirlsIsNotStoredAndIsSaid(String kind) throws Exception {
        // Three schools, grades 1-2, Boys | Girls; school S2's Grade 1 typed once into C3:D3 merged (34).
        String[] codes = {"S1", "S2", "S3"};
        int[][] figures = new int[3][4];
        Random rnd = new Random(11);
        Path file = dir.resolve("wide." + kind);
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            String[] header = {"School ID", "School name", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                "Grade 2 Girls", "Remarks"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < 3; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue(codes[i]);
                r.createCell(1).setCellValue("School " + (i + 1));
                for (int k = 0; k < 4; k++) {
                    figures[i][k] = 10 + rnd.nextInt(50);
                    if (!(i == 1 && k == 1)) {
                        r.createCell(2 + k).setCellValue(figures[i][k]);
                    }
                }
            }
            figures[1][0] = 34;
            s.getRow(2).getCell(2).setCellValue(34);
            s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3)); // C3:D3, across Grade 1 Boys and Girls
            // Merges over one figure and over what is not read change nothing: S3's remarks merged G4:H4, a note.
            s.getRow(3).createCell(6).setCellValue("new roof");
            s.addMergedRegion(new CellRangeAddress(3, 3, 6, 7));
            s.createRow(5).createCell(0).setCellValue("Source: district returns");
            s.addMergedRegion(new CellRangeAddress(5, 5, 0, 5));
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("wide.json"), WIDE);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 4; k++) {
                    int grade = 1 + k / 2;
                    Sex sex = k % 2 == 0 ? Sex.M : Sex.F;
                    var stored = imports.workbench.whereFrom(codes[i], YEAR, Topic.ENROLMENT, grade, sex, AgeGroup.ALL);
                    if (i == 1 && grade == 1) {
                        // Neither sex's Grade 1 of S2 holds a figure: 34 is stored for no one.
                        assertTrue(stored.isEmpty() || stored.get().value() == null, codes[i] + " " + sex + stored);
                    } else {
                        assertEquals(figures[i][k], stored.orElseThrow().value(), codes[i] + " G" + grade + " " + sex);
                    }
                }
            }
            assertEquals(3 * 4 - 2, f.valuesStored(), "every figure but the merged one");
            FileResult.ProblemSummary merged = f.problems().stream()
                    .filter(p -> p.kind().equals(ProblemKind.MERGED_FIGURE.name())).findFirst().orElseThrow();
            assertEquals(1, merged.count());
            assertEquals("Enrolment!C3:D3", merged.firstCell());
            // D3, under the merge, is said with it: not again as a girls' figure left blank beside the boys'.
            assertTrue(f.problems().stream().noneMatch(p -> p.kind().equals(ProblemKind.BLANK_FIGURE.name())),
                    f.problems().toString());

            List<StoredFinding> findings = TemplateImports.of(imports.validate(YEAR), "IMP-42", "S2");
            assertEquals(1, findings.size(), findings.toString());
            String said = findings.get(0).finding().message().english();
            assertTrue(said.contains("C3:D3") && said.contains("34 is one cell merged across Grade 1 Boys | Grade 1 "
                    + "Girls") && said.contains("nothing is stored"), said);
            String french = findings.get(0).finding().message().in(Locale.FRENCH);
            assertTrue(french.contains("34 est une seule cellule fusionnée"), french);

            // The check says it too, and does not count the figure among those the import would store.
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var line = check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).toList();
            assertEquals(1, line.size(), check.problems().toString());
            assertEquals("Enrolment!C3:D3", line.get(0).sheetCell());
            assertEquals("34", line.get(0).raw());
            assertEquals(f.valuesStored(), check.values());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFormTablesFigureMergedAcrossBoysAndGirlsIsNotStoredAndIsSaid(String kind) throws Exception {
        // A form: the school's ID, then ENROLMENT over Grade 1 | Grade 2, each Male | Female, one row of figures;
        // Grade 1 typed once into B5:C5 merged (40).
        Path file = dir.resolve("form." + kind);
        int[] figures = {40, 0, 27, 31}; // G1 M (merged), G1 F (covered), G2 M, G2 F
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrollment");
            Row id = s.createRow(0);
            id.createCell(0).setCellValue("School ID");
            id.createCell(1).setCellValue("F-001");
            s.createRow(1).createCell(0).setCellValue("ENROLMENT");
            Row grades = s.createRow(2);
            Row sexes = s.createRow(3);
            for (int g = 0; g < 2; g++) {
                grades.createCell(1 + 2 * g).setCellValue("Grade " + (g + 1));
                s.addMergedRegion(new CellRangeAddress(2, 2, 1 + 2 * g, 2 + 2 * g));
                sexes.createCell(1 + 2 * g).setCellValue("Male");
                sexes.createCell(2 + 2 * g).setCellValue("Female");
            }
            Row data = s.createRow(4);
            data.createCell(0).setCellValue("Pupils");
            data.createCell(1).setCellValue(figures[0]);
            data.createCell(3).setCellValue(figures[2]);
            data.createCell(4).setCellValue(figures[3]);
            s.addMergedRegion(new CellRangeAddress(4, 4, 1, 2)); // B5:C5, across Grade 1 Male and Female
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("grid.json"), GRID);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            var g1m = imports.workbench.whereFrom("F-001", YEAR, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL);
            assertTrue(g1m.isEmpty() || g1m.get().value() == null, g1m.toString());
            var g1f = imports.workbench.whereFrom("F-001", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL);
            assertTrue(g1f.isEmpty() || g1f.get().value() == null, g1f.toString());
            assertEquals(figures[2], imports.workbench.whereFrom("F-001", YEAR, Topic.ENROLMENT, 2, Sex.M,
                    AgeGroup.ALL).orElseThrow().value());
            assertEquals(figures[3], imports.workbench.whereFrom("F-001", YEAR, Topic.ENROLMENT, 2, Sex.F,
                    AgeGroup.ALL).orElseThrow().value());
            assertEquals(2, f.valuesStored());
            List<String> kinds = f.problems().stream().map(FileResult.ProblemSummary::kind).toList();
            // Said once, as the merge; its covered cell C5 is not said again as a blank.
            assertTrue(kinds.contains(ProblemKind.MERGED_FIGURE.name()) && !kinds.contains("BLANK_FIGURE"),
                    kinds.toString());
            List<StoredFinding> findings = TemplateImports.of(imports.validate(YEAR), "IMP-42", "F-001");
            assertEquals(1, findings.size(), findings.toString());
            String said = findings.get(0).finding().message().english();
            assertTrue(said.contains("B5:C5") && said.contains("40 is one cell merged across G1 M | G1 F"), said);
            var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file, template.toString(), YEAR,
                    Cancellation.none());
            var line = check.problems().stream().filter(p -> p.kind() == ProblemKind.MERGED_FIGURE).toList();
            assertEquals(1, line.size(), check.problems().toString());
            assertEquals("Enrollment!B5:C5", line.get(0).sheetCell());
        }
    }

    private static final String GRADE_ROWS = """
            {"id": "merged-rows", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Form"], "required": ["school.code"],
               "labels": [{"labels": ["School ID"], "field": "school.code"}],
               "grids": [{"field": "enrolment", "titles": ["ENROLMENT"], "rows": "grade"}]}]}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aTableWithARowPerGradeDoesTheSame(String kind) throws Exception {
        // ENROLMENT, Class | Boys | Girls, a row per grade; Grade 2's figure typed once into B6:C6 merged (52).
        Path file = dir.resolve("rows." + kind);
        int[][] figures = {{18, 21}, {52, 0}, {15, 19}};
        try (Workbook wb = workbook(kind); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Form");
            Row id = s.createRow(0);
            id.createCell(0).setCellValue("School ID");
            id.createCell(1).setCellValue("R-7");
            s.createRow(2).createCell(0).setCellValue("ENROLMENT");
            Row h = s.createRow(3);
            h.createCell(0).setCellValue("Class");
            h.createCell(1).setCellValue("Boys");
            h.createCell(2).setCellValue("Girls");
            for (int g = 0; g < 3; g++) {
                Row r = s.createRow(4 + g);
                r.createCell(0).setCellValue("Grade " + (g + 1));
                r.createCell(1).setCellValue(figures[g][0]);
                if (g != 1) {
                    r.createCell(2).setCellValue(figures[g][1]);
                }
            }
            s.addMergedRegion(new CellRangeAddress(5, 5, 1, 2)); // B6:C6, across Grade 2's Boys and Girls
            wb.write(out);
        }
        Path template = Files.writeString(dir.resolve("rows.json"), GRADE_ROWS);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = importFile(imports, file, template);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            for (int g = 0; g < 3; g++) {
                for (int x = 0; x < 2; x++) {
                    Sex sex = x == 0 ? Sex.M : Sex.F;
                    var stored = imports.workbench.whereFrom("R-7", YEAR, Topic.ENROLMENT, g + 1, sex, AgeGroup.ALL);
                    if (g == 1) {
                        assertTrue(stored.isEmpty() || stored.get().value() == null, sex + " " + stored);
                    } else {
                        assertEquals(figures[g][x], stored.orElseThrow().value(), "G" + (g + 1) + " " + sex);
                    }
                }
            }
            assertEquals(4, f.valuesStored());
            List<StoredFinding> findings = TemplateImports.of(imports.validate(YEAR), "IMP-42", "R-7");
            assertEquals(1, findings.size(), findings.toString());
            String said = findings.get(0).finding().message().english();
            assertTrue(said.contains("B6:C6") && said.contains("52 is one cell merged across G2 M | G2 F"), said);
        }
    }

    private static FileResult importFile(TemplateImports imports, Path file, Path template) {
        return new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), template.toString(), YEAR), Progress.NONE, Cancellation.none())
                .files().get(0);
    }
}
