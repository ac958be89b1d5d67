package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row as wide as Excel allows (16,384 cells) is imported and its summary printed, in text and in JSON:
 * the unread cells once made a phrase nested 16,384 deep, and wording it overflowed the stack (issue 12, 5b).
 */
class WideRowSummaryCliTest {
    @TempDir
    Path dir;

    @Test
    void aMessageNestedTwentyThousandDeepIsWordedWithoutOverflow() {
        int depth = 20_000;
        Message m = Message.verbatim("x0\u001b");
        for (int i = 1; i < depth; i++) {
            m = Message.of("import.warningAndWarning", m, Message.verbatim("x" + i));
        }
        String english = m.english();
        assertTrue(english.startsWith("x0\u001b; x1; x2"), english.substring(0, 20));
        assertTrue(english.endsWith("; x19999"));
        String shown = TerminalText.message(m, Locale.FRENCH);
        assertTrue(shown.startsWith("x0\\u001B ; x1 ; x2"), shown.substring(0, 20));
        assertFalse(shown.contains("\u001b"));
    }

    @Test
    void aRowOfSixteenThousandCellsImportsAndItsSummaryPrints() throws Exception {
        Path file = dir.resolve("D01-2024.xlsx");
        int cols = SpreadsheetVersion.EXCEL2007.getMaxColumns();
        int rowIndex;
        try (InputStream in = Files.newInputStream(Path.of("sample-workbooks/2024/wide/D01-2024.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet pupils = wb.getSheet("Pupils");
            rowIndex = pupils.getLastRowNum() + 4;
            Row row = pupils.createRow(rowIndex);
            for (int c = 0; c < cols; c++) {
                row.createCell(c).setCellValue(1);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals(16_384, cols);
        for (String format : new String[] {"text", "json"}) {
            String db = dir.resolve("w-" + format).toString();
            CliRun r = emis("import", "--db", db, "--format", format, file.toString());
            assertEquals(0, r.code(), () -> format + ": " + r.err());
            assertFalse(r.err().contains("StackOverflowError"), r::err);
            assertFalse(r.err().contains("\tat "), r::err);
            if (format.equals("text")) {
                assertTrue(r.out().startsWith("OK      "), r.out());
                // The sample's Pupils sheet has 29 columns (A..AC); every one beyond is counted, the first 100 named.
                assertTrue(r.out().contains("OK with warnings: " + (cols - 29) + " column(s) or block(s) of figures not read: "
                        + "Pupils!AD (no header), "), r.out());
                assertTrue(r.out().length() < 20_000, () -> "summary of " + r.out().length() + " characters");
                // The summary line ends the output as usual.
                assertTrue(r.out().contains("1 file(s): 1 imported"), r.out());
            } else {
                assertTrue(r.out().trim().startsWith("{") && r.out().trim().endsWith("}"), r.out());
            }
        }
    }
}
