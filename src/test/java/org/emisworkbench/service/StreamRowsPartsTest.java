package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school's rows by stream (review 33, Mozambique ESG: {@code Código | Escola | Curso | 7ª Classe HM | 7ª Classe M
 * … | Total HM | Total M}, day {@code Diurno} and night {@code Nocturno} courses, men by {@code differenceOf};
 * decision 0114). A figure added over the rows of which one row leaves a part blank is missing for the school, for
 * both sexes where the difference needs the blank cell, and the message says so; the rows of one school are added
 * wherever they stand (all day rows, then all night rows); {@code Total HM} is checked against both sexes; the draft
 * reads {@code Curso} (and a column of {@code Matin}/{@code Soir} whatever its header) as the row's stream. Figures
 * drawn here, expected sums computed here.
 */
class StreamRowsPartsTest {
    private static final int YEAR = 2024;
    /** Grades 7ª to 9ª. */
    private static final int FIRST = 7;
    private static final int GRADES = 3;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    private static final String TEMPLATE = """
            {"id": "moz-streams", "version": 1, "layout": "wide", "language": "pt", "year": {"fromFileName": true},
             "sheets": [{"names": ["Alunos"], "key": ["Código"], "keyContinues": true, "columns": [
               {"headers": ["Escola"], "field": "school.name"},
               {"headers": ["Curso"], "field": "row.stream"},
               {"patterns": ["{grade} Classe M"], "field": "enrolment", "sex": "F"},
               {"differenceOf": ["{grade} Classe HM", "{grade} Classe M"], "field": "enrolment", "sex": "M"},
               {"headers": ["Total HM"], "total": "enrolment"},
               {"headers": ["Total M"], "total": "enrolment", "sex": "F"}]}]}
            """;

    /** A school's course: its code, course word, and per grade [both sexes, women]; null for a blank cell. */
    private record Course(String code, String course, Integer[][] figures) {
    }

    private static List<Course> drawn(long seed) {
        Random random = new Random(seed);
        List<Course> out = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            for (String course : List.of("Diurno", "Nocturno")) {
                Integer[][] f = new Integer[GRADES][2];
                for (int g = 0; g < GRADES; g++) {
                    int women = 5 + random.nextInt(60);
                    f[g][0] = women + 5 + random.nextInt(60);
                    f[g][1] = women;
                }
                out.add(new Course("1005" + (7000 + s), course, f));
            }
        }
        return out;
    }

    private static int value(Integer v) {
        return v == null ? 0 : v;
    }

    /**
     * The sheet, header on row 5 (1-based), a school's courses on the rows given by {@code order} (indexes into
     * {@code courses}); the code and name written on each school's first row only and merged down its rows when
     * {@code merged}, on every row otherwise.
     */
    private static XSSFWorkbook sheet(List<Course> courses, int[] order, boolean merged) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Alunos");
        Sheets.row(sh, 0, "SDEJT de Mocuba - Levantamento Estatístico");
        Sheets.row(sh, 2, "Ano lectivo: 2024");
        List<Object> header = new ArrayList<>(List.of("Código", "Escola", "Curso"));
        for (int g = 0; g < GRADES; g++) {
            header.add((FIRST + g) + "ª Classe HM");
            header.add((FIRST + g) + "ª Classe M");
        }
        header.add("Total HM");
        header.add("Total M");
        Sheets.row(sh, 4, header.toArray());
        int r = 5;
        String above = null;
        for (int i : order) {
            Course c = courses.get(i);
            boolean first = !c.code().equals(above);
            List<Object> row = new ArrayList<>();
            row.add(first || !merged ? c.code() : null);
            row.add(first || !merged ? "ESG " + c.code() : null);
            row.add(c.course());
            int hm = 0;
            int m = 0;
            for (Integer[] f : c.figures()) {
                row.add(f[0]);
                row.add(f[1]);
                hm += value(f[0]);
                m += value(f[1]);
            }
            row.add(hm);
            row.add(m);
            Sheets.row(sh, r, row.toArray());
            if (merged && first) {
                int rows = (int) courses.stream().filter(x -> x.code().equals(c.code())).count();
                sh.addMergedRegion(new CellRangeAddress(r, r + rows - 1, 0, 0));
                sh.addMergedRegion(new CellRangeAddress(r, r + rows - 1, 1, 1));
            }
            above = c.code();
            r++;
        }
        return wb;
    }

    private static final int[] ADJACENT = {0, 1, 2, 3, 4, 5};
    /** All day courses, then all night courses. */
    private static final int[] DAY_THEN_NIGHT = {0, 2, 4, 1, 3, 5};

    @Test
    void aBlankPartOfOneCourseLeavesTheSchoolsFigureMissingForBothSexesAndTheMessageSaysSo() throws Exception {
        List<Course> courses = drawn(33);
        // School 10057000, night course, 7ª Classe: HM given, M blank; school 10057001, day course, 8ª: HM blank.
        courses.get(1).figures()[0][1] = null;
        courses.get(2).figures()[1][0] = null;
        Path file = Sheets.save(sheet(courses, ADJACENT, true), dir.resolve("moz-2024.xlsx"));
        Path t = dir.resolve("moz-streams.json");
        Files.writeString(t, TEMPLATE);
        var check = workshop.check(file, TemplateLoader.load(t), null, Cancellation.none());
        var partial = check.problems().stream().filter(p -> p.kind() == ProblemKind.PARTIAL_SUM).toList();
        assertEquals(2, partial.size(), check.problems().toString());
        String women = partial.get(0).detail().english();
        assertTrue(women.contains("enrolment G7 M, enrolment G7 F"), women);
        assertTrue(women.contains("added over its rows by Curso, are missing and not stored"), women);
        assertFalse(women.contains("was not worked out"), women);
        String total = partial.get(1).detail().english();
        assertTrue(total.contains("this row's part of enrolment G8 M is not known"), total);
        assertTrue(total.contains("is missing and not stored"), total);
        // Total HM adds both sexes of every grade (men by difference included): each total agrees with its row.
        assertEquals(0, check.problems().stream().filter(p -> p.kind() == ProblemKind.TOTAL_MISMATCH).count(),
                check.problems().toString());

        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(sheet(courses, ADJACENT, true), "moz-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        try (Workbench w = io.open()) {
            for (Sex sex : Sex.values()) {
                assertTrue(w.whereFrom("10057000", YEAR, Topic.ENROLMENT, 7, sex, AgeGroup.ALL).isEmpty(),
                        "G7 " + sex + " of the school whose night course left M blank is missing");
            }
            assertTrue(w.whereFrom("10057001", YEAR, Topic.ENROLMENT, 8, Sex.M, AgeGroup.ALL).isEmpty(),
                    "G8 men of the school whose day course left HM blank are missing");
            Integer[][] day = courses.get(2).figures();
            Integer[][] night = courses.get(3).figures();
            var g8women = w.whereFrom("10057001", YEAR, Topic.ENROLMENT, 8, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(day[1][1] + night[1][1], g8women.value(), "both courses' women given: added");
            // Every other figure is the sum of the two courses, every cell named.
            for (int s = 0; s < 3; s++) {
                String code = "1005" + (7000 + s);
                for (int g = 0; g < GRADES; g++) {
                    Integer[] a = courses.get(2 * s).figures()[g];
                    Integer[] b = courses.get(2 * s + 1).figures()[g];
                    if (a[0] == null || a[1] == null || b[0] == null || b[1] == null) {
                        continue;
                    }
                    io.assertEnrolment(w, code, FIRST + g, a[1] + b[1], a[0] - a[1] + b[0] - b[1]);
                }
            }
            var men = w.whereFrom("10057002", YEAR, Topic.ENROLMENT, 7, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals("Alunos!D10-E10+D11-E11", men.source().sheetCell());
        }
    }

    @Test
    void theCoursesOfASchoolAreAddedWhereverTheyStandAndTheSameCourseTwiceIsAClash() throws Exception {
        List<Course> courses = drawn(34);
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult f = io.importWith(sheet(courses, DAY_THEN_NIGHT, false), "moz-2024.xlsx", TEMPLATE);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), f.problems().toString());
        try (Workbench w = io.open()) {
            for (int s = 0; s < 3; s++) {
                String code = "1005" + (7000 + s);
                for (int g = 0; g < GRADES; g++) {
                    Integer[] a = courses.get(2 * s).figures()[g];
                    Integer[] b = courses.get(2 * s + 1).figures()[g];
                    io.assertEnrolment(w, code, FIRST + g, a[1] + b[1], a[0] - a[1] + b[0] - b[1]);
                }
            }
            // The day course of 10057000 on row 6, its night course on row 9.
            var women = w.whereFrom("10057000", YEAR, Topic.ENROLMENT, 7, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals("Alunos!E6+E9", women.source().sheetCell());
        }

        // The night course of 10057000 written as Diurno: the same course twice, each figure given twice.
        List<Course> twice = drawn(34);
        twice.set(1, new Course(twice.get(1).code(), "Diurno", twice.get(1).figures()));
        Path other = Files.createDirectories(dir.resolve("twice"));
        DraftedImports io2 = new DraftedImports(other, YEAR, workshop);
        FileResult t = io2.importWith(sheet(twice, DAY_THEN_NIGHT, false), "moz-2024.xlsx", TEMPLATE);
        assertEquals(2 * GRADES, DraftedImports.count(t, "VALUE_CLASH"), t.problems().toString());
        try (Workbench w = io2.open()) {
            Integer[] day = twice.get(0).figures()[0];
            io2.assertEnrolment(w, "10057000", FIRST, day[1], day[0] - day[1]);
        }
    }

    private static final String SUMS = """
            {"id": "shift-sums", "version": 1, "layout": "wide", "year": {"fromFileName": true},
             "sheets": [{"names": ["Enrolment"], "key": ["School code"], "columns": [
               {"headers": ["Shift"], "field": "row.stream"},
               {"sumOf": ["New {sex}", "Repeaters {sex}"], "field": "enrolment", "grade": "G1"}]}]}
            """;

    @Test
    void aSumOverShiftRowsWithABlankPartIsTheSumOfThePartsGivenAndItsMessageGivesTheFigureStored()
            throws Exception {
        Random random = new Random(5);
        int[][] f = new int[2][4]; // shift, [new boys, new girls, repeaters boys, repeaters girls]
        for (int[] shift : f) {
            for (int i = 0; i < 4; i++) {
                shift[i] = 3 + random.nextInt(40);
            }
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "Shift", "New Boys", "New Girls", "Repeaters Boys", "Repeaters Girls");
        Sheets.row(sh, 1, "DS-1", "Morning", f[0][0], f[0][1], f[0][2], f[0][3]);
        Sheets.row(sh, 2, "DS-1", "Afternoon", f[1][0], f[1][1], null, f[1][3]); // boys' repeaters blank
        DraftedImports io = new DraftedImports(dir, YEAR, workshop);
        FileResult r = io.importWith(wb, "shifts-2024.xlsx", SUMS);
        assertEquals(1, DraftedImports.count(r, "PARTIAL_SUM"), r.problems().toString());
        assertEquals("Enrolment!E3", DraftedImports.first(r, "PARTIAL_SUM"), r.problems().toString());
        int boys = f[0][0] + f[0][2] + f[1][0];
        try (Workbench w = io.open()) {
            io.assertEnrolment(w, "DS-1", 1, f[0][1] + f[0][3] + f[1][1] + f[1][3], boys);
            var fig = w.whereFrom("DS-1", YEAR, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals("Enrolment!C2+E2+C3", fig.source().sheetCell());
        }
        XSSFWorkbook again = new XSSFWorkbook();
        Sheet s2 = again.createSheet("Enrolment");
        Sheets.row(s2, 0, "School code", "Shift", "New Boys", "New Girls", "Repeaters Boys", "Repeaters Girls");
        Sheets.row(s2, 1, "DS-1", "Morning", f[0][0], f[0][1], f[0][2], f[0][3]);
        Sheets.row(s2, 2, "DS-1", "Afternoon", f[1][0], f[1][1], null, f[1][3]);
        Path file = Sheets.save(again, dir.resolve("check-2024.xlsx"));
        Path t = dir.resolve("shift-sums.json");
        Files.writeString(t, SUMS);
        var check = workshop.check(file, TemplateLoader.load(t), null, Cancellation.none());
        String said = check.problems().stream().filter(p -> p.kind() == ProblemKind.PARTIAL_SUM).findFirst()
                .orElseThrow().detail().english();
        assertTrue(said.contains("= " + boys + " adds C2, E2, C3 only: E3 is blank"), said);
    }

    /** Four schools, code merged down, a stream column headed {@code header} with {@code values} for two rows. */
    private static XSSFWorkbook draftable(String header, String first, String second) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Alunos");
        Sheets.row(sh, 0, "Código", "Escola", header, "7ª Classe HM", "7ª Classe M", "8ª Classe HM", "8ª Classe M");
        Random random = new Random(header.hashCode());
        int r = 1;
        for (int s = 0; s < 4; s++) {
            int rows = s == 2 ? 1 : 2;
            for (int k = 0; k < rows; k++) {
                int m7 = 5 + random.nextInt(30);
                int m8 = 5 + random.nextInt(30);
                Sheets.row(sh, r + k, k == 0 ? "1006" + (100 + s) : null, k == 0 ? "Escola " + s : null,
                        k == 0 ? first : second, m7 + random.nextInt(30), m7, m8 + random.nextInt(30), m8);
            }
            if (rows > 1) {
                sh.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
                sh.addMergedRegion(new CellRangeAddress(r, r + 1, 1, 1));
            }
            r += rows;
        }
        return wb;
    }

    @Test
    void theDraftReadsCursoAndAColumnOfDayAndNightCoursesAsTheRowsStreamWithTheCodeContinuing() throws Exception {
        for (String[] c : List.of(new String[] {"Curso", "Diurno", "Nocturno"},
                new String[] {"Horaire", "Matin", "Soir"}, new String[] {"Classes", "Day", "Night"})) {
            Path folder = Files.createDirectories(dir.resolve(c[0]));
            DraftedImports io = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = io.draftCheckImport(draftable(c[0], c[1], c[2]), folder, "esg_2024.xlsx");
            String json = run.json().replaceAll("\\s", "");
            assertTrue(json.contains("\"headers\":[\"" + c[0] + "\"],\"field\":\"row.stream\""), run.json());
            assertTrue(json.contains("\"keyContinues\":true"), run.json());
            assertFalse(json.contains("\"ignore\":[\"" + c[0] + "\""), run.json());
            assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
            assertEquals(4, run.result().schoolsAdded(), run.result().problems().toString());
            assertEquals(0, DraftedImports.count(run.result(), "DUPLICATE_SCHOOL"), run.result().problems().toString());
        }
    }
}
