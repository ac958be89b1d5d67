package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 15, item 3: a school code typed as a number under a format of zeros ({@code 00000}: Excel shows 123 as
 * 00123) is the code Excel shows, so the return of the next year, where the code is typed as text, is the same
 * school; a district code the same. And a code that differs from a school of the workspace only by leading zeros is
 * never made a second school without a word (IMP-25). The workbooks are written here (codes as numbers under
 * formats of five and six zeros, a figure under a format of two zeros, an .xls as well); the expected figures are
 * the cells' own.
 */
class LeadingZeroCodesCliTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            {"id": "zeros-test", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Schools"], "key": ["School Code"],
               "columns": [{"headers": ["School Name"], "field": "school.name"},
                           {"headers": ["District"], "field": "school.district"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;

    /** A cell's value and, for a number, the format it is shown with (null: none). */
    private record Typed(Object value, String format) {
    }

    private static Typed num(double v, String format) {
        return new Typed(v, format);
    }

    /** Rows of code, name, district, Grade 1 F, Grade 1 M; a {@link Typed} number carries its format. */
    private Path workbook(String name, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            String[] head = {"School Code", "School Name", "District", "Grade 1 F", "Grade 1 M"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            java.util.Map<String, CellStyle> styles = new java.util.HashMap<>();
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Typed t) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        cell.setCellValue(((Number) t.value()).doubleValue());
                        if (t.format() != null) {
                            cell.setCellStyle(styles.computeIfAbsent(t.format(), f -> {
                                CellStyle st = wb.createCellStyle();
                                st.setDataFormat(wb.createDataFormat().getFormat(f));
                                return st;
                            }));
                        }
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private CliRun importFile(Path db, Path file) throws Exception {
        Path template = dir.resolve("zeros-test.json");
        Files.writeString(template, TEMPLATE);
        return CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
    }

    /** The workspace's schools of a year: code → district. */
    private static TreeMap<String, String> schools(Path db, int year) throws Exception {
        CliRun r = CliRun.emis("schools", "--db", db.toString(), "--year", String.valueOf(year), "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        TreeMap<String, String> out = new TreeMap<>();
        for (JsonNode s : r.json()) {
            out.put(s.get("code").asText(), s.get("district").asText());
        }
        return out;
    }

    private static int girlsOfGrade1(Path db, int year, String school) throws Exception {
        CliRun t = CliRun.emis("trace", "--db", db.toString(), "--year", String.valueOf(year), "--school", school,
                "--slot", "G1", "--sex", "F", "--format", "json");
        assertEquals(0, t.code(), t.out() + t.err());
        return t.json().get("value").asInt();
    }

    @Test
    void aCodeTypedAsANumberUnderAFormatOfZerosIsTheCodeExcelShows() throws Exception {
        for (String ext : new String[] {".xlsx", ".xls"}) {
            Path db = dir.resolve("zeros" + ext.replace('.', '-') + ".mv.db");
            // 2023: codes and districts typed as numbers, shown with their zeros; one figure under "00" too.
            CliRun first = importFile(db, workbook("zeros_2023" + ext, new Object[][] {
                    {num(123, "00000"), "Kijiji A", num(7, "000"), num(5, "00"), 21},
                    {num(4501, "00000"), "Kijiji B", num(7, "000"), 17, 19},
                    {num(456, "000000"), "Kijiji C", "008", 30, 28},
                    {num(98765, "00000"), "Kijiji D", "008", 11, 12}}));
            assertEquals(0, first.code(), first.out() + first.err());
            // 2024: the same schools, their codes typed as text.
            CliRun second = importFile(db, workbook("zeros_2024" + ext, new Object[][] {
                    {"00123", "Kijiji A", "007", 6, 22},
                    {"04501", "Kijiji B", "007", 18, 20},
                    {"000456", "Kijiji C", "008", 31, 27},
                    {"98765", "Kijiji D", "008", 13, 10}}));
            assertEquals(0, second.code(), second.out() + second.err());
            assertFalse(second.out().contains("IMP-25"), ext + ": no code differs by its zeros: " + second.out());

            List<String> codes = List.of("00123", "000456", "04501", "98765");
            TreeMap<String, String> y2023 = schools(db, 2023);
            TreeMap<String, String> y2024 = schools(db, 2024);
            assertEquals(new ArrayList<>(new java.util.TreeSet<>(codes)), new ArrayList<>(y2023.keySet()), ext);
            assertEquals(y2023.keySet(), y2024.keySet(), ext + ": one school per code across the years");
            assertEquals("007", y2023.get("00123"), ext + ": a district code keeps its zeros too");
            assertEquals("007", y2024.get("00123"), ext);
            // The figures are the cells' own, a figure under a format of zeros included (5, not 05 or 0).
            assertEquals(5, girlsOfGrade1(db, 2023, "00123"), ext);
            assertEquals(6, girlsOfGrade1(db, 2024, "00123"), ext);
            assertEquals(17, girlsOfGrade1(db, 2023, "04501"), ext);
            assertEquals(30, girlsOfGrade1(db, 2023, "000456"), ext);
        }
    }

    @Test
    void aCodeDifferingFromAKnownSchoolOnlyByLeadingZerosIsReportedNotJoined() throws Exception {
        Path db = dir.resolve("twins.mv.db");
        // 2023 written without the format: the workspace holds 123 (as the file shows it).
        assertEquals(0, importFile(db, workbook("twins_2023.xlsx", new Object[][] {
                {num(123, null), "Kijiji A", "007", 14, 15},
                {"S-9", "Kijiji E", "007", 3, 4}})).code());
        CliRun r = importFile(db, workbook("twins_2024.xlsx", new Object[][] {
                {"S-9", "Kijiji E", "007", 5, 6},
                {"00123", "Kijiji A", "007", 16, 17}}));
        assertEquals(0, r.code(), r.out() + r.err());
        // Said at the cell, naming both codes, and the file is not a plain OK.
        assertTrue(r.out().contains("Schools!A3: school code 00123 differs from school 123 of the workspace only by"
                + " leading zeros"), r.out());
        assertTrue(r.out().contains("OK with warnings"), r.out());
        assertEquals(r.out().indexOf("differs from school 123"), r.out().lastIndexOf("differs from school 123"),
                "said once: " + r.out());
        assertTrue(r.out().contains("CODE_LEADING_ZEROS"), r.out());
        // Not joined by itself: the officer (or the master list) decides; each code keeps its own figures.
        assertEquals(List.of("123", "S-9"), new ArrayList<>(schools(db, 2023).keySet()));
        assertEquals(List.of("00123", "S-9"), new ArrayList<>(schools(db, 2024).keySet()));
        assertEquals(16, girlsOfGrade1(db, 2024, "00123"));
        assertEquals(14, girlsOfGrade1(db, 2023, "123"));

        // The check of the year reports it as IMP-25, a warning, at its cell.
        CliRun v = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        JsonNode found = null;
        for (JsonNode f : findings(v.json())) {
            if ("IMP-25".equals(f.path("rule").asText())) {
                found = f;
            }
        }
        assertTrue(found != null, v.out());
        assertEquals("00123", found.path("school").asText(), found.toString());
        assertTrue(found.path("message").asText().contains("school 123"), found.toString());
        assertEquals("A3", found.path("source").path("cell").asText(), found.toString());
    }

    /** Review 18: a code typed with a space or a hyphen on one row ({@code MW 0721}) is said, never a silent twin. */
    @Test
    void aCodeDifferingOnlyBySpacesOrPunctuationIsReportedNotJoined() throws Exception {
        Path db = dir.resolve("spaced.mv.db");
        CliRun r = importFile(db, workbook("spaced_2024.xlsx", new Object[][] {
                {"MW0721", "Mitondo", "007", 40, 46},
                {"MW0733", "Kalambo", "007", 30, 31},
                {"MW 0721", "Mitondo", "007", 41, 45},
                {"MW-0733", "Kalambo", "007", 29, 32}}));
        assertEquals(0, r.code(), r.out() + r.err());
        // The twin is of the same file, not of the workspace (review 18b): said so, and said once.
        String said = "Schools!A4: school code MW 0721 differs from school MW0721 of the same file only"
                + " by leading zeros, spaces or punctuation";
        assertTrue(r.out().contains(said), r.out());
        assertEquals(r.out().indexOf(said), r.out().lastIndexOf(said), "said once: " + r.out());
        assertFalse(r.out().contains("of the workspace"), r.out());
        assertTrue(r.out().contains("Schools!A5: school code MW-0733 differs from school MW0733 of the same file"),
                r.out());
        assertTrue(r.out().contains("OK with warnings"), r.out());
        // Read as written, each its own school, until the officer writes the code one way.
        assertEquals(List.of("MW 0721", "MW-0733", "MW0721", "MW0733"), new ArrayList<>(schools(db, 2024).keySet()));
        assertEquals(41, girlsOfGrade1(db, 2024, "MW 0721"));
    }

    /** Every finding object of a validate JSON document, wherever it nests. */
    private static List<JsonNode> findings(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        if (doc.isObject() && doc.has("rule")) {
            out.add(doc);
        }
        doc.forEach(child -> out.addAll(findings(child)));
        return out;
    }
}
