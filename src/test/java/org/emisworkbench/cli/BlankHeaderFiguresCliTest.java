package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Review 15, item 2: a column of figures under a blank header was passed over by draft, check and import without
 * a word. It is now a column of figures not read, named by its letters ("column E (no header)"); an index column
 * (blank header over 0, 1, 2… counting the rows, as a data frame writes it) is no census figures and no warning.
 * The workbook is written here: the index first with no header cell at all, the figures in the middle of the
 * table under no header cell, a second index from 1 at the end under an empty text header.
 */
class BlankHeaderFiguresCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "blank-test", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Pupils"], "key": ["Code"],
               "columns": [{"headers": ["Name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /** Girls of grade 1 in the column without a header, one per school. */
    private static final int[] UNNAMED = {5, 7, 9};

    private Path workbook() throws Exception {
        Path file = dir.resolve("blank_2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Pupils");
            Row h = s.createRow(0);
            // A: no cell (the index), B Code, C Name, D Grade 1 M, E: no cell (figures), F Grade 2 M, G: "" (index).
            h.createCell(1).setCellValue("Code");
            h.createCell(2).setCellValue("Name");
            h.createCell(3).setCellValue("Grade 1 M");
            h.createCell(5).setCellValue("Grade 2 M");
            h.createCell(6).setCellValue("");
            String[] codes = {"BH-1", "BH-2", "BH-3"};
            for (int r = 0; r < codes.length; r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(codes[r]);
                row.createCell(2).setCellValue("School " + (r + 1));
                row.createCell(3).setCellValue(10 + r);
                row.createCell(4).setCellValue(UNNAMED[r]);
                row.createCell(5).setCellValue(20 + r);
                row.createCell(6).setCellValue(r + 1);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        Path t = dir.resolve("blank-test.json");
        Files.writeString(t, TEMPLATE);
        return t;
    }

    @Test
    void figuresUnderABlankHeaderAreReportedNotReadAndAnIndexColumnIsNot() throws Exception {
        Path file = workbook();
        int lost = 0;
        for (int v : UNNAMED) {
            lost += v;
        }
        assertEquals(21, lost);

        CliRun r = CliRun.emis("import", "--db", dir.resolve("w.mv.db").toString(), "--template",
                template().toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("OK with warnings: 1 column(s) or block(s) of figures not read: Pupils!E (no header)"),
                r.out());
        assertTrue(r.out().contains("UNREAD_FIGURES               1"), r.out());
        assertFalse(r.out().contains("Pupils!A ("), "the index column is no census figures: " + r.out());
        assertFalse(r.out().contains("Pupils!G ("), "the index column is no census figures: " + r.out());

        // JSON: the one column, with as many figures as it holds.
        CliRun j = CliRun.emis("import", "--db", dir.resolve("j.mv.db").toString(), "--template",
                template().toString(), "--format", "json", file.toString());
        JsonNode unread = j.json().findValue("unreadColumns");
        assertEquals(1, unread.size(), j.out());
        assertEquals("E", unread.get(0).get("column").asText(), j.out());
        assertEquals(UNNAMED.length, unread.get(0).get("figures").asInt(), j.out());

        // In French, the same warning in its words.
        CliRun fr = CliRun.emis("import", "--db", dir.resolve("fr.mv.db").toString(), "--template",
                template().toString(), "--lang", "fr", file.toString());
        assertTrue(fr.out().contains("Pupils!E (sans en-tête)"), fr.out());

        // The check names it too (exit 1: figures left unread), and shows the index columns as such, no warning.
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().matches("(?s).*NOT READ\\s+E\\s+\\(no header\\)\\s+numbers below, e\\.g\\. 5, 7, 9.*"),
                check.out());
        assertTrue(check.out().matches("(?s).*NOT READ\\s+A\\s+\\(no header\\)\\s+an index column.*"), check.out());
        assertTrue(check.out().matches("(?s).*NOT READ\\s+G\\s+\\(no header\\)\\s+an index column.*"), check.out());
        assertTrue(check.out().contains("WARNING: 1 column(s) or block(s) of figures would not be read"), check.out());

        // The draft notes both.
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", dir.resolve("d.json").toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String said = draft.out() + draft.err();
        assertTrue(said.contains("column E has no header and 3 figure(s) below it"), said);
        assertTrue(said.contains("column A has no header and numbers 0, 1, 2"), said);
        assertTrue(said.contains("column G has no header and numbers 0, 1, 2"), said);
    }
}
