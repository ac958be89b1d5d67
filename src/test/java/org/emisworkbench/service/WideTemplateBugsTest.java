package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.indicators.AreaSelector;
import org.emisworkbench.indicators.IndicatorValue;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs of issue 11 met with wide returns of another ministry, each on a workbook written here. */
class WideTemplateBugsTest {
    /** Electricity and water on the school sheet, toilets on a sanitation sheet joined by the school number. */
    private static final String TWO_SHEETS = """
            {"id": "two-sheet-facilities", "version": 1, "layout": "wide",
             "sheets": [
              {"names": ["Ecoles"], "key": ["No école"], "columns": [
                {"headers": ["Nom"], "field": "school.name"},
                {"headers": ["District"], "field": "school.district"},
                {"headers": ["Statut"], "field": "school.ownership"},
                {"headers": ["Milieu"], "field": "school.locality"},
                {"headers": ["Niveau"], "field": "school.level"},
                {"patterns": ["CP{grade} {sex}"], "field": "enrolment"},
                {"headers": ["Électricité"], "field": "facilities.electricity", "codeList": "yesno"},
                {"headers": ["Eau potable"], "field": "facilities.drinking_water", "codeList": "yesno"}]},
              {"names": ["Latrines"], "key": ["No école"], "columns": [
                {"headers": ["Latrines filles"], "field": "facilities.toilets_girls"},
                {"headers": ["Latrines garçons"], "field": "facilities.toilets_boys"}]}]}
            """;

    @Test
    void factsOfOneTopicReadFromTwoSheetsReachRulesAndIndicators(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet schools = wb.createSheet("Ecoles");
        row(schools, 0, "No école", "Nom", "District", "Statut", "Milieu", "Niveau", "CP1 F", "CP1 M", "CP2 F", "CP2 M",
                "Électricité", "Eau potable");
        row(schools, 1, "E-001", "Alpha", "D01", "public", "rural", "primary", 20, 22, 18, 19, "oui", "oui");
        row(schools, 2, "E-002", "Beta", "D01", "public", "urban", "primary", 30, 28, 25, 27, "non", "oui");
        row(schools, 3, "E-003", "Gamma", "D01", "public", "rural", "primary", 12, 10, 11, 9, "oui", "non");
        Sheet latrines = wb.createSheet("Latrines");
        row(latrines, 0, "No école", "Latrines filles", "Latrines garçons");
        row(latrines, 1, "E-001", 2, 2);
        row(latrines, 2, "E-002", 0, 3);
        row(latrines, 3, "E-003", 1, 0);
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "facilities-2024.xlsx", TWO_SHEETS, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            // trace finds the toilets on their own sheet…
            var girls = t.workbench.whereFrom("E-001", 2024, Topic.FACILITIES,
                    Topic.FACILITIES.fixedSlots().indexOf("toilets_girls"), null, AgeGroup.ALL).orElseThrow();
            assertEquals(2, girls.value());
            assertEquals("Latrines!B2", girls.source().sheetCell());
            // …and rules and indicators see them, beside the electricity of the other sheet.
            List<StoredFinding> findings = t.validate(2024);
            assertEquals(List.of(), TemplateImports.of(findings, "FAC-01", "E-001"), "E-001 has 2 girls' toilets");
            assertEquals(1, TemplateImports.of(findings, "FAC-01", "E-002").size(), "E-002 has none for 38 girls");
            assertEquals(List.of(), TemplateImports.of(findings, "FAC-01", "E-003"));
            IndicatorValue toilets = t.indicator(2024, AreaSelector.district("D01"),
                    "schools_with_single_sex_toilets_pct");
            assertTrue(toilets.available(), String.valueOf(toilets.reason()));
            // One school of three (E-001) has both girls' and boys' toilets.
            assertEquals(100.0 * 1 / 3, toilets.value(), 1e-9);
            IndicatorValue power = t.indicator(2024, AreaSelector.district("D01"), "schools_with_electricity_pct");
            assertEquals(100.0 * 2 / 3, power.value(), 1e-9);
        }
    }
}
