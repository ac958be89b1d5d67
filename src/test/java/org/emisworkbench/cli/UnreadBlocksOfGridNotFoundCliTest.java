package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 28, section 10. A Spanish form, enrolment and repeaters each {@code Grado | Hombres | Mujeres | Total} with
 * the template's own grades ({@code 1º grado} …): when a grid is not found, every block of numbers not read is listed
 * {@code NOT READ}, the repeaters' too, though {@code Repitentes} is no word the program knows; so it is when the
 * template has no grid for it at all (its rows are the template's grades). Workbook written here, the blocks' cells
 * worked out here.
 */
class UnreadBlocksOfGridNotFoundCliTest {
    @TempDir
    Path dir;

    private static final int GRADES = 6;
    /** Rows (0-based) of each table's title; its header is the row below, its grades under it, then a Total row. */
    private static final int[] TITLES = {4, 14};
    private static final String[] NAMES = {"Matrícula por grado", "Repitentes"};

    private Path form() throws Exception {
        Path file = dir.resolve("matricula_0456789_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Matrícula");
            Row code = s.createRow(1);
            code.createCell(0).setCellValue("Código modular:");
            code.createCell(1).setCellValue("0456789");
            for (int t = 0; t < TITLES.length; t++) {
                s.createRow(TITLES[t]).createCell(0).setCellValue(NAMES[t]);
                Row header = s.createRow(TITLES[t] + 1);
                String[] heads = {"Grado", "Hombres", "Mujeres", "Total"};
                for (int c = 0; c < heads.length; c++) {
                    header.createCell(c).setCellValue(heads[c]);
                }
                for (int g = 1; g <= GRADES; g++) {
                    Row r = s.createRow(TITLES[t] + 1 + g);
                    r.createCell(0).setCellValue(g + "º grado");
                    int m = 10 * (t + 1) + g;
                    int f = 5 * (t + 1) + 2 * g;
                    r.createCell(1).setCellValue(m);
                    r.createCell(2).setCellValue(f);
                    r.createCell(3).setCellValue(m + f);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(String grids) throws Exception {
        StringBuilder grades = new StringBuilder();
        for (int g = 1; g <= GRADES; g++) {
            grades.append(g == 1 ? "" : ", ").append("\"G").append(g).append("\": [\"").append(g).append("º grado\"]");
        }
        Path t = dir.resolve("es.json");
        Files.writeString(t, """
                {"id": "es", "version": 1, "layout": "grid", "codeLists": {"grade": {%s}},
                 "sheets": [{"names": ["Matrícula"], "required": ["school.code"],
                   "labels": [{"labels": ["Código modular"], "field": "school.code"}],
                   "grids": [%s]}]}
                """.formatted(grades, grids));
        return t;
    }

    /** The block of figures (sexes' columns B:C) of table {@code t}, as the check names it. */
    private static String block(int t) {
        return "B" + (TITLES[t] + 3) + ":C" + (TITLES[t] + 2 + GRADES);
    }

    @Test
    void aGridNotFoundLeavesEveryBlockOfNumbersListedNotRead() throws Exception {
        Path file = form();
        Path tpl = template("{\"field\": \"repeaters\", \"titles\": [\"Repitentes\"], \"rows\": \"grade\"}");
        CliRun check = CliRun.emis("template", "check", "--template", tpl.toString(), file.toString());
        assertTrue(check.out().contains("grid not found: Repitentes"), check.out());
        for (int t = 0; t < TITLES.length; t++) {
            assertTrue(check.out().contains("NOT READ  " + block(t)), block(t) + "\n" + check.out());
            assertTrue(check.out().contains("Matrícula!" + block(t) + " UNREAD_FIGURES"), check.out());
        }
    }

    @Test
    void rowsOfTheTemplatesGradesAreFiguresEvenWithoutAGrid() throws Exception {
        Path file = form();
        Path tpl = template("");
        CliRun check = CliRun.emis("template", "check", "--template", tpl.toString(), file.toString());
        for (int t = 0; t < TITLES.length; t++) {
            assertTrue(check.out().contains("NOT READ  " + block(t)), block(t) + "\n" + check.out());
        }
    }
}
