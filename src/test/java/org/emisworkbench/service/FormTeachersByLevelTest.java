package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's form with its teachers in a small table by level of qualification and sex (review 23, problem 3: a
 * Pacific form's {@code Highest certificate | M | F} with rows {@code Certificate / Diploma / Degree / Uncertified}
 * was left unread, although templates.md says such tables are drafted). Written here with POI in two spellings,
 * each with an enrolment table above it; the expected teachers are the sums of the rows this test wrote.
 */
class FormTeachersByLevelTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /**
     * A one-school form: code label, an enrolment table by year level and sex, then the teachers' table under
     * {@code title}, its header {@code levelHead | male | female}, a row per level with the figures given
     * ({@code [row][0]} men, {@code [row][1]} women).
     */
    private static XSSFWorkbook form(String code, String title, String levelHead, String male, String female,
                                     List<String> levels, int[][] teachers, int[][] pupils) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Survey");
        Sheets.row(s, 0, "ANNUAL SCHOOL SURVEY 2024");
        Sheets.row(s, 2, "School ID:", code);
        Sheets.row(s, 4, "ENROLMENT BY YEAR LEVEL");
        Sheets.row(s, 5, "Year level", "Boys", "Girls");
        for (int y = 0; y < pupils.length; y++) {
            Sheets.row(s, 6 + y, "Year " + (y + 1), pupils[y][0], pupils[y][1]);
        }
        int r = 6 + pupils.length + 1;
        Sheets.row(s, r++, title);
        Sheets.row(s, r++, levelHead, male, female);
        for (int i = 0; i < levels.size(); i++) {
            Sheets.row(s, r++, levels.get(i), teachers[i][0], teachers[i][1]);
        }
        return wb;
    }

    private static int[][] figures(Random rnd, int rows, int from, int spread) {
        int[][] v = new int[rows][2];
        for (int[] row : v) {
            row[0] = from + rnd.nextInt(spread);
            row[1] = from + rnd.nextInt(spread);
        }
        return v;
    }

    @Test
    void levelsBesideTheUncertifiedAreAllTheTeachersAndTheQualifiedOnes() throws Exception {
        Random rnd = new Random(2303);
        List<String> levels = List.of("Certificate", "Diploma", "Degree", "Uncertified");
        int[][] t = figures(rnd, levels.size(), 0, 5);
        int[][] p = figures(rnd, 3, 10, 30);
        DraftedImports.Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(
                form("SB-3101", "TABLE 3: TEACHERS BY CERTIFICATE LEVEL", "Highest certificate", "M", "F", levels,
                        t, p), "auki-survey-" + YEAR + ".xlsx");
        String json = run.json().replace(" ", "").replace("\n", "");
        assertTrue(json.contains("\"sumOf\":[\"Certificate\",\"Diploma\",\"Degree\",\"Uncertified\"],"
                + "\"field\":\"teachers.total\",\"sex\":\"M\",\"column\":[\"M\"]"), run.json());
        assertTrue(json.contains("\"sumOf\":[\"Certificate\",\"Diploma\",\"Degree\"],"
                + "\"field\":\"teachers.qualified\",\"sex\":\"F\",\"column\":[\"F\"]"), run.json());
        assertImported(run, "SB-3101", t, p);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = imports.open()) {
            int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
            imports.assertFigure(w, "SB-3101", Topic.TEACHERS, qualified, t[0][1] + t[1][1] + t[2][1],
                    t[0][0] + t[1][0] + t[2][0]);
        }
    }

    /** The docs' own example: {@code Teachers by qualification}, {@code Qualification | Male | Female}, grades A. */
    @Test
    void teacherGradesAndLevelsAddUpToAllTheTeachers() throws Exception {
        Random rnd = new Random(2304);
        List<String> levels = List.of("Grade A", "Diploma", "Degree");
        int[][] t = figures(rnd, levels.size(), 1, 6);
        int[][] p = figures(rnd, 3, 10, 30);
        DraftedImports.Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(
                form("KE-2201", "Teachers by qualification", "Qualification", "Male", "Female", levels, t, p),
                "kitui-return-" + YEAR + ".xlsx");
        String json = run.json().replace(" ", "").replace("\n", "");
        assertTrue(json.contains("\"sumOf\":[\"GradeA\",\"Diploma\",\"Degree\"],\"field\":\"teachers.total\","
                + "\"sex\":\"M\",\"column\":[\"Male\"]"), run.json());
        assertFalse(json.contains("teachers.qualified") || json.contains("teachers.trained"),
                "no row of teachers without a level: only the total; " + run.json());
        assertImported(run, "KE-2201", t, p);
    }

    /**
     * Imported with no edit, every figure read: the school, its enrolment, and the teachers of each sex the sum of
     * every row.
     */
    private void assertImported(DraftedImports.Run run, String code, int[][] t, int[][] p)
            throws Exception {
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(1, f.schoolsAdded(), f.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(f, "UNREAD_FIGURES"), "every teacher read: " + f.problems()
                + "\n" + run.json());
        assertTrue(run.check().unreadBlocks().isEmpty(), run.check().unreadBlocks() + "\n" + run.json());
        int men = 0;
        int women = 0;
        for (int[] row : t) {
            men += row[0];
            women += row[1];
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = imports.open()) {
            int total = Topic.TEACHERS.fixedSlots().indexOf("total");
            imports.assertFigure(w, code, Topic.TEACHERS, total, women, men);
            for (int y = 0; y < p.length; y++) {
                imports.assertEnrolment(w, code, y + 1, p[y][1], p[y][0]);
            }
        }
    }
}
