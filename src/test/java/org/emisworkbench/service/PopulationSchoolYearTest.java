package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.store.PopulationLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population sheet under a template whose school-year labels name their second year
 * ({@code "schoolYear": "end"}) reads its years by the same rule as a census return: {@code 2024-25} is
 * 2025 in a year cell and in the file name, as it is for enrolment. Written by the test.
 */
class PopulationSchoolYearTest {
    private static final String TEMPLATE = """
            {"id": "pop-sy", "version": 1, "layout": "wide", "role": "population",
             "year": {"fromFileName": true, "schoolYear": "end"},
             "sheets": [{"names": ["Population"], "key": ["District"], "required": ["population.age"], "columns": [
               %s
               {"headers": ["Age"], "field": "population.age"},
               {"headers": ["Girls"], "field": "population", "sex": "F"},
               {"headers": ["Boys"], "field": "population", "sex": "M"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void yearCellsWrittenAsSchoolYearsMeanTheirSecondYear() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Population");
        row(s, 0, "District", "School year", "Age", "Girls", "Boys");
        Map<Integer, Long> girlsByYear = new TreeMap<>();
        String[] labels = {"2024-25", "SY2025-26", "2025"};
        int r = 1;
        for (String label : labels) {
            for (int age = 6; age <= 8; age++) {
                int girls = 100 * age + r;
                row(s, r++, "D01", label, age, girls, girls + 7);
                // 2024-25 is 2025; SY2025-26 is 2026; a single year is that year.
                int year = label.equals("2024-25") ? 2025 : label.equals("SY2025-26") ? 2026 : 2025;
                girlsByYear.merge(year, (long) girls, Long::sum);
            }
        }
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(wb, "population.xlsx",
                    TEMPLATE.formatted("{\"headers\": [\"School year\"], \"field\": \"population.year\"},"), null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), f.problems().toString());
            PopulationLoader loader = new PopulationLoader(imports.workbench.workspace());
            for (int year : List.of(2024, 2025, 2026)) {
                long girls = loader.population(year).stream().filter(p -> p.sex() == Sex.F)
                        .mapToLong(PopulationRecord::count).sum();
                assertEquals(girlsByYear.getOrDefault(year, 0L), girls, "girls of " + year);
            }
        }
    }

    @Test
    void aSheetWithoutYearColumnTakesTheYearItsFileNameStatesByTheSameRule() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Population");
        row(s, 0, "District", "Age", "Girls", "Boys");
        long girls = 0;
        for (int age = 6; age <= 11; age++) {
            row(s, age - 5, "D02", age, 50 + age, 60 + age);
            girls += 50 + age;
        }
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = imports.importWith(wb, "Population_SY2024-25.xlsx", TEMPLATE.formatted(""), null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), "no year missing: " + f.problems());
            PopulationLoader loader = new PopulationLoader(imports.workbench.workspace());
            assertTrue(loader.population(2024).isEmpty(), "SY2024-25 is 2025 under schoolYear end");
            assertEquals(girls, loader.population(2025).stream().filter(p -> p.sex() == Sex.F)
                    .mapToLong(PopulationRecord::count).sum());
        }
    }
}
