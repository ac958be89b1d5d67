package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Districts named by name in the returns (no master list) are shown by explore as the returns write them, as the
 * reports do, never upper-cased; two spellings of one district differing only in case stay one row, and a filter
 * matches whatever the case typed.
 */
class ExploreDistrictSpellingCliTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path file = dir.resolve("districts-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Écoles");
            String[] head = {"School code", "School name", "District", "Grade 1 Boys", "Grade 1 Girls"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {
                {"S01", "Alpha", "Coral Bay", 10, 11},
                {"S02", "Beta", "Coral Bay", 20, 22},
                {"S03", "Gamma", "Nord-Est", 5, 6},
                {"S04", "Delta", "Vale do Rio", 7, 9}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sh.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
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
    }

    @Test
    void districtsAreShownAsTheReturnsWriteThem() throws Exception {
        CliRun r = CliRun.emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district",
                "--columns", "year");
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Coral Bay") && l.contains(Integer.toString(10 + 11 + 20 + 22))),
                r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Nord-Est") && l.contains("11")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Vale do Rio") && l.contains("16")), r.out());
        assertFalse(r.out().contains("CORAL BAY") || r.out().contains("NORD-EST") || r.out().contains("VALE DO RIO"),
                r.out());
        // the workbook and the CSV say the same
        Path csv = dir.resolve("d.csv");
        CliRun c = CliRun.emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district",
                "--out", csv.toString());
        assertEquals(0, c.code(), c.out() + c.err());
        String text = Files.readString(csv);
        assertTrue(text.contains("\r\nCoral Bay,enrolment,63,") && text.contains("\r\nNord-Est,enrolment,11,"), text);
        // a filter typed in another case still finds the district, shown as written
        CliRun f = CliRun.emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district",
                "--filter", "district=coral bay");
        assertEquals(0, f.code(), f.out() + f.err());
        assertTrue(f.out().lines().anyMatch(l -> l.startsWith("Coral Bay") && l.contains("63")), f.out());
        assertFalse(f.out().contains("Nord-Est"), f.out());
    }
}
