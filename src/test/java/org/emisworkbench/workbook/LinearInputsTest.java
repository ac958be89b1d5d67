package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to make a reader quadratic: one cell of 200,000 rich-text runs (inline and shared), one
 * row of 200,000 cells whose references go backwards. Each size is chosen so that a quadratic reader
 * needs minutes (well over the bound) and a linear one well under a second; the bound guards the
 * complexity, not the speed of the machine.
 */
class LinearInputsTest {
    static final int RUNS = 200_000;
    static final String RUN = "abcde";
    static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** The runs' texts, varied (a fixed text would deflate past the zip-bomb guard) and known in advance. */
    private static String runText(int i) {
        long x = i * 2654435761L;
        StringBuilder b = new StringBuilder(RUN.length());
        for (int k = 0; k < RUN.length(); k++) {
            b.append((char) ('a' + (int) ((x >>> (5 * k)) & 0xFFFF) % 26));
        }
        return b.toString();
    }

    private static String expectedText() {
        StringBuilder b = new StringBuilder(RUNS * RUN.length());
        for (int i = 0; i < RUNS; i++) {
            b.append(runText(i));
        }
        return b.toString();
    }

    private static String runs(String ns) {
        StringBuilder b = new StringBuilder(RUNS * 40);
        for (int i = 0; i < RUNS; i++) {
            b.append("<").append(ns).append("r><").append(ns).append("t>").append(runText(i)).append("</").append(ns)
                    .append("t></").append(ns).append("r>");
        }
        return b.toString();
    }

    @Test
    void anInlineStringOfManyRunsIsReadInLinearTime() throws Exception {
        Path file = Fixtures.rawSheet(dir.resolve("inline-runs.xlsx"), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(Fixtures.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + runs("") + "</is></c></row>"));
            w.flush();
        });
        List<Cell> cells = assertTimeoutPreemptively(BOUND, () -> Fixtures.cells(file));
        assertEquals(1, cells.size());
        assertEquals(expectedText(), cells.get(0).text());
    }

    @Test
    void aSharedStringOfManyRunsIsReadInLinearTime() throws Exception {
        Path plain = Fixtures.write(dir.resolve("plain.xlsx"), new XSSFWorkbook(),
                wb -> wb.createSheet("Data").createRow(0).createCell(0).setCellValue("x"));
        Path file = dir.resolve("shared-runs.xlsx");
        Fixtures.replaceEntries(plain, file, Map.of("xl/sharedStrings.xml", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + Fixtures.SHEET_NS
                    + " count=\"1\" uniqueCount=\"1\"><si>" + runs("") + "</si></sst>");
            w.flush();
        }));
        List<Cell> cells = assertTimeoutPreemptively(BOUND, () -> Fixtures.cells(file));
        assertEquals(1, cells.size());
        assertEquals(expectedText(), cells.get(0).text());
    }

    @Test
    void aRowWhoseReferencesGoBackwardsIsSortedInLinearithmicTime() throws Exception {
        int maxCol = 26 + 26 * 26 + 26 * 26 * 26;  // A … ZZZ, the longest references the reader accepts
        int n = 200_000;
        Path whole = Fixtures.rawSheet(dir.resolve("backwards-whole.xlsx"), out -> {
            StringBuilder row = new StringBuilder(n * 30).append("<row r=\"1\">");
            for (int i = 0; i < n; i++) {
                int col = maxCol - 1 - (i % maxCol);
                row.append("<c r=\"").append(letters(col)).append("1\"><v>").append(i).append("</v></c>");
            }
            row.append("</row>");
            out.write(Fixtures.sheet(row.toString()).getBytes(StandardCharsets.UTF_8));
        });
        List<Cell> cells = assertTimeoutPreemptively(BOUND, () -> Fixtures.cells(whole));
        assertTrue(!cells.isEmpty());
        for (int i = 1; i < cells.size(); i++) {
            assertTrue(cells.get(i - 1).col() <= cells.get(i).col(), "cells in column order at " + i);
        }
        assertEquals(0, cells.get(0).col());
        assertEquals(maxCol - 1, cells.get(cells.size() - 1).col());
    }

    /** Column letters of a 0-based column: 0 → A, 26 → AA. */
    static String letters(int col) {
        StringBuilder b = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }
}
