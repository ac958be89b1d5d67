package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 25 F6, the draft's side: a DHIS2 export whose data elements name the topic, grade and sex
 * ({@code Enrolment Grade 1 Female}, {@code Teachers Male}, {@code Classrooms}) with no category option combo column
 * was refused by {@code template draft} ("no column gives each row's grade"); it is now drafted as
 * {@code row.topic+row.grade+row.sex}, and the draft imports every figure. The organisation unit's name
 * ({@code orgunitname}, {@code Organisation unit name}, {@code orgUnitName}) is drafted as the school's name, not left
 * out as no census figure, with or without a category option combo column. The exports are written here with rows of
 * 0 left out, as DHIS2 does, and the figures read are checked against those written.
 */
class DataElementsNamingGradeAndSexDraftTest {
    private static final String[] SCHOOLS = {"Kq7Tz2LmPa1", "Wd93HsXe0Bn", "Yt5CvR8uJk2"};

    @TempDir
    Path dir;

    @Test
    void dataElementsNamingTopicGradeAndSexAreDraftedAndImported() throws Exception {
        for (String nameHeader : List.of("orgunitname", "Organisation unit name")) {
            Map<String, Long> expected = new HashMap<>();
            List<String[]> rows = new ArrayList<>();
            for (int k = 0; k < SCHOOLS.length; k++) {
                for (int g = 1; g <= 6; g++) {
                    for (String sex : new String[] {"Female", "Male"}) {
                        int enrolled = 31 + 4 * k + 3 * g + (sex.equals("Male") ? 2 : 0);
                        rows.add(new String[] {SCHOOLS[k], "Enrolment Grade " + g + " " + sex, "" + enrolled});
                        expected.put(SCHOOLS[k] + " enrolment G" + g + " " + sex.charAt(0), (long) enrolled);
                        int rep = (2 * k + g) % 5;
                        if (rep > 0) { // DHIS2 stores no zeros: the row is absent
                            rows.add(new String[] {SCHOOLS[k], "Repeaters Grade " + g + " " + sex, "" + rep});
                            expected.put(SCHOOLS[k] + " repeaters G" + g + " " + sex.charAt(0), (long) rep);
                        }
                    }
                }
                rows.add(new String[] {SCHOOLS[k], "Teachers Female", "" + (6 + k)});
                rows.add(new String[] {SCHOOLS[k], "Teachers Male", "" + (3 + 2 * k)});
                rows.add(new String[] {SCHOOLS[k], "Classrooms", "" + (8 + k)});
                expected.put(SCHOOLS[k] + " teachers total F", 6L + k);
                expected.put(SCHOOLS[k] + " teachers total M", 3L + 2 * k);
                expected.put(SCHOOLS[k] + " classrooms total ", 8L + k);
            }
            Path file = write("dhis2_elements_2024.xlsx",
                    new String[] {"orgunit", nameHeader, "period", "dataelement", "value"}, rows, false);
            JsonNode columns = draft(file).path("sheets").path(0).path("columns");
            assertEquals("row.topic+row.grade+row.sex", field(columns, "dataelement"), columns.toString());
            assertEquals("school.name", field(columns, nameHeader), columns.toString());
            assertEquals("row.value", field(columns, "value"), columns.toString());
            assertImports(file, expected);
        }
    }

    @Test
    void theOrganisationUnitNameIsTheSchoolsNameBesideACategoryOptionComboColumn() throws Exception {
        for (String nameHeader : List.of("orgunitname", "orgUnitName", "Organisation unit name")) {
            Map<String, Long> expected = new HashMap<>();
            List<String[]> rows = new ArrayList<>();
            for (int k = 0; k < SCHOOLS.length; k++) {
                for (int g = 1; g <= 6; g++) {
                    for (String sex : new String[] {"Female", "Male"}) {
                        int enrolled = 40 + 5 * k + g + (sex.equals("Female") ? 1 : 0);
                        rows.add(new String[] {SCHOOLS[k], "Enrolment", "Grade " + g + ", " + sex, "" + enrolled});
                        expected.put(SCHOOLS[k] + " enrolment G" + g + " " + sex.charAt(0), (long) enrolled);
                    }
                }
            }
            Path file = write("dhis2_combos_2024.xlsx", new String[] {"orgunit", nameHeader, "period", "dataelement",
                    "categoryoptioncombo", "value"}, rows, true);
            JsonNode sheet = draft(file).path("sheets").path(0);
            assertEquals("school.name", field(sheet.path("columns"), nameHeader), sheet.toString());
            assertFalse(sheet.path("ignore").toString().contains(nameHeader), sheet.toString());
            assertImports(file, expected);
        }
    }

    @Test
    void aTeachersDataElementNamingItsSexBesideTheComboDefaultIsReadWithThatSex() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < SCHOOLS.length; k++) {
            for (int g = 1; g <= 6; g++) {
                for (String sex : new String[] {"Female", "Male"}) {
                    int enrolled = 28 + 6 * k + 2 * g;
                    rows.add(new String[] {SCHOOLS[k], "Enrolment", "Grade " + g + ", " + sex, "" + enrolled});
                    expected.put(SCHOOLS[k] + " enrolment G" + g + " " + sex.charAt(0), (long) enrolled);
                }
            }
            rows.add(new String[] {SCHOOLS[k], "Teachers (female)", "default", "" + (5 + k)});
            expected.put(SCHOOLS[k] + " teachers total F", 5L + k);
            if (k < 2) {
                // The combo Total is both sexes, as default is: not the school's total row of the rows above.
                rows.add(new String[] {SCHOOLS[k], "Teachers (male)", k == 0 ? "default" : "Total", "" + (2 + 3 * k)});
                expected.put(SCHOOLS[k] + " teachers total M", 2L + 3 * k);
            } else {
                // The name says men, the combo women: which sex is counted is not clear, so it is reported, not read.
                rows.add(new String[] {SCHOOLS[k], "Teachers (male)", "Female", "9"});
            }
            rows.add(new String[] {SCHOOLS[k], "Classrooms", "default", "" + (10 + k)});
            expected.put(SCHOOLS[k] + " classrooms total ", 10L + k);
        }
        Path file = write("dhis2_teachers_2024.xlsx", new String[] {"orgunit", "orgunitname", "period", "dataelement",
                "categoryoptioncombo", "value"}, rows, true);
        JsonNode columns = draft(file).path("sheets").path(0).path("columns");
        assertEquals("row.topic", field(columns, "dataelement"), columns.toString());
        assertEquals("row.grade+row.sex", field(columns, "categoryoptioncombo"), columns.toString());
        CliRun check = CliRun.emis("template", "check", "--template", dir.resolve("draft.json").toString(),
                file.toString());
        int clash = rows.indexOf(rows.stream().filter(r -> r[2].equals("Female") && r[1].startsWith("Teachers"))
                .findFirst().orElseThrow()) + 2;
        assertTrue(check.out().contains("data!E" + clash + " UNKNOWN_CODE"), check.out());
        assertTrue(check.out().contains("“Teachers (male)”"), check.out());
        assertFalse(check.out().contains("not a code of the topic list"), check.out());
        assertImports(file, expected, 1);
    }

    /** The workbook: one sheet "data", the school's name "School " + its uid, the period 2024, figures as text. */
    private Path write(String name, String[] head, List<String[]> rows, boolean combos) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("data");
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            int r = 1;
            for (String[] row : rows) {
                Row x = s.createRow(r++);
                x.createCell(0).setCellValue(row[0]);
                x.createCell(1).setCellValue("School " + row[0]);
                x.createCell(2).setCellValue("2024");
                for (int c = 1; c < row.length; c++) {
                    x.createCell(2 + c).setCellValue(row[c]);
                }
            }
            assertEquals(combos ? 4 : 3, rows.get(0).length);
            wb.write(out);
        }
        return file;
    }

    private JsonNode draft(Path file) throws Exception {
        Path template = dir.resolve("draft.json");
        Files.deleteIfExists(template);
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        return new ObjectMapper().readTree(Files.readString(template));
    }

    private static String field(JsonNode columns, String header) {
        for (JsonNode c : columns) {
            if (c.path("headers").toString().contains("\"" + header + "\"")) {
                return c.path("field").asText();
            }
        }
        return null;
    }

    /** Imports the file with the draft and checks every figure stored against {@code expected}, and the names. */
    private void assertImports(Path file, Map<String, Long> expected) throws Exception {
        assertImports(file, expected, 0);
    }

    private void assertImports(Path file, Map<String, Long> expected, int problems) throws Exception {
        Path template = dir.resolve("draft.json");
        Path db = dir.resolve(file.getFileName() + "-" + System.nanoTime() + ".mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains(" " + problems + " problem"), imported.out());
        Path csv = dir.resolve("long.csv");
        Map<String, Long> got = LongCsv.figures(db, 2024, csv, r -> r.get("school_code").toUpperCase(Locale.ROOT)
                + " " + r.get("topic") + " " + r.get("item") + " " + r.get("sex"));
        Map<String, Long> want = new TreeMap<>();
        expected.forEach((k, v) -> want.put(k.substring(0, 11).toUpperCase(Locale.ROOT) + k.substring(11), v));
        assertTrue(want.size() > 30, "figures written: " + want.size());
        assertEquals(want, got);
        JsonNode schools = CliRun.emis("schools", "--db", db.toString(), "--year", "2024", "--format", "json").json();
        assertEquals(SCHOOLS.length, schools.size(), schools.toString());
        for (JsonNode s : schools) {
            assertEquals("SCHOOL " + s.path("code").asText().toUpperCase(Locale.ROOT),
                    s.path("name").asText().toUpperCase(Locale.ROOT), schools.toString());
        }
    }
}
