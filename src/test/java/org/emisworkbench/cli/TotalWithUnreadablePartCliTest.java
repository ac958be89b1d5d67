package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A total compared with the sum of its parts says when a part could not be read (a #REF!, a word): the total
 * cannot be checked fully, and the message names that cell, so the officer is not sent after a mismatch that is
 * only an unreadable part. A true mismatch with every part read says nothing of the kind.
 */
class TotalWithUnreadablePartCliTest {
    @TempDir
    static Path dir;
    static Path db;
    static String validated;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path file = dir.resolve("effectifs-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Returns");
            String[] head = {"School code", "School name", "District", "Grade 1 Boys", "Grade 2 Boys", "Total Boys"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            // S1: its Grade 2 boys #REF! (E2), total 25 = 10 + the 15 nobody can read. S2: every part read, total
            // wrong (5 + 5 is not 12). The total row: Grade 2 boys 9 = S2's 5 + S3's 4 with S1's E2 unreadable,
            // against a total of 24 (with S1's 15 it would be right). S4: its Grade 2 boys left blank (E5), its total
            // 16 the sum had E5 held 9: the blank is named, not left for the officer to find.
            Object[][] rows = {
                {"S1", "One", "D1", 10, FormulaError.REF, 25},
                {"S2", "Two", "D1", 5, 5, 12},
                {"S3", "Three", "D1", 6, 4, 10},
                {"S4", "Four", "D1", 7, null, 16},
                {"Total", null, null, 28, 24, 63}};
            for (int r = 0; r < rows.length; r++) {
                Sheets.row(sh, r + 1, rows[r]);
            }
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        validated = v.out() + v.err();
    }

    @Test
    void aTotalColumnWithAnUnreadablePartNamesTheCell() {
        assertTrue(validated.contains("Returns!F2: the total 25 does not equal the sum of its parts (the total says 25"
                + " but the columns add up to 10, leaving out E2, which could not be read: the total cannot be checked"
                + " fully)"), validated);
        assertTrue(validated.contains("Returns!F3: the total 12 does not equal the sum of its parts (the total says 12 but"
                + " the columns add up to 10)"), validated);
        assertFalse(validated.contains("the total says 12 but the columns add up to 10, leaving out"), validated);
    }

    @Test
    void aTotalColumnWithABlankPartNamesTheBlankCell() {
        assertTrue(validated.contains("Returns!F5: the total 16 does not equal the sum of its parts (the total says 16"
                + " but the columns add up to 7; E5 is blank, not read as 0: fill in the figure (or 0 if there is none)"
                + " to check the total)"), validated);
        assertFalse(validated.contains("the columns add up to 10; E"), "S2 has no blank part: " + validated);
    }

    @Test
    void aTotalRowWithAnUnreadableCellAboveNamesIt() {
        assertTrue(validated.contains("the total row says 24 but the rows above add up to 9, leaving out E2, which"
                + " could not be read: the total cannot be checked fully"), validated);
    }
}
