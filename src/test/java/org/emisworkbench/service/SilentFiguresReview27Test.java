package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27 (F1, F4, F9): a wide sheet of schools under headers written in two languages ({@code Grade 1 / 1ኛ ክፍል}
 * merged over {@code M / ወንድ | F / ሴት | T / ድምር}) is drafted as the same sheet in English is, and read by a
 * {@code {grade} {sex}} pattern; a district file of stacked school blocks under a year line drafts no grid twice and
 * no year line as a title, and no figure is stored twice. Workbooks written here with POI; expected figures
 * computed here.
 */
class SilentFiguresReview27Test {
    private static final int GRADES = 4;
    private static final String[] SCHOOLS = {"OR-0101", "OR-0102", "OR-0201", "OR-0202"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Boys of school {@code s} in grade {@code g} (1-based); girls are boys minus grade minus school. */
    private static int boys(int s, int g) {
        return 60 + 8 * s - 3 * g;
    }

    private static int girls(int s, int g) {
        return boys(s, g) - g - s;
    }

    private static XSSFWorkbook bilingualWide() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Primary Enrolment");
        Sheets.row(s, 0, "Oromia Regional Education Bureau — Annual School Census");
        Sheets.row(s, 1, "Academic Year: 2024");
        List<Object> upper = new ArrayList<>(List.of("School Code / የትምህርት ቤት ኮድ", "School Name / የትምህርት ቤት ስም"));
        List<Object> lower = new ArrayList<>(java.util.Arrays.asList(null, null));
        for (int g = 1; g <= GRADES; g++) {
            upper.addAll(java.util.Arrays.asList("Grade " + g + " / " + g + "ኛ ክፍል", null, null));
            lower.addAll(List.of("M / ወንድ", "F / ሴት", "T / ድምር"));
            s.addMergedRegion(new CellRangeAddress(3, 3, 2 + 3 * (g - 1), 4 + 3 * (g - 1)));
        }
        Sheets.row(s, 3, upper.toArray());
        Sheets.row(s, 4, lower.toArray());
        s.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        s.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        for (int i = 0; i < SCHOOLS.length; i++) {
            List<Object> row = new ArrayList<>(List.of(SCHOOLS[i], "School " + (char) ('A' + i)));
            for (int g = 1; g <= GRADES; g++) {
                row.addAll(List.of(boys(i, g), girls(i, g), boys(i, g) + girls(i, g)));
            }
            Sheets.row(s, 5 + i, row.toArray());
        }
        return wb;
    }

    @Test
    void aBilingualWideSheetIsDraftedAsWideAndEverySchoolsFiguresAreRead() throws Exception {
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        DraftedImports.Run run = imports.draftCheckImport(bilingualWide(), "oromia-2024.xlsx");
        assertTrue(run.json().contains("\"layout\" : \"wide\""), "drafted as a wide sheet: " + run.json());
        assertTrue(run.json().contains("School Code / የትምህርት ቤት ኮድ"), "the header kept as written: " + run.json());
        DraftedImports.assertClean(run, SCHOOLS.length);
        assertEquals(SCHOOLS.length * GRADES * 2L, run.result().valuesStored(), "every boys' and girls' figure");
        try (Workbench w = imports.open()) {
            for (int i = 0; i < SCHOOLS.length; i++) {
                for (int g = 1; g <= GRADES; g++) {
                    imports.assertEnrolment(w, SCHOOLS[i], g, girls(i, g), boys(i, g));
                }
            }
        }
    }

    @Test
    void aGradeAndSexPatternReadsBilingualHeaders() throws Exception {
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        FileResult f = imports.importWith(bilingualWide(), "oromia-2024.xlsx", """
                {"id": "oromia-patterns", "version": 1, "layout": "wide",
                 "year": {"labels": ["Academic Year"]},
                 "sheets": [{"names": ["Primary Enrolment"], "key": ["School Code"],
                   "columns": [
                     {"headers": ["School Name"], "field": "school.name"},
                     {"patterns": ["{grade} {sex}"], "field": "enrolment"},
                     {"patterns": ["{grade} T"], "total": "enrolment"}]}]}
                """);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(SCHOOLS.length, f.schoolsAdded());
        assertEquals(SCHOOLS.length * GRADES * 2L, f.valuesStored(), f.problems().toString());
        assertEquals(0, f.problemCount(), f.problems().toString());
        try (Workbench w = imports.open()) {
            for (int i = 0; i < SCHOOLS.length; i++) {
                imports.assertEnrolment(w, SCHOOLS[i], GRADES, girls(i, GRADES), boys(i, GRADES));
            }
        }
    }

    @Test
    void stackedBlocksUnderAYearLineDraftNoGridTwiceAndStoreNoFigureTwice() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("District");
        Sheets.row(s, 0, "DREN — Compilation des fiches écoles");
        Sheets.row(s, 1, "Année scolaire : 2024-2025");
        String[] grades = {"CP1", "CP2", "CE1", "CE2"};
        int blocks = 3;
        int cells = 0;
        for (int b = 0; b < blocks; b++) {
            int top = 3 + b * 8;
            Sheets.row(s, top, "École: EPP " + (char) ('A' + b));
            Sheets.row(s, top + 1, "Classe", "Garçons", "Filles");
            for (int g = 0; g < grades.length; g++) {
                Sheets.row(s, top + 2 + g, grades[g], boys(b, g + 1), girls(b, g + 1));
                cells += 2;
            }
        }
        DraftedImports imports = new DraftedImports(dir, 2024, workshop);
        Path folder = dir.resolve("gorgol");
        java.nio.file.Files.createDirectories(folder);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "gorgol-2024.xlsx");
        String json = run.json();
        assertFalse(json.contains("\"Année scolaire : 2024-2025\""), "a year line titles no grid: " + json);
        var grids = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(json)
                .path("sheets").get(0).path("grids");
        List<String> written = new ArrayList<>();
        grids.forEach(g -> written.add(g.toString()));
        assertEquals(written.stream().distinct().count(), written.size(), "no grid written twice: " + json);
        // However the blocks are read, no cell gives more than one stored figure.
        assertTrue(run.result().valuesStored() <= cells, run.result().valuesStored() + " values from " + cells
                + " cells: " + run.result().problems() + "\n" + json);
        assertTrue(run.result().valuesStored() > 0, json);
    }
}
