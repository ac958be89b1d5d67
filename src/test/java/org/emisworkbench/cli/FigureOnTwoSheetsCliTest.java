package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0090 across sheets (issue #11). Two grids on two sheets of one school's workbook giving the same figure
 * (school, enrolment, grade, sex) were two stored rows: the check, the import and the long CSV counted both while
 * the store kept one. Now the file is refused, naming both sheets and cells, unless both grids say they add up;
 * then each figure is stored once, the sum, its source naming the other sheet's cell. Workbook written here, the
 * sums worked out here.
 */
class FigureOnTwoSheetsCliTest {
    @TempDir
    Path dir;

    private static final String[] SHEETS = {"General", "SC"};
    private static final int GRADES = 3;
    /** Row (0-based) of the header Grade | Boys | Girls; the grades follow it. */
    private static final int HEADER = 3;

    private static int boys(int sheet, int grade) {
        return 10 + 7 * sheet + grade;
    }

    private static int girls(int sheet, int grade) {
        return 4 + 3 * sheet + 2 * grade;
    }

    private Path form() throws Exception {
        Path file = dir.resolve("two-sheets-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int k = 0; k < SHEETS.length; k++) {
                Sheet s = wb.createSheet(SHEETS[k]);
                Row code = s.createRow(0);
                code.createCell(0).setCellValue("School code:");
                code.createCell(1).setCellValue("UD-0990");
                s.createRow(HEADER - 1).createCell(0).setCellValue("Enrolment by grade");
                Row header = s.createRow(HEADER);
                String[] heads = {"Grade", "Boys", "Girls"};
                for (int c = 0; c < heads.length; c++) {
                    header.createCell(c).setCellValue(heads[c]);
                }
                for (int g = 1; g <= GRADES; g++) {
                    Row r = s.createRow(HEADER + g);
                    r.createCell(0).setCellValue("Grade " + g);
                    r.createCell(1).setCellValue(boys(k, g));
                    r.createCell(2).setCellValue(girls(k, g));
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(boolean adds) throws Exception {
        StringBuilder sheets = new StringBuilder();
        for (String name : SHEETS) {
            sheets.append(sheets.length() == 0 ? "" : ",\n").append("""
                    {"names": ["%s"], "required": ["school.code"],
                     "labels": [{"labels": ["School code"], "field": "school.code"}],
                     "grids": [{"field": "enrolment", "titles": ["Enrolment by grade"], "rows": "grade"%s}]}"""
                    .formatted(name, adds ? ", \"adds\": true" : ""));
        }
        Path t = dir.resolve(adds ? "adds.json" : "plain.json");
        Files.writeString(t, """
                {"id": "two-sheets", "version": 1, "layout": "grid", "sheets": [%s]}
                """.formatted(sheets));
        return t;
    }

    @Test
    void oneFigureFromGridsOnTwoSheetsRefusesTheFile() throws Exception {
        Path file = form();
        Path plain = template(false);
        String refusal = "two-sheets-2024.xlsx: the figure enrolment G1 M is given twice, on sheet General at B"
                + (HEADER + 2) + " by grid #1 \"Enrolment by grade\" and on sheet SC at B" + (HEADER + 2)
                + " by grid #1 \"Enrolment by grade\"";
        CliRun check = CliRun.emis("template", "check", "--template", plain.toString(), file.toString());
        assertTrue(check.out().contains("The import would REFUSE the file: " + refusal), check.out());
        Path db = dir.resolve("plain.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", plain.toString(),
                file.toString());
        assertNotEquals(0, imp.code(), imp.out());
        assertTrue((imp.out() + imp.err()).contains(refusal), imp.out() + imp.err());
    }

    @Test
    void gridsOnTwoSheetsThatAddUpStoreEachFigureOnceTheSum() throws Exception {
        Path file = form();
        Path adds = template(true);
        CliRun check = CliRun.emis("template", "check", "--template", adds.toString(), file.toString());
        assertTrue(check.out().contains("value(s)\n  by topic: enrolment " + 2 * GRADES + "\n"), check.out());
        Path db = dir.resolve("adds.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", adds.toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        List<Map<String, String>> rows = LongCsv.rows(db, 2024, dir.resolve("adds.csv"));
        Map<String, String[]> stored = new HashMap<>();
        rows.stream().filter(r -> "enrolment".equals(r.get("topic"))).forEach(r -> assertEquals(null,
                stored.put(r.get("item") + "|" + r.get("sex"), new String[] {r.get("value"), r.get("sheet"),
                        r.get("cell")}), "one line per grade and sex: " + rows));
        assertEquals(2 * GRADES, stored.size(), stored.keySet().toString());
        for (int g = 1; g <= GRADES; g++) {
            int row = HEADER + g + 1;
            assertEquals(List.of(Integer.toString(boys(0, g) + boys(1, g)), "General", "B" + row + "+SC!B" + row),
                    List.of(stored.get("G" + g + "|M")), "G" + g + " boys");
            assertEquals(List.of(Integer.toString(girls(0, g) + girls(1, g)), "General", "C" + row + "+SC!C" + row),
                    List.of(stored.get("G" + g + "|F")), "G" + g + " girls");
        }
        // Trace names both sheets' cells of the sum.
        CliRun trace = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", "UD-0990",
                "--slot", "G1", "--sex", "M");
        assertTrue(trace.out().contains("= " + (boys(0, 1) + boys(1, 1)) + "\n"), trace.out());
        assertTrue(trace.out().contains("General!B" + (HEADER + 2) + "+SC!B" + (HEADER + 2)), trace.out());
    }
}
