package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Layout;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kenyan NEMIS-style long export ({@code UPI/School code | School Name | County | Sub-County | Grade | Gender |
 * Enrolment}, one row per school, grade and sex) is drafted as a long export keyed by its school code, never as a
 * list of pupils storing 1 per row with its Enrolment figures unread (review 30, A1). Workbooks written here with
 * POI; expected figures are the ones written.
 */
class NemisLongExportDraftTest {
    private static final int YEAR = 2024;
    private static final List<String> CODES = List.of("406521", "406522", "406523", "406524");

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** The export with {@code codeHeader} in A1; {@code expected} gets school|grade|sex → enrolment. */
    private static XSSFWorkbook export(String codeHeader, String countHeader, Map<String, Integer> expected,
                                       long seed) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Learners Enrolment");
        Sheets.row(s, 0, codeHeader, "School Name", "County", "Sub-County", "Grade", "Gender", countHeader);
        Random rnd = new Random(seed);
        int r = 1;
        for (int i = 0; i < CODES.size(); i++) {
            for (int g = 1; g <= 6; g++) {
                for (String sex : List.of("Male", "Female")) {
                    int n = 15 + rnd.nextInt(40);
                    Sheets.row(s, r++, CODES.get(i), "Shule " + (char) ('A' + i) + " Primary", "Kakamega", "Lurambi",
                            "Grade " + g, sex, n);
                    expected.put(CODES.get(i) + "|" + g + "|" + sex.charAt(0), n);
                }
            }
        }
        return wb;
    }

    @Test
    void aSchoolCodeAmongSlashesOrAnInstitutionCodeKeysALongExport() throws Exception {
        for (String header : List.of("UPI/School code", "Institution Code")) {
            Path folder = Files.createDirectories(dir.resolve(header.replaceAll("\\W", "")));
            Map<String, Integer> expected = new HashMap<>();
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(export(header, "Enrolment", expected, header.length()),
                    "nemis_enrolment_2024.xlsx");
            assertFalse(run.json().contains("\"roster\""), "no list of pupils: " + run.json());
            assertTrue(run.json().contains("row.grade") && run.json().contains("row.sex"), run.json());
            DraftedImports.assertClean(run, CODES.size());
            assertEquals((long) expected.size(), run.result().valuesStored(), "one figure a row, not one pupil a row");
            try (Workbench w = imports.open()) {
                for (var e : expected.entrySet()) {
                    String[] k = e.getKey().split("\\|");
                    int v = w.whereFrom(k[0], YEAR, Topic.ENROLMENT, Integer.parseInt(k[1]), Sex.valueOf(k[2]),
                            AgeGroup.ALL).orElseThrow(() -> new AssertionError(header + ": no figure " + e.getKey()))
                            .value();
                    assertEquals(e.getValue(), v, header + " " + e.getKey());
                }
            }
        }
    }

    @Test
    void aColumnOfCountsBesideGradeAndSexIsNoListOfPupils() throws Exception {
        // No code column the draft can key by: whatever the draft makes of it, never a list of pupils.
        Path file = dir.resolve("counts_2024.xlsx");
        try (XSSFWorkbook wb = export("Ref", "Pupils", new HashMap<>(), 7); OutputStream out = Files.newOutputStream(file)) {
            for (int r = 1; r <= wb.getSheetAt(0).getLastRowNum(); r++) {
                wb.getSheetAt(0).getRow(r).getCell(0).setCellValue("ref " + r); // no code: words with a space
            }
            wb.write(out);
        }
        TemplateWorkshop.DraftWorkbook opened = workshop.open(file);
        assertTrue(opened.rosters().isEmpty(), "read as pupils: " + opened.rosters());
        assertNotEquals(Layout.ROSTER, opened.layout());
    }

    private static final String HAND = """
            {"id": "ke-hand", "version": 1, "title": "NEMIS long export", "layout": "wide",
             "year": {"fromFileName": true},
             "sheets": [{"names": ["Learners Enrolment"], "key": ["UPI/School code"],
               "columns": [{"headers": ["School Name"], "field": "school.name"},
                           {"headers": ["Grade"], "field": "row.grade"},
                           {"headers": ["Gender"], "field": "row.sex"},
                           {"headers": ["Enrolment"], "field": "enrolment"}],
               "ignore": ["County", "Sub-County"]}]}
            """;

    @Test
    void eachGradesTotalRowIsCheckedAgainstThatGradeAndPp1AndPp2AreStillAdded() throws Exception {
        // A workspace of one pre-primary year (PP): PP1 and PP2 read into it are added (IMP-34), a "Total" row under
        // each grade's boys and girls notwithstanding (review 30, A2); one grade total is written 5 too many.
        List<String> grades = List.of("PP1", "PP2", "Grade 1", "Grade 2");
        Map<String, Integer> expected = new HashMap<>();
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Learners Enrolment");
        Sheets.row(s, 0, "UPI/School code", "School Name", "County", "Sub-County", "Grade", "Gender", "Enrolment");
        Random rnd = new Random(30);
        int r = 1;
        int wrongRow = -1;
        for (int i = 0; i < CODES.size(); i++) {
            for (String grade : grades) {
                int slot = grade.startsWith("PP") ? 0 : Integer.parseInt(grade.substring(6));
                int total = 0;
                for (String sex : List.of("Male", "Female")) {
                    int n = 15 + rnd.nextInt(40);
                    total += n;
                    Sheets.row(s, r++, CODES.get(i), "Shule " + i, "Kakamega", "Lurambi", grade, sex, n);
                    expected.merge(CODES.get(i) + "|" + slot + "|" + sex.charAt(0), n, Integer::sum);
                }
                boolean wrong = i == 2 && grade.equals("PP2");
                wrongRow = wrong ? r : wrongRow;
                Sheets.row(s, r++, CODES.get(i), "Shule " + i, "Kakamega", "Lurambi", grade, "Total",
                        total + (wrong ? 5 : 0));
            }
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        FileResult f = imports.importWith(wb, "nemis_totals_2024.xlsx", HAND);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, DraftedImports.count(f, "VALUE_CLASH"), f.problems().toString());
        assertEquals(1, DraftedImports.count(f, "TOTAL_MISMATCH"), f.problems().toString());
        String at = DraftedImports.first(f, "TOTAL_MISMATCH");
        assertTrue(at != null && at.endsWith("G" + (wrongRow + 1)), "the wrong grade total only: " + f.problems());
        assertEquals(CODES.size() * 2 * 2, DraftedImports.count(f, "PRE_PRIMARY_SUMMED"), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (var e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                int v = w.whereFrom(k[0], YEAR, Topic.ENROLMENT, Integer.parseInt(k[1]), Sex.valueOf(k[2]),
                        AgeGroup.ALL).orElseThrow(() -> new AssertionError("no figure " + e.getKey())).value();
                assertEquals(e.getValue(), v, e.getKey());
            }
        }
    }
}
