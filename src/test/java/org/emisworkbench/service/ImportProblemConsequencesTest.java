package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.validation.FindingGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cell, one thing to fix (issue 14, "findings that send an officer after figures that are right"): an
 * ownership the import could not read (not in its code list) is IMP-05 at its cell, and the ownership then
 * missing (REQ-03) follows from it, folded under it and not counted; a required value missing with no import
 * problem behind it still counts, and an import problem on one field never folds a finding on another. A rule's
 * first and last cells are read in the sheet's order (row, then column, as numbers), not as text nor by school.
 * The workbook is written here in a district office's own style (French headers under a title, the schools'
 * codes in no order).
 */
class ImportProblemConsequencesTest {
    private static final String TEMPLATE = """
            {"id": "kanda-ecoles", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Ecoles"], "key": ["Code"], "headerRow": 3,
               "columns": [
                 {"headers": ["Nom"], "field": "school.name"},
                 {"headers": ["District"], "field": "school.district"},
                 {"headers": ["Statut"], "field": "school.ownership"},
                 {"headers": ["Milieu"], "field": "school.locality"},
                 {"headers": ["Niveau"], "field": "school.level"},
                 {"headers": ["Filles CP1"], "field": "enrolment", "grade": "G1", "sex": "F"},
                 {"headers": ["Garçons CP1"], "field": "enrolment", "grade": "G1", "sex": "M"}]}]}
            """;

    /**
     * Rows 4 to 13 (Excel's numbers): K-09 at row 5 writes its ownership 'Parastatal' (D5), K-05 at row 10 too
     * (D10) and leaves its locality blank, K-08 at row 11 leaves its ownership blank, K-02 at row 12 writes its
     * locality 'Banlieue' (E12). The others are complete.
     */
    private static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Ecoles");
        row(s, 0, "Inspection de Kanda — recensement scolaire 2024");
        row(s, 2, "Code", "Nom", "District", "Statut", "Milieu", "Niveau", "Filles CP1", "Garçons CP1");
        row(s, 3, "K-01", "Kanda centre", "D07", "publique", "urbain", "primaire", 41, 39);
        row(s, 4, "K-09", "Mbali", "D07", "Parastatal", "rural", "primaire", 22, 25);
        row(s, 5, "K-03", "Lusaka", "D07", "privé", "urbain", "primaire", 30, 28);
        row(s, 6, "K-04", "Tembo", "D07", "publique", "rural", "primaire", 19, 21);
        row(s, 7, "K-06", "Nyanza", "D07", "publique", "rural", "primaire", 27, 26);
        row(s, 8, "K-07", "Kibo", "D07", "publique", "rural", "primaire", 33, 30);
        row(s, 9, "K-05", "Simba", "D07", "Parastatal", null, "primaire", 24, 23);
        row(s, 10, "K-08", "Jua", "D07", null, "rural", "primaire", 18, 20);
        row(s, 11, "K-02", "Pwani", "D07", "publique", "Banlieue", "primaire", 35, 36);
        row(s, 12, "K-10", "Ziwa", "D07", "publique", "urbain", "primaire", 29, 31);
        return wb;
    }

    private static List<StoredFinding> of(List<StoredFinding> all, String rule) {
        return all.stream().filter(f -> f.finding().ruleId().equals(rule)).toList();
    }

    private static StoredFinding one(List<StoredFinding> all, String rule, String school) {
        List<StoredFinding> found = TemplateImports.of(all, rule, school);
        assertEquals(1, found.size(), rule + " on " + school + ": " + found);
        return found.get(0);
    }

    @Test
    void aValueTheImportCouldNotReadIsOneFindingAtItsCellAndTheMissingValueFollowsFromIt(@TempDir Path dir)
            throws Exception {
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(workbook(), "kanda-2024.xlsx", TEMPLATE, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            List<StoredFinding> all = t.validate(2024);

            // The import problems, each at its cell of the file, showing what the school wrote.
            Map<String, String> unknown = new TreeMap<>();
            for (StoredFinding f : of(all, "IMP-05")) {
                SourceRef s = f.finding().source();
                unknown.put(f.finding().schoolCode(), s.file() + " " + s.sheetCell() + " = " + f.finding().cellValue());
                assertNull(f.causedBy(), "an import problem counts: " + f);
            }
            assertEquals(Map.of("K-09", "kanda-2024.xlsx Ecoles!D5 = Parastatal",
                    "K-05", "kanda-2024.xlsx Ecoles!D10 = Parastatal",
                    "K-02", "kanda-2024.xlsx Ecoles!E12 = Banlieue"), unknown);

            // The ownership missing because it could not be read follows from that cell's finding, not counted.
            StoredFinding k09 = one(all, "IMP-05", "K-09");
            StoredFinding k05 = one(all, "IMP-05", "K-05");
            StoredFinding k02 = one(all, "IMP-05", "K-02");
            assertEquals(k09.id(), one(all, "REQ-03", "K-09").causedBy());
            assertEquals(k05.id(), one(all, "REQ-03", "K-05").causedBy());
            assertEquals(k02.id(), one(all, "REQ-04", "K-02").causedBy(), "an unknown locality: REQ-04 follows from it");
            // A blank ownership has no import problem behind it: REQ-03 counts on its own.
            assertNull(one(all, "REQ-03", "K-08").causedBy());
            // K-05's ownership problem does not explain its blank locality: another field, another thing to fix.
            assertNull(one(all, "REQ-04", "K-05").causedBy());
            assertEquals(List.of(), TemplateImports.of(all, "REQ-03", "K-02"), "K-02's ownership was read");

            // What the officer is sent after, school by school: the errors that count.
            Map<String, List<String>> counted = all.stream()
                    .filter(f -> !f.folded() && f.finding().severity() == Severity.ERROR
                            && f.finding().schoolCode() != null)
                    .collect(Collectors.groupingBy(f -> f.finding().schoolCode(), TreeMap::new,
                            Collectors.mapping(f -> f.finding().ruleId(), Collectors.toList())));
            assertEquals(Map.of("K-09", List.of("IMP-05"), "K-05", List.of("IMP-05", "REQ-04"),
                    "K-08", List.of("REQ-03"), "K-02", List.of("IMP-05")), counted.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().sorted().toList())));

            // The rule's first and last cells in the sheet's order: D5 before D10 before E12, whatever the codes.
            FindingGroups.Group imp05 = new ValidationService(t.workbench)
                    .grouped(new FindingFilter(2024, null, null, "IMP-05", null, null)).stream()
                    .filter(g -> g.ruleId().equals("IMP-05")).findFirst().orElseThrow();
            assertEquals(3, imp05.count());
            assertEquals("kanda-2024.xlsx Ecoles!D5", imp05.firstCell());
            assertEquals("kanda-2024.xlsx Ecoles!E12", imp05.lastCell());
            assertEquals(List.of("K-09", "K-05", "K-02"), imp05.findings().stream()
                    .map(f -> f.finding().schoolCode()).toList());
        }
    }
}
