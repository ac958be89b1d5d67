package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review 25, F10.1: TCH-05 (trained teachers not more than teachers) said "16 trained teachers but 14 teachers" of
 * a return giving trained teachers of both sexes and the women's total only: the men's total was missing, and the
 * rule compared both sexes with one. It now pairs by sex: each sex where the return gives both figures of it, and
 * the totals of both sexes only where the teachers' total is whole (both sexes, or both together). The workbooks
 * are written here; the expected findings are worked out below by the same pairing, figure by figure. TCH-04
 * (qualified teachers) pairs the same way since session 27: on the sample country it compared both sexes' qualified
 * teachers with a total whose women's figure was unreadable; the same cases run for it with the qualified figures.
 */
class TeachersPairedBySexCliTest {
    @TempDir
    Path dir;

    /** Per school: teachers F, teachers M, trained F, trained M (null: blank). */
    private static final Object[][] BY_SEX = {
        {"TT-101", 14, null, 9, 7},   // review 25's school: women fine, men's total missing: no finding (was 16 > 14)
        {"TT-102", 8, null, 10, 3},   // women over their own total, men not comparable
        {"TT-103", 5, 10, 7, 2},      // women over, men under: the sums (9 ≤ 15) would hide it
        {"TT-104", 6, 6, 6, 5},       // fine
        {"TT-105", 4, 4, 5, 6}};      // both sexes over
    /** Per school: teachers of both sexes together (sex not reported), trained F, trained M. */
    private static final Object[][] TOGETHER = {
        {"TT-201", 10, 6, 6},         // a whole total: 12 trained > 10 teachers
        {"TT-202", 20, 6, 6}};        // fine

    private Path workbook(String name, String[] header, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Staff");
            Sheets.row(sh, 0, (Object[]) header);
            for (int i = 0; i < rows.length; i++) {
                Row r = sh.createRow(1 + i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] instanceof String s) {
                        r.createCell(c).setCellValue(s);
                    } else if (rows[i][c] instanceof Integer n) {
                        r.createCell(c).setCellValue(n);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path template(String id, String totalColumns, String word, String field) throws Exception {
        Path t = dir.resolve(id + ".json");
        Files.writeString(t, """
                {"id": "%s", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Staff"], "key": ["School ID"],
                   "columns": [%s,
                               {"headers": ["%3$s F"], "field": "teachers.%4$s", "sex": "F"},
                               {"headers": ["%3$s M"], "field": "teachers.%4$s", "sex": "M"}]}]}
                """.formatted(id, totalColumns, word, field));
        return t;
    }

    private static Integer at(Object[] row, int i) {
        return (Integer) row[i];
    }

    /**
     * The finding a school should get, "left|right", or none: the sexes over their own total (trained and total of
     * that sex both given), added up; when no sex is, the trained of both sexes against a whole total.
     */
    private static String expected(Integer totF, Integer totM, Integer totBoth, Integer trF, Integer trM) {
        int left = 0;
        int right = 0;
        if (trF != null && totF != null && trF > totF) {
            left += trF;
            right += totF;
        }
        if (trM != null && totM != null && trM > totM) {
            left += trM;
            right += totM;
        }
        if (left > 0) {
            return left + "|" + right;
        }
        Integer whole = totF != null && totM != null ? Integer.valueOf(totF + totM)
                : totF == null && totM == null ? totBoth : null;
        Integer trained = trF == null && trM == null ? null : (trF == null ? 0 : trF) + (trM == null ? 0 : trM);
        return whole != null && trained != null && trained > whole ? trained + "|" + whole : null;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "TCH-05, Trained, trained, 'trained teachers but ', 'professores com formação mas '",
        "TCH-04, Qualified, qualified, 'qualified teachers but ', 'professores qualificados mas '"})
    void teachersOfAKindAreComparedSexBySexNeverWithATotalLackingASex(String rule, String word, String field,
            String english, String portuguese) throws Exception {
        Path db = dir.resolve("staff.mv.db");
        CliRun a = CliRun.emis("import", "--db", db.toString(), "--template", template("bysex",
                "{\"headers\": [\"Teachers F\"], \"field\": \"teachers.total\", \"sex\": \"F\"},"
                        + "{\"headers\": [\"Teachers M\"], \"field\": \"teachers.total\", \"sex\": \"M\"}", word, field)
                        .toString(),
                workbook("bysex-2024.xlsx", new String[] {"School ID", "Teachers F", "Teachers M", word + " F",
                    word + " M"}, BY_SEX).toString());
        assertTrue(a.code() <= 1, a.out() + a.err());
        CliRun b = CliRun.emis("import", "--db", db.toString(), "--template", template("together",
                "{\"headers\": [\"Teachers\"], \"field\": \"teachers.total\", \"sex\": \"both\"}", word, field)
                        .toString(),
                workbook("together-2024.xlsx", new String[] {"School ID", "Teachers", word + " F", word + " M"},
                        TOGETHER).toString());
        assertTrue(b.code() <= 1, b.out() + b.err());

        Map<String, String> want = new TreeMap<>();
        for (Object[] r : BY_SEX) {
            String e = expected(at(r, 1), at(r, 2), null, at(r, 3), at(r, 4));
            if (e != null) {
                want.put((String) r[0], e);
            }
        }
        for (Object[] r : TOGETHER) {
            String e = expected(null, null, at(r, 1), at(r, 2), at(r, 3));
            if (e != null) {
                want.put((String) r[0], e);
            }
        }
        assertEquals(4, want.size(), "the cases above raise four findings: " + want);
        assertFalse(want.containsKey("TT-101"), "review 25's school is fine by sex");

        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        Map<String, String> got = new TreeMap<>();
        for (JsonNode f : v.json().findParents("rule")) {
            if (rule.equals(f.path("rule").asText())) {
                got.put(f.path("school").asText(), f.path("left").asText() + "|" + f.path("right").asText());
                assertTrue(f.path("message").asText().contains(f.path("left").asText() + " " + english
                        + f.path("right").asText() + " teachers (each sex compared with the teachers of that sex"),
                        f.toString());
            }
        }
        assertEquals(want, got, v.out());

        // In Portuguese, as the review read it.
        CliRun pt = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--lang", "pt");
        assertTrue(pt.out().contains("Escola TT-102: 10 " + portuguese + "8 professores (cada sexo comparado"),
                pt.out());
        assertFalse(pt.out().contains("TT-101: 16"), pt.out());
    }
}
