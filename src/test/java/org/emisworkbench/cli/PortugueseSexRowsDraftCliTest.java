package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A Mozambican list whose row gives the sex ({@code Código | Escola | Sexo | 1ª classe | 2ª classe}, two rows per
 * school, {@code H} and {@code M}): the draft reads the Portuguese sex column as the row's sex (review 17b: "Sexo" and
 * "Género" were left out and the import found no figure). Figures written and checked here.
 */
class PortugueseSexRowsDraftCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Sexo", "Género"})
    void aPortugueseSexColumnIsTheRowsSex(String header) throws Exception {
        Path file = dir.resolve("matriculas-2024.xlsx");
        String[] codes = {"EP-101", "EP-102", "EP-103"};
        int[][][] pupils = new int[codes.length][2][2]; // [school][grade][0 = boys (H), 1 = girls (M)]
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Matrículas");
            Row h = s.createRow(0);
            String[] heads = {"Código", "Escola", header, "1ª classe", "2ª classe"};
            for (int c = 0; c < heads.length; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            int r = 1;
            for (int i = 0; i < codes.length; i++) {
                for (int sex = 0; sex < 2; sex++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(codes[i]);
                    row.createCell(1).setCellValue("Escola " + (i + 1));
                    row.createCell(2).setCellValue(sex == 0 ? "H" : "M");
                    for (int g = 0; g < 2; g++) {
                        pupils[i][g][sex] = 10 * (i + 1) + 3 * g + sex;
                        row.createCell(3 + g).setCellValue(pupils[i][g][sex]);
                    }
                }
            }
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString(), "--lang", "pt");
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertTrue(Files.readString(template).contains("\"row.sex\""), "the sex column drafted: " + draft.out());
        Path db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        for (int i = 0; i < codes.length; i++) {
            for (int g = 0; g < 2; g++) {
                for (int sex = 0; sex < 2; sex++) {
                    JsonNode t = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", codes[i],
                            "--slot", "G" + (g + 1), "--sex", sex == 0 ? "M" : "F", "--format", "json").json();
                    assertEquals(pupils[i][g][sex], t.get("value").asInt(), codes[i] + " G" + (g + 1) + ": " + t);
                }
            }
        }
    }
}
