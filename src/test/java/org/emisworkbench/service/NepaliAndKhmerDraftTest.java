package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.testing.Sheets;
import org.emisworkbench.testing.ScriptDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11 (review 32 styles 1 and 4): {@code emis template draft} drafted nothing for a Nepali district sheet
 * ({@code कक्षा १} over {@code छात्रा | छात्र | जम्मा}) or a Khmer school form or district sheet ({@code ថ្នាក់ទី១} by
 * {@code សរុប | ស្រី}, total and girls). Each workbook is written here with POI in that style, drafted, checked and
 * imported with the draft, and its figures read back against the numbers the test wrote (boys = total − girls where
 * the sheet gives the total and the girls).
 */
class NepaliAndKhmerDraftTest {
    private static final int YEAR = 2024;
    private static final String DEVANAGARI = "०१२३४५६७८९";
    private static final String KHMER = "០១២៣៤៥៦៧៨៩";

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    @Test
    void gradeAndSexWordsAreKnownInNepaliAndKhmer() {
        var grade = CodeLists.builtIn().require("grade");
        var sex = CodeLists.builtIn().require("sex");
        assertEquals("G1", grade.code("कक्षा १"));
        assertEquals("G5", grade.code("कक्षा 5"));
        assertEquals("G1", grade.code("कक्षा १ / Grade 1"));
        assertEquals("G3", grade.code("ថ្នាក់ទី៣"));
        assertEquals("G6", grade.code("ថ្នាក់ទី 6"));
        assertNull(grade.code("कक्षा"));
        assertNull(grade.code("ថ្នាក់ទី"));
        assertEquals("F", sex.code("छात्रा"));
        assertEquals("M", sex.code("छात्र"));
        assertEquals("F", sex.code("ស្រី"));
        assertEquals("M", sex.code("ប្រុស"));
        assertNull(sex.code("छात्र संख्या"));
    }

    /**
     * Nepal's district sheet: two banner rows, the school's code and name in Nepali only, each grade merged over
     * girls, boys and their total, the odd grades headed in both languages, some figures typed in Devanagari digits,
     * a district total row {@code जम्मा}. {@code f[s][g] = {girls, boys}}.
     */
    private static XSSFWorkbook nepaliDistrictSheet(String[] codes, int[][][] f) {
        return nepaliDistrictSheet(codes, f, false, -1);
    }

    /**
     * As above; with {@code grandTotal}, the grand total of each school after the grades, {@code कुल जम्मा / Grand
     * total} merged over {@code छात्रा | छात्र | जम्मा}, as the ministry's sheet gives it (review 32), the girls' grand
     * total of school {@code offBy5} (none when negative) written 5 more than its grades add up to.
     */
    private static XSSFWorkbook nepaliDistrictSheet(String[] codes, int[][][] f, boolean grandTotal, int offBy5) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("विद्यालय तथ्याङ्क");
        Sheets.row(sh, 0, "जिल्ला शिक्षा समन्वय इकाई, ललितपुर");
        Sheets.row(sh, 1, "विद्यार्थी भर्ना");
        int grades = f[0].length;
        Object[] head = new Object[2 + 3 * grades + (grandTotal ? 3 : 0)];
        Object[] sexes = new Object[head.length];
        head[0] = "विद्यालय कोड";
        head[1] = "विद्यालयको नाम";
        for (int g = 0; g < grades; g++) {
            String nepali = "कक्षा " + ScriptDigits.of(g + 1, DEVANAGARI);
            head[2 + 3 * g] = g % 2 == 0 ? nepali + " / Grade " + (g + 1) : nepali;
            sexes[2 + 3 * g] = "छात्रा";
            sexes[3 + 3 * g] = "छात्र";
            sexes[4 + 3 * g] = "जम्मा";
        }
        int grand = 2 + 3 * grades;
        if (grandTotal) {
            head[grand] = "कुल जम्मा / Grand total";
            sexes[grand] = "छात्रा";
            sexes[grand + 1] = "छात्र";
            sexes[grand + 2] = "जम्मा";
        }
        Sheets.row(sh, 3, head);
        Sheets.row(sh, 4, sexes);
        sh.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        for (int g = 0; g < grades + (grandTotal ? 1 : 0); g++) {
            sh.addMergedRegion(new CellRangeAddress(3, 3, 2 + 3 * g, 4 + 3 * g));
        }
        int[] sum = new int[3 * grades + (grandTotal ? 3 : 0)];
        for (int s = 0; s < codes.length; s++) {
            Object[] row = new Object[head.length];
            row[0] = s % 2 == 0 ? codes[s] : Long.valueOf(codes[s]);
            row[1] = "श्री सरस्वती माध्यमिक विद्यालय " + (s + 1);
            for (int g = 0; g < grades; g++) {
                int girls = f[s][g][0];
                int boys = f[s][g][1];
                row[2 + 3 * g] = (s + g) % 4 == 1 ? ScriptDigits.of(girls, DEVANAGARI) : girls;
                row[3 + 3 * g] = boys;
                row[4 + 3 * g] = girls + boys;
                sum[3 * g] += girls;
                sum[3 * g + 1] += boys;
                sum[3 * g + 2] += girls + boys;
            }
            if (grandTotal) {
                int girls = 0;
                int boys = 0;
                for (int g = 0; g < grades; g++) {
                    girls += f[s][g][0];
                    boys += f[s][g][1];
                }
                row[grand] = girls + (s == offBy5 ? 5 : 0);
                row[grand + 1] = boys;
                row[grand + 2] = girls + boys;
                sum[3 * grades] += girls + (s == offBy5 ? 5 : 0);
                sum[3 * grades + 1] += boys;
                sum[3 * grades + 2] += girls + boys;
            }
            Sheets.row(sh, 5 + s, row);
        }
        Object[] total = new Object[head.length];
        total[0] = "जम्मा";
        for (int i = 0; i < sum.length; i++) {
            total[2 + i] = sum[i];
        }
        Sheets.row(sh, 5 + codes.length, total);
        return wb;
    }

    @Test
    void nepaliDistrictSheetIsDraftedAndImported() throws Exception {
        String[] codes = {"27011001", "27011008", "27011015", "27011022", "27011029"};
        int[][][] f = new int[codes.length][][];
        for (int s = 0; s < codes.length; s++) {
            f[s] = OneLanguageDraftTest.figures(5, 30 + s);
        }
        Path folder = Files.createDirectories(dir.resolve("np"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(nepaliDistrictSheet(codes, f), folder,
                "lalitpur_" + YEAR + ".xlsx");
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertTrue(run.check().clean(), "template check passes: " + run.check());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(codes.length, run.result().schoolsAdded(), "the total row is no school: " + run.result());
        // Only the figures typed in Devanagari digits are said; the total row and columns add up.
        assertEquals(DraftedImports.count(run.result(), "DIGITS_READ"), run.result().problemCount(),
                run.result().problems().toString());
        assertEquals(codes.length * 5L * 2, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 5; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
                assertEquals("श्री सरस्वती माध्यमिक विद्यालय " + (s + 1), imports.school(w, codes[s]).name());
            }
        }
    }

    /**
     * Review 32: the grand total columns after the grades ({@code कुल जम्मा / Grand total} over {@code छात्रा | छात्र
     * | जम्मा}) were left unread by the draft, and the check failed on them. They are drafted as the totals of the
     * girls, the boys and both, checked against the grades (a girls' grand total 5 over its grades is said at its
     * cell, with the sum the test works out), never stored.
     */
    @Test
    void nepaliGrandTotalColumnsAreReadAsTotalsAndChecked() throws Exception {
        String[] codes = {"27011001", "27011008", "27011015", "27011022"};
        int[][][] f = new int[codes.length][][];
        for (int s = 0; s < codes.length; s++) {
            f[s] = OneLanguageDraftTest.figures(5, 40 + s);
        }
        int off = 2;
        Path folder = Files.createDirectories(dir.resolve("np-grand"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(nepaliDistrictSheet(codes, f, true, off), folder,
                "lalitpur_" + YEAR + ".xlsx");
        // Columns R, S, T (the 18th to 20th: code, name, then five grades of three).
        var read = run.check().sheets().get(0).read();
        for (String[] c : new String[][] {{"R", "F"}, {"S", "M"}, {"T", null}}) {
            var column = read.stream().filter(x -> x.letters().equals(c[0])).findFirst()
                    .orElseThrow(() -> new AssertionError(c[0] + " not read: " + run.check().sheets()));
            assertTrue(column.total(), c[0] + " is a total: " + column);
            assertEquals("enrolment", column.field());
            assertEquals(c[1], column.sex(), c[0]);
            assertNull(column.grade(), c[0] + " totals every grade");
        }
        DraftedImports.assertNoUnread(run);
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        int girls = 0;
        for (int g = 0; g < 5; g++) {
            girls += f[off][g][0];
        }
        var mismatches = run.check().problems().stream()
                .filter(p -> p.kind() == org.emisworkbench.model.ProblemKind.TOTAL_MISMATCH).toList();
        assertEquals(1, mismatches.size(), mismatches.toString());
        // The first school is on the sheet's row 6 (two banners, a blank row, two header rows above it).
        assertEquals("विद्यालय तथ्याङ्क!R" + (6 + off), mismatches.get(0).sheetCell());
        assertTrue(mismatches.get(0).detail().english().contains("says " + (girls + 5) + " but the columns add up to "
                + girls), 
                mismatches.get(0).detail().english());
        assertEquals(codes.length * 5L * 2, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 5; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
            }
        }
    }

    /**
     * Cambodia's school form, one school a sheet behind a cover: name, code, district and province by label, the
     * school year in Khmer digits, pupils by grade as total and girls ({@code សរុប | ស្រី}), some in Khmer digits, a
     * total row, and the teachers likewise. {@code f[g] = {girls, boys}}, {@code teachers = {girls, boys}}.
     */
    private static void khmerSchoolSheet(XSSFWorkbook wb, int s, String code, int[][] f, int[] teachers) {
        Sheet sh = wb.createSheet("សាលា " + ScriptDigits.of(s + 1, KHMER));
        Sheets.row(sh, 0, "ស្ថិតិសាលាបឋមសិក្សា");
        Sheets.row(sh, 1, "ឆ្នាំសិក្សា", null, "២០២៤-២០២៥");
        Sheets.row(sh, 2, "ឈ្មោះសាលា", null, "សាលាបឋមសិក្សា ចំបក់ " + (s + 1));
        Sheets.row(sh, 3, "លេខកូដសាលា", null, code);
        Sheets.row(sh, 4, "ស្រុក", null, "បាទី");
        Sheets.row(sh, 5, "ខេត្ត", null, "តាកែវ");
        Sheets.row(sh, 7, "ចំនួនសិស្សតាមថ្នាក់ និងភេទ");
        Sheets.row(sh, 8, "ថ្នាក់", "សរុប", "ស្រី");
        int total = 0;
        int girls = 0;
        for (int g = 0; g < f.length; g++) {
            int t = f[g][0] + f[g][1];
            Sheets.row(sh, 9 + g, "ថ្នាក់ទី" + ScriptDigits.of(g + 1, KHMER), g % 3 == 1 ? ScriptDigits.of(t, KHMER) : t, f[g][0]);
            total += t;
            girls += f[g][0];
        }
        Sheets.row(sh, 9 + f.length, "សរុប", total, girls);
        Sheets.row(sh, 11 + f.length, "បុគ្គលិក", "សរុប", "ស្រី");
        Sheets.row(sh, 12 + f.length, "គ្រូបង្រៀន", teachers[0] + teachers[1], ScriptDigits.of(teachers[0], KHMER));
    }

    @Test
    void khmerFormPerSheetIsDraftedAndImported() throws Exception {
        String[] codes = {"2101001", "2101002", "2101003"};
        int[][][] f = new int[codes.length][][];
        int[][] teachers = new int[codes.length][];
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheets.row(wb.createSheet("គម្រប"), 0, "ក្រសួងអប់រំ យុវជន និងកីឡា");
        for (int s = 0; s < codes.length; s++) {
            f[s] = OneLanguageDraftTest.figures(6, 50 + s);
            teachers[s] = new int[] {2 + s, 4 + 2 * s};
            khmerSchoolSheet(wb, s, codes[s], f[s], teachers[s]);
        }
        Path folder = Files.createDirectories(dir.resolve("kh"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "takeo_bati_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("\"grids\""), "the table is drafted: " + run.json());
        assertTrue(run.json().contains("differenceOf"), "the teachers' boys by difference: " + run.json());
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(codes.length, run.result().schoolsAdded(), run.result().toString());
        assertEquals(codes.length * (6L * 2 + 2), run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 6; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
                imports.assertFigure(w, codes[s], Topic.TEACHERS, 0, teachers[s][0], teachers[s][1]);
                assertEquals("បាទី", imports.school(w, codes[s]).district());
                assertEquals("សាលាបឋមសិក្សា ចំបក់ " + (s + 1), imports.school(w, codes[s]).name());
            }
        }
    }

    /** Cambodia's district sheet: each grade {@code ថ្នាក់ទី១} merged over its total and girls, some in Khmer digits. */
    @Test
    void khmerDistrictSheetIsDraftedAndImported() throws Exception {
        String[] codes = {"2102001", "2102002", "2102003", "2102004"};
        int[][][] f = new int[codes.length][][];
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("ស្ថិតិសិស្ស");
        Sheets.row(sh, 0, "ស្ថិតិសិស្សបឋមសិក្សា");
        Object[] head = new Object[2 + 12];
        Object[] sexes = new Object[head.length];
        head[0] = "លេខកូដសាលា";
        head[1] = "ឈ្មោះសាលា";
        for (int g = 0; g < 6; g++) {
            head[2 + 2 * g] = "ថ្នាក់ទី" + ScriptDigits.of(g + 1, KHMER);
            sexes[2 + 2 * g] = "សរុប";
            sexes[3 + 2 * g] = "ស្រី";
        }
        Sheets.row(sh, 2, head);
        Sheets.row(sh, 3, sexes);
        sh.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        for (int g = 0; g < 6; g++) {
            sh.addMergedRegion(new CellRangeAddress(2, 2, 2 + 2 * g, 3 + 2 * g));
        }
        for (int s = 0; s < codes.length; s++) {
            f[s] = OneLanguageDraftTest.figures(6, 70 + s);
            Object[] row = new Object[head.length];
            row[0] = codes[s];
            row[1] = "សាលា " + (s + 1);
            for (int g = 0; g < 6; g++) {
                int t = f[s][g][0] + f[s][g][1];
                row[2 + 2 * g] = (s + g) % 5 == 2 ? ScriptDigits.of(t, KHMER) : t;
                row[3 + 2 * g] = f[s][g][0];
            }
            Sheets.row(sh, 4 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("khw"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "kh_district_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("differenceOf"), "boys = total − girls: " + run.json());
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertTrue(run.check().clean(), "template check passes: " + run.check());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(codes.length * 6L * 2, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 6; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
            }
        }
    }
}
