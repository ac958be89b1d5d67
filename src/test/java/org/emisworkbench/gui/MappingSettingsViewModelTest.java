package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * The settings the mapping screen offers beside the columns and labels, each as the command line or the template
 * gives it: the years of primary before {@code Form 1} ({@code --primary}), teachers without their sex ({@code
 * "sex": "both"}), a one-school form's code from the file's name ({@code "position": "fileName"}), and tables of
 * boys beside girls with a row per class kept as drafted (a grid's {@code sex} and {@code band}). Each is set on the
 * view-model, the template saved and the file imported with it, giving the figures this test wrote.
 */
class MappingSettingsViewModelTest extends MappingViewModelFixture {
    private static final int YEAR = 2024;


    private static Path write(XSSFWorkbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Saves the template as {@code id}, loads it back, and imports {@code file} with it into the workspace. */
    private Template saveAndImport(String id, Path file) throws Exception {
        vm.templateIdProperty().set(id);
        vm.save();
        assertEquals(List.of(file.getFileName() + " " + id), imported);
        Path templates = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        Template t = TemplateLoader.load(templates.resolve(id + ".json"));
        FileResult f = new ImportService(session.workbench(), TemplateCatalog.load(templates)).importFiles(
                new ImportRequest(List.of(file), id, null), Progress.NONE, Cancellation.none()).files().get(0);
        assertEquals(org.emisworkbench.service.FileOutcome.IMPORTED, f.outcome(), f.message());
        json = Files.readString(templates.resolve(id + ".json"));
        return t;
    }

    /** The template file last saved, as written. */
    private String json;

    private Integer figure(String school, Topic topic, int slot, Sex sex) {
        return session.workbench().whereFrom(school, YEAR, topic, slot, sex, AgeGroup.ALL)
                .map(Workbench.SourcedFigure::value).orElse(null);
    }

    // ---- the years of primary before Form 1 (--primary) -----------------------------------------------------------

    /**
     * A wide sheet of two secondary schools by {@code Form 1} to {@code Form 4}, girls then boys; returns
     * [school][form 1..4][F, M] as written (schools {@code KE-700}, {@code KE-701}).
     */
    static int[][][] formsSideBySide(XSSFWorkbook wb, long seed) {
        Sheet s = wb.createSheet("Secondary");
        List<Object> header = new ArrayList<>(List.of("EMIS code", "School name"));
        for (int k = 1; k <= 4; k++) {
            header.add("Form " + k + " Girls");
            header.add("Form " + k + " Boys");
        }
        Sheets.row(s, 0, header.toArray());
        Random rnd = new Random(seed);
        int[][][] v = new int[2][5][2];
        for (int i = 0; i < 2; i++) {
            List<Object> row = new ArrayList<>(List.of("KE-70" + i, "Secondary " + i));
            for (int k = 1; k <= 4; k++) {
                v[i][k][0] = rnd.nextInt(80) + 10;
                v[i][k][1] = rnd.nextInt(80) + 10;
                row.add(v[i][k][0]);
                row.add(v[i][k][1]);
            }
            Sheets.row(s, 1 + i, row.toArray());
        }
        return v;
    }

    @Test
    void yearsOfPrimaryDraftTheFormsAgainAsGradesUndoneWithCtrlZAndImported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][][] v = formsSideBySide(wb, 31);
        Path file = write(wb, tmp.resolve("secondary-" + YEAR + ".xlsx"));

        vm.open(file);
        PrimaryYearsViewModel primary = vm.primaryYears();
        assertTrue(primary.offered().get(), "the draft found Form 1 to Form 4 and left them out");
        assertEquals(PrimaryYearsViewModel.NOT_GIVEN, primary.years().get());
        assertTrue(vm.columns().stream().filter(c -> c.header().startsWith("Form")).allMatch(c -> c.field() == null),
                vm.columns().toString());
        assertFalse(vm.canUndoProperty().get());

        primary.set(7);
        assertEquals(7, primary.years().get());
        List<ColumnMapping> forms = vm.columns().stream().filter(c -> c.header().startsWith("Form")).toList();
        assertEquals(8, forms.size());
        for (ColumnMapping c : forms) {
            int k = Integer.parseInt(c.header().substring(5, 6));
            assertEquals("enrolment", c.field(), c.toString());
            assertEquals("G" + (7 + k), c.grade(), c.toString());
            assertEquals(c.header().endsWith("Girls") ? "F" : "M", c.sex(), c.toString());
        }
        assertTrue(vm.preview().summary().get().contains("2 school(s) and 16 value(s)"), vm.preview().summary().get());
        assertTrue(vm.canUndoProperty().get());

        // Ctrl+Z: the draft without the years of primary again.
        assertTrue(vm.undo());
        assertEquals(PrimaryYearsViewModel.NOT_GIVEN, primary.years().get());
        assertTrue(vm.columns().stream().filter(c -> c.header().startsWith("Form")).allMatch(c -> c.field() == null),
                vm.columns().toString());
        assertFalse(vm.canUndoProperty().get());

        primary.set(7);
        saveAndImport("secondary", file);
        assertTrue(json.replaceAll("\\s+", "").contains("\"G8\":[\"Form1\"]"),
                "the template's own grade list: " + json);
        for (int i = 0; i < 2; i++) {
            for (int k = 1; k <= 4; k++) {
                assertEquals(v[i][k][0], figure("KE-70" + i, Topic.ENROLMENT, 7 + k, Sex.F), "F" + k);
                assertEquals(v[i][k][1], figure("KE-70" + i, Topic.ENROLMENT, 7 + k, Sex.M), "M" + k);
            }
        }
    }

    // ---- teachers given without their sex ("sex": "both") ----------------------------------------------------------

    private int labelIndex(String startsWith) {
        for (int i = 0; i < vm.form().labels().size(); i++) {
            if (vm.form().labels().get(i).label().startsWith(startsWith)) {
                return i;
            }
        }
        throw new AssertionError(startsWith + " not among " + vm.form().labels());
    }

    @Test
    void teachersWithoutTheirSexAreReadForBothSexesTogetherOnlyForTeachers() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "Centre number:", "ZW-4410");
        Sheets.row(s, 1, "Staff on duty:", 9);
        Sheets.row(s, 2, "Classrooms:", 6);
        Sheets.row(s, 4, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(s, 5, "Grade", "Boys", "Girls");
        Sheets.row(s, 6, "Grade 1", 21, 23);
        Sheets.row(s, 7, "Grade 2", 17, 15);
        Path file = write(wb, tmp.resolve("zw-4410-" + YEAR + ".xlsx"));
        vm.open(file);
        assertTrue(vm.formShownProperty().get(), "a one-school form");
        int staff = labelIndex("Staff on duty");
        assertEquals(null, vm.form().labels().get(staff).field(), "not guessed: " + vm.form().labels());
        assertEquals(List.of(MappingViewModel.IGNORE, "F", "M"), SexChoices.of("classrooms.total"));
        assertTrue(SexChoices.of("teachers.total").contains(SexChoices.BOTH));

        // Both sexes together is refused for a field given for each sex, the officer told why.
        int rooms = labelIndex("Classrooms");
        vm.setLabel(rooms, "enrolment", SexChoices.BOTH);
        assertEquals("classrooms.total", vm.form().labels().get(rooms).field());
        assertTrue(notes.infos.stream().anyMatch(i -> i.contains("both sexes together")), notes.infos.toString());

        assertTrue(vm.setLabel(staff, "teachers.total", SexChoices.BOTH, false));
        assertEquals(SexChoices.BOTH, vm.form().labels().get(staff).sex());
        assertTrue(vm.undo());
        assertEquals(null, vm.form().labels().get(staff).field());
        vm.setLabel(staff, "teachers.total", SexChoices.BOTH);
        saveAndImport("zw-return", file);
        assertTrue(json.replaceAll("\\s+", "").contains("\"field\":\"teachers.total\",\"sex\":\"both\""), json);
        int slot = org.emisworkbench.template.CanonicalField.parse("teachers.total").orElseThrow().slot();
        assertEquals(9, figure("ZW-4410", Topic.TEACHERS, slot, null), "stored without sex");
        assertEquals(null, figure("ZW-4410", Topic.TEACHERS, slot, Sex.F), "never as women");
        assertEquals(23, figure("ZW-4410", Topic.ENROLMENT, 1, Sex.F));
    }

    @Test
    void aColumnOfTeachersWithoutTheirSexIsReadForBothSexesTogether() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School code", "Grade 1 Boys", "Grade 1 Girls", "Staff on duty");
        Sheets.row(s, 1, "ZW-501", 12, 14, 5);
        Sheets.row(s, 2, "ZW-502", 8, 11, 3);
        Path file = write(wb, tmp.resolve("staff-" + YEAR + ".xlsx"));
        vm.open(file);
        assertEquals(null, vm.columns().get(3).field(), vm.columns().toString());
        vm.setColumn(3, "teachers.total", SexChoices.BOTH, null, null, true);
        assertEquals(SexChoices.BOTH, vm.columns().get(3).sex());
        assertFalse(vm.columns().get(3).total(), "a count, not a total checked against others");
        saveAndImport("staff", file);
        int slot = org.emisworkbench.template.CanonicalField.parse("teachers.total").orElseThrow().slot();
        assertEquals(5, figure("ZW-501", Topic.TEACHERS, slot, null));
        assertEquals(3, figure("ZW-502", Topic.TEACHERS, slot, null));
    }

    // ---- a school code only in the file's name ("position": "fileName") ------------------------------------------

    /** A one-school return naming its school but not its code, with a table of grades by sex; [grade 1..3][F, M]. */
    static int[][] returnWithoutCode(XSSFWorkbook wb) {
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School name:", "Kasese Central");
        Sheets.row(s, 1, "Classrooms:", 6);
        Sheets.row(s, 3, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(s, 4, "Class", "Boys", "Girls");
        int[][] v = new int[4][2];
        for (int g = 1; g <= 3; g++) {
            v[g][0] = 30 + 7 * g;
            v[g][1] = 25 + 3 * g;
            Sheets.row(s, 4 + g, "P" + g, v[g][1], v[g][0]);
        }
        return v;
    }

    @Test
    void aSchoolCodeOnlyInTheFileNameIsChosenPreviewedUndoneAndImported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][] v = returnWithoutCode(wb);
        Path file = write(wb, tmp.resolve("UG-31045_" + YEAR + ".xlsx"));
        vm.open(file);
        vm.setLayout(org.emisworkbench.template.Layout.GRID);
        FileNameCodeViewModel code = vm.fileNameCode();
        assertTrue(vm.formShownProperty().get());
        assertTrue(code.offered().get(), "a one-school form without a labelled code");
        // The draft proposes it already, as emis template draft does (the name gives one code word).
        assertTrue(code.chosen().get());
        assertEquals("UG-31045", code.code().get());
        assertTrue(vm.form().labels().stream().anyMatch(l -> l.fromFileName() && l.key()
                && "UG-31045".equals(l.value())), vm.form().labels().toString());
        assertTrue(vm.preview().schools().stream().anyMatch(x -> x.startsWith("UG-31045")),
                vm.preview().schools().toString());

        assertTrue(code.set(false));
        assertFalse(code.chosen().get());
        assertTrue(vm.form().labels().stream().noneMatch(org.emisworkbench.template.LabelMapping::fromFileName));
        assertTrue(vm.undo());
        assertTrue(code.chosen().get());
        assertTrue(vm.form().labels().stream().anyMatch(org.emisworkbench.template.LabelMapping::fromFileName));
        assertTrue(code.set(false));
        assertTrue(code.set(true), "ticked again by hand");
        saveAndImport("kasese-return", file);
        assertTrue(json.replaceAll("\\s+", "").contains("\"field\":\"school.code\",\"position\":\"fileName\""),
                json);
        for (int g = 1; g <= 3; g++) {
            assertEquals(v[g][0], figure("UG-31045", Topic.ENROLMENT, g, Sex.F), "G" + g + " F");
            assertEquals(v[g][1], figure("UG-31045", Topic.ENROLMENT, g, Sex.M), "G" + g + " M");
        }
    }

    @Test
    void aFileNameWithTwoCodeWordsIsRefusedSayingSo() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        returnWithoutCode(wb);
        Path file = write(wb, tmp.resolve("UG-31045 B12 " + YEAR + ".xlsx"));
        vm.open(file);
        vm.setLayout(org.emisworkbench.template.Layout.GRID);
        FileNameCodeViewModel code = vm.fileNameCode();
        assertTrue(code.offered().get());
        assertEquals("", code.code().get());
        assertFalse(code.set(true));
        assertFalse(code.chosen().get());
        assertTrue(notes.infos.stream().anyMatch(i -> i.contains("UG-31045, B12")), notes.infos.toString());
        assertFalse(vm.canUndoProperty().get());
    }

    // ---- a table of boys beside a table of girls, a row per class (a grid's sex and band) ---------------------------

    @Test
    void tablesOfBoysBesideGirlsWithARowPerClassAreKeptThroughTheScreenAndImported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Census form");
        Sheets.row(s, 0, "Name of School:", null, "Bwera Hill P/S", null, null, "EMIS No.:", null, "U304118");
        Sheets.row(s, 3, "BOYS", null, null, null, null, null, "GIRLS");
        Sheets.row(s, 4, "Class", "New", "Repeaters", "Total", null, null, "Class", "New", "Repeaters", "Total");
        // [class 1..4][sex F, M][new, repeaters]
        int[][][] v = new int[5][2][2];
        for (int g = 1; g <= 4; g++) {
            for (int x = 0; x < 2; x++) {
                v[g][x][0] = 40 + 5 * g + 3 * x;
                v[g][x][1] = 2 + g + x;
            }
            int[] boys = v[g][1];
            int[] girls = v[g][0];
            Sheets.row(s, 4 + g, "P" + g, boys[0], boys[1], boys[0] + boys[1], null, null,
                    "P" + g, girls[0], girls[1], girls[0] + girls[1]);
        }
        Path file = write(wb, tmp.resolve("bwera-" + YEAR + ".xlsx"));
        vm.open(file);
        assertTrue(vm.formShownProperty().get());
        List<org.emisworkbench.template.GridMapping> grids = List.copyOf(vm.form().grids());
        assertTrue(grids.stream().anyMatch(g -> "enrolment".equals(g.field()) && "M".equals(g.sex())
                && "grade".equals(g.rows()) && !g.band().isEmpty()), grids.toString());
        assertTrue(grids.stream().anyMatch(g -> "repeaters".equals(g.field()) && "F".equals(g.sex())),
                grids.toString());
        // Something else changed on the screen: the tables of one sex stay as drafted.
        vm.setLabel(labelIndex("Name of School"), MappingViewModel.IGNORE, null);
        assertEquals(grids, List.copyOf(vm.form().grids()));
        saveAndImport("bwera", file);
        for (int g = 1; g <= 4; g++) {
            for (int x = 0; x < 2; x++) {
                Sex sex = x == 0 ? Sex.F : Sex.M;
                assertEquals(v[g][x][0] + v[g][x][1], figure("U304118", Topic.ENROLMENT, g, sex),
                        "enrolment P" + g + sex);
                assertEquals(v[g][x][1], figure("U304118", Topic.REPEATERS, g, sex), "repeaters P" + g + sex);
            }
        }
    }
}
