package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.testing.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district file written by a program that does not calculate (as openpyxl writes one): its formulas have
 * no saved result. Imported whole, nothing of it is silently blank: a figure held as such a formula is not
 * read and is reported at its cell with its formula, a total column of such formulas says its totals could
 * not be checked, and an error value is reported at its cell. Written part by part by the test.
 */
class OtherWritersImportTest {
    private static final String TEMPLATE = """
            {"id": "py-district", "version": 1, "layout": "wide",
             "sheets": [{"names": ["Data"], "key": ["School code"],
               "columns": [
                 {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                 {"headers": ["Total"], "total": "enrolment"},
                 {"headers": ["School name"], "field": "school.name"}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void formulasWithoutResultsAndErrorValuesAreReportedByCellNeverSilentlyBlank() throws Exception {
        // Shared strings: 0 School code, 1 Grade 1 F, 2 Grade 1 M, 3 Total, 4..7 the schools, 8 School name.
        String strings = "<si><t>School code</t></si><si><t>Grade 1 F</t></si><si><t>Grade 1 M</t></si>"
                + "<si><t>Total</t></si><si><t>PY01</t></si><si><t>PY02</t></si><si><t>PY03</t></si><si><t>PY04</t></si>"
                + "<si><t>School name</t></si>";
        int[][] typed = {{12, 9}, {20, -1}, {-2, 7}, {15, 16}};  // -1: a formula without result; -2: #REF!
        StringBuilder rows = new StringBuilder("<row r=\"1\">" + s("A1", 0) + s("B1", 1) + s("C1", 2) + s("D1", 3)
                + s("E1", 8) + "</row>");
        for (int i = 0; i < typed.length; i++) {
            int r = i + 2;
            rows.append("<row r=\"").append(r).append("\">").append(s("A" + r, 4 + i));
            String[] cols = {"B", "C"};
            for (int k = 0; k < 2; k++) {
                String ref = cols[k] + r;
                rows.append(typed[i][k] == -1 ? "<c r=\"" + ref + "\"><f>5+4</f></c>"
                        : typed[i][k] == -2 ? "<c r=\"" + ref + "\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c>"
                        : "<c r=\"" + ref + "\"><v>" + typed[i][k] + "</v></c>");
            }
            rows.append("<c r=\"D").append(r).append("\"><f>SUM(B").append(r).append(":C").append(r)
                    .append(")</f></c>");
            // The names: typed, except PY02's, a formula joining texts, without its result.
            rows.append(i == 1 ? "<c r=\"E3\" t=\"str\"><f>\"School \"&amp;A3</f></c>"
                    : "<c r=\"E" + r + "\" t=\"inlineStr\"><is><t>Escola " + (i + 1) + "</t></is></c>");
            rows.append("</row>");
        }
        // The district's total row, SUM formulas down each column, without results either.
        rows.append("<row r=\"6\">").append(s("A6", 3));
        for (String col : List.of("B", "C", "D")) {
            rows.append("<c r=\"").append(col).append("6\"><f>SUM(").append(col).append("2:").append(col)
                    .append("5)</f></c>");
        }
        rows.append("</row>");
        Path file = RawXlsx.transitional().strings(strings).rows(rows.toString()).write(dir.resolve("py-2024.xlsx"));
        Path template = Files.writeString(dir.resolve("py.template.json"), TEMPLATE);

        try (TemplateImports imports = new TemplateImports(dir)) {
            ImportReport report = new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), template.toString(), 2024), Progress.NONE, Cancellation.none());
            FileResult f = report.files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(4, f.schoolsAdded());

            // Figures: typed ones stored, the formula and the error not, and nothing computed in their place.
            for (int i = 0; i < typed.length; i++) {
                var g1 = new SchoolDetails(imports.workbench).figures("PY0" + (i + 1), 2024, null).stream()
                        .filter(row -> row.slot() == 1).findFirst().orElseThrow();
                assertEquals(typed[i][0] < 0 ? null : typed[i][0], g1.female(), "PY0" + (i + 1) + " girls");
                assertEquals(typed[i][1] < 0 ? null : typed[i][1], g1.male(), "PY0" + (i + 1) + " boys");
            }

            List<StoredFinding> all = imports.validate(2024);
            Map<String, String> noResult = messages(all, "IMP-19");
            assertEquals(List.of("Data!B6", "Data!C3", "Data!C6", "Data!D2", "Data!D3", "Data!D4", "Data!D5", "Data!D6",
                            "Data!E3"),
                    List.copyOf(noResult.keySet()),
                    "each formula without its result, at its cell: " + noResult);
            assertTrue(noResult.get("Data!C3").contains("=5+4") && noResult.get("Data!C3").contains("nothing was read from it")
                    && noResult.get("Data!C3").contains("open the file in Excel or LibreOffice, save it"), noResult::toString);
            for (String total : List.of("Data!B6", "Data!C6", "Data!D2", "Data!D3", "Data!D4", "Data!D5", "Data!D6")) {
                assertTrue(noResult.get(total).contains("=SUM(") && noResult.get(total).contains("the total could not"
                        + " be checked"), noResult.get(total));
            }
            assertTrue(noResult.get("Data!E3").contains("=\"School \"&A3"), noResult.get("Data!E3"));
            Map<String, String> names = new TreeMap<>();
            imports.workbench.schools(2024, null).forEach(x -> names.put(x.code(), x.name()));
            assertEquals("Escola 1", names.get("PY01"));
            assertTrue(names.get("PY02") == null || !names.get("PY02").startsWith("="),
                    "a formula is never stored as a name: " + names);
            Map<String, String> errors = messages(all, "IMP-04");
            assertEquals(List.of("Data!B4"), List.copyOf(errors.keySet()));
            assertTrue(errors.get("Data!B4").contains("#REF!"), errors::toString);
            assertFalse(all.stream().anyMatch(x -> x.finding().ruleId().equals("IMP-08")),
                    "no total is said to differ when it could not be checked");
        }
    }

    @Test
    void aCensusYearHeldAsAFormulaWithoutResultIsNamedInTheRefusal() throws Exception {
        String template = TEMPLATE.replace("\"layout\": \"wide\",", "\"layout\": \"wide\", \"year\": {\"labels\": [\"Census year\"]},");
        String strings = "<si><t>Census year</t></si><si><t>School code</t></si><si><t>Grade 1 F</t></si>"
                + "<si><t>Grade 1 M</t></si><si><t>PY01</t></si>";
        Path file = RawXlsx.transitional().strings(strings).rows("<row r=\"1\">" + s("A1", 0)
                + "<c r=\"B1\"><f>2023+1</f></c></row><row r=\"3\">" + s("A3", 1) + s("B3", 2) + s("C3", 3)
                + "</row><row r=\"4\">" + s("A4", 4) + "<c r=\"B4\"><v>3</v></c><c r=\"C4\"><v>4</v></c></row>")
                .write(dir.resolve("py-district.xlsx"));
        Path json = Files.writeString(dir.resolve("py-year.template.json"), template);
        try (TemplateImports imports = new TemplateImports(dir)) {
            FileResult f = new ImportService(imports.workbench, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(file), json.toString(), null), Progress.NONE, Cancellation.none())
                    .files().get(0);
            assertEquals(FileOutcome.FAILED, f.outcome(), f.message());
            assertTrue(f.message().startsWith("py-district.xlsx: the census year in Data!B1 is the formula =2023+1,")
                    && f.message().contains("Open the file in Excel or LibreOffice, save it"), f.message());
        }
    }

    private static String s(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    /** The findings of one rule by cell, in English. */
    private static Map<String, String> messages(List<StoredFinding> all, String rule) {
        Map<String, String> out = new TreeMap<>();
        all.stream().filter(x -> x.finding().ruleId().equals(rule))
                .forEach(x -> out.put(x.finding().source().sheetCell(), x.finding().message().english()));
        return out;
    }
}
