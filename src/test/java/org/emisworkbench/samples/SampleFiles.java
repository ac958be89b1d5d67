package org.emisworkbench.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading generated files back in tests. */
final class SampleFiles {
    private SampleFiles() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<Map<String, Object>> answerKey(Path outDir) throws IOException {
        return new ObjectMapper().readValue(outDir.resolve(AnswerKey.FILE).toFile(),
                new TypeReference<List<Map<String, Object>>>() { });
    }

    static Cell cell(Sheet sheet, String a1) {
        CellReference ref = new CellReference(a1);
        Row row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    static boolean isBlank(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK
                || c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank();
    }

    /** Text of the header cells of a row, in column order (blank cells as ""). */
    static List<String> rowText(Sheet sheet, int row) {
        List<String> out = new ArrayList<>();
        Row r = sheet.getRow(row);
        for (int c = 0; r != null && c < r.getLastCellNum(); c++) {
            Cell cell = r.getCell(c);
            out.add(cell == null ? "" : cell.toString());
        }
        return out;
    }

    /** A count as the importer would read it: numbers, cached formula numbers, or whole-number text. */
    static double number(Cell c) {
        if (c == null) {
            return 0;
        }
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case FORMULA -> c.getNumericCellValue();
            case STRING -> Double.parseDouble(c.getStringCellValue().trim());
            default -> 0;
        };
    }
}
