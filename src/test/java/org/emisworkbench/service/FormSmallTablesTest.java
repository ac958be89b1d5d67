package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertNoUnread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms with small tables of a row per category and a column per sex ({@code Qualified | 4 | 5} under
 * {@code Qualification | Female | Male | Total}), read with the template the program drafts from the form:
 * every teacher figure must be the one the test wrote, the teachers of each sex the sum of the rows, and each
 * value traced to its own cell.
 */
class FormSmallTablesTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private DraftedImports imports() {
        return new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    @Test
    void teachersByQualificationAndSexWithATotalRowAndColumn() throws Exception {
        Random rnd = new Random(5501);
        int[] qualified = {rnd.nextInt(9) + 1, rnd.nextInt(9) + 1}; // F, M
        int[] unqualified = {rnd.nextInt(5) + 1, rnd.nextInt(5) + 1};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Return");
        Sheets.row(sh, 0, "School code:", "ZM-80311");
        Sheets.row(sh, 1, "School name:", "Mwase Primary");
        Sheets.row(sh, 3, "TEACHERS BY QUALIFICATION AND SEX");
        Sheets.row(sh, 4, "Qualification", "Female", "Male", "Total");
        Sheets.row(sh, 5, "Qualified", qualified[0], qualified[1], qualified[0] + qualified[1]);
        Sheets.row(sh, 6, "Unqualified", unqualified[0], unqualified[1], unqualified[0] + unqualified[1]);
        Sheets.row(sh, 7, "Total", qualified[0] + unqualified[0], qualified[1] + unqualified[1],
                qualified[0] + unqualified[0] + qualified[1] + unqualified[1]);
        Run run = imports().draftCheckImport(wb, "mwase-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(run.json().contains("\"column\" : [ \"Male\" ]"), run.json());
        assertNoUnread(run);
        assertEquals(0, f.problemCount(), f.problems() + "\n" + run.json());
        DraftedImports imports = imports();
        int qualifiedSlot = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        int totalSlot = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "ZM-80311", Topic.TEACHERS, qualifiedSlot, qualified[0], qualified[1]);
            imports.assertFigure(w, "ZM-80311", Topic.TEACHERS, totalSlot, qualified[0] + unqualified[0],
                    qualified[1] + unqualified[1]);
            assertEquals("Return!C6", w.whereFrom("ZM-80311", YEAR, Topic.TEACHERS, qualifiedSlot, Sex.M,
                    AgeGroup.ALL).orElseThrow().source().sheetCell(), "qualified men: Male column, Qualified row");
            String women = w.whereFrom("ZM-80311", YEAR, Topic.TEACHERS, totalSlot, Sex.F, AgeGroup.ALL).orElseThrow()
                    .source().sheetCell();
            assertTrue(women.contains("B6") && women.contains("B7"), "the women teachers add B6 and B7: " + women);
        }
    }

    @Test
    void frenchStaffByStatusWithoutTotalRowReadsEachCategoryItCanName() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code de l'école :", "BF-4410");
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Koudougou B");
        Sheets.row(sh, 3, "Personnel enseignant");
        Sheets.row(sh, 4, null, "Femmes", "Hommes");
        Sheets.row(sh, 5, "Qualifiés", 3, 4);
        Sheets.row(sh, 6, "Non qualifiés", 1, 2);
        Run run = imports().draftCheckImport(wb, "koudougou-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertNoUnread(run);
        DraftedImports imports = imports();
        int qualifiedSlot = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        int totalSlot = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = imports.open()) {
            imports.assertFigure(w, "BF-4410", Topic.TEACHERS, qualifiedSlot, 3, 4);
            imports.assertFigure(w, "BF-4410", Topic.TEACHERS, totalSlot, 3 + 1, 4 + 2);
        }
    }
}
