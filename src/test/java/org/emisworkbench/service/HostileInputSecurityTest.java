package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates, rule packs and workbook text written by someone hostile: none of it reaches SQL or Java.
 * What cannot be used is refused with a plain message and the database is left as it was; text is
 * stored verbatim through bound parameters and neutralised in every CSV and workbook we write.
 */
class HostileInputSecurityTest {
    static final String DROP = "'; DROP TABLE school; --";
    static final String CMD = "=cmd|' /C calc'!A0";
    static final String LINK = "=HYPERLINK(\"http://x\")";
    static final String SHEET = "S'; DROP TABLE school; --";
    static final String KEY_HEADER = "CREATE ALIAS EXEC FOR \"java.lang.Runtime.exec\"";
    static final String NAME_HEADER = "school.name'; DROP TABLE school; --";
    static final String GRADE_HEADER = "RUNSCRIPT FROM 'x' Grade {grade} {sex}";

    @TempDir
    Path dir;

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A wide template whose sheet name and headers are SQL and H2 commands. */
    private Path hostileTemplate(String nameField) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        return Files.writeString(folder.resolve("hostile.json"), "{\"id\": \"hostile-wide\", \"version\": 1,"
                + " \"layout\": \"wide\", \"sheets\": [{\"names\": [" + json(SHEET) + "], \"key\": [" + json(KEY_HEADER)
                + "], \"columns\": [{\"headers\": [" + json(NAME_HEADER) + "], \"field\": " + json(nameField) + "},"
                + " {\"headers\": [\"District\"], \"field\": \"school.district\"},"
                + " {\"patterns\": [" + json(GRADE_HEADER) + "], \"field\": \"enrolment\"}]}]}");
    }

    /** A return for the hostile template: schools whose names are SQL and spreadsheet formulas. */
    private Path hostileWorkbook(String file, String... names) throws Exception {
        Path f = dir.resolve(file);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet(SHEET);
            Row head = s.createRow(0);
            head.createCell(0).setCellValue(KEY_HEADER);
            head.createCell(1).setCellValue(NAME_HEADER);
            head.createCell(2).setCellValue(GRADE_HEADER.replace("{grade}", "1").replace("{sex}", "M"));
            head.createCell(3).setCellValue(GRADE_HEADER.replace("{grade}", "1").replace("{sex}", "F"));
            head.createCell(4).setCellValue("District");
            for (int i = 0; i < names.length; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue("H00" + (i + 1));
                r.createCell(1).setCellValue(names[i]);
                r.createCell(2).setCellValue(10 + i);
                r.createCell(3).setCellValue(20 + i);
                r.createCell(4).setCellValue("D01");
            }
            wb.write(out);
        }
        return f;
    }

    private static ImportReport importWith(Workbench wb, Path file, String template) {
        return new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file), template,
                2024), Progress.NONE, Cancellation.none());
    }

    private static void assertSchoolTableIntact(Workbench wb) throws Exception {
        Map<String, Long> counts = CorpusRunner.counts(wb);
        for (String table : List.of("SCHOOL", "SCHOOL_RETURN", "FACT_ROW", "IMPORT_BATCH", "IMPORT_PROBLEM")) {
            assertTrue(counts.containsKey(table), table + " still exists: " + counts.keySet());
        }
    }

    @Test
    void sqlInTemplateSheetNamesAndHeadersAndInCellsIsPlainText() throws Exception {
        Path template = hostileTemplate("school.name");
        Path file = hostileWorkbook("hostile-2024.xlsx", DROP, CMD, LINK);
        Path db = dir.resolve("census");
        try (Workbench wb = Workbench.open(db)) {
            FileResult r = importWith(wb, file, template.toString()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertEquals(3, r.schoolsAdded());
            assertSchoolTableIntact(wb);
            List<SchoolListing> schools = wb.schools(2024, null);
            assertEquals(List.of(DROP, CMD, LINK), schools.stream().map(SchoolListing::name).toList(),
                    "stored verbatim");
            assertEquals(SHEET, schools.get(0).sheet());
        }
        // The CSV of `emis schools`: every field that Excel would run as a formula is neutralised.
        CliRun listed = CliRun.emis("schools", "--db", db.toString(), "--year", "2024");
        assertEquals(0, listed.code(), listed.err());
        String csv = listed.out();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        assertTrue(csv.contains(",'" + CMD + ","), csv);
        assertTrue(csv.contains(",\"'; DROP TABLE school; --\","), csv);
        for (String line : csv.split("\\R")) {
            for (char sep : new char[] {',', ';'}) {
                for (String field : csvFields(line, sep)) {
                    assertFalse(field.matches("^[=+\\-@\\t\\r].*"), () -> "formula-like CSV field: " + field);
                }
            }
        }
    }

    @Test
    void exportedWorkbooksNeutraliseFormulaText() throws Exception {
        Path file = hostileWorkbook("hostile-2024.xlsx", LINK, CMD);
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            assertEquals(FileOutcome.IMPORTED, importWith(wb, file, hostileTemplate("school.name").toString()).files()
                    .get(0).outcome());
            new ValidationService(wb).validate(null, 2024, null, Progress.NONE, Cancellation.none());
            Path query = new QueryService(wb).forSchool(2024, "H001", Locale.ENGLISH, dir.resolve("queries"));
            assertNoFormulaText(query, LINK);
            Path summary = new ReportService(wb).export(2024, "D01", null, ReportOptions.defaults(),
                    dir.resolve("summary.xlsx"));
            assertNoFormulaText(summary, LINK);
        }
    }

    /** No formula cells and no text cell that starts like one; {@code expected} is found, neutralised. */
    private static void assertNoFormulaText(Path xlsx, String expected) throws Exception {
        boolean found = expected == null;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (var c : r) {
                        assertNotEquals(CellType.FORMULA, c.getCellType(), () -> xlsx.getFileName() + " "
                                + c.getAddress());
                        if (c.getCellType() == CellType.STRING) {
                            String t = c.getStringCellValue();
                            assertFalse(t.matches("^[=+\\-@\\t\\r].*"), () -> xlsx.getFileName() + " " + c.getAddress()
                                    + ": " + t);
                            found |= t.equals("'" + expected);
                        }
                    }
                }
            }
        }
        assertTrue(found, () -> xlsx.getFileName() + " should hold '" + expected);
    }

    @Test
    void sqlInATemplateFieldNameIsRefusedAndNothingChanges() throws Exception {
        Path template = hostileTemplate("school.name'; DROP TABLE school; --");
        Path file = hostileWorkbook("hostile-2024.xlsx", "Vami");
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            Map<String, Long> before = CorpusRunner.counts(wb);
            ServiceException e = assertThrows(ServiceException.class, () -> importWith(wb, file, template.toString()));
            assertTrue(e.getMessage().startsWith("The template hostile.json cannot be used"), e.getMessage());
            assertTrue(e.getMessage().contains("unknown canonical field \"school.name'; DROP TABLE school; --\""),
                    e.getMessage());
            assertEquals(before, CorpusRunner.counts(wb));
        }
    }

    @Test
    void codeListFilesOutsideTheTemplateFolderAreRefusedAndNothingChanges() throws Exception {
        Path template = hostileTemplate("school.name");
        String json = Files.readString(template).replace("\"layout\": \"wide\",",
                "\"layout\": \"wide\", \"codeListFiles\": [\"../../etc/passwd\", \"/etc/passwd\"],");
        Files.writeString(template, json);
        Path file = hostileWorkbook("hostile-2024.xlsx", "Vami");
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            Map<String, Long> before = CorpusRunner.counts(wb);
            ServiceException e = assertThrows(ServiceException.class, () -> importWith(wb, file, template.toString()));
            assertTrue(e.getMessage().contains("\"../../etc/passwd\" points outside the template's folder"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("\"/etc/passwd\" must be a file name relative"), e.getMessage());
            assertFalse(e.getMessage().contains("root:"), "no file content in the message");
            assertEquals(before, CorpusRunner.counts(wb));
        }
    }

    /** The words themselves are covered by rules.SandboxRuleTest; here, the service refuses the pack whole. */
    @Test
    void aRulePackReachingForSqlIsRefusedBeforeAnythingIsStored() throws Exception {
        String[] hostile = {"CREATE ALIAS X FOR 'java.lang.Runtime.exec'", "RUNSCRIPT FROM 'x.sql'",
            "CSVWRITE('/tmp/x.csv', 'SELECT * FROM school')", "FILE_READ('/etc/passwd')"};
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < hostile.length; i++) {
            rules.append(i == 0 ? "" : ",").append("{\"id\": \"H").append(i + 1).append("\", \"title\": \"t\",")
                    .append(" \"severity\": \"error\", \"left\": ").append(json(hostile[i])).append(", \"operator\": \"=\",")
                    .append(" \"right\": \"1\", \"message\": {\"en\": \"e\", \"fr\": \"f\"}}");
        }
        Path pack = Files.writeString(dir.resolve("hostile-pack.json"), "{\"id\": \"hostile\", \"version\": \"1\","
                + " \"title\": \"t\", \"rules\": [" + rules + "]}");
        try (Workbench wb = Workbench.open(dir.resolve("census"))) {
            importWith(wb, hostileWorkbook("hostile-2024.xlsx", "Vami"), hostileTemplate("school.name").toString());
            Map<String, Long> before = CorpusRunner.counts(wb);
            ServiceException e = assertThrows(ServiceException.class, () -> new ValidationService(wb).validate(pack,
                    2024, null, Progress.NONE, Cancellation.none()));
            assertTrue(e.getMessage().startsWith("The rule pack hostile-pack.json cannot be used"), e.getMessage());
            for (String word : List.of("CREATE", "RUNSCRIPT", "CSVWRITE", "FILE_READ")) {
                assertTrue(e.getMessage().contains("uses '" + word + "'"), e.getMessage());
            }
            assertEquals(before, CorpusRunner.counts(wb));
            assertFalse(Files.exists(Path.of("/tmp/x.csv")) && Files.readString(Path.of("/tmp/x.csv")).contains("H001"));
        }
    }

    /** Fields of one CSV line (RFC 4180 quoting). */
    static List<String> csvFields(String line) {
        return csvFields(line, ',');
    }

    /** The fields of a CSV line as Excel splits it on {@code sep} (a comma, or French Excel's semicolon). */
    static List<String> csvFields(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
