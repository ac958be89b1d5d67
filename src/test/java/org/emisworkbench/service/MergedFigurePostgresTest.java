package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decisions 0104 and 0111 on both engines: a wide sheet's figures are stored as they stream and a figure found at
 * the sheet's end to be typed across merged cells is taken back in the store (RowWriter's withdrawal: one query
 * through the return's key range, the row's array of values rewritten). On PostgreSQL the array is read and written
 * through the driver's own types, so the same import is run on a throw-away cluster (skipped, saying why, without
 * one) and on H2, the figures compared with those the test drew.
 */
class MergedFigurePostgresTest {
    private static final int YEAR = 2024;

    private static final String WIDE = """
            {"id": "merged-pg", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Enrolment"], "key": ["School ID"],
               "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StoreEngine.class)
    void aFigureTakenBackIsMissingInTheStore(StoreEngine engine) throws Exception {
        engine.assumeAvailable();
        // Three schools, Grade 1-2 Boys | Girls: S1's Grade 1 typed into B2:C2 (across its sexes), S2's Grade 2 Boys
        // typed into D3:D4 (down over S3's row).
        String[] codes = {"S1", "S2", "S3"};
        Integer[][] figures = new Integer[3][4];
        Random rnd = new Random(2024);
        Path file = dir.resolve("pg.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            String[] header = {"School ID", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < 3; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue(codes[i]);
                for (int k = 0; k < 4; k++) {
                    figures[i][k] = 1 + rnd.nextInt(80);
                    if (!(i == 0 && k == 1 || i == 2 && k == 2)) {
                        r.createCell(1 + k).setCellValue(figures[i][k]);
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2)); // B2:C2
            s.addMergedRegion(new CellRangeAddress(2, 3, 3, 3)); // D3:D4
            wb.write(out);
        }
        figures[0][0] = null;
        figures[0][1] = null;
        figures[1][2] = null;
        figures[2][2] = null;
        Path template = Files.writeString(dir.resolve("pg.json"), WIDE);
        try (Workbench workbench = engine == StoreEngine.H2 ? Workbench.open(dir.resolve("workspace"))
                : Workbench.open(PostgresCluster.newWorkspace(), PostgresCluster.environment(), null)) {
            FileResult f = new ImportService(workbench, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), YEAR), Progress.NONE, Cancellation.none())
                    .files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            int stored = 0;
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 4; k++) {
                    var at = workbench.whereFrom(codes[i], YEAR, Topic.ENROLMENT, 1 + k / 2, k % 2 == 0 ? Sex.M : Sex.F,
                            AgeGroup.ALL);
                    if (figures[i][k] == null) {
                        assertTrue(at.isEmpty() || at.get().value() == null, engine + " " + codes[i] + " " + k + at);
                    } else {
                        assertEquals(figures[i][k], at.orElseThrow().value(), engine + " " + codes[i] + " " + k);
                        stored++;
                    }
                }
            }
            assertEquals(stored, f.valuesStored());
            assertEquals(2, f.problems().stream().filter(p -> p.kind().equals(ProblemKind.MERGED_FIGURE.name()))
                    .mapToLong(FileResult.ProblemSummary::count).sum(), f.problems().toString());
        }
    }
}
