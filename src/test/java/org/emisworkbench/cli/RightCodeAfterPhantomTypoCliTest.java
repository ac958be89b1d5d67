package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 24, H4: a phantom school made by a code with the letter O where the others have a digit ({@code TL-O07}
 * among {@code TL-001}…) is in the workspace; a return with the right code ({@code TL-007}, the others' shape) is
 * imported afterwards. The right code is never called a typo of the phantom: the phantom is named as the likely typo
 * with the withdraw command, the export points at the phantom too, and once the phantom is withdrawn the right code is
 * not listed any more. Workbooks written here (one row per school, figures across, a code column headed in English
 * last); the figures expected are counted from what was written.
 */
class RightCodeAfterPhantomTypoCliTest {
    private static final String TEMPLATE = """
            {"id": "district-rows", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Schools"], "key": ["School code"],
                "columns": [{"headers": ["School name"], "field": "school.name"},
                            {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theRightCodeImportedAfterThePhantomNamesThePhantomAndTheExportAdvisesWithdrawingIt() throws Exception {
        Path template = Files.writeString(dir.resolve("district-rows.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        Random random = new Random(24);
        Path first = workbook("district_2024.xlsx", random, "TL-001", "TL-002", "TL-003", "TL-004", "TL-005",
                "TL-006", "TL-O07");
        CliRun one = CliRun.emis("import", "--db", db, "--template", template.toString(), first.toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("TL-O07 has the letter O where most codes of its length have a digit"),
                one.out());

        Path fix = workbook("school_7_corrected_2024.xlsx", random, "TL-007");
        CliRun two = CliRun.emis("import", "--db", db, "--template", template.toString(), fix.toString());
        assertEquals(0, two.code(), two.err());
        assertFalse(two.out().contains("TL-007 looks like a typo"), two.out());
        assertFalse(two.out().contains("correct this cell to TL-O07"), two.out());
        assertFalse(two.out().contains("CODE_LIKELY_TYPO"), two.out());
        String line = lineStarting(two.out(), "NOT IN THIS FILE: TL-O07");
        assertTrue(line.contains("looks like the mistyped code of TL-007"), line);
        // The phantom's figures: the four written on its row of the first file.
        assertTrue(line.contains("the 4 figure(s) of TL-O07 are now counted twice"), line);
        assertTrue(line.endsWith("emis withdraw --db " + db + " --year 2024 --school TL-O07 --reason \"code typo of"
                + " TL-007\""), line);

        CliRun export = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                dir.resolve("a.csv").toString());
        assertEquals(0, export.code(), export.err());
        String typos = lineStarting(export.out(), "Likely code typos: 1 school");
        assertTrue(typos.contains("TL-O07 (School TL-O07), typo of TL-007?"), typos);
        assertTrue(typos.contains("--school TL-O07)"), typos);
        assertFalse(typos.contains("--school TL-007"), typos);

        assertEquals(0, CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "TL-O07", "--reason",
                "code typo").code());
        CliRun after = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                dir.resolve("b.csv").toString());
        assertEquals(0, after.code(), after.err());
        assertFalse(after.out().contains("Likely code typos"), after.out());
    }

    @Test
    void aRightCodeFlaggedBeforeTheShapeWasClearIsNotAdvisedForWithdrawalAndGoesOnceThePhantomIsWithdrawn()
            throws Exception {
        Path template = Files.writeString(dir.resolve("district-rows.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        Random random = new Random(7);
        // Two codes only: no shape is the rule yet, so the right code imported next is flagged in neutral words.
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(),
                workbook("first_2024.xlsx", random, "TL-001", "TL-O07").toString()).code());
        CliRun right = CliRun.emis("import", "--db", db, "--template", template.toString(),
                workbook("second_2024.xlsx", random, "TL-007").toString());
        assertTrue(right.out().contains("TL-007 looks like a typo for school TL-O07"), right.out());
        // Then the district's other schools: six of eight codes have digits only after the dash.
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(),
                workbook("third_2024.xlsx", random, "TL-002", "TL-003", "TL-004", "TL-005", "TL-006").toString())
                .code());
        CliRun export = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                dir.resolve("a.csv").toString());
        String typos = lineStarting(export.out(), "Likely code typos: 1 school");
        assertTrue(typos.contains("TL-O07 (School TL-O07), typo of TL-007?"), typos);
        assertTrue(typos.contains("--school TL-O07)"), typos);

        assertEquals(0, CliRun.emis("withdraw", "--db", db, "--year", "2024", "--school", "TL-O07", "--reason",
                "code typo").code());
        CliRun after = CliRun.emis("export", "--db", db, "--year", "2024", "--format", "long-csv", "--out",
                dir.resolve("b.csv").toString());
        assertFalse(after.out().contains("Likely code typos"), after.out());
    }

    @Test
    void theQueryToASchoolWhoseCodeLooksMistypedAsksItFirstToConfirmItsCode() throws Exception {
        Path template = Files.writeString(dir.resolve("district-rows.json"), TEMPLATE);
        String db = dir.resolve("w.mv.db").toString();
        Random random = new Random(3);
        // Five codes of one shape, one with the letter S where the others have the digit 5.
        String typo = "TL-0S6";
        String likely = typo.replace('S', '5');
        assertEquals(0, CliRun.emis("import", "--db", db, "--template", template.toString(), workbook(
                "district_2024.xlsx", random, "TL-051", "TL-052", "TL-053", "TL-054", "TL-055", typo).toString())
                .code());
        CliRun validate = CliRun.emis("validate", "--db", db, "--year", "2024");
        assertTrue(validate.code() <= 1, validate.err());
        Path out = dir.resolve("queries");
        CliRun queries = CliRun.emis("queries", "--db", db, "--year", "2024", "--school", typo, "--out",
                out.toString());
        assertEquals(0, queries.code(), queries.out() + queries.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("query-2024-" + typo + ".xlsx")))) {
            String top = wb.getSheetAt(0).getRow(7).getCell(0).getStringCellValue();
            assertTrue(top.startsWith("First, please confirm your school code: the code on this return, " + typo
                    + ", looks like a mistyped " + likely), top);
        }
    }

    private static String lineStarting(String out, String start) {
        List<String> hits = out.lines().map(String::strip).filter(l -> l.startsWith(start)).toList();
        assertEquals(1, hits.size(), "one line starting " + start + " in:\n" + out);
        return hits.get(0);
    }

    /** One row per school: name, P1 and P2 by sex (random, never zero), the code column last. */
    private Path workbook(String name, Random random, String... codes) throws Exception {
        Path file = Files.createDirectories(dir.resolve("in")).resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            Row h = s.createRow(0);
            String[] head = {"School name", "P1 F", "P1 M", "P2 F", "P2 M", "School code"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int i = 0; i < codes.length; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue("School " + codes[i]);
                for (int c = 1; c <= 4; c++) {
                    r.createCell(c).setCellValue(10 + random.nextInt(50));
                }
                r.createCell(5).setCellValue(codes[i]);
            }
            wb.write(out);
        }
        return file;
    }
}
