package org.emisworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The returns schools send back in the workshop: the planted error put right, and nothing else changed. */
class CorrectedReturnsTest {
    private static final Path KIT = Path.of("workshop-kit/returns");
    private static final long SEED = SampleCountryGenerator.DEFAULT_SEED;
    private static final int SCHOOLS = SampleCountryGenerator.DEFAULT_SCHOOLS;

    @TempDir
    Path out;

    @Test
    void theCommittedWorkshopKitIsWhatTheGeneratorWrites() throws IOException {
        List<Path> kit;
        try (Stream<Path> files = Files.walk(KIT)) {
            kit = files.filter(f -> f.toString().endsWith(".xlsx")).map(KIT::relativize).sorted().toList();
        }
        assertEquals(2, kit.size(), kit.toString());
        for (Path f : kit) {
            String school = f.getFileName().toString().replace(".xlsx", "");
            int year = Integer.parseInt(f.getName(0).toString());
            Path written = CorrectedReturns.write(out, SEED, SCHOOLS, school, year);
            assertEquals(out.resolve(f), written);
            assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(KIT.resolve(f)),
                    f + " differs; rewrite with: emis workshop corrected-return --school " + school + " --year " + year
                            + " --out workshop-kit/returns");
        }
    }

    @Test
    void onlyThePlantedCellAndTheTotalsOverItChange() throws IOException {
        Path corrected = CorrectedReturns.write(out, SEED, SCHOOLS, "SCH03054", 2024);
        List<String> changed = new ArrayList<>();
        try (XSSFWorkbook before = new XSSFWorkbook(Files.newInputStream(
                Path.of("sample-workbooks/2024/forms/D03/SCH03054.xlsx")));
             XSSFWorkbook after = new XSSFWorkbook(Files.newInputStream(corrected))) {
            Sheet a = before.getSheet("Form");
            Sheet b = after.getSheet("Form");
            DataFormatter f = new DataFormatter();
            for (Row row : b) {
                for (Cell cell : row) {
                    Cell old = a.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                    if (cell.getCellType() != CellType.FORMULA && !f.formatCellValue(cell).equals(f.formatCellValue(old))) {
                        changed.add(cell.getAddress() + " " + f.formatCellValue(old) + " -> " + f.formatCellValue(cell));
                    }
                }
            }
            assertEquals(1, changed.size(), changed.toString());
            assertTrue(changed.get(0).startsWith("U24 -2 -> "), "the answer key's cell: " + changed);
            assertTrue(b.getRow(23).getCell(20).getNumericCellValue() > 0);
        }
    }

    @Test
    void aSchoolWithoutAnErrorOrInADistrictWorkbookIsRefused() {
        IllegalArgumentException clean = assertThrows(IllegalArgumentException.class,
                () -> CorrectedReturns.write(out, SEED, SCHOOLS, "SCH03001", 2024));
        assertTrue(clean.getMessage().contains("no planted error"), clean.getMessage());
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> CorrectedReturns.write(out, SEED, SCHOOLS, "SCH01009", 2024));
        assertTrue(wide.getMessage().contains("district workbook"), wide.getMessage());
    }
}
