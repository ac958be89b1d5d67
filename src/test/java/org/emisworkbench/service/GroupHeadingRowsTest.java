package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provincial compilation whose district is no column but a row heading each group of schools, merged across the
 * sheet (`DISTRICT: MONGU`, `Kalabo District`, and a bare `SENANGA`), in a style the sample generator never writes
 * (Standard 1–3, `EMIS No`, a title above the header). Such a row must never become a school (it was stored as one,
 * with no figure and no warning); with the sheet's {@code groupRows} each school takes the district of the heading
 * above it; the draft writes that itself; and the figures are those written here.
 */
class GroupHeadingRowsTest {
    private static final int YEAR = 2024;
    private static final int GRADES = 3;
    /** Heading as written → its schools' codes; the district each school must get. */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
    private static final Map<String, String> DISTRICT = new LinkedHashMap<>();

    static {
        GROUPS.put("DISTRICT: MONGU", List.of("WP-101", "WP-102", "WP-103"));
        GROUPS.put("Kalabo District", List.of("WP-301", "WP-302"));
        GROUPS.put("SENANGA", List.of("WP-201", "WP-202"));
        DISTRICT.put("DISTRICT: MONGU", "MONGU");
        DISTRICT.put("Kalabo District", "Kalabo");
        DISTRICT.put("SENANGA", "SENANGA");
    }

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
    /** Written figures: code → [grade][F=0, M=1]. */
    private final Map<String, int[][]> written = new LinkedHashMap<>();

    private XSSFWorkbook province() {
        Random rnd = new Random(2024);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "WESTERN PROVINCE - ENROLMENT BY STANDARD, 2024");
        Sheets.row(sh, 1, "EMIS No", "Name of School", "Std 1 Boys", "Std 1 Girls", "Std 2 Boys", "Std 2 Girls",
                "Std 3 Boys", "Std 3 Girls");
        int r = 2;
        int n = 0;
        for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
            Sheets.row(sh, r, g.getKey());
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
            r++;
            for (String code : g.getValue()) {
                int[][] f = new int[GRADES][2];
                Object[] cells = new Object[2 + GRADES * 2];
                cells[0] = code;
                cells[1] = "School " + (++n);
                for (int gr = 0; gr < GRADES; gr++) {
                    f[gr][1] = rnd.nextInt(80) + 1;
                    f[gr][0] = rnd.nextInt(80) + 1;
                    cells[2 + gr * 2] = f[gr][1];
                    cells[3 + gr * 2] = f[gr][0];
                }
                written.put(code, f);
                Sheets.row(sh, r++, cells);
            }
        }
        return wb;
    }

    private void assertFigures(DraftedImports io) {
        try (Workbench w = io.open()) {
            assertEquals(written.size(), w.schools(YEAR, null).size(), "no heading is a school");
            written.forEach((code, f) -> {
                for (int gr = 0; gr < GRADES; gr++) {
                    io.assertEnrolment(w, code, gr + 1, f[gr][0], f[gr][1]);
                }
            });
        }
    }

    @Test
    void theDraftGivesEachSchoolTheDistrictOfTheHeadingAboveIt() throws Exception {
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = io.draftCheckImport(province(), "western-2024.xlsx");
        assertTrue(run.json().contains("\"groupRows\" : \"school.district\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(written.size(), f.schoolsAdded(), f.problems().toString());
        assertEquals(GROUPS.size(), f.skipped().getOrDefault(SkipReason.GROUP_ROW, 0), f.skipped().toString());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertFigures(io);
        try (Workbench w = io.open()) {
            GROUPS.forEach((heading, codes) -> codes.forEach(code ->
                    assertEquals(DISTRICT.get(heading), io.school(w, code).district(), code + " under " + heading)));
        }
    }

    @Test
    void withoutGroupRowsTheHeadingsAreSkippedAndCountedNeverSchools() throws Exception {
        String template = """
                {"id": "western", "version": 1, "title": "Western", "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrolment"], "key": ["EMIS No"], "columns": [
                   {"headers": ["Name of School"], "field": "school.name"},
                   {"patterns": ["Std {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(province(), "western-2024.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(written.size(), f.schoolsAdded(), f.problems().toString());
        assertEquals(GROUPS.size(), f.skipped().getOrDefault(SkipReason.GROUP_ROW, 0), f.skipped().toString());
        assertFigures(io);
        try (Workbench w = io.open()) {
            assertFalse(w.schools(YEAR, null).stream().anyMatch(s -> s.code().contains("MONGU")
                    || s.code().equals("SENANGA") || s.code().contains("Kalabo")), "a heading stored as a school");
            assertNull(io.school(w, "WP-101").district(), "no district read without groupRows");
        }
    }

    @Test
    void groupRowsGiveOnlyWhereSchoolsAreNeverWhoTheyAre() {
        String bad = """
                {"id": "bad", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Enrolment"], "key": ["EMIS No"], "groupRows": "school.name", "columns": [
                   {"patterns": ["Std {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.load(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.json"));
        assertTrue(e.getMessage().contains("groupRows"), e.getMessage());
        assertTrue(e.getMessage().contains("school.district"), e.getMessage());
    }
}
