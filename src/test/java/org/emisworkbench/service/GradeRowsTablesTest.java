package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertNoUnread;
import static org.emisworkbench.service.DraftedImports.count;
import static org.emisworkbench.service.DraftedImports.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * School returns whose tables have a row per grade, the commonest table of a paper form typed into Excel:
 * {@code Grade | Boys | Girls | Total}; a French table with a row per class and the ages across, Garçons and
 * Filles under each merged age; and a table with a Boys row and a Girls row under each merged class with the
 * ages across. Each form is read with the template the program drafts from it; the figures stored must be
 * the sums this test works out from the values it wrote, every table read, and a wrong total reported at
 * its cell.
 */
class GradeRowsTablesTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final DraftedImports imports() {
        return new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
    }

    @Test
    void gradeBoysGirlsTotalWithARowPerGradeAndARepeatersTable() throws Exception {
        Random rnd = new Random(4401);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Return");
        Sheets.row(sh, 0, "ANNUAL SCHOOL CENSUS 2024");
        Sheets.row(sh, 2, "School code:", "ZM-70412");
        Sheets.row(sh, 3, "Name of school:", "Chipata Basic");
        Sheets.row(sh, 5, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(sh, 6, "Grade", "Boys", "Girls", "Total");
        int[][] enrol = new int[8][2]; // [grade 1..7][F, M]
        long boys = 0;
        long girls = 0;
        for (int g = 1; g <= 7; g++) {
            enrol[g][1] = rnd.nextInt(60) + 5;
            enrol[g][0] = rnd.nextInt(60) + 5;
            boys += enrol[g][1];
            girls += enrol[g][0];
            int total = enrol[g][0] + enrol[g][1] + (g == 4 ? 10 : 0); // grade 4's total typed over
            Sheets.row(sh, 6 + g, "Grade " + g, enrol[g][1], enrol[g][0], total);
        }
        // The grand total of the Total column is Excel's SUM of it, typed-over cell included.
        Sheets.row(sh, 14, "Total", boys, girls, boys + girls + 10);
        Sheets.row(sh, 17, "REPEATERS BY GRADE AND SEX");
        Sheets.row(sh, 18, "Grade", "Boys", "Girls");
        int[][] rep = new int[8][2];
        for (int g = 1; g <= 7; g++) {
            rep[g][1] = rnd.nextInt(6);
            rep[g][0] = rnd.nextInt(6);
            Sheets.row(sh, 18 + g, "Grade " + g, rep[g][1], rep[g][0]);
        }
        Run run = imports().draftCheckImport(wb, "chipata-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(run.json().contains("\"rows\" : \"grade\""), run.json());
        assertNoUnread(run);
        assertEquals(1, count(f, "TOTAL_MISMATCH"), f.problems() + "\n" + run.json());
        assertEquals("Return!D11", first(f, "TOTAL_MISMATCH"));
        assertEquals(1, f.problemCount(), f.problems().toString());
        DraftedImports imports = imports();
        try (Workbench w = imports.open()) {
            for (int g = 1; g <= 7; g++) {
                imports.assertEnrolment(w, "ZM-70412", g, enrol[g][0], enrol[g][1]);
                imports.assertFigure(w, "ZM-70412", Topic.REPEATERS, g, rep[g][0], rep[g][1]);
            }
            assertEquals("Return!C10", w.whereFrom("ZM-70412", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.ALL)
                    .orElseThrow().source().sheetCell(), "Girls of Grade 3");
        }
    }

    @Test
    void frenchClassesDownAgesAcrossWithGarconsFillesUnderEachAge() throws Exception {
        Random rnd = new Random(4402);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche école");
        Sheets.row(sh, 0, "Code de l'établissement :", "TG-2207");
        Sheets.row(sh, 1, "Nom de l'établissement :", "EPP Kara Nord");
        Sheets.row(sh, 3, "Tableau 1 : Effectifs par classe, âge et sexe");
        String[] classes = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
        int[] ages = {6, 7, 8, 9, 10, 11, 12};
        Object[] ageHead = new Object[1 + 2 * ages.length + 2];
        Object[] sexHead = new Object[ageHead.length];
        ageHead[0] = "Classe";
        for (int a = 0; a < ages.length; a++) {
            ageHead[1 + 2 * a] = ages[a] + " ans";
            sexHead[1 + 2 * a] = "Garçons";
            sexHead[2 + 2 * a] = "Filles";
        }
        ageHead[1 + 2 * ages.length] = "Total";
        sexHead[1 + 2 * ages.length] = "Garçons";
        sexHead[2 + 2 * ages.length] = "Filles";
        Sheets.row(sh, 4, ageHead);
        Sheets.row(sh, 5, sexHead);
        for (int a = 0; a <= ages.length; a++) {
            sh.addMergedRegion(new CellRangeAddress(4, 4, 1 + 2 * a, 2 + 2 * a));
        }
        int[][][] v = new int[classes.length][ages.length][2]; // [class][age][F, M]
        for (int k = 0; k < classes.length; k++) {
            Object[] row = new Object[ageHead.length];
            row[0] = classes[k];
            int f = 0;
            int m = 0;
            for (int a = 0; a < ages.length; a++) {
                // Pupils only from the class's usual age minus one to plus three.
                boolean usual = ages[a] >= 5 + k && ages[a] <= 9 + k;
                v[k][a][0] = usual ? rnd.nextInt(25) : 0;
                v[k][a][1] = usual ? rnd.nextInt(25) : 0;
                row[1 + 2 * a] = usual ? v[k][a][1] : null;
                row[2 + 2 * a] = usual ? v[k][a][0] : null;
                f += v[k][a][0];
                m += v[k][a][1];
            }
            row[1 + 2 * ages.length] = m;
            row[2 + 2 * ages.length] = f;
            Sheets.row(sh, 6 + k, row);
        }
        Run run = imports().draftCheckImport(wb, "kara-nord-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(run.json().contains("\"rows\" : \"grade\""), run.json());
        assertNoUnread(run);
        assertEquals(0, f.problemCount(), f.problems() + "\n" + run.json());
        DraftedImports imports = imports();
        try (Workbench w = imports.open()) {
            for (int k = 0; k < classes.length; k++) {
                int girls = 0;
                int boys = 0;
                for (int a = 0; a < ages.length; a++) {
                    girls += v[k][a][0];
                    boys += v[k][a][1];
                }
                imports.assertEnrolment(w, "TG-2207", k + 1, girls, boys);
            }
            // CE1 (the third class, row 9), girls of 9: age 9 is the fourth age, Garçons in H, Filles in I.
            var nine = w.whereFrom("TG-2207", YEAR, Topic.ENROLMENT, 3, Sex.F, AgeGroup.of(9)).orElseThrow();
            assertEquals(v[2][3][0], nine.value());
            assertEquals("Fiche école!I9", nine.source().sheetCell());
        }
    }

    @Test
    void boysAndGirlsRowsUnderEachMergedStandardWithAgesAcross() throws Exception {
        Random rnd = new Random(4403);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Form");
        Sheets.row(sh, 0, "EMIS code", "MW-5521");
        Sheets.row(sh, 1, "School", "Likuni Primary");
        Sheets.row(sh, 3, "Pupils by standard, age and sex");
        Sheets.row(sh, 4, "Standard", "Sex", 6, 7, 8, 9, 10, "Total");
        int[][][] v = new int[4][5][2]; // [standard 1..3][age 6..10][F, M]
        int r = 5;
        for (int s = 1; s <= 3; s++) {
            for (int sex = 1; sex >= 0; sex--) { // Boys first, then Girls
                Object[] row = new Object[8];
                row[0] = sex == 1 ? "Standard " + s : null;
                row[1] = sex == 1 ? "Boys" : "Girls";
                int sum = 0;
                for (int a = 0; a < 5; a++) {
                    v[s][a][sex] = rnd.nextInt(30);
                    row[2 + a] = v[s][a][sex];
                    sum += v[s][a][sex];
                }
                row[7] = sum;
                Sheets.row(sh, r, row);
                r++;
            }
            sh.addMergedRegion(new CellRangeAddress(r - 2, r - 1, 0, 0));
        }
        Run run = imports().draftCheckImport(wb, "likuni-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(run.json().contains("\"rows\" : \"grade\""), run.json());
        assertNoUnread(run);
        assertEquals(0, f.problemCount(), f.problems() + "\n" + run.json());
        DraftedImports imports = imports();
        try (Workbench w = imports.open()) {
            for (int s = 1; s <= 3; s++) {
                int girls = 0;
                int boys = 0;
                for (int a = 0; a < 5; a++) {
                    girls += v[s][a][0];
                    boys += v[s][a][1];
                }
                imports.assertEnrolment(w, "MW-5521", s, girls, boys);
            }
            var girlsOf8 = w.whereFrom("MW-5521", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.of(8)).orElseThrow();
            assertEquals(v[2][2][0], girlsOf8.value());
            assertEquals("Form!E9", girlsOf8.source().sheetCell(), "Standard 2 Girls (row 9), age 8 (E)");
        }
    }
}
