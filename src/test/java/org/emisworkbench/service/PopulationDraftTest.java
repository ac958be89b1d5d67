package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.template.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 26: a population workbook (districts down, single ages, counts by sex) is drafted as a population template
 * that imports every figure under the year its title states; with the ages across, the draft says it looks like
 * population and how to write the template, rather than refusing with advice about school codes. Workbooks written
 * here with POI, figures drawn at random and summed by the test.
 */
class PopulationDraftTest {
    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    @Test
    void aPopulationByDistrictAgeAndSexIsDraftedAsAPopulationTemplateThatImportsEveryFigure() throws Exception {
        String[] districts = {"D05", "D07"};
        Random random = new Random(26);
        Map<String, Long> expected = new TreeMap<>();
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Population");
        row(s, 0, "Projected population by single age, 2024 (National Statistics Office)");
        row(s, 2, "District code", "District", "Age", "Male", "Female", "Total");
        int r = 3;
        for (String d : districts) {
            for (int age = 5; age <= 12; age++) {
                int m = 800 + random.nextInt(500);
                int f = 800 + random.nextInt(500);
                row(s, r++, d, "Name of " + d, age, m, f, m + f);
                expected.merge(d + " " + age + " M", (long) m, Long::sum);
                expected.merge(d + " " + age + " F", (long) f, Long::sum);
            }
        }
        // No year in the file name: the title states it.
        Path file = dir.resolve("population_districts.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        TemplateWorkshop.DraftResult d = workshop.draft(file, "pop");
        assertEquals(Role.POPULATION, d.draft().template().role(), d.draft().json());
        assertTrue(d.sheets().isEmpty(), "no wide mapping of schools: " + d.sheets());
        String notes = String.join("\n", d.notes().stream().map(org.emisworkbench.model.Message::english).toList());
        assertFalse(notes.contains("school code column"), notes);
        assertTrue(notes.contains("Sheet Population: population by area, age and sex (no school anywhere), drafted as a"
                + " population template"), notes);
        assertTrue(notes.contains("The year is read from the title 'Projected population by single age …'"), notes);
        String json = d.draft().json().replaceAll("\\s", "");
        assertTrue(json.contains("\"key\":[\"Districtcode\"]"), json);
        assertTrue(json.contains("\"field\":\"population.age\""), json);
        assertTrue(json.contains("\"labels\":[\"Projectedpopulationbysingleage\"]"), json);

        Files.createDirectories(dir.resolve("import"));
        try (TemplateImports imports = new TemplateImports(dir.resolve("import"))) {
            FileResult f = imports.importWith(wb, "population_districts.xlsx", d.draft().json(), null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), f.problems().toString());
            PopulationLoader loader = new PopulationLoader(imports.workbench.workspace());
            Map<String, Long> stored = new TreeMap<>();
            for (PopulationRecord p : loader.population(2024)) {
                stored.merge(p.areaCode() + " " + p.age() + " " + p.sex(), p.count(), Long::sum);
            }
            assertEquals(expected, stored);
            assertTrue(stored.keySet().stream().anyMatch(k -> k.endsWith(" " + Sex.F)), stored.toString());
        }
    }

    /** Without a year in its title or name, the draft says to give --year, and the import refuses the file. */
    @Test
    void aPopulationFileWithoutAYearIsRefusedNamingFileAndSheet() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Projections");
        row(s, 0, "Area code", "Age", "Females", "Males");
        row(s, 1, "D01", 6, 1200, 1300);
        row(s, 2, "D01", 7, 1100, 1250);
        Path file = dir.resolve("projections.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        TemplateWorkshop.DraftResult d = workshop.draft(file, "proj");
        assertEquals(Role.POPULATION, d.draft().template().role(), d.draft().json());
        String notes = String.join("\n", d.notes().stream().map(org.emisworkbench.model.Message::english).toList());
        assertTrue(notes.contains("import the file with --year"), notes);
        Files.createDirectories(dir.resolve("import"));
        try (TemplateImports imports = new TemplateImports(dir.resolve("import"))) {
            FileResult f = imports.importWith(wb, "projections.xlsx", d.draft().json(), null);
            assertEquals(FileOutcome.FAILED, f.outcome(), f.message());
            assertTrue(f.message().startsWith("projections.xlsx, sheet Projections: a population file without its"
                    + " year"), f.message());
            assertTrue(f.message().endsWith("nothing was imported. Give it with --year."), f.message());
            assertTrue(new PopulationLoader(imports.workbench.workspace()).population(2024).isEmpty());
            FileResult given = imports.importWith(wb, "projections.xlsx", d.draft().json(), 2024);
            assertEquals(FileOutcome.IMPORTED, given.outcome(), given.message());
            assertEquals(4, new PopulationLoader(imports.workbench.workspace()).population(2024).size());
        }
    }

    @Test
    void agesAcrossAreSaidToBePopulationWithHowToWriteTheTemplate() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Pop 2024");
        row(s, 0, "District", 5, 6, 7, 8, 9, 10, 11, 12);
        row(s, 1, "Kawala", 2297, 2318, 2063, 2107, 2190, 2011, 1987, 1950);
        row(s, 2, "Mosi", 1297, 1318, 1063, 1107, 1190, 1011, 987, 950);
        Path file = dir.resolve("population-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        ServiceException e = assertThrows(ServiceException.class, () -> workshop.draft(file, "pop"));
        String said = e.message().english();
        assertTrue(said.contains("sheet Pop 2024 looks like population by area and age (\"District\" down, the ages"
                + " 5 … 12 across)"), said);
        assertTrue(said.contains("\"role\": \"population\""), said);
        assertFalse(said.contains("school code column"), said);
    }

    @Test
    void aSchoolsSheetWithADistrictColumnIsNoPopulation() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        row(s, 0, "School code", "District", "Age", "Boys", "Girls");
        row(s, 1, "S-001", "D05", 6, 20, 22);
        Path file = dir.resolve("schools-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        TemplateWorkshop.DraftResult d = workshop.draft(file, "schools");
        assertNull(d.draft().template().role() == Role.POPULATION ? "population" : null, d.draft().json());
    }
}
