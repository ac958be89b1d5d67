package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void theCodeAfterTheColonIsTheSchoolsCode() throws Exception {
        assertEquals("PS0401023", InsideLabels.part("PS0401023", "school.code"));
        assertEquals("104-027", InsideLabels.part("104-027", "school.code"));
        assertEquals("", InsideLabels.part("Chela Primary", "school.code"), "words without a digit: no code");
        assertEquals("", InsideLabels.part("Chela Primary 2", "school.code"), "several words: no code");
        assertEquals("GH-1200", InsideLabels.part("Akuna Primary (GH-1200)", "school.code"));

        Random rnd = new Random(2204);
        XSSFWorkbook wb = new XSSFWorkbook();
        String[] names = {"Mwenge Primary", "Kilimani PS", "Uhuru Primary"};
        String[] codes = {"PS0401023", "PS0401024", "PS0401025"};
        Map<String, int[][]> expected = new LinkedHashMap<>(); // code → [grade][F, M]
        for (int s = 0; s < names.length; s++) {
            Sheet sh = wb.createSheet(names[s]);
            Sheets.row(sh, 0, "PRIMARY SCHOOL CENSUS 2024");
            Sheets.row(sh, 2, "School: " + names[s], "", "", (s == 1 ? "REG. NO :  " : "Reg. No: ") + codes[s]);
            Sheets.row(sh, 4, "Class", "Boys", "Girls");
            int[][] v = new int[8][2];
            for (int g = 1; g <= 7; g++) {
                v[g][0] = rnd.nextInt(50) + 10;
                v[g][1] = rnd.nextInt(50) + 10;
                Sheets.row(sh, 4 + g, "Std " + ROMAN[g - 1], v[g][1], v[g][0]);
            }
            expected.put(codes[s], v);
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        FileResult f = imports.importWith(wb, "kibaha-2024.xlsx", """
                {"id": "kibaha-school-sheets", "version": 1, "layout": "grid", "schools": "sheet",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["*"], "required": ["school.code", "enrolment"],
                   "labels": [{"labels": ["Reg. No"], "field": "school.code", "position": "inside"},
                              {"labels": ["School"], "field": "school.name", "position": "inside"}],
                   "grids": [{"field": "enrolment", "titles": ["Class"], "rows": "grade"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(3, f.schoolsAdded(), f.problems().toString());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertEquals(3 * 7 * 2L, f.valuesStored());
        try (Workbench w = imports.open()) {
            assertEquals(expected.keySet(), w.schools(YEAR, null).stream().map(x -> x.code())
                    .collect(Collectors.toSet()));
            for (int s = 0; s < names.length; s++) {
                assertEquals(names[s], imports.school(w, codes[s]).name());
                for (int g = 1; g <= 7; g++) {
                    imports.assertEnrolment(w, codes[s], g, expected.get(codes[s])[g][0], expected.get(codes[s])[g][1]);
                }
            }
            assertEquals("Kilimani PS!C6", w.whereFrom("PS0401024", YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell().replace("'", ""), "Std I girls: the sheet's own cell");
        }
    }
}
