package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Review 28, F8. UDISE+'s teachers table, {@code Type of teacher | Male | Female | Total} with rows {@code Regular
 * teachers}, {@code Contract teachers} and {@code Total}: the draft read {@code Regular teachers} alone as all the
 * teachers. English statuses are statuses as French ones are: with a {@code Total} row the draft reads that row, and
 * the statuses are reported unread; without one the statuses add up. Workbooks written here, the teachers of each sex
 * worked out here.
 */
class EnglishTeacherStatusesCliTest {
    @TempDir
    Path dir;

    private static final String[] STATUSES = {"Regular teachers", "Contract teachers", "Part-time teachers"};
    private static final int[][] COUNTS = {{3, 4}, {2, 1}, {0, 2}};
    private static final int HEADER = 3;

    /** The table; {@code totalColumn}: a {@code Total} column right of the sexes, as UDISE+ prints it. */
    private Path form(String name, boolean totalRow, boolean totalColumn) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Teachers");
            Row code = s.createRow(0);
            code.createCell(0).setCellValue("School code:");
            code.createCell(1).setCellValue("UD-0777");
            s.createRow(2).createCell(0).setCellValue("TEACHERS");
            Row header = s.createRow(HEADER);
            String[] heads = {"Type of teacher", "Male", "Female", "Total"};
            for (int c = 0; c < (totalColumn ? heads.length : heads.length - 1); c++) {
                header.createCell(c).setCellValue(heads[c]);
            }
            int m = 0;
            int f = 0;
            for (int i = 0; i < STATUSES.length; i++) {
                Row r = s.createRow(HEADER + 1 + i);
                r.createCell(0).setCellValue(STATUSES[i]);
                r.createCell(1).setCellValue(COUNTS[i][0]);
                r.createCell(2).setCellValue(COUNTS[i][1]);
                if (totalColumn) {
                    r.createCell(3).setCellValue(COUNTS[i][0] + COUNTS[i][1]);
                }
                m += COUNTS[i][0];
                f += COUNTS[i][1];
            }
            if (totalRow) {
                Row t = s.createRow(HEADER + 1 + STATUSES.length);
                t.createCell(0).setCellValue("Total");
                t.createCell(1).setCellValue(m);
                t.createCell(2).setCellValue(f);
                if (totalColumn) {
                    t.createCell(3).setCellValue(m + f);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static int teachers(int sex) {
        int n = 0;
        for (int[] c : COUNTS) {
            n += c[sex];
        }
        return n;
    }

    /** Drafts a template from {@code file}, imports the file with it and returns teachers.total by sex. */
    private Map<String, Long> draftAndImport(Path file, String tag) throws Exception {
        Path draft = dir.resolve(tag + ".json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", draft.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        String json = Files.readString(draft);
        for (String status : STATUSES) {
            assertFalse(json.matches("(?s).*\"labels\" : \\[ \"" + status + "\" \\],\\s*\"field\" : \"teachers.total\".*"),
                    status + " read alone as all the teachers:\n" + json);
        }
        Path db = dir.resolve(tag + ".mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--year", "2024", "--template", draft.toString(),
                file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        List<Map<String, String>> rows = LongCsv.rows(db, 2024, dir.resolve(tag + ".csv"));
        Map<String, Long> out = new HashMap<>();
        rows.stream().filter(r -> "teachers".equals(r.get("topic")) && "total".equals(r.get("item")))
                .forEach(r -> assertEquals(null, out.put(r.get("sex"), Math.round(Double.parseDouble(r.get("value")))),
                        "one figure per sex: " + rows));
        return out;
    }

    @Test
    void udiseTeachersAreTheirStatusesAddedNeverRegularTeachersAlone() throws Exception {
        // The word Total heads a column above the Total row: a label Total would find the header's cell first, so
        // the statuses add up, their own cells cited (docs/templates.md section 10, Teachers by status).
        Path file = form("teachers-2024.xlsx", true, true);
        Map<String, Long> stored = draftAndImport(file, "udise");
        assertEquals(Map.of("M", (long) teachers(0), "F", (long) teachers(1)), stored);
        String json = Files.readString(dir.resolve("udise.json"));
        assertTrue(json.contains("\"sumOf\" : [ \"" + String.join("\", \"", STATUSES) + "\" ]"), json);
    }

    @Test
    void withATotalRowTheDraftReadsItAndNoStatusAlone() throws Exception {
        Path file = form("teachers-2024.xlsx", true, false);
        Map<String, Long> stored = draftAndImport(file, "total");
        assertEquals(Map.of("M", (long) teachers(0), "F", (long) teachers(1)), stored);
        Path draft = dir.resolve("total.json");
        String json = Files.readString(draft);
        assertTrue(json.matches("(?s).*\"labels\" : \\[ \"Total\" \\],\\s*\"field\" : \"teachers.total\".*"), json);
        // The statuses are not read, and said so: never dropped in silence.
        CliRun check = CliRun.emis("template", "check", "--template", draft.toString(), file.toString());
        String statuses = "Teachers!B" + (HEADER + 2) + ":C" + (HEADER + 1 + STATUSES.length);
        assertTrue(check.out().contains("UNREAD_FIGURES") && check.out().contains(statuses), check.out());
    }

    @Test
    void withoutATotalRowTheStatusesAddUp() throws Exception {
        Path file = form("teachers-2024.xlsx", false, true);
        Map<String, Long> stored = draftAndImport(file, "sum");
        assertEquals(Map.of("M", (long) teachers(0), "F", (long) teachers(1)), stored);
        assertTrue(Files.readString(dir.resolve("sum.json")).contains("\"sumOf\""));
    }
}
