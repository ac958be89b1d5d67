package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetXmlFloorTest {
    @TempDir
    Path dir;

    @Test
    void countsEveryCellElementOfTheNamedSheet() throws Exception {
        Path f = Fixtures.write(dir.resolve("floor.xlsx"), new XSSFWorkbook(), wb -> {
            wb.createSheet("Other").createRow(0).createCell(0).setCellValue(1);
            Row r = wb.createSheet("Data").createRow(3);
            r.createCell(0).setCellValue("a");
            r.createCell(1).setBlank();
            r.createCell(7).setCellValue(2);
        });
        assertEquals(3, SheetXmlFloor.countCells(f, "Data"));
        assertEquals(1, SheetXmlFloor.countCells(f, "Other"));
        assertThrows(IllegalArgumentException.class, () -> SheetXmlFloor.countCells(f, "Nope"));
        assertEquals(WorkbookException.Reason.NOT_FOUND,
                assertThrows(WorkbookException.class, () -> SheetXmlFloor.countCells(dir.resolve("x.xlsx"), "Data"))
                        .reason());
    }
}
