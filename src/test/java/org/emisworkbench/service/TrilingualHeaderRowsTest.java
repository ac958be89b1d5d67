package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sri Lankan school census sheet in Sinhala, Tamil and English (review 32, style 3): each grade merged over its two
 * columns ({@code 1 ශ්‍රේණිය / தரம் 1 / Grade 1}), the sex in Sinhala on the row below and in Tamil and English on the
 * third ({@code පිරිමි} over {@code ஆண் / Boys}), or in one cell of three parts, and a total row {@code එකතුව /
 * மொத்தம் / Total}. The draft reads it by its English lines and every figure is stored as written; a template written
 * by hand reads it with {@code Grade {grade} {sex}}.
 */
class TrilingualHeaderRowsTest {
    private static final int YEAR = 2024;
    private static final int GRADES = 8;
    private static final int SCHOOLS = 6;
    private static final String SHEET = "පාසල් සංගණනය";
    private static final String[] SINHALA_SEX = {"පිරිමි", "ගැහැණු"};
    private static final String[] TAMIL_ENGLISH_SEX = {"ஆண் / Boys", "பெண் / Girls"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Boys and girls of each school and grade: {@code [school][grade - 1][0 boys, 1 girls]}. */
    private static int[][][] figures(long seed) {
        Random random = new Random(seed);
        int[][][] f = new int[SCHOOLS][GRADES][2];
        for (int s = 0; s < SCHOOLS; s++) {
            for (int g = 0; g < GRADES; g++) {
                f[s][g][0] = 10 + random.nextInt(70);
                f[s][g][1] = 10 + random.nextInt(70);
            }
        }
        return f;
    }

    private static String code(int s) {
        return String.format("%05d", 1020 + 11 * s);
    }

    /**
     * The census sheet: a title, then the header on rows 4 to 6 (three rows), or rows 4 and 5 with each sex in one
     * cell of three parts when {@code oneCell}; the schools below, then the total row of every column.
     */
    private static XSSFWorkbook census(int[][][] f, boolean oneCell) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet(SHEET);
        cell(sh, 0, 0, "වාර්ෂික පාසල් සංගණනය 2024 / வருடாந்த பாடசாலை கணக்கெடுப்பு 2024 / Annual School Census 2024");
        int last = oneCell ? 4 : 5;
        String[] fixed = {"පාසල් අංකය / பாடசாலை இலக்கம் / Census No.",
            "පාසලේ නම / பாடசாலையின் பெயர் / School name"};
        for (int c = 0; c < fixed.length; c++) {
            cell(sh, 3, c, fixed[c]);
            sh.addMergedRegion(new CellRangeAddress(3, last, c, c));
        }
        for (int g = 0; g <= GRADES; g++) {
            int col = 2 + 2 * g;
            cell(sh, 3, col, g == GRADES ? "එකතුව / மொத்தம் / Total" : (g + 1) + " ශ්‍රේණිය / தரம் " + (g + 1)
                    + " / Grade " + (g + 1));
            sh.addMergedRegion(new CellRangeAddress(3, 3, col, col + 1));
            for (int x = 0; x < 2; x++) {
                if (oneCell) {
                    cell(sh, 4, col + x, SINHALA_SEX[x] + " / " + TAMIL_ENGLISH_SEX[x]);
                } else {
                    cell(sh, 4, col + x, SINHALA_SEX[x]);
                    cell(sh, 5, col + x, TAMIL_ENGLISH_SEX[x]);
                }
            }
        }
        int[] columnTotals = new int[2 * GRADES + 2];
        for (int s = 0; s < SCHOOLS; s++) {
            int r = last + 1 + s;
            cell(sh, r, 0, code(s));
            cell(sh, r, 1, "Vidyalaya " + (s + 1));
            int[] bySex = new int[2];
            for (int g = 0; g < GRADES; g++) {
                for (int x = 0; x < 2; x++) {
                    number(sh, r, 2 + 2 * g + x, f[s][g][x]);
                    bySex[x] += f[s][g][x];
                    columnTotals[2 * g + x] += f[s][g][x];
                }
            }
            for (int x = 0; x < 2; x++) {
                number(sh, r, 2 + 2 * GRADES + x, bySex[x]);
                columnTotals[2 * GRADES + x] += bySex[x];
            }
        }
        int totalRow = last + 1 + SCHOOLS;
        cell(sh, totalRow, 0, "එකතුව / மொத்தம் / Total");
        for (int c = 0; c < columnTotals.length; c++) {
            number(sh, totalRow, 2 + c, columnTotals[c]);
        }
        return wb;
    }

    private static void cell(Sheet sh, int r, int c, String text) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        row.createCell(c).setCellValue(text);
    }

    private static void number(Sheet sh, int r, int c, int value) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        row.createCell(c).setCellValue(value);
    }

    @Test
    void theDraftReadsEachColumnByItsLanguageLinesAndStoresEveryFigure() throws Exception {
        boolean[] shapes = {false, true};
        for (int i = 0; i < shapes.length; i++) {
            int[][][] f = figures(94 + i);
            Path folder = Files.createDirectories(dir.resolve("draft" + i));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(census(f, shapes[i]), folder,
                    "colombo-school-census-" + YEAR + ".xlsx");
            // Each language's words together, as the sheet shows them: no Sinhala word repeated into the others.
            assertTrue(run.json().contains("\"1 ශ්‍රේණිය පිරිමි / தரம் 1 ஆண் / Grade 1 Boys\""), run.json());
            assertTrue(run.json().contains("\"" + GRADES + " ශ්‍රේණිය ගැහැණු / தரம் " + GRADES + " பெண் / Grade "
                    + GRADES + " Girls\""), run.json());
            assertFalse(run.json().contains("පිරිමි ஆண் / පිරිමි"), run.json());
            FileResult r = run.result();
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            // The total row is a total, checked against the schools' figures, and no school.
            assertEquals(SCHOOLS, r.schoolsAdded(), "schools, the total row not one: " + r.problems());
            assertEquals(SCHOOLS * GRADES * 2L, r.valuesStored(), r.problems() + "\n" + run.json());
            DraftedImports.assertNoUnread(run);
            assertEquals(0, DraftedImports.count(r, "TOTAL_MISMATCH"), r.problems() + "\n" + run.json());
            assertTrue(run.json().contains("\"total\" : \"enrolment\""), "the Total columns are checks: " + run.json());
            try (Workbench w = imports.open()) {
                for (int s = 0; s < SCHOOLS; s++) {
                    for (int g = 0; g < GRADES; g++) {
                        imports.assertEnrolment(w, code(s), g + 1, f[s][g][1], f[s][g][0]);
                    }
                }
            }
        }
    }

    @Test
    void thePatternGradeGradeSexReadsTheEnglishLines() throws Exception {
        boolean[] shapes = {false, true};
        for (int i = 0; i < shapes.length; i++) {
            int[][][] f = figures(7 + i);
            Path folder = Files.createDirectories(dir.resolve("hand" + i));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            String template = """
                    {"id": "lk-trilingual", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                     "sheets": [{"names": ["පාසල් සංගණනය"], "key": ["Census No."],
                       "columns": [
                         {"headers": ["School name"], "field": "school.name"},
                         {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                         {"patterns": ["Total {sex}"], "total": "enrolment"}]}]}
                    """;
            FileResult r = imports.importWith(census(f, shapes[i]), "colombo-" + YEAR + ".xlsx", template);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertEquals(SCHOOLS, r.schoolsAdded(), r.problems().toString());
            assertEquals(SCHOOLS * GRADES * 2L, r.valuesStored(), r.problems().toString());
            assertEquals(0, r.problemCount(), "every column read, every total adds up: " + r.problems());
            try (Workbench w = imports.open()) {
                for (int s = 0; s < SCHOOLS; s++) {
                    for (int g = 0; g < GRADES; g++) {
                        imports.assertEnrolment(w, code(s), g + 1, f[s][g][1], f[s][g][0]);
                    }
                }
            }
        }
    }
}
