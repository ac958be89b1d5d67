package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 34 (issue #11): the draft said "Nothing to draft" for Madagascar's {@code Code EPP} sheet and Afghanistan's
 * Dari-only form, and drafted Ethiopia's teachers by {@code BA/BSc}, {@code MA/MSc} as nothing. Each workbook is written
 * here with POI in the reviewed style, drafted, checked and imported with the draft unedited, and its figures read
 * back against the numbers the test wrote (decision 0120).
 */
class Review34WordsDraftTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /**
     * Madagascar's CISCO sheet: {@code Code EPP}, {@code T1 / Taona voalohany} … merged over {@code Zazavavy |
     * Zazalahy | Total}, a grand total band. {@code f[s][g] = {girls, boys}}.
     */
    @Test
    void madagascarCodeEppSheetIsDraftedAndImported() throws Exception {
        String[] codes = {"101001001", "101001002", "101001003", "101001004"};
        String[] taona = {"voalohany", "faharoa", "fahatelo", "fahefatra", "fahadimy"};
        int[][][] f = new int[codes.length][][];
        for (int s = 0; s < codes.length; s++) {
            f[s] = OneLanguageDraftTest.figures(5, 3400 + s);
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs CISCO");
        Sheets.row(sh, 0, "DREN Vakinankaratra - CISCO Antsirabe II");
        Sheets.row(sh, 1, "Année scolaire 2024-2025");
        Object[] head = new Object[2 + 18];
        Object[] sexes = new Object[head.length];
        head[0] = "Code EPP";
        head[1] = "Nom de l'école / Anaran'ny sekoly";
        for (int g = 0; g < 6; g++) {
            head[2 + 3 * g] = g < 5 ? "T" + (g + 1) + " / Taona " + taona[g] : "Total / Fitambarany";
            sexes[2 + 3 * g] = "Zazavavy";
            sexes[3 + 3 * g] = "Zazalahy";
            sexes[4 + 3 * g] = "Total";
            sh.addMergedRegion(new CellRangeAddress(3, 3, 2 + 3 * g, 4 + 3 * g));
        }
        Sheets.row(sh, 3, head);
        Sheets.row(sh, 4, sexes);
        sh.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        for (int s = 0; s < codes.length; s++) {
            Object[] row = new Object[head.length];
            row[0] = codes[s];
            row[1] = "EPP Ambatomena " + (s + 1);
            int girls = 0;
            int boys = 0;
            for (int g = 0; g < 5; g++) {
                row[2 + 3 * g] = f[s][g][0];
                row[3 + 3 * g] = f[s][g][1];
                row[4 + 3 * g] = f[s][g][0] + f[s][g][1];
                girls += f[s][g][0];
                boys += f[s][g][1];
            }
            row[17] = girls;
            row[18] = boys;
            row[19] = girls + boys;
            Sheets.row(sh, 5 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("mg"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "cisco_" + YEAR + ".xlsx");
        assertFalse(run.json().contains("codeLists"), "T1 … T5 and Zazavavy/Zazalahy are known: " + run.json());
        DraftedImports.assertClean(run, codes.length);
        assertEquals(codes.length * 5L * 2, run.result().valuesStored(), run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < 5; g++) {
                    imports.assertEnrolment(w, codes[s], g + 1, f[s][g][0], f[s][g][1]);
                }
            }
        }
    }

    /**
     * Afghanistan's Dari-only form: labels {@code کود مکتب}, {@code نام مکتب}, {@code ولایت}, {@code ولسوالی}, a
     * table {@code صنف | ذکور | اناث | مجموع} with rows {@code صنف اول} … {@code صنف ششم}, the teachers' row
     * {@code معلمین}. Drafted as a form, with no English beside the labels.
     */
    @Test
    void dariOnlyFormIsDraftedAsAFormAndImported() throws Exception {
        String[] ordinals = {"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم"};
        int[][] v = OneLanguageDraftTest.figures(6, 3410);
        int teachersM = 14;
        int teachersF = 5;
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("فورم احصائیه");
        Sheets.row(sh, 0, "وزارت معارف - فورم احصائیه سالانه مکاتب");
        Sheets.row(sh, 2, "سال تعلیمی", "2024");
        Sheets.row(sh, 3, "نام مکتب", "لیسه عالی غازی");
        Sheets.row(sh, 4, "کود مکتب", "11010042");
        Sheets.row(sh, 5, "ولایت", "کابل");
        Sheets.row(sh, 6, "ولسوالی", "پغمان");
        Sheets.row(sh, 8, "جدول ۱: شاگردان به اساس صنف و جنس");
        Sheets.row(sh, 9, "صنف", "ذکور", "اناث", "مجموع");
        int boys = 0;
        int girls = 0;
        for (int g = 0; g < 6; g++) {
            Sheets.row(sh, 10 + g, "صنف " + ordinals[g], v[g][1], v[g][0], v[g][0] + v[g][1]);
            girls += v[g][0];
            boys += v[g][1];
        }
        Sheets.row(sh, 16, "مجموع", boys, girls, boys + girls);
        Sheets.row(sh, 18, "جدول ۲: معلمین");
        Sheets.row(sh, 19, "کارکنان", "ذکور", "اناث", "مجموع");
        Sheets.row(sh, 20, "معلمین", teachersM, teachersF, teachersM + teachersF);
        Path folder = Files.createDirectories(dir.resolve("af"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "ehsaia_11010042_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("\"layout\" : \"grid\""), "drafted as a form: " + run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        assertEquals(1, run.result().schoolsAdded(), run.json());
        try (var w = imports.open()) {
            for (int g = 0; g < 6; g++) {
                imports.assertEnrolment(w, "11010042", g + 1, v[g][0], v[g][1]);
            }
            imports.assertFigure(w, "11010042", Topic.TEACHERS, 0, teachersF, teachersM);
            var school = imports.school(w, "11010042");
            assertEquals("لیسه عالی غازی", school.name());
        }
    }

    /**
     * Ethiopia's teachers' sheet: {@code ዲፕሎማ / Diploma}, {@code ዲግሪ / BA/BSc}, {@code ማስተርስ / MA/MSc}, {@code ድምር /
     * Total}, each over {@code ወንድ / Male | ሴት / Female}: the levels add up into the teachers of each sex, the Total
     * is checked against them, never taken for the pupils' total.
     */
    @Test
    void ethiopianLevelsAddUpIntoTheTeachersAndTheirTotalIsTheTeachers() throws Exception {
        String[] codes = {"0401001", "0401002", "0401003"};
        String[] levels = {"ዲፕሎማ / Diploma", "ዲግሪ / BA/BSc", "ማስተርስ / MA/MSc"};
        int[][][] t = new int[codes.length][][];
        for (int s = 0; s < codes.length; s++) {
            t[s] = OneLanguageDraftTest.figures(3, 3420 + s); // [level] = {female, male}
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Teachers");
        Sheets.row(sh, 0, "Oromia Education Bureau - Secondary school teachers");
        Object[] head = new Object[2 + 8];
        Object[] sexes = new Object[head.length];
        head[0] = "የትምህርት ቤት ኮድ / School code";
        head[1] = "የትምህርት ቤቱ ስም / School name";
        for (int k = 0; k < 4; k++) {
            head[2 + 2 * k] = k < 3 ? levels[k] : "ድምር / Total";
            sexes[2 + 2 * k] = "ወንድ / Male";
            sexes[3 + 2 * k] = "ሴት / Female";
            sh.addMergedRegion(new CellRangeAddress(2, 2, 2 + 2 * k, 3 + 2 * k));
        }
        Sheets.row(sh, 2, head);
        Sheets.row(sh, 3, sexes);
        sh.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        int[][] expected = new int[codes.length][2];
        for (int s = 0; s < codes.length; s++) {
            Object[] row = new Object[head.length];
            row[0] = codes[s];
            row[1] = "Adama Secondary " + (s + 1);
            for (int k = 0; k < 3; k++) {
                row[2 + 2 * k] = t[s][k][1];
                row[3 + 2 * k] = t[s][k][0];
                expected[s][0] += t[s][k][0];
                expected[s][1] += t[s][k][1];
            }
            row[8] = expected[s][1];
            row[9] = expected[s][0];
            Sheets.row(sh, 4 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("et"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "oromia_teachers_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("\"total\" : \"teachers.total\""), "the Total is the teachers': " + run.json());
        assertFalse(run.json().contains("\"total\" : \"enrolment\""), "never the pupils' total: " + run.json());
        DraftedImports.assertClean(run, codes.length);
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                imports.assertFigure(w, codes[s], Topic.TEACHERS, 0, expected[s][0], expected[s][1]);
            }
        }
    }
    /**
     * Senegal's IEF sheet: the grade merged over {@code G | F}, each merged over {@code Effectif | dont redoublants}
     * (of which repeaters): a three-row header, the Effectif the enrolment, the repeaters a part of it, never added.
     * {@code 6ème}, {@code 3ème}, then the lycée's {@code 2nde}, {@code 1ère}: G7, G10, G11, G12.
     */
    @Test
    void effectifDontRedoublantsIsEnrolmentAndRepeaters() throws Exception {
        String[] codes = {"SN-0101", "SN-0102", "SN-0103"};
        String[] grades = {"6ème", "3ème", "2nde", "1ère"};
        int[] slots = {7, 10, 11, 12};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Effectifs");
        Sheets.row(sh, 0, "IEF Pikine - Année scolaire 2024-2025");
        Object[] top = new Object[2 + 16];
        Object[] sexes = new Object[top.length];
        Object[] subs = new Object[top.length];
        top[0] = "Code établissement";
        top[1] = "Nom de l'établissement";
        for (int g = 0; g < grades.length; g++) {
            top[2 + 4 * g] = grades[g];
            sh.addMergedRegion(new CellRangeAddress(2, 2, 2 + 4 * g, 5 + 4 * g));
            for (int x = 0; x < 2; x++) {
                sexes[2 + 4 * g + 2 * x] = x == 0 ? "G" : "F";
                sh.addMergedRegion(new CellRangeAddress(3, 3, 2 + 4 * g + 2 * x, 3 + 4 * g + 2 * x));
                subs[2 + 4 * g + 2 * x] = "Effectif";
                subs[3 + 4 * g + 2 * x] = "dont redoublants";
            }
        }
        Sheets.row(sh, 2, top);
        Sheets.row(sh, 3, sexes);
        Sheets.row(sh, 4, subs);
        sh.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
        sh.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
        int[][][] enrol = new int[codes.length][][];
        int[][][] rep = new int[codes.length][grades.length][2];
        for (int s = 0; s < codes.length; s++) {
            enrol[s] = OneLanguageDraftTest.figures(grades.length, 3430 + s); // {girls, boys}
            Object[] row = new Object[top.length];
            row[0] = codes[s];
            row[1] = "CEM Pikine " + (s + 1);
            for (int g = 0; g < grades.length; g++) {
                rep[s][g][0] = enrol[s][g][0] / 7;
                rep[s][g][1] = enrol[s][g][1] / 5;
                row[2 + 4 * g] = enrol[s][g][1];
                row[3 + 4 * g] = rep[s][g][1];
                row[4 + 4 * g] = enrol[s][g][0];
                row[5 + 4 * g] = rep[s][g][0];
            }
            Sheets.row(sh, 5 + s, row);
        }
        Path folder = Files.createDirectories(dir.resolve("sn"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "ief_pikine_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("dont redoublants"), "the repeaters' columns are read: " + run.json());
        DraftedImports.assertClean(run, codes.length);
        assertEquals(codes.length * grades.length * 4L, run.result().valuesStored(), run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < codes.length; s++) {
                for (int g = 0; g < grades.length; g++) {
                    imports.assertEnrolment(w, codes[s], slots[g], enrol[s][g][0], enrol[s][g][1]);
                    imports.assertFigure(w, codes[s], Topic.REPEATERS, slots[g], rep[s][g][0], rep[s][g][1]);
                }
            }
        }
    }
}
