package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.ScriptDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27 (F2, F3, F6, F10): a bilingual Arabic/French school form typed on an Arabic keyboard. Figures written as
 * text in Arabic-Indic (and Persian) digits are read as the figures they are and said once per file (IMP-41); a year
 * {@code ٢٠٢٤-٢٠٢٥} is the census year 2024; a code {@code MR-١٠١٠١} is school {@code MR-10101}, no second school,
 * said at its cell; a sex code {@code T} is refused by the loader with its usual message; an Arabic total heading
 * {@code المجموع} declared in the template's {@code total} list is checked, its planted wrong total reported. The
 * workbooks are written here; the expected figures are added up in the test from the numbers it writes.
 */
class OtherDigitsCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "mr-digits", "version": 1, "layout": "grid",
             "year": {"labels": ["السنة الدراسية"]},
             "codeLists": {"grade": {"G1": ["1AF"], "G2": ["2AF"], "G3": ["3AF"]},
                           "sex": {"M": ["ذكور"], "F": ["إناث"]},
                           "total": {"total": ["المجموع"]}},
             "constants": {"school.level": "primary"},
             "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
               "labels": [{"labels": ["رمز المدرسة"], "field": "school.code"},
                          {"labels": ["اسم المدرسة"], "field": "school.name"},
                          {"labels": ["المعلمون الذكور"], "field": "teachers.total", "sex": "M"}],
               "grids": [{"field": "enrolment", "titles": ["التلاميذ حسب السنة والجنس"], "rows": "grade"}]}]}
            """;

    private static final String ARABIC = "٠١٢٣٤٥٦٧٨٩";
    private static final String PERSIAN = "۰۱۲۳۴۵۶۷۸۹";

    /**
     * A form: code, name, year, the pupils by grade (boys, girls, total), the men teachers. Figures in odd places are
     * written as text in Arabic-Indic digits, one in Persian digits, the rest as numbers. {@code wrongTotal}: the
     * first grade's total is written that much too high.
     */
    private Path form(String file, String code, String year, int[][] pupils, int teachers, int wrongTotal)
            throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("الاستمارة");
            s.createRow(0).createCell(0).setCellValue("الإحصاء المدرسي السنوي");
            label(s, 2, "رمز المدرسة", code);
            label(s, 3, "اسم المدرسة", "مدرسة النور");
            label(s, 4, "السنة الدراسية", year);
            s.createRow(6).createCell(0).setCellValue("التلاميذ حسب السنة والجنس");
            Row h = s.createRow(7);
            String[] head = {"السنة", "ذكور", "إناث", "المجموع"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            int k = 0;
            for (int g = 0; g < pupils.length; g++) {
                Row r = s.createRow(8 + g);
                r.createCell(0).setCellValue((g + 1) + "AF");
                for (int x = 0; x < 2; x++) {
                    int n = pupils[g][x];
                    if (k % 2 == 0) {
                        r.createCell(1 + x).setCellValue(ScriptDigits.of(n, k == 2 ? PERSIAN : ARABIC));
                    } else {
                        r.createCell(1 + x).setCellValue(n);
                    }
                    k++;
                }
                int total = pupils[g][0] + pupils[g][1] + (g == 0 ? wrongTotal : 0);
                r.createCell(3).setCellValue(ScriptDigits.of(total, ARABIC));
            }
            label(s, 13, "المعلمون الذكور", ScriptDigits.of(teachers, ARABIC));
            wb.write(out);
        }
        return path;
    }

    private static void label(Sheet s, int row, String text, String value) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(text);
        r.createCell(2).setCellValue(value);
    }

    private Path template() throws Exception {
        Path t = dir.resolve("mr-digits.json");
        Files.writeString(t, TEMPLATE, StandardCharsets.UTF_8);
        return t;
    }

    /** The sum of the long CSV's values of {@code topic} for {@code school}, and how many rows gave them. */
    private long[] sum(Path db, String school, String topic) throws Exception {
        Path csv = dir.resolve("long-" + System.nanoTime() + ".csv");
        CliRun r = CliRun.emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv", "--out",
                csv.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        long total = 0;
        long rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[head.indexOf("school_code")].equals(school) && f[head.indexOf("topic")].equals(topic)) {
                total += Long.parseLong(f[head.indexOf("value")]);
                rows++;
            }
        }
        return new long[] {total, rows};
    }

    @Test
    void figuresAndTheYearInArabicIndicDigitsAreReadAndSaidOncePerFile() throws Exception {
        int[][] pupils = {{30, 28}, {37, 33}, {1044, 38}};
        int teachers = 4;
        Path file = form("fiche-nour.xlsx", "MR-10101", "٢٠٢٤-٢٠٢٥", pupils, teachers, 0);
        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        // The year written ٢٠٢٤-٢٠٢٥ is the census year (the file's name gives none).
        assertTrue(imp.out().contains("[mr-digits, 2024]"), imp.out());
        assertFalse(imp.out().contains("NOT_A_NUMBER"), imp.out());
        // Said once for the file, at the first cell so read: the form's labels are read before its table (C14).
        assertTrue(imp.out().contains("DIGITS_READ                  1  first الاستمارة!C14, last الاستمارة!C14"),
                imp.out());
        long expected = 0;
        for (int[] g : pupils) {
            expected += g[0] + g[1];
        }
        long[] enrolment = sum(db, "MR-10101", "enrolment");
        assertEquals(expected, enrolment[0]);
        assertEquals(2L * pupils.length, enrolment[1]);
        assertEquals(teachers, sum(db, "MR-10101", "teachers")[0]);

        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        assertTrue(check.out().contains("DIGITS_READ"), check.out());
        assertTrue(check.out().contains("census year 2024"), check.out());
    }

    @Test
    void aCodeInArabicIndicDigitsIsTheSameSchoolNotASecondOne() throws Exception {
        int[][] pupils = {{20, 21}, {22, 23}, {24, 25}};
        Path db = dir.resolve("w.mv.db");
        Path ascii = form("a-2024.xlsx", "MR-10101", "2024-2025", pupils, 3, 0);
        CliRun first = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                ascii.toString());
        assertEquals(0, first.code(), first.out() + first.err());
        Path other = form("b-2024.xlsx", "MR-10102", "2024-2025", pupils, 3, 0);
        CliRun second = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                other.toString());
        assertEquals(0, second.code(), second.out() + second.err());
        int[][] again = {{40, 41}, {42, 43}, {44, 45}};
        Path arabic = form("c-2024.xlsx", "MR-" + ScriptDigits.of(10101, ARABIC), "2024-2025", again, 3, 0);
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(),
                arabic.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("+0 schools, 1 replaced"), imp.out());
        assertTrue(imp.out().contains("الاستمارة!C3"), imp.out());
        CliRun schools = CliRun.emis("schools", "--db", db.toString(), "--format", "csv");
        long rows = schools.out().lines().filter(l -> l.startsWith("MR-")).count();
        assertEquals(2, rows, schools.out());
        assertFalse(schools.out().contains("MR-" + ScriptDigits.of(10101, ARABIC)), schools.out());
        // The school's return is the one in Arabic-Indic digits now: counted once, never twice.
        long expected = 0;
        for (int[] g : again) {
            expected += g[0] + g[1];
        }
        assertEquals(expected, sum(db, "MR-10101", "enrolment")[0]);
        CliRun check = CliRun.emis("template", "check", "--db", db.toString(), "--template", template().toString(),
                arabic.toString());
        assertTrue(check.out().contains("C3 DIGITS_READ"), check.out());
        assertTrue(check.out().contains("MR-10101"), check.out());
    }

    @Test
    void anArabicTotalHeadingDeclaredInTheTotalListIsCheckedAndASexCodeTIsRefused() throws Exception {
        int[][] pupils = {{30, 28}, {37, 33}, {44, 38}};
        int wrong = 3;
        Path file = form("felah-2024.xlsx", "MR-10102", "2024-2025", pupils, 5, wrong);
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), file.toString());
        String said = "الاستمارة!D9 TOTAL_MISMATCH";
        assertTrue(check.out().contains(said), check.out());
        int written = pupils[0][0] + pupils[0][1] + wrong;
        assertTrue(check.out().contains("the total says " + written + " but the figures of the row add up to "
                + (pupils[0][0] + pupils[0][1])), check.out());
        assertFalse(check.out().contains("UNREAD_FIGURES"), check.out());
        // The other grades' totals add up: one mismatch only.
        assertEquals(1, check.out().lines().filter(l -> l.contains("TOTAL_MISMATCH:")).count(), check.out());

        // Without the total list the heading is checked all the same: المجموع is a built-in total word since review 32
        // (B1, Morocco's forms in Arabic only), as مجموع was.
        Path plain = dir.resolve("plain.json");
        Files.writeString(plain, TEMPLATE.replaceAll(",\\s*\"total\": \\{\"total\": \\[\"المجموع\"]}", ""),
                StandardCharsets.UTF_8);
        assertNotEquals(Files.readString(plain), TEMPLATE);
        CliRun without = CliRun.emis("template", "check", "--template", plain.toString(), file.toString());
        assertEquals(1, without.out().lines().filter(l -> l.contains("TOTAL_MISMATCH:")).count(), without.out());
        assertTrue(without.out().contains(said), without.out());

        Path t = dir.resolve("sex-t.json");
        Files.writeString(t, TEMPLATE.replace("\"total\": {\"total\": [\"المجموع\"]}",
                "\"extra\": {\"x\": [\"y\"]}").replace("\"F\": [\"إناث\"]}", "\"F\": [\"إناث\"], \"T\": [\"المجموع\"]}"),
                StandardCharsets.UTF_8);
        assertTrue(Files.readString(t).contains("\"T\""));
        for (String[] args : new String[][] {{"template", "check", "--template", t.toString(), file.toString()},
            {"import", "--db", dir.resolve("t.mv.db").toString(), "--template", t.toString(), file.toString()}}) {
            CliRun r = CliRun.emis(args);
            String all = r.out() + r.err();
            assertNotEquals(0, r.code(), all);
            assertTrue(all.contains("$.codeLists.sex: unknown code \"T\" (codes: F, M)"), all);
            assertFalse(all.contains("No enum constant"), all);
        }
    }
}
