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
    void aHeadingsNameIsTheNameItGivesAndAZoneNeverReplacesADistrict() {
        assertEquals("MONGU", org.emisworkbench.template.GroupRows.value("DISTRICT: MONGU"));
        assertEquals("Kara", org.emisworkbench.template.GroupRows.value("Circonscription de Kara"));
        assertEquals("Ribaué", org.emisworkbench.template.GroupRows.value("Distrito de Ribaué"));
        assertEquals("Mongu", org.emisworkbench.template.GroupRows.value("District of Mongu"));
        assertEquals("District 4", org.emisworkbench.template.GroupRows.value("District 4"));
        assertTrue(org.emisworkbench.template.GroupRows.namesOtherGroup("Zone 2", "school.district"));
        assertFalse(org.emisworkbench.template.GroupRows.namesOtherGroup("Kalabo District", "school.district"));
        assertFalse(org.emisworkbench.template.GroupRows.namesOtherGroup("SENANGA", "school.district"));
        // A sheet named as a district's total or summary is never a school's form named by its code.
        assertFalse(org.emisworkbench.template.SheetNameLabels.couldBeCode("Total 2024"));
        assertFalse(org.emisworkbench.template.SheetNameLabels.couldBeCode("Récap 2024"));
        assertTrue(org.emisworkbench.template.SheetNameLabels.couldBeCode("40101"));
        assertTrue(org.emisworkbench.template.SheetNameLabels.couldBeCode("KR-0417"));
    }

    @Test
    void aZoneHeadingUnderADistrictKeepsTheDistrict() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs");
        Sheets.row(sh, 0, "Code", "École", "CP1 G", "CP1 F");
        Sheets.row(sh, 1, "Circonscription de Kara");
        Sheets.row(sh, 2, "Zone 1");
        Sheets.row(sh, 3, "TG-1001", "EPP Kara 1", 30, 28);
        Sheets.row(sh, 4, "Zone 2");
        Sheets.row(sh, 5, "TG-1002", "EPP Kara 2", 25, 27);
        Sheets.row(sh, 6, "Circonscription de Bassar");
        Sheets.row(sh, 7, "TG-2001", "EPP Bassar", 20, 22);
        String template = """
                {"id": "kara", "version": 1, "title": "Kara", "layout": "wide", "language": "fr",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Effectifs"], "key": ["Code"], "groupRows": "school.district", "columns": [
                   {"headers": ["École"], "field": "school.name"},
                   {"headers": ["CP1 G"], "field": "enrolment", "grade": "G1", "sex": "M"},
                   {"headers": ["CP1 F"], "field": "enrolment", "grade": "G1", "sex": "F"}]}]}
                """;
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(wb, "kara-2024.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded(), f.problems().toString());
        try (Workbench w = io.open()) {
            assertEquals("Kara", io.school(w, "TG-1001").district());
            assertEquals("Kara", io.school(w, "TG-1002").district(), "Zone 2 is a zone of Kara, not a district");
            assertEquals("Bassar", io.school(w, "TG-2001").district());
            io.assertEnrolment(w, "TG-1002", 1, 27, 25);
        }
        assertEquals(4, f.skipped().getOrDefault(SkipReason.GROUP_ROW, 0), f.skipped().toString());
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
