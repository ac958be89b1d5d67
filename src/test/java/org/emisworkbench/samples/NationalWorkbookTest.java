package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's national workbook, written part by part: read back by POI (not by the workbench's reader), it is a
 * workbook of one sheet whose texts are shared strings, one row per school with its code and name and figures whose
 * totals add up; and it is written in a heap that could not hold its strings (the streaming writer before it kept two
 * per school and filled 512 MB at 663,000 schools).
 */
class NationalWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void poiReadsEverySchoolWithItsTextsAndFigures() throws Exception {
        Path file = dir.resolve("national.xlsx");
        long cells = NationalWorkbook.write(file, 300, 5, Progress.NONE, Cancellation.none());
        List<String> headers = NationalWorkbook.headers();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet sheet = wb.getSheet("Census");
            assertEquals(300, sheet.getLastRowNum(), "a header row and 300 schools");
            List<String> read = new ArrayList<>();
            sheet.getRow(0).forEach(c -> read.add(c.getStringCellValue()));
            assertEquals(headers, read);
            assertTrue(wb.getSharedStringSource().getCount() >= 600, "codes and names are shared strings");
            long counted = headers.size();
            for (int s = 0; s < 300; s++) {
                Row row = sheet.getRow(s + 1);
                counted += row.getPhysicalNumberOfCells();
                assertEquals(String.format("N%06d", s), text(row, "School code"));
                assertEquals("School " + s, text(row, "School name"));
                assertEquals(String.format("D%03d", s % 150 + 1), text(row, "District"));
                assertTrue(List.of("urban", "rural").contains(text(row, "Locality")), text(row, "Locality"));
                for (String sex : List.of("M", "F")) {
                    int sum = 0;
                    for (String g : NationalWorkbook.GRADES) {
                        sum += number(row, g + " " + sex);
                    }
                    assertEquals(sum, number(row, "Total " + sex), "row " + (s + 2) + ": Total " + sex);
                }
                double latitude = row.getCell(headers.indexOf("Latitude")).getNumericCellValue();
                assertTrue(latitude >= -15 && latitude < -5, "latitude " + latitude);
            }
            assertEquals(cells, counted, "the cells it says it wrote");
        }
    }

    @Test
    void aHundredThousandSchoolsAreWrittenInASmallHeap() throws Exception {
        Path file = dir.resolve("big.xlsx");
        ChildJvm.Result r = ChildJvm.run(WriteMain.class, "24m", 5, TimeUnit.MINUTES, file.toString(), "100000");
        assertEquals(0, r.exitCode(), r::tail);
        long expected = 100_001L * NationalWorkbook.headers().size();
        assertTrue(r.output().contains("WROTE " + expected + " cells"), r::tail);
        assertTrue(Files.size(file) > 10_000_000, "a workbook of its size: " + Files.size(file));
    }

    private static String text(Row row, String header) {
        Cell c = row.getCell(NationalWorkbook.headers().indexOf(header));
        assertEquals(CellType.STRING, c.getCellType(), header);
        return c.getStringCellValue();
    }

    private static int number(Row row, String header) {
        Cell c = row.getCell(NationalWorkbook.headers().indexOf(header));
        assertEquals(CellType.NUMERIC, c.getCellType(), header);
        return (int) c.getNumericCellValue();
    }

    /** Writes a national workbook: arguments the file and the number of schools. */
    public static final class WriteMain {
        private WriteMain() {
        }

        public static void main(String[] args) throws Exception {
            long cells = NationalWorkbook.write(Path.of(args[0]), Integer.parseInt(args[1]), 3, Progress.NONE,
                    Cancellation.none());
            System.out.println("WROTE " + cells + " cells");
        }
    }
}
