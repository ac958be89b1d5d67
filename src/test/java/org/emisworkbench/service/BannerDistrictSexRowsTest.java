package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.GroupRows;
import org.emisworkbench.testing.Sheets;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Fiji-style district file (a new user's test): banners {@code Ministry of Education — Annual School Census 2024}
 * and {@code District: Lautoka/Yasawa} above a header {@code School Code | School Name | Sex | Class 1 … Class 8 |
 * Total | Location}, each school on two rows (its code on the boys' row only), a final {@code Total} row and a
 * {@code Source:} note. The draft must read the {@code Total} column as a check of the row's Class 1..8 cells (it
 * was left out, its figures reported as not read) and give every school the district the banner names (the
 * national summary refused the file's schools for want of one); a master list still turns the name into its code.
 */
class BannerDistrictSexRowsTest {
    private static final int YEAR = 2024;
    private static final int CLASSES = 8;
    /** Column of the Total, 0-based: code, name, sex, then the classes. */
    private static final int TOTAL_COL = 3 + CLASSES;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
    /** Written figures: code → [class][F=0, M=1]. */
    private final Map<String, int[][]> written = new LinkedHashMap<>();
    /** The planted wrong total: its cell, what it says, what its row adds up to. */
    private String plantedCell;
    private int plantedSays;
    private int plantedSum;

    /**
     * The district file; {@code banners} are the rows above the header, each a list of cells; the total of the girls'
     * row of the school {@code wrongAt} (0-based) is typed 4 too high.
     */
    private XSSFWorkbook district(List<Object[]> banners, int schools, int wrongAt, long seed) {
        Random rnd = new Random(seed);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        int r = 0;
        for (Object[] b : banners) {
            Sheets.row(sh, r, b);
            if (b.length == 1) {
                sh.addMergedRegion(new CellRangeAddress(r, r, 0, TOTAL_COL + 1));
            }
            r++;
        }
        r++; // a blank row under the banners
        Object[] header = new Object[TOTAL_COL + 2];
        header[0] = "School Code";
        header[1] = "School Name";
        header[2] = "Sex";
        for (int c = 0; c < CLASSES; c++) {
            header[3 + c] = "Class " + (c + 1);
        }
        header[TOTAL_COL] = "Total";
        header[TOTAL_COL + 1] = "Location";
        Sheets.row(sh, r++, header);
        long[] classSums = new long[CLASSES];
        long totalsTyped = 0;
        for (int s = 0; s < schools; s++) {
            String code = String.valueOf(3101 + s * 7);
            int[][] f = new int[CLASSES][2];
            for (int sex : new int[] {1, 0}) {
                Object[] cells = new Object[TOTAL_COL + 2];
                if (sex == 1) {
                    cells[0] = code;
                    cells[1] = "School " + code;
                }
                cells[2] = sex == 1 ? "M" : "F";
                int sum = 0;
                for (int c = 0; c < CLASSES; c++) {
                    f[c][sex] = rnd.nextInt(45) + 3;
                    cells[3 + c] = f[c][sex];
                    sum += f[c][sex];
                    classSums[c] += f[c][sex];
                }
                int typed = sum;
                if (s == wrongAt && sex == 0) {
                    typed = sum + 4;
                    plantedCell = "Enrolment!" + org.emisworkbench.model.CellRef.columnLetters(TOTAL_COL) + (r + 1);
                    plantedSays = typed;
                    plantedSum = sum;
                }
                totalsTyped += typed;
                cells[TOTAL_COL] = typed;
                cells[TOTAL_COL + 1] = s % 2 == 0 ? "Rural" : "Urban";
                Sheets.row(sh, r++, cells);
            }
            written.put(code, f);
        }
        // The grand total as Excel's SUM writes it: the Total column's own sum, the wrong cell included.
        Object[] total = new Object[TOTAL_COL + 2];
        total[0] = "Total";
        for (int c = 0; c < CLASSES; c++) {
            total[3 + c] = classSums[c];
        }
        total[TOTAL_COL] = totalsTyped;
        Sheets.row(sh, r++, total);
        Sheets.row(sh, r + 1, "Source: District Education Office returns, compiled March 2024");
        return wb;
    }

    private void assertRead(DraftedImports.Run run, DraftedImports io, String district) {
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(written.size(), f.schoolsAdded(), f.problems().toString());
        assertEquals(0, run.check().unreadNumberColumns(), "the Total column is read: " + run.check().sheets());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), f.problems().toString());
        assertEquals(1, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals(1, f.problemCount(), "the planted total only: " + f.problems());
        var mismatches = run.check().problems().stream().filter(p -> p.kind() == ProblemKind.TOTAL_MISMATCH).toList();
        assertEquals(1, mismatches.size(), mismatches.toString());
        assertEquals(plantedCell, mismatches.get(0).sheetCell());
        assertEquals("the total says " + plantedSays + " but the columns add up to " + plantedSum,
                mismatches.get(0).detail().english());
        try (Workbench w = io.open()) {
            written.forEach((code, fig) -> {
                for (int c = 0; c < CLASSES; c++) {
                    io.assertEnrolment(w, code, c + 1, fig[c][0], fig[c][1]);
                }
                assertEquals(district, io.school(w, code).district(), code);
            });
        }
    }

    @Test
    void theDraftChecksTheTotalOfEachSexRowAndTheBannerGivesTheDistrictTheNationalSummaryNames() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        XSSFWorkbook wb = district(List.of(new Object[] {"Ministry of Education — Annual School Census 2024"},
                new Object[] {"District: Lautoka/Yasawa"}), 4, 2, 2024);
        DraftedImports.Run run = io.draftCheckImport(wb, "lautoka-yasawa-2024.xlsx");
        assertTrue(run.json().contains("\"total\" : \"enrolment\""), run.json());
        assertTrue(run.json().contains("\"field\" : \"row.sex\""), run.json());
        assertTrue(run.json().contains("\"groupRows\" : \"school.district\""), run.json());
        assertEquals(2, run.result().skipped().getOrDefault(SkipReason.BANNER_ROW, 0), run.result().skipped()
                .toString());
        assertRead(run, io, "Lautoka/Yasawa");
        try (Workbench w = io.open()) {
            Path pdf = w.reports().national(YEAR, null, ReportOptions.defaults(), dir.resolve("national.pdf"), false);
            String text = ReportServiceTest.text(pdf).replaceAll("\\s+", " ");
            // The district's row: its name as the banner gives it (districts are compared in capitals), its schools
            // and their primary enrolment (six years of primary by default), added up here from the figures written.
            long primary = written.values().stream().mapToLong(fig -> {
                long sum = 0;
                for (int c = 0; c < 6; c++) {
                    sum += fig[c][0] + fig[c][1];
                }
                return sum;
            }).sum();
            String row = "LAUTOKA/YASAWA " + written.size() + " " + String.format(java.util.Locale.ENGLISH, "%,d", primary);
            assertTrue(text.contains(row), row + " in " + text);
        }
    }

    @Test
    void aBannerInTwoCellsUnderADivisionGivesTheDistrictAndAMasterListItsCode() throws Exception {
        Path folder = Files.createDirectories(dir);
        // The master list names the district and gives its code: the name the banner gives is stored as the code.
        XSSFWorkbook master = new XSSFWorkbook();
        Sheet ms = master.createSheet("Schools");
        Sheets.row(ms, 0, "School code", "School name", "District code", "District");
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        XSSFWorkbook wb = district(List.of(new Object[] {"Division: Western"},
                new Object[] {"District:", null, "Nadroga/Navosa"}), 3, 0, 77);
        int r = 1;
        for (String code : written.keySet()) {
            Sheets.row(ms, r++, code, "School " + code, "W04", "Nadroga/Navosa");
        }
        Path list = folder.resolve("master-list.xlsx");
        try (var out = Files.newOutputStream(list)) {
            master.write(out);
        }
        try (Workbench w = io.open()) {
            ImportReport rep = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(list), "sample-master-list", null), Progress.NONE, Cancellation.none());
            assertEquals(FileOutcome.IMPORTED, rep.files().get(0).outcome(), rep.files().get(0).message());
        }
        DraftedImports.Run run = io.draftCheckImport(wb, "nadroga-2024.xlsx");
        assertTrue(run.json().contains("\"groupRows\" : \"school.district\""), run.json());
        assertRead(run, io, "W04");
    }

    @Test
    void aBannerIsTheWordNamingTheGroupAloneThenTheNameNeverATitle() {
        assertEquals("District: Lautoka/Yasawa", GroupRows.banner(cells("District: Lautoka/Yasawa")));
        assertEquals("Région: Kara", GroupRows.banner(cells("Région : Kara")));
        assertEquals("Distrito: Ribaué", GroupRows.banner(cells("Distrito:", "Ribaué")));
        assertEquals("Province: Western", GroupRows.banner(cells("Province", "Western")));
        assertNull(GroupRows.banner(cells("WESTERN PROVINCE - ENROLMENT BY STANDARD, 2024")));
        assertNull(GroupRows.banner(cells("Ministry of Education — Annual School Census 2024")));
        assertNull(GroupRows.banner(cells("District office: please return by 31 March")));
        assertNull(GroupRows.banner(cells("District:", "Ba", "Zone 3")));
        assertEquals("Lautoka/Yasawa", GroupRows.value(GroupRows.banner(cells("District: Lautoka/Yasawa"))));
        // The district banner is taken over a region's, wherever they stand.
        assertEquals("District: Ba", GroupRows.bannerAbove(List.of(cells("District: Ba"), cells("Province: West"),
                List.of()), 3));
        assertNull(GroupRows.bannerAbove(List.of(cells("District: Ba")), 0), "a banner above the header only");
    }

    private static List<Cell> cells(String... texts) {
        java.util.ArrayList<Cell> out = new java.util.ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            out.add(new Cell(0, c, CellKind.TEXT, texts[c], Double.NaN));
        }
        return out;
    }
}
