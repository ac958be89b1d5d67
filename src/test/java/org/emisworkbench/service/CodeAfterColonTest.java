package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.emisworkbench.template.InsideLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district workbook of one sheet per school, each sheet named by the school's name, its code written after a
 * colon in one cell ({@code Reg. No: PS0401023}, review 22's Tanzania style), grades {@code Std I … Std VII}: a
 * label {@code "position": "inside"} reads the one word carrying a digit after the colon as the code (it read only
 * a code in parentheses, so every sheet was refused). A line naming a school without a code is still no code.
 */
class CodeAfterColonTest {
    private static final int YEAR = 2024;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII"};

    @TempDir
    Path dir;

    private static final String[] NAMES = {"Mwenge Primary", "Kilimani PS", "Uhuru Primary"};
    private static final String[] CODES = {"PS0401023", "PS0401024", "PS0401025"};

    /** One sheet per school named by its name; returns code → [grade][F, M, repeaters F, repeaters M]. */
    private static Map<String, int[][]> write(XSSFWorkbook wb) {
        Random rnd = new Random(2204);
        Map<String, int[][]> expected = new LinkedHashMap<>();
        for (int s = 0; s < NAMES.length; s++) {
            Sheet sh = wb.createSheet(NAMES[s]);
            Sheets.row(sh, 0, "PRIMARY SCHOOL CENSUS 2024");
            Sheets.row(sh, 1, "Kibaha District Council");
            Sheets.row(sh, 2, "School: " + NAMES[s], "", "", (s == 1 ? "REG. NO :  " : "Reg. No: ") + CODES[s]);
            // Repeaters beside enrolment on the one header row, the topic written in each cell (review 22).
            Sheets.row(sh, 4, "Class", "Boys", "Girls", "Total", s == 2 ? "Boys Repeaters" : "Repeaters Boys",
                    s == 2 ? "Girls Repeaters" : "Repeaters Girls");
            int[][] v = new int[8][4];
            for (int g = 1; g <= 7; g++) {
                v[g][0] = rnd.nextInt(50) + 10;
                v[g][1] = rnd.nextInt(50) + 10;
                v[g][2] = rnd.nextInt(6);
                v[g][3] = rnd.nextInt(6);
                Sheets.row(sh, 4 + g, "Std " + ROMAN[g - 1], v[g][1], v[g][0], v[g][0] + v[g][1], v[g][3], v[g][2]);
            }
            expected.put(CODES[s], v);
        }
        return expected;
    }

    private static void assertRepeaters(Workbench w, String code, int grade, int[] v) {
        assertEquals(v[2], w.whereFrom(code, YEAR, Topic.REPEATERS, grade, Sex.F, AgeGroup.ALL).orElseThrow().value(),
                code + " G" + grade + " repeaters F");
        assertEquals(v[3], w.whereFrom(code, YEAR, Topic.REPEATERS, grade, Sex.M, AgeGroup.ALL).orElseThrow().value(),
                code + " G" + grade + " repeaters M");
    }

    /**
     * The draft finds the same: the code and the name inside their cells on the row above the table (was: no
     * code label found, nothing drafted), the table under its title, its repeaters under the band written in the
     * header's cells (was: left unread), every sheet read as one school's form.
     */
    @Test
    void theDraftReadsTheCodeAfterTheColon() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Map<String, int[][]> expected = write(wb);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = imports.draftCheckImport(wb, "kibaha-2024.xlsx");
        assertTrue(run.json().contains("\"Reg. No\"") && run.json().contains("\"inside\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded(), f.problems().toString());
        assertEquals(0, f.problemCount(), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (int s = 0; s < NAMES.length; s++) {
                assertEquals(NAMES[s], imports.school(w, CODES[s]).name());
                for (int g = 1; g <= 7; g++) {
                    imports.assertEnrolment(w, CODES[s], g, expected.get(CODES[s])[g][0], expected.get(CODES[s])[g][1]);
                    assertRepeaters(w, CODES[s], g, expected.get(CODES[s])[g]);
                }
            }
        }
    }

    @Test
    void theCodeAfterTheColonIsTheSchoolsCode() throws Exception {
        assertEquals("PS0401023", InsideLabels.part("PS0401023", "school.code"));
        assertEquals("104-027", InsideLabels.part("104-027", "school.code"));
        assertEquals("", InsideLabels.part("Chela Primary", "school.code"), "words without a digit: no code");
        assertEquals("", InsideLabels.part("Chela Primary 2", "school.code"), "several words: no code");
        assertEquals("GH-1200", InsideLabels.part("Akuna Primary (GH-1200)", "school.code"));

        XSSFWorkbook wb = new XSSFWorkbook();
        Map<String, int[][]> expected = write(wb);
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult f = imports.importWith(wb, "kibaha-2024.xlsx", """
                {"id": "kibaha-school-sheets", "version": 1, "layout": "grid", "schools": "sheet",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["Reg. No"], "field": "school.code", "position": "inside"},
                              {"labels": ["School"], "field": "school.name", "position": "inside"}],
                   "grids": [{"field": "enrolment", "titles": ["Class"], "rows": "grade"},
                             {"field": "repeaters", "titles": ["Class"], "rows": "grade", "band": ["Repeaters"]}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded(), f.problems().toString());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertEquals(3 * 7 * 4L, f.valuesStored(), "enrolment and repeaters, every cell");
        try (Workbench w = imports.open()) {
            assertEquals(expected.keySet(), w.schools(YEAR, null).stream().map(x -> x.code())
                    .collect(Collectors.toSet()));
            for (int s = 0; s < NAMES.length; s++) {
                assertEquals(NAMES[s], imports.school(w, CODES[s]).name());
                for (int g = 1; g <= 7; g++) {
                    imports.assertEnrolment(w, CODES[s], g, expected.get(CODES[s])[g][0], expected.get(CODES[s])[g][1]);
                    assertRepeaters(w, CODES[s], g, expected.get(CODES[s])[g]);
                }
            }
            assertEquals("Kilimani PS!C6", w.whereFrom("PS0401024", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell().replace("'", ""), "Std I girls: the sheet's own cell");
        }
    }
}
