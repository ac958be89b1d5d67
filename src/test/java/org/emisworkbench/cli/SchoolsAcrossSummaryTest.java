package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a sheet read with one column per school ({@code "schoolsIn": "columns"}) counts what it skipped
 * as columns: the blank column between two schools and the TOTAL column are columns, not rows, in the import's
 * summary and in the template check, in English and in French.
 */
class SchoolsAcrossSummaryTest {
    private static final String TEMPLATE = """
            {"id": "across", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Summary"], "key": ["School code"], "schoolsIn": "columns",
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theColumnsASheetAcrossSkipsAreSaidToBeColumns() throws Exception {
        Path template = Files.writeString(dir.resolve("across.json"), TEMPLATE);
        Path file = dir.resolve("north-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Summary");
            row(s, 0, "School code", "NR-01", "", "NR-02", "NR-03", "TOTAL");
            row(s, 1, "School name", "Bondo", "", "Chisi", "Dedza", "");
            row(s, 2, "Grade 1 Boys", 10, "", 12, 7, 29);
            row(s, 3, "Grade 1 Girls", 11, "", 13, 8, 32);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRun en = emis("import", "--db", dir.resolve("w").toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, en.code(), en.err() + en.out());
        assertTrue(en.out().contains("+3 schools"), en.out());
        assertTrue(en.out().contains("skipped 1 column(s): blank column"), en.out());
        assertTrue(en.out().contains("skipped 1 column(s): total column (checked, not stored)"), en.out());
        assertFalse(en.out().contains("row(s): blank row") || en.out().contains("row(s): total row"), en.out());

        CliRun fr = emis("import", "--db", dir.resolve("w-fr").toString(), "--template", template.toString(),
                "--lang", "fr", file.toString());
        assertEquals(0, fr.code(), fr.err() + fr.out());
        assertTrue(fr.out().contains("1 colonne(s) ignorée(s) : colonne vide"), fr.out());
        assertTrue(fr.out().contains("1 colonne(s) ignorée(s) : colonne de total"), fr.out());
        assertFalse(fr.out().contains("ligne vide") || fr.out().contains("ligne de total"), fr.out());

        CliRun check = emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.err() + check.out());
        assertTrue(check.out().contains("skipped 1 column(s): blank column"), check.out());
        assertFalse(check.out().contains("row(s): blank row"), check.out());
    }

    private static void row(Sheet s, int r, Object... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Integer n) {
                row.createCell(c).setCellValue(n);
            } else if (!((String) cells[c]).isEmpty()) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }
}
