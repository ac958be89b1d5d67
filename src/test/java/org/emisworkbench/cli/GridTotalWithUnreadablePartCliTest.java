package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a grid form, a total row checked against its column above names the cell above that could not be read: the
 * sample form SCH03007, whose column U total was typed over (43 against 21), with one of the figures it adds up
 * spoiled (#REF!) by the test, which works the new sums out itself; the row's own Total beside it names the cell too.
 */
class GridTotalWithUnreadablePartCliTest {
    @TempDir
    Path dir;

    @Test
    void theGridsTotalRowNamesTheUnreadableCellAbove() throws Exception {
        Path file = dir.resolve("SCH03007.xlsx");
        int spoiledRow;
        int spoiledValue;
        int rowTotal;
        try (InputStream in = Files.newInputStream(Path.of("sample-workbooks/2024/forms/D03/SCH03007.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Form");
            int col = 20; // U
            int found = -1;
            int value = 0;
            for (int r = 26; r > 0 && found < 0; r--) { // the last figure above the total row (row 28)
                Row row = sh.getRow(r);
                if (row != null && row.getCell(col) != null && row.getCell(col).getCellType() == CellType.NUMERIC
                        && row.getCell(col).getNumericCellValue() > 0) {
                    found = r;
                    value = (int) row.getCell(col).getNumericCellValue();
                    row.getCell(col).setCellErrorValue(FormulaError.REF.getCode());
                }
            }
            assertTrue(found > 0, "a figure above U28");
            spoiledRow = found;
            spoiledValue = value;
            rowTotal = (int) sh.getRow(found).getCell(28).getNumericCellValue(); // AC: the grid's Total column
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), file.toString());
        assertTrue(imported.code() <= 1, imported.out() + imported.err());
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--format", "json");
        String said = v.out() + v.err();
        assertTrue(said.contains("Form!U28: the total 43 does not equal the sum of its parts (the total row says 43 but"
                + " the rows above add up to " + (21 - spoiledValue) + ", leaving out U" + (spoiledRow + 1)
                + ", which could not be read: the total cannot be checked fully)"), said);
        // The row's own Total (AC), right before, now lacks the same cell among the grades it adds up.
        assertTrue(said.contains("Form!AC" + (spoiledRow + 1) + ": the total " + rowTotal + " does not equal the sum of"
                + " its parts (the total says " + rowTotal + " but the grades add up to " + (rowTotal - spoiledValue)
                + ", leaving out U" + (spoiledRow + 1) + ", which could not be read"), said);
        assertEquals(2, said.split("leaving out").length - 1, said);
    }
}
