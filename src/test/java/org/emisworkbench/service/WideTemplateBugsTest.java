package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.CliRun;
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

    private static FileResult.ProblemSummary problems(FileResult r, String kind) {
        return r.problems().stream().filter(p -> p.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + r.problems()));
    }

    @Test
    void aFigureGivenTwiceIsReportedAndTheFirstKeptNeverOverwritten(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet a = wb.createSheet("Pupils");
        // "Girls 1" and "G1 girls" are two aliases of one column spec, both present: the first is read.
        row(a, 0, "Code", "Girls 1", "Boys 1", "G1 girls");
        row(a, 1, "K-1", 14, 15, 41);
        row(a, 2, "K-2", 9, 11, 90);
        Sheet b = wb.createSheet("Girls");
        // A second sheet gives girls of grade 1 again for K-1.
        row(b, 0, "Code", "Girls in G1");
        row(b, 1, "K-1", 16);
        String template = """
                {"id": "twice", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Pupils"], "key": ["Code"], "columns": [
                     {"headers": ["Girls 1", "G1 girls"], "field": "enrolment", "grade": "G1", "sex": "F"},
                     {"headers": ["Boys 1"], "field": "enrolment", "grade": "G1", "sex": "M"}]},
                   {"names": ["Girls"], "key": ["Code"], "columns": [
                     {"headers": ["Girls in G1"], "field": "enrolment", "grade": "G1", "sex": "F"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "twice-2024.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            FileResult.ProblemSummary clash = problems(r, "VALUE_CLASH");
            assertEquals(2, clash.count(), r.problems().toString());
            assertEquals("Pupils!D1", clash.firstCell(), "the second alias column, named at its header");
            assertEquals("Girls!B2", clash.lastCell(), "the second sheet's figure");
            var girls = t.workbench.whereFrom("K-1", 2024, Topic.ENROLMENT, 1, org.emisworkbench.model.Sex.F,
                    AgeGroup.ALL).orElseThrow();
            assertEquals(14, girls.value(), "the first figure read is kept");
            assertEquals("Pupils!B2", girls.source().sheetCell());
            assertEquals(4 + 0, r.valuesStored(), "K-1 and K-2: girls and boys of grade 1, nothing more");
            List<StoredFinding> findings = t.validate(2024);
            assertEquals(2, findings.stream().filter(f -> f.finding().ruleId().equals("IMP-14")).count());
        }
    }

    @Test
    void twoColumnSpecsGivingTheSameFigureRefuseTheTemplateBeforeAnyFileIsRead(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("Teachers"), 0, "Code", "Female teachers", "Women");
        String template = """
                {"id": "same-sex-twice", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Teachers"], "key": ["Code"], "columns": [
                     {"headers": ["Female teachers"], "field": "teachers.total", "sex": "F"},
                     {"headers": ["Women"], "field": "teachers.total", "sex": "F"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            ServiceException e = org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
                    () -> t.importWith(wb, "t-2024.xlsx", template, 2024));
            assertTrue(e.getMessage().contains("$.sheets[0].columns[1]: gives the same figure as $.sheets[0].columns[0]"
                    + " (teachers.total F)"), e.getMessage());
            assertTrue(t.workbench.schools(null, null).isEmpty());
        }
    }

    @Test
    void aSheetListedTwiceIsRefusedWithItsPathNotReportedMissing(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        row(wb.createSheet("Teachers"), 0, "Code", "Qualified F", "Trained F");
        String template = """
                {"id": "listed-twice", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Teachers"], "key": ["Code"], "columns": [
                     {"headers": ["Qualified F"], "field": "teachers.qualified", "sex": "F"}]},
                   {"names": ["Teachers"], "key": ["Code"], "columns": [
                     {"headers": ["Trained F"], "field": "teachers.trained", "sex": "F"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            ServiceException e = org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
                    () -> t.importWith(wb, "t-2024.xlsx", template, 2024));
            assertTrue(e.getMessage().contains("$.sheets[1].names[0]: the sheet \"Teachers\" is also listed by"
                    + " $.sheets[0]"), e.getMessage());
            assertFalse(e.getMessage().contains("sheets found"), e.getMessage());
        }
    }

    @Test
    void aBlankDistrictFilledFromLastYearIsReportedWithTheYearItCameFrom(@TempDir Path dir) throws Exception {
        String template = """
                {"id": "districts", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Schools"], "key": ["Code"], "columns": [
                     {"headers": ["Name"], "field": "school.name"},
                     {"headers": ["District"], "field": "school.district"},
                     {"headers": ["G1 F"], "field": "enrolment", "grade": "G1", "sex": "F"}]}]}
                """;
        XSSFWorkbook last = new XSSFWorkbook();
        Sheet s23 = last.createSheet("Schools");
        row(s23, 0, "Code", "Name", "District", "G1 F");
        row(s23, 1, "C-1", "North", "D04", 10);
        row(s23, 2, "C-2", "South", "D05", 12);
        XSSFWorkbook now = new XSSFWorkbook();
        Sheet s24 = now.createSheet("Schools");
        row(s24, 0, "Code", "Name", "District", "G1 F");
        row(s24, 1, "C-1", "North", null, 11);
        row(s24, 2, "C-2", "South", "D05", 13);
        try (TemplateImports t = new TemplateImports(dir)) {
            assertEquals(FileOutcome.IMPORTED, t.importWith(last, "d-2023.xlsx", template, 2023).outcome());
            FileResult r = t.importWith(now, "d-2024.xlsx", template, 2024);
            FileResult.ProblemSummary carried = problems(r, "VALUE_CARRIED_OVER");
            assertEquals(1, carried.count(), r.problems().toString());
            assertEquals("Schools!C2", carried.firstCell());
            // The school is still placed in its district, and the officer is told where that came from.
            assertEquals("D04", t.workbench.schools(2024, null).stream().filter(l -> l.code().equals("C-1"))
                    .findFirst().orElseThrow().district());
            List<StoredFinding> f = TemplateImports.of(t.validate(2024), "IMP-15", "C-1");
            assertEquals(1, f.size());
            String text = f.get(0).finding().message().english();
            assertTrue(text.contains("school.district") && text.contains("\"D04\"") && text.contains("2023"), text);
        }
    }

    /** Teachers and classrooms with numbers under headers the template does not know; a comments column. */
    private static XSSFWorkbook withUnreadColumns() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Teachers");
        row(s, 0, "Code", "Qualified F", "Qualified M", "Classrooms", "Comments");
        row(s, 1, "U-1", 3, 2, 6, "roof leaks");
        row(s, 2, "U-2", 1, "4", null, "ok");
        return wb;
    }

    private static final String UNREAD = """
            {"id": "half-read", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Teachers"], "key": ["Code"], "columns": [
                 {"headers": ["Qualified F"], "field": "teachers.qualified", "sex": "F"}]}]}
            """;

    @Test
    void unreadColumnsWithFiguresAreAWarningNotAPlainOk(@TempDir Path dir) throws Exception {
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(withUnreadColumns(), "u-2024.xlsx", UNREAD, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome());
            assertTrue(r.hasWarnings());
            assertEquals(List.of(new FileResult.UnreadColumn("Teachers", "C", "Qualified M", 2),
                    new FileResult.UnreadColumn("Teachers", "D", "Classrooms", 1)), r.unreadColumns());
            assertEquals(List.of("Teachers: 2 column(s) or block(s) of figures not read: C (Qualified M), D (Classrooms)"),
                    r.warnings().stream().map(org.emisworkbench.model.Message::english).toList());
            // The comments column holds no figures: an unmatched column, not a warning.
            assertEquals("Teachers!E1", problems(r, "UNMATCHED_COLUMN").firstCell());
            assertEquals(1, problems(r, "UNMATCHED_COLUMN").count());
        }
    }

    @Test
    void theCommandLineSummarySaysOkWithWarningsNamingEachColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("u-2024.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            withUnreadColumns().write(out);
        }
        Path template = java.nio.file.Files.writeString(dir.resolve("half-read.json"), UNREAD);
        CliRun text = CliRun.emis("import", "--db", dir.resolve("w").toString(), "--template", template.toString(),
                "--year", "2024", file.toString());
        assertEquals(0, text.code(), text.out());
        assertTrue(text.out().contains("OK with warnings: 2 column(s) or block(s) of figures not read: Teachers!C (Qualified M),"
                + " Teachers!D (Classrooms)"), text.out());
        CliRun json = CliRun.emis("import", "--db", dir.resolve("w2").toString(), "--template", template.toString(),
                "--year", "2024", "--format", "json", file.toString());
        assertEquals(0, json.code(), json.err());
        var doc = json.json().get("files").get(0);
        assertEquals("Teachers: 2 column(s) or block(s) of figures not read: C (Qualified M), D (Classrooms)",
                doc.get("warnings").get(0).asText());
        assertEquals("Classrooms", doc.get("unreadColumns").get(1).get("header").asText());
        assertEquals(1, doc.get("unreadColumns").get(1).get("figures").asInt());
    }
}
