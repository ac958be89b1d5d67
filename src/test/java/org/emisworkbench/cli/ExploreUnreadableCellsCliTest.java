package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure adding up a cell that could not be read (a formula error, a word where a count belongs) is partial
 * where it is printed, never shown bare; a blank cell (a grade a school does not teach) is not. The test writes
 * the workbook, knows which cells it spoiled, and checks each printed cell of district × grade.
 */
class ExploreUnreadableCellsCliTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path file = dir.resolve("circonscriptions-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Returns");
            String[] head = {"School code", "School name", "District", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                    "Grade 2 Girls"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            // S002 G2 boys: #REF!; S003 G1 girls: a word; S004 G2 girls: a no-break space, as a pasted form leaves an
            // empty cell (blank: no such class, not unreadable).
            Object[][] rows = {
                {"S001", "Alpha", "D1", 10, 11, 12, 13},
                {"S002", "Beta", "D1", 20, 21, FormulaError.REF, 23},
                {"S003", "Gamma", "D2", 30, "twelve", 32, 33},
                {"S004", "Delta", "D2", 40, 41, 42, "\u00A0"}};
            for (int r = 0; r < rows.length; r++) {
                Sheets.row(sh, r + 1, rows[r]);
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
    void aSumWithAnUnreadableCellIsMarkedPartialAndABlankOneIsNot() throws Exception {
        Path csv = dir.resolve("by-grade.csv");
        CliRun r = CliRun.emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district",
                "--columns", "grade", "--out", csv.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith(",schools_not_reporting,partial,schools_with_unreadable_cells"), lines.get(0));
        Map<String, String[]> byCell = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            byCell.put(f[0] + " " + f[1], f);
        }
        // district grade → value the readable cells add up to, partial, schools with unreadable cells
        Map<String, Object[]> expected = Map.of(
                "D1 G1", new Object[] {10 + 11 + 20 + 21, false, 0},
                "D1 G2", new Object[] {12 + 13 + 23, true, 1},
                "D2 G1", new Object[] {30 + 40 + 41, true, 1},
                "D2 G2", new Object[] {32 + 33 + 42, false, 0});
        assertEquals(expected.keySet(), byCell.keySet(), String.join("\n", lines));
        expected.forEach((cell, e) -> {
            String[] f = byCell.get(cell);
            assertEquals(String.valueOf(e[0]), f[3], cell + ": " + String.join(",", f));
            assertEquals(String.valueOf(e[1]), f[8], cell + " partial: " + String.join(",", f));
            assertEquals(String.valueOf(e[2]), f[9], cell + " schools with unreadable cells: " + String.join(",", f));
        });
        // By age: the returns give no ages, so every figure is under "age not reported", partial where unreadable.
        Path byAge = dir.resolve("by-age.csv");
        CliRun ages = CliRun.emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "age",
                "--columns", "grade", "--out", byAge.toString());
        assertEquals(0, ages.code(), ages.out() + ages.err());
        List<String> ageLines = Files.readAllLines(byAge);
        for (String grade : List.of("G1", "G2")) {
            String[] f = ageLines.stream().map(l -> l.split(",", -1)).filter(x -> x[1].equals(grade)).findFirst()
                    .orElseThrow(() -> new AssertionError(String.join("\n", ageLines)));
            assertEquals("true", f[8], grade + " by age is partial: " + String.join(",", f));
        }
        // Printed: the partial values carry the mark and the table its footnote.
        CliRun shown = CliRun.emis("explore", "--db", db.toString(), "--measure", "enrolment", "--rows", "district",
                "--columns", "grade");
        assertEquals(0, shown.code(), shown.err());
        String d1 = shown.out().lines().filter(l -> l.startsWith("D1")).findFirst().orElseThrow();
        assertTrue(d1.contains((12 + 13 + 23) + " *") && !d1.contains((10 + 11 + 20 + 21) + " *"), shown.out());
        assertTrue(shown.out().contains("or hold cells of them that could not be read"), shown.out());
    }

    @Test
    void theEnrolmentIndicatorsSayTheyArePartialAndHowMany() {
        CliRun all = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "csv");
        assertEquals(0, all.code(), all.out() + all.err());
        String total = all.out().lines().filter(l -> l.startsWith("enrolment_total,country,primary,2024,count,all,"))
                .findFirst().orElseThrow(() -> new AssertionError(all.out()));
        // the readable cells only: the #REF! and the word are left out, never 0 and never a guess
        int readable = 10 + 11 + 12 + 13 + 20 + 21 + 23 + 30 + 32 + 33 + 40 + 41 + 42;
        assertTrue(total.contains("," + readable + ".0,"), total);
        assertTrue(total.contains("partial: 2 school(s) in the country hold enrolment cells that could not be read"),
                total);
        CliRun d1 = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--district", "D2",
                "--format", "csv");
        assertEquals(0, d1.code(), d1.out() + d1.err());
        assertTrue(d1.out().contains("partial: 1 school(s) in") && !d1.out().contains("partial: 2 school(s)"),
                d1.out());
        // In the officer's language, the keys staying English (review 17: the notes were English under --lang fr).
        CliRun fr = CliRun.emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json",
                "--lang", "fr");
        assertEquals(0, fr.code(), fr.out() + fr.err());
        assertTrue(fr.out().contains("partiel : 2 école(s) dans le pays ont des cellules d'effectifs qui n'ont pas pu"
                + " être lues"), fr.out());
        assertTrue(fr.out().contains("\"enrolment_total\""), "the keys stay English: " + fr.out());
    }
}
