package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 28, F1 and F8. A form with four blocks of one figure by social category ({@code General}, {@code SC},
 * {@code ST}, {@code OBC}), each {@code Class | Boys | Girls | Total} with a row per grade and a {@code Sub-Total}
 * row: grids of one field giving each figure four times from four cells refuse the file, naming both cells; grids
 * that say they add up ({@code "adds": true}) store each figure once, the sum, its source naming every cell; the
 * draft writes them so; the {@code Sub-Total} rows are checked as totals, never read as grades. Workbooks written
 * here, the expected figures worked out here.
 */
class StackedBlocksAddUpCliTest {
    @TempDir
    Path dir;

    private static final String[] BLOCKS = {"General", "SC", "ST", "OBC"};
    private static final int GRADES = 6;
    /** Rows each block takes: title, header, the grades, Sub-Total, a blank row. */
    private static final int HEIGHT = 2 + GRADES + 2;
    private static final int TOP = 3;

    private static int boys(int block, int grade) {
        return 3 + 5 * block + grade;
    }

    private static int girls(int block, int grade) {
        return 2 + 3 * block + 2 * grade % 5;
    }

    /** Row (0-based) of grade {@code grade} (1-based) of block {@code block}. */
    private static int gradeRow(int block, int grade) {
        return TOP + HEIGHT * block + 1 + grade;
    }

    /** The form; with {@code wrongSubtotal} the SC block's boys' Sub-Total is one more than its grades. */
    private Path form(String name, boolean wrongSubtotal) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Enrolment");
            Row code = s.createRow(0);
            code.createCell(0).setCellValue("School code:");
            code.createCell(1).setCellValue("UD-0451");
            s.createRow(1).createCell(0).setCellValue("Year: 2024");
            for (int b = 0; b < BLOCKS.length; b++) {
                int top = TOP + HEIGHT * b;
                s.createRow(top).createCell(0).setCellValue("Social Category: " + BLOCKS[b]);
                Row header = s.createRow(top + 1);
                String[] heads = {"Class", "Boys", "Girls", "Total"};
                for (int c = 0; c < heads.length; c++) {
                    header.createCell(c).setCellValue(heads[c]);
                }
                int sumB = 0;
                int sumG = 0;
                for (int g = 1; g <= GRADES; g++) {
                    Row r = s.createRow(gradeRow(b, g));
                    r.createCell(0).setCellValue("Grade " + g);
                    r.createCell(1).setCellValue(boys(b, g));
                    r.createCell(2).setCellValue(girls(b, g));
                    r.createCell(3).setCellValue(boys(b, g) + girls(b, g));
                    sumB += boys(b, g);
                    sumG += girls(b, g);
                }
                Row sub = s.createRow(gradeRow(b, GRADES) + 1);
                sub.createCell(0).setCellValue(b == 2 ? "Subtotal" : "Sub-Total");
                sub.createCell(1).setCellValue(sumB + (wrongSubtotal && b == 1 ? 1 : 0));
                sub.createCell(2).setCellValue(sumG);
                sub.createCell(3).setCellValue(sumB + sumG);
            }
            wb.write(out);
        }
        return file;
    }

    private static String template(boolean adds) {
        StringBuilder grids = new StringBuilder();
        for (String b : BLOCKS) {
            grids.append(grids.length() == 0 ? "" : ",\n").append("{\"field\": \"enrolment\", \"titles\": [\"Social")
                    .append(" Category: ").append(b).append("\"], \"rows\": \"grade\"")
                    .append(adds ? ", \"adds\": true" : "").append("}");
        }
        return """
                {"id": "stacked", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Enrolment"], "required": ["school.code"],
                   "labels": [{"labels": ["School code"], "field": "school.code"}],
                   "grids": [%s]}]}
                """.formatted(grids);
    }

    private static String cell(int col, int row) {
        return (char) ('A' + col) + Integer.toString(row + 1);
    }

    /** The long CSV's enrolment lines as grade|sex to value and cell, each key once (a second one fails). */
    private Map<String, String[]> exported(Path db) throws Exception {
        Path csv = dir.resolve("out-" + db.getFileName() + ".csv");
        CliRun exp = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv",
                "--include-unchecked", "--out", csv.toString());
        assertEquals(0, exp.code(), exp.out() + exp.err());
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        Map<String, String[]> out = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            if (!f[head.indexOf("topic")].equals("enrolment")) {
                continue;
            }
            String key = f[head.indexOf("item")] + "|" + f[head.indexOf("sex")];
            String[] was = out.put(key, new String[] {f[head.indexOf("value")], f[head.indexOf("cell")]});
            assertEquals(null, was, "one line per grade and sex: " + key + "\n" + String.join("\n", lines));
        }
        return out;
    }

    @Test
    void blocksOfOneFigureRefuseTheFileUnlessTheirGridsSayTheyAddUp() throws Exception {
        Path file = form("ud-2024.xlsx", false);
        Path plain = dir.resolve("plain.json");
        Files.writeString(plain, template(false));
        CliRun check = CliRun.emis("template", "check", "--template", plain.toString(), file.toString());
        String refusal = "ud-2024.xlsx, sheet Enrolment: the figure enrolment G1 M is given twice, at "
                + cell(1, gradeRow(0, 1)) + " by grid #1 \"Social Category: General\" and at " + cell(1, gradeRow(1, 1))
                + " by grid #2 \"Social Category: SC\"";
        assertTrue(check.out().contains("The import would REFUSE the file: " + refusal), check.out());
        assertTrue(check.out().contains("\"adds\": true"), check.out());

        // Refused at import too: nothing of the file is stored, not the first block alone.
        Path db = dir.resolve("plain.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", plain.toString(),
                file.toString());
        assertTrue((imp.out() + imp.err()).contains(refusal), imp.out() + imp.err());
        assertNotEquals(0, imp.code(), imp.out());
        // A workspace made of the refused file alone is not even created; one that is holds none of its figures.
        assertTrue(!Files.exists(db) || exported(db).isEmpty(), "nothing stored from a refused file");

        // Saying that the blocks add up: each grade and sex once, the sum of the four blocks, every cell named.
        Path adds = dir.resolve("adds.json");
        Files.writeString(adds, template(true));
        Path db2 = dir.resolve("adds.mv.db");
        CliRun imp2 = CliRun.emis("import", "--db", db2.toString(), "--year", "2024", "--template", adds.toString(),
                file.toString());
        assertEquals(0, imp2.code(), imp2.out() + imp2.err());
        assertFalse((imp2.out() + imp2.err()).contains("UNKNOWN_CODE"), imp2.out());
        assertFalse((imp2.out() + imp2.err()).contains("TOTAL_MISMATCH"), imp2.out());
        Map<String, String[]> stored = exported(db2);
        assertEquals(2 * GRADES, stored.size(), stored.keySet().toString());
        for (int g = 1; g <= GRADES; g++) {
            int m = 0;
            int f = 0;
            List<String> mCells = new ArrayList<>();
            List<String> fCells = new ArrayList<>();
            for (int b = 0; b < BLOCKS.length; b++) {
                m += boys(b, g);
                f += girls(b, g);
                mCells.add(cell(1, gradeRow(b, g)));
                fCells.add(cell(2, gradeRow(b, g)));
            }
            assertEquals(List.of(Integer.toString(m), String.join("+", mCells)), List.of(stored.get("G" + g + "|M")),
                    "G" + g + " boys");
            assertEquals(List.of(Integer.toString(f), String.join("+", fCells)), List.of(stored.get("G" + g + "|F")),
                    "G" + g + " girls");
        }
        // Trace gives the same figure as the export (the indicators read it so), with every cell.
        int g1Boys = 0;
        for (int b = 0; b < BLOCKS.length; b++) {
            g1Boys += boys(b, 1);
        }
        CliRun trace = CliRun.emis("trace", "--db", db2.toString(), "--year", "2024", "--school", "UD-0451",
                "--slot", "G1", "--sex", "M");
        assertTrue(trace.out().contains("= " + g1Boys + "\n"), trace.out());
        assertTrue(trace.out().contains("Enrolment!" + cell(1, gradeRow(0, 1)) + "+" + cell(1, gradeRow(1, 1))),
                trace.out());
    }

    @Test
    void theDraftWritesRepeatedBlocksAsAddingUp() throws Exception {
        Path file = form("ud-2024.xlsx", false);
        Path draft = dir.resolve("draft.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String json = Files.readString(draft);
        assertEquals(BLOCKS.length, json.split("\"adds\" : true", -1).length - 1, json);
        assertTrue((d.out() + d.err()).contains("4 tables of enrolment are written alike"), d.out() + d.err());
        CliRun check = CliRun.emis("template", "check", "--template", draft.toString(), file.toString());
        assertFalse(check.out().contains("REFUSE"), check.out());
        assertTrue(check.out().contains("value(s)\n  by topic: enrolment " + 2 * GRADES + "\n"), check.out());
    }

    @Test
    void aSubTotalRowIsCheckedAsATotalNeverReadAsAGrade() throws Exception {
        Path file = form("ud-2024.xlsx", true);
        Path adds = dir.resolve("adds.json");
        Files.writeString(adds, template(true));
        CliRun check = CliRun.emis("template", "check", "--template", adds.toString(), file.toString());
        assertFalse(check.out().contains("UNKNOWN_CODE"), check.out());
        // Each block's Sub-Total row is named among the rows not imported as figures.
        assertTrue(check.out().contains("skipped " + BLOCKS.length + " row(s): total row"), check.out());
        // The SC block's boys' Sub-Total, one more than its grades, is said at its cell with the sum of the grades.
        int sc = 0;
        for (int g = 1; g <= GRADES; g++) {
            sc += boys(1, g);
        }
        String at = cell(1, gradeRow(1, GRADES) + 1);
        assertTrue(check.out().contains("Enrolment!" + at + " TOTAL_MISMATCH"), check.out());
        assertTrue(check.out().contains(Integer.toString(sc + 1)) && check.out().contains(Integer.toString(sc)),
                check.out());
        assertNotEquals(-1, check.out().indexOf("TOTAL_MISMATCH"), check.out());
    }
}
