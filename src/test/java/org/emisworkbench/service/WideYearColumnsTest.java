package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wide district files (one row per school) printing last year's figures beside this year's, in two styles: the
 * year in each header ({@code Grade 1 Boys 2023-24 | Grade 1 Boys 2024-25}), or a year banner merged over the
 * grade-and-sex header ({@code 2023-24} over {@code Grade 1 F … Grade 6 M}, then {@code 2024-25} over the same).
 * A template's {@code {year}} reads the census year's columns only, written by hand or drafted; last year's are
 * never stored and are reported as not read; the next year's file read with the same template gives that year.
 */
class WideYearColumnsTest {
    private static final int YEAR = 2024;
    private static final String[] SCHOOLS = {"KE-1001", "KE-1002", "KE-1003"};
    private static final int GRADES = 6;

    @TempDir
    Path dir;

    private static final String HEADERS_TEMPLATE = """
            {"id": "year-in-headers", "version": 1, "title": "Year in the headers", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["Enrolment"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex} {year}"], "field": "enrolment"}]}]}
            """;

    private static final String BANNER_TEMPLATE = """
            {"id": "year-banners", "version": 1, "title": "Year banners", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["Enrolment"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["{year} Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /** Random figures [school][grade][F, M][first year, second year], grades from 1. */
    private static int[][][][] figures(long seed) {
        Random rnd = new Random(seed);
        int[][][][] v = new int[SCHOOLS.length][GRADES + 1][2][2];
        for (int[][][] school : v) {
            for (int g = 1; g <= GRADES; g++) {
                for (int s = 0; s < 2; s++) {
                    for (int y = 0; y < 2; y++) {
                        school[g][s][y] = rnd.nextInt(90) + 3;
                    }
                }
            }
        }
        return v;
    }

    private static String label(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** Headers {@code Grade g Boys 2023-24 | Grade g Boys 2024-25 | Grade g Girls …}, the years side by side. */
    private static XSSFWorkbook yearInHeaders(int firstYear, int[][][][] v) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Object[] header = new Object[2 + GRADES * 4];
        header[0] = "School code";
        header[1] = "School name";
        int c = 2;
        for (int g = 1; g <= GRADES; g++) {
            for (int s = 1; s >= 0; s--) {
                for (int y = 0; y < 2; y++) {
                    header[c++] = "Grade " + g + " " + (s == 1 ? "Boys" : "Girls") + " " + label(firstYear + y);
                }
            }
        }
        Sheets.row(sh, 0, header);
        for (int i = 0; i < SCHOOLS.length; i++) {
            Object[] row = new Object[header.length];
            row[0] = SCHOOLS[i];
            row[1] = "School " + i;
            c = 2;
            for (int g = 1; g <= GRADES; g++) {
                for (int s = 1; s >= 0; s--) {
                    for (int y = 0; y < 2; y++) {
                        row[c++] = v[i][g][s][y];
                    }
                }
            }
            Sheets.row(sh, 1 + i, row);
        }
        return wb;
    }

    /** A title, then each year merged over its {@code Grade g F | Grade g M} columns, last year's first. */
    private static XSSFWorkbook yearBanners(int firstYear, int[][][][] v) {
        return yearBanners(new String[] {label(firstYear), label(firstYear + 1)}, "Grade %d F", "Grade %d M", v);
    }

    /**
     * As above, the banners' texts given ({@code [0]} over last year's figures, {@code [1]} over this year's, in the
     * order of {@code bands}), the headers written by {@code girls} and {@code boys} formats of the grade.
     */
    private static XSSFWorkbook yearBanners(String[] bands, String girls, String boys, int[][][][] v) {
        return yearBanners(bands, new int[] {0, 1}, girls, boys, v);
    }

    private static XSSFWorkbook yearBanners(String[] bands, int[] yearOfBand, String girls, String boys, int[][][][] v) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "ENROLMENT BY GRADE AND SEX, THIS YEAR AND LAST");
        int width = 2 + GRADES * 2 * 2;
        Object[] banner = new Object[width];
        Object[] header = new Object[width];
        header[0] = "School code";
        header[1] = "School name";
        for (int y = 0; y < 2; y++) {
            int from = 2 + y * GRADES * 2;
            banner[from] = bands[y];
            sh.addMergedRegion(new CellRangeAddress(2, 2, from, from + GRADES * 2 - 1));
            for (int g = 1; g <= GRADES; g++) {
                header[from + (g - 1) * 2] = String.format(girls, g);
                header[from + (g - 1) * 2 + 1] = String.format(boys, g);
            }
        }
        Sheets.row(sh, 2, banner);
        Sheets.row(sh, 3, header);
        for (int i = 0; i < SCHOOLS.length; i++) {
            Object[] row = new Object[width];
            row[0] = SCHOOLS[i];
            row[1] = "School " + i;
            for (int y = 0; y < 2; y++) {
                for (int g = 1; g <= GRADES; g++) {
                    row[2 + y * GRADES * 2 + (g - 1) * 2] = v[i][g][0][yearOfBand[y]];
                    row[2 + y * GRADES * 2 + (g - 1) * 2 + 1] = v[i][g][1][yearOfBand[y]];
                }
            }
            Sheets.row(sh, 4 + i, row);
        }
        return wb;
    }

    /** This year's figures (the second year of the file) stored, last year's not: left out on purpose, no warning. */
    private static void assertSecondYearRead(DraftedImports imports, FileResult f, int[][][][] v, String where)
            throws Exception {
        assertEquals(FileOutcome.IMPORTED, f.outcome(), where + ": " + f.message());
        assertEquals(0, count(f, "VALUE_CLASH"), where + ": " + f.problems());
        assertEquals(SCHOOLS.length * GRADES * 2, f.valuesStored(), where + ": this year's figures only");
        assertEquals(0, count(f, "UNREAD_FIGURES"), where + ": last year's figures are no warning: " + f.problems());
        try (Workbench w = imports.open()) {
            for (int i = 0; i < SCHOOLS.length; i++) {
                for (int g = 1; g <= GRADES; g++) {
                    imports.assertEnrolment(w, SCHOOLS[i], g, v[i][g][0][1], v[i][g][1][1]);
                }
            }
        }
    }

    private DraftedImports imports(String folder, int year) throws Exception {
        return new DraftedImports(Files.createDirectories(dir.resolve(folder)), year,
                new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    @Test
    void handWrittenYearInHeadersReadsTheCensusYearOnly() throws Exception {
        int[][][][] v = figures(11);
        DraftedImports imports = imports("headers", YEAR);
        FileResult f = imports.importWith(yearInHeaders(YEAR - 1, v), "district-2024.xlsx", HEADERS_TEMPLATE);
        assertSecondYearRead(imports, f, v, "year in headers");
        try (Workbench w = imports.open()) {
            // Grade 1 Girls 2024-25 is the sixth column: C,D boys 2023-24/2024-25, E,F girls.
            assertEquals("Enrolment!F2", w.whereFrom(SCHOOLS[0], YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell());
        }

        DraftedImports later = imports("headers-next", YEAR + 1);
        int[][][][] next = figures(12);
        FileResult g = later.importWith(yearInHeaders(YEAR, next), "district-2025.xlsx", HEADERS_TEMPLATE);
        assertSecondYearRead(later, g, next, "next year's file");
    }

    @Test
    void handWrittenYearBannersReadTheCensusYearOnly() throws Exception {
        int[][][][] v = figures(21);
        DraftedImports imports = imports("banners", YEAR);
        FileResult f = imports.importWith(yearBanners(YEAR - 1, v), "district-2024.xlsx", BANNER_TEMPLATE);
        assertSecondYearRead(imports, f, v, "year banners");

        DraftedImports later = imports("banners-next", YEAR + 1);
        int[][][][] next = figures(22);
        FileResult g = later.importWith(yearBanners(YEAR, next), "district-2025.xlsx", BANNER_TEMPLATE);
        assertSecondYearRead(later, g, next, "next year's banners");
    }

    @Test
    void draftedTemplatesWriteTheYearAndReadNextYearsFile() throws Exception {
        for (boolean banners : new boolean[] {false, true}) {
            String style = banners ? "banners" : "headers";
            int[][][][] v = figures(banners ? 31 : 32);
            DraftedImports imports = imports("drafted-" + style, YEAR);
            DraftedImports.Run run = imports.draftCheckImport(banners ? yearBanners(YEAR - 1, v)
                    : yearInHeaders(YEAR - 1, v), "district-2024.xlsx");
            assertTrue(run.json().contains("{year}"), style + ": the draft writes {year}: " + run.json());
            assertTrue(!run.json().contains("2023-24") && !run.json().contains("2024-25"),
                    style + ": no literal year in the draft: " + run.json());
            assertSecondYearRead(imports, run.result(), v, "drafted " + style);
            assertEquals(0, run.check().unreadNumberColumns(), style + ": " + run.check().sheets());
            // Last year's columns, and only them, listed as last year's figures left out on purpose.
            var lastYear = run.check().leftOutBlocks();
            assertEquals(GRADES * 2, lastYear.size(), style + ": " + lastYear);
            lastYear.forEach(b -> assertEquals("2023-24", b.lastYear(), b.toString()));

            DraftedImports later = imports("drafted-" + style + "-next", YEAR + 1);
            int[][][][] next = figures(banners ? 33 : 34);
            FileResult g = later.importWith(banners ? yearBanners(YEAR, next) : yearInHeaders(YEAR, next),
                    "district-2025.xlsx", run.json().replace("\"id\" : \"district-2024\"", "\"id\": \"district-next\""));
            assertSecondYearRead(later, g, next, "drafted " + style + ", next year");
        }
    }

    /**
     * Banners naming the years in words (Mozambique's {@code Ano anterior | Ano actual} over {@code 1ª classe M | H};
     * {@code Current year} printed BEFORE {@code Previous year}): drafted as {@code {year}}, this year's figures
     * read whichever band comes first, last year's left out and listed with their words.
     */
    @Test
    void yearsNamedInWordsAreDraftedAndReadAsThisYear() throws Exception {
        record Style(String name, String[] bands, int[] yearOfBand, String girls, String boys) {
        }
        for (Style st : new Style[] {
                new Style("pt", new String[] {"Ano anterior", "Ano actual"}, new int[] {0, 1}, "%dª classe Raparigas",
                        "%dª classe Rapazes"),
                new Style("en-reversed", new String[] {"Current year", "Previous year"}, new int[] {1, 0}, "Grade %d Girls",
                        "Grade %d Boys")}) {
            int[][][][] v = figures(st.name().hashCode());
            DraftedImports imports = imports("words-" + st.name(), YEAR);
            DraftedImports.Run run = imports.draftCheckImport(yearBanners(st.bands(), st.yearOfBand(), st.girls(),
                    st.boys(), v), "district-2024.xlsx");
            assertTrue(run.json().contains("{year}"), st.name() + ": the draft writes {year}: " + run.json());
            assertSecondYearRead(imports, run.result(), v, st.name() + " " + run.result().problems());
            var lastYear = run.check().leftOutBlocks();
            assertEquals(GRADES * 2, lastYear.size(), st.name() + ": " + lastYear);
            String previous = st.bands()[st.yearOfBand()[0] == 0 ? 0 : 1];
            lastYear.forEach(b -> assertTrue(b.lastYear().equalsIgnoreCase(previous), b.toString()));
        }
    }
}
