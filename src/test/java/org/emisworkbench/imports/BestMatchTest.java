package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateMatch;
import org.emisworkbench.template.TemplateRegistry;
import org.emisworkbench.testing.PoiWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry with the built-in templates, and best match on a fixture of each sample layout. */
class BestMatchTest {
    private static final TemplateRegistry REGISTRY = TemplateRegistry.load(null);

    static XSSFWorkbook masterList() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        row(s, 0, "EMIS code", "School name", "District code", "District", "Region", "Ownership", "Locality", "Level");
        row(s, 1, "SCH01001", "Akuna Primary", "D01", "Akuna", "R1", "public", "rural", "primary");
        return wb;
    }

    static XSSFWorkbook population() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Population");
        row(s, 0, "Year", "District code", "Age", "Female", "Male");
        row(s, 1, 2024, "D01", 3, 1000, 1010);
        return wb;
    }

    private static TemplateMatch match(XSSFWorkbook wb) throws Exception {
        return REGISTRY.bestMatch(new PoiWorkbook(wb, "x.xlsx"));
    }

    @Test
    void everyBuiltInTemplateLoadsWithoutProblems() {
        assertEquals(List.of(), REGISTRY.problems());
        assertEquals(List.of("sample-wide", "sample-grid-columns", "sample-grid-rows", "sample-roster",
                "sample-master-list", "sample-population", "national-wide"), REGISTRY.list().stream().map(Template::id).toList());
    }

    @Test
    void choosesTheRightBuiltInTemplateForEachSampleLayout() throws Exception {
        assertBest("sample-wide", WideInterpreterTest.messyDistrictWorkbook());
        assertBest("sample-grid-columns", GridInterpreterTest.d03("2024"));
        assertBest("sample-grid-rows", GridInterpreterTest.d04());
        assertBest("sample-roster", RosterInterpreterTest.d05());
        assertBest("sample-master-list", masterList());
        assertBest("sample-population", population());
    }

    private static void assertBest(String id, XSSFWorkbook wb) throws Exception {
        TemplateMatch m = match(wb);
        TemplateMatch.Candidate best = m.best().orElseThrow(() -> new AssertionError("no match: " + m.candidates()));
        assertEquals(id, best.template().id(), m.candidates().stream().map(c -> c.reason() + " = " + c.score())
                .toList()::toString);
        assertTrue(best.score() > m.candidates().get(1).score(), "a clear winner for " + id);
        assertTrue(best.reason().startsWith(id + ": "), best.reason());
    }

    @Test
    void aWorkbookMatchingNothingWellIsReportedNotGuessed() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("Budget"), 0, "Item", "Amount", "Comment");
        TemplateMatch m = match(wb);
        assertTrue(m.best().isEmpty(), m.candidates()::toString);
        assertEquals(REGISTRY.list().size(), m.candidates().size(), "every template was scored");
    }

    @Test
    void userFolderTemplatesAreAddedAndBrokenOnesReportedWithoutStoppingTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ok.json"), """
                {"id": "district-x", "version": 2, "layout": "wide",
                 "sheets": [{"names": ["Data"], "key": ["Code"], "columns": [{"headers": ["Name"], "field": "school.name"}]}]}
                """);
        Files.writeString(dir.resolve("broken.json"), """
                {"id": "broken", "version": 1, "layout": "wide", "sheets": [{"names": ["D"], "columnz": []}]}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a template");
        TemplateRegistry r = TemplateRegistry.load(dir);
        assertTrue(r.byId("district-x").isPresent());
        assertTrue(r.byId("sample-wide").isPresent());
        assertEquals(1, r.problems().size());
        assertEquals("broken.json", r.problems().get(0).source());
        assertTrue(r.problems().get(0).problems().stream().anyMatch(p -> p.contains("$.sheets[0].columnz")));
    }

    @Test
    void censusYearFromTheFormLabelOrTheFileName() throws Exception {
        assertEquals(2024, org.emisworkbench.template.CensusYears.detect(new PoiWorkbook(GridInterpreterTest.d03("SY2024-25"),
                "SCH03001.xlsx"), REGISTRY.byId("sample-grid-columns").orElseThrow()).getAsInt());
        assertEquals(2025, org.emisworkbench.template.CensusYears.detect(new PoiWorkbook(
                WideInterpreterTest.messyDistrictWorkbook(), "D01-2025.xlsx"), REGISTRY.byId("sample-wide").orElseThrow())
                .getAsInt());
        assertTrue(org.emisworkbench.template.CensusYears.detect(new PoiWorkbook(masterList(), "master-list.xlsx"),
                REGISTRY.byId("sample-master-list").orElseThrow()).isEmpty());
    }
}
