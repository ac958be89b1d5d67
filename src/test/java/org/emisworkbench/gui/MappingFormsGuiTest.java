package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mapping screen on the two layouts besides wide, with workbooks no built-in template fits, written
 * here: a French school form (labels left of their values and labels above them, tables by age, grade and
 * sex under titles) and a register of pupils and staff of several schools. Each is recognised, mapped
 * partly by hand, saved, imported, and its stored figures compared with figures worked out in this test.
 */
class MappingFormsGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final String[] AGES = {"6 ans", "7 ans", "8 ans", "9 ans et plus"};
    private static final String[] AGE_CODES = {"6", "7", "8", "9+"};


    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForPreview(int before) throws Exception {
        waitFor(() -> window.mapping().preview().checks().get() > before && !window.mapping().preview().checking().get());
    }

    private static Path save(XSSFWorkbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Opens the mapping screen from the Import screen on a file no template fits. */
    private MappingViewModel openMapping(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("office").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().add(file);
        });
        waitFor(() -> !window.imports().files().isEmpty() && !window.imports().matchingProperty().get());
        assertNull(window.imports().files().get(0).choiceProperty().get(), "no built-in template fits");
        TableView<?> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#newTemplate");
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        return window.mapping();
    }

    /** Saves under {@code id} and waits for the import of the file. */
    private org.emisworkbench.service.FileResult saveAndImport(FxRobot robot, MappingViewModel vm, String id)
            throws Exception {
        robot.interact(() -> vm.templateIdProperty().set(id));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        assertEquals(Screen.IMPORT, window.current());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals(id, result.templateId());
        return result;
    }

    private static <T> void select(FxRobot robot, String tableId, int row) {
        TableView<?> table = robot.lookup(tableId).queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private static <T> void choose(FxRobot robot, String comboId, T value) {
        ComboBox<T> box = robot.lookup(comboId).queryComboBox();
        robot.interact(() -> box.getSelectionModel().select(value));
    }

    // ------------------------------------------------------------------ a form

    /** [age][grade][sex] enrolment of CP1, CP2 by sex M, F; then repeaters [grade][sex]; teachers F, M. */
    private record FormFigures(int[][][] enrolment, int[][] repeaters, int[][] lastYear, int womenTeachers,
                               int menTeachers, int goodRooms) {
    }

    private static FormFigures formFigures(long seed) {
        Random rnd = new Random(seed);
        int[][][] e = new int[AGES.length][2][2];
        for (int[][] byGrade : e) {
            for (int[] bySex : byGrade) {
                bySex[0] = rnd.nextInt(30);
                bySex[1] = rnd.nextInt(30);
            }
        }
        int[][] rep = {{1 + rnd.nextInt(5), 1 + rnd.nextInt(5)}, {1 + rnd.nextInt(5), 1 + rnd.nextInt(5)}};
        int[][] last = {{50 + rnd.nextInt(50), 50 + rnd.nextInt(50)}, {50 + rnd.nextInt(50), 50 + rnd.nextInt(50)}};
        return new FormFigures(e, rep, last, 1 + rnd.nextInt(9), 1 + rnd.nextInt(9), 1 + rnd.nextInt(9));
    }

    /**
     * A form as a district might print it: labels with a colon and the value two cells to the right, labels
     * side by side with their figures below, a facility answered "Oui" below its label, the enrolment table
     * with merged grade headers over Garçons/Filles and a Total row, a table of repeaters titled without the
     * word "redoublants", and last year's figures, which are not to be read.
     */
    private Path form(FormFigures f) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Fiche école");
        Sheets.row(s, 0, "FICHE DE RECENSEMENT SCOLAIRE — ÉCOLES PRIMAIRES");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        Sheets.row(s, 2, "Code de l'établissement :", null, "EC-7731");
        Sheets.row(s, 3, "Nom de l'école :", null, "École Les Baobabs");
        Sheets.row(s, 4, "Année scolaire :", null, "2024-2025");
        Sheets.row(s, 5, "Téléphone du directeur :", null, "77 123 45 67");
        Sheets.row(s, 7, "Enseignantes titulaires", "Enseignants titulaires", "Salles de classe en bon état");
        Sheets.row(s, 8, f.womenTeachers(), f.menTeachers(), f.goodRooms());
        Sheets.row(s, 10, "Électricité");
        Sheets.row(s, 11, "Oui");
        Sheets.row(s, 13, "Tableau 1 : Effectifs par âge, classe et sexe");
        Sheets.row(s, 14, "Âge", "CP1", null, "CP2", null, "Total");
        s.addMergedRegion(new CellRangeAddress(14, 14, 1, 2));
        s.addMergedRegion(new CellRangeAddress(14, 14, 3, 4));
        s.addMergedRegion(new CellRangeAddress(14, 14, 5, 6));
        Sheets.row(s, 15, null, "Garçons", "Filles", "Garçons", "Filles", "Garçons", "Filles");
        int[] totalM = new int[2];
        int[] totalF = new int[2];
        for (int a = 0; a < AGES.length; a++) {
            int[][] e = f.enrolment()[a];
            Sheets.row(s, 16 + a, AGES[a], e[0][0], e[0][1], e[1][0], e[1][1], e[0][0] + e[1][0], e[0][1] + e[1][1]);
            for (int g = 0; g < 2; g++) {
                totalM[g] += e[g][0];
                totalF[g] += e[g][1];
            }
        }
        Sheets.row(s, 16 + AGES.length, "Total", totalM[0], totalF[0], totalM[1], totalF[1], totalM[0] + totalM[1],
                totalF[0] + totalF[1]);
        int r = 18 + AGES.length;
        Sheets.row(s, r, "Tableau 2 : Élèves qui reprennent leur classe");
        Sheets.row(s, r + 1, null, "CP1", null, "CP2");
        s.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 1, 2));
        s.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 3, 4));
        Sheets.row(s, r + 2, null, "Garçons", "Filles", "Garçons", "Filles");
        Sheets.row(s, r + 3, "Nombre", f.repeaters()[0][0], f.repeaters()[0][1], f.repeaters()[1][0], f.repeaters()[1][1]);
        Sheets.row(s, r + 5, "Tableau 3 : Rappel de l'an dernier");
        Sheets.row(s, r + 6, null, "CP1", null, "CP2");
        s.addMergedRegion(new CellRangeAddress(r + 6, r + 6, 1, 2));
        s.addMergedRegion(new CellRangeAddress(r + 6, r + 6, 3, 4));
        Sheets.row(s, r + 7, null, "Garçons", "Filles", "Garçons", "Filles");
        Sheets.row(s, r + 8, "Effectif", f.lastYear()[0][0], f.lastYear()[0][1], f.lastYear()[1][0], f.lastYear()[1][1]);
        return save(wb, tmp.resolve("fiche-ec7731.xlsx"));
    }

    private static int labelIndex(MappingViewModel vm, String label) {
        List<LabelMapping> labels = vm.form().labels();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no label " + label + " in " + labels);
    }

    private static int gridIndex(MappingViewModel vm, String titleStart) {
        List<GridMapping> grids = vm.form().grids();
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).title().startsWith(titleStart)) {
                return i;
            }
        }
        throw new AssertionError("no table " + titleStart + " in " + grids);
    }

    /** Selects a label, picks its field by typing in the searchable list, sets the sex, applies. */
    private void mapLabel(FxRobot robot, String label, String field, String sex) throws Exception {
        MappingViewModel vm = window.mapping();
        int before = vm.preview().checks().get();
        int row = labelIndex(vm, label);
        select(robot, "#mappingLabels", row);
        robot.clickOn("#mappingLabelField");
        robot.write(field);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#mappingLabelSex", sex);
        robot.clickOn("#mappingApplyLabel");
        waitForPreview(before);
        LabelMapping l = vm.form().labels().get(row);
        assertEquals(field, l.field(), label);
        assertEquals(sex, l.sex(), label);
        assertEquals(1.0, l.confidence(), "set by hand");
    }

    private void setTable(FxRobot robot, String title, String topic) throws Exception {
        MappingViewModel vm = window.mapping();
        int before = vm.preview().checks().get();
        int row = gridIndex(vm, title);
        select(robot, "#mappingGrids", row);
        choose(robot, "#mappingGridTopic", topic);
        robot.clickOn("#mappingApplyGrid");
        waitForPreview(before);
        assertEquals(MappingViewModel.IGNORE.equals(topic) ? null : topic, vm.form().grids().get(row).field(), title);
    }

    @Test
    void aFormIsRecognisedMappedByHandAndImported(FxRobot robot) throws Exception {
        FormFigures f = formFigures(17);
        MappingViewModel vm = openMapping(robot, form(f));

        // Recognised as a form: its labels, with the school code left of its value and figures below labels.
        assertEquals(Layout.GRID, vm.layoutProperty().get());
        assertEquals(Layout.GRID, robot.lookup("#mappingLayout").queryComboBox().getValue());
        assertTrue(vm.formShownProperty().get());
        LabelMapping code = vm.form().labels().get(labelIndex(vm, "Code de l'établissement"));
        assertTrue(code.key(), code.toString());
        assertEquals("EC-7731", code.value());
        assertEquals("A3", code.cell().substring(code.cell().indexOf('!') + 1));
        LabelMapping rooms = vm.form().labels().get(labelIndex(vm, "Salles de classe en bon état"));
        assertEquals("classrooms.good", rooms.field());
        assertEquals(String.valueOf(f.goodRooms()), rooms.value());
        LabelMapping women = vm.form().labels().get(labelIndex(vm, "Enseignantes titulaires"));
        assertFalse(women.reads(), "no word of the label gives the sex: left for the officer");
        assertEquals(String.valueOf(f.womenTeachers()), women.value(), "the figure below the label");
        assertTrue(women.below());
        assertFalse(vm.form().labels().get(labelIndex(vm, "Téléphone du directeur")).reads());
        assertEquals("facilities.electricity", vm.form().labels().get(labelIndex(vm, "Électricité")).field());

        // Its tables: the enrolment by age; the other two guessed as enrolment too, from their titles.
        assertEquals(3, vm.form().grids().size(), vm.form().grids().toString());
        GridMapping enrolment = vm.form().grids().get(gridIndex(vm, "Tableau 1"));
        assertEquals("enrolment", enrolment.field());
        assertEquals("age", enrolment.rows());
        assertEquals("none", vm.form().grids().get(gridIndex(vm, "Tableau 2")).rows());

        // The layout can be changed, and changed back: as a wide sheet nothing has a header row.
        choose(robot, "#mappingLayout", Layout.WIDE);
        waitFor(() -> !vm.formShownProperty().get());
        assertTrue(vm.columns().isEmpty(), vm.columns().toString());
        int beforeBack = vm.preview().checks().get();
        choose(robot, "#mappingLayout", Layout.GRID);
        waitForPreview(beforeBack);
        assertTrue(vm.formShownProperty().get());

        // By hand: the teachers by sex, table 2 as repeaters, table 3 left out, the school's level as a constant.
        mapLabel(robot, "Enseignantes titulaires", "teachers.total", "F");
        mapLabel(robot, "Enseignants titulaires", "teachers.total", "M");
        setTable(robot, "Tableau 2", "repeaters");
        setTable(robot, "Tableau 3", MappingViewModel.IGNORE);
        int before = vm.preview().checks().get();
        robot.interact(() -> robot.lookup("#mappingConstants").queryTextInputControl().setText("school.level = primary"));
        // The button may sit below the editor's scrolled view: it is fired, as a keyboard user would.
        robot.interact(() -> robot.lookup("#mappingApplyExtras").queryButton().fire());
        waitForPreview(before);
        assertEquals("", vm.extras().problem().get());
        // 4 ages x 2 grades x 2 sexes, 4 repeaters, 2 teachers, classrooms, electricity.
        int expectedValues = AGES.length * 4 + 4 + 2 + 1 + 1;
        // Table 3, left out on purpose (its title in the sheet's ignore): no warning at import, but still listed
        // among what is not read, never dropped silently.
        assertTrue(vm.preview().summary().get().contains("1 school(s) and " + expectedValues + " value(s); 0 problem"),
                vm.preview().summary().get() + " " + vm.preview().problems());
        assertEquals(List.of(), vm.preview().problems());
        assertEquals(1, vm.preview().unread().stream().filter(u -> u.startsWith("Fiche école B31:E31 “")
                && u.contains("Tableau 3") && u.endsWith("figures left out on purpose")).count(),
                vm.preview().unread().toString());
        Snapshots.take(stage.getScene(), "mapping-form");

        var result = saveAndImport(robot, vm, "fiche-ecole");
        assertEquals(1, result.schoolsAdded());
        assertEquals(expectedValues, result.valuesStored());

        var w = session.workbench();
        String school = "EC-7731";
        int[] slots = {GradeSystem.standard().byCode("G1").orElseThrow().slot(),
            GradeSystem.standard().byCode("G2").orElseThrow().slot()};
        for (int a = 0; a < AGES.length; a++) {
            for (int g = 0; g < 2; g++) {
                assertEquals(f.enrolment()[a][g][0], w.whereFrom(school, 2024, Topic.ENROLMENT, slots[g], Sex.M,
                        new AgeGroup(AGE_CODES[a])).orElseThrow().value(), AGES[a] + " G" + (g + 1) + " M");
                assertEquals(f.enrolment()[a][g][1], w.whereFrom(school, 2024, Topic.ENROLMENT, slots[g], Sex.F,
                        new AgeGroup(AGE_CODES[a])).orElseThrow().value(), AGES[a] + " G" + (g + 1) + " F");
            }
        }
        for (int g = 0; g < 2; g++) {
            assertEquals(f.repeaters()[g][0], w.whereFrom(school, 2024, Topic.REPEATERS, slots[g], Sex.M, AgeGroup.ALL)
                    .orElseThrow().value());
            assertEquals(f.repeaters()[g][1], w.whereFrom(school, 2024, Topic.REPEATERS, slots[g], Sex.F, AgeGroup.ALL)
                    .orElseThrow().value());
        }
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        assertEquals(f.womenTeachers(), w.whereFrom(school, 2024, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                .orElseThrow().value());
        assertEquals(f.menTeachers(), w.whereFrom(school, 2024, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                .orElseThrow().value());
        int good = Topic.CLASSROOMS.fixedSlots().indexOf("good");
        assertEquals(f.goodRooms(), w.whereFrom(school, 2024, Topic.CLASSROOMS, good, null, AgeGroup.ALL).orElseThrow()
                .value());
        var listing = w.schools(2024, null);
        assertEquals(1, listing.size());
        assertEquals("École Les Baobabs", listing.get(0).name());
        assertEquals("primary", listing.get(0).level());
    }

    // ------------------------------------------------------------------ a roster

    private static final String[] GRADES = {"CP1", "CP2", "CE1"};
    private static final LocalDate REFERENCE = LocalDate.of(2024, 3, 1);

    /** One pupil: school, sex, birth date, grade index, repeating or not. */
    private record Pupil(String school, String sex, LocalDate born, int grade, boolean repeater) {
    }

    /** One staff member: school, sex, highest diploma, qualified by the built-in qualification list. */
    private record Staff(String school, String sex, String diploma, boolean qualified) {
    }

    private static List<Pupil> pupils(long seed) {
        Random rnd = new Random(seed);
        List<Pupil> out = new java.util.ArrayList<>();
        for (String school : List.of("NR-101", "NR-102")) {
            for (int i = 0; i < 25; i++) {
                int grade = rnd.nextInt(GRADES.length);
                LocalDate born = LocalDate.of(2024 - 6 - grade - rnd.nextInt(3), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                out.add(new Pupil(school, rnd.nextBoolean() ? "F" : "M", born, grade, rnd.nextInt(5) == 0));
            }
        }
        return out;
    }

    private static List<Staff> staff(long seed) {
        Random rnd = new Random(seed);
        String[] diplomas = {"Licence", "Certificat", "Maîtrise"};
        List<Staff> out = new java.util.ArrayList<>();
        for (String school : List.of("NR-101", "NR-102")) {
            for (int i = 0; i < 4; i++) {
                String d = diplomas[rnd.nextInt(diplomas.length)];
                out.add(new Staff(school, rnd.nextBoolean() ? "F" : "M", d, !d.equals("Certificat")));
            }
        }
        return out;
    }

    /**
     * A district register: a title, then one row per pupil of two schools (school code on every row, birth
     * dates as Excel dates, a status column whose header no list knows), and a staff sheet.
     */
    private Path register(List<Pupil> pupils, List<Staff> staff) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet p = wb.createSheet("Élèves");
        Sheets.row(p, 0, "REGISTRE DES ÉLÈVES — CIRCONSCRIPTION NORD");
        Sheets.row(p, 2, "N°", "Nom et prénom", "Code école", "Sexe", "Né(e) le", "Classe", "Nouveau ou redoublant");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil x = pupils.get(i);
            Sheets.row(p, 3 + i, i + 1, "Élève " + i, x.school(), x.sex(), null, GRADES[x.grade()],
                    x.repeater() ? "Redoublant" : "Nouveau");
            Row row = p.getRow(3 + i);
            row.createCell(4).setCellValue(x.born());
            row.getCell(4).setCellStyle(date);
        }
        Sheet s = wb.createSheet("Personnel");
        Sheets.row(s, 0, "Code école", "Nom et prénom", "Sexe", "Diplôme le plus élevé", "Fonction");
        for (int i = 0; i < staff.size(); i++) {
            Staff x = staff.get(i);
            Sheets.row(s, 1 + i, x.school(), "Agent " + i, x.sex(), x.diploma(), "Enseignant");
        }
        return save(wb, tmp.resolve("registre-nord-2024.xlsx"));
    }

    private static int columnIndex(MappingViewModel vm, String header) {
        List<ColumnMapping> cols = vm.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header + " in " + cols);
    }

    @Test
    void aRosterOfSeveralSchoolsIsRecognisedMappedAndImported(FxRobot robot) throws Exception {
        List<Pupil> pupils = pupils(5);
        List<Staff> staff = staff(6);
        MappingViewModel vm = openMapping(robot, register(pupils, staff));

        // Recognised as a roster: the pupils list with its school code column, sex, birth date and grade.
        assertEquals(Layout.ROSTER, vm.layoutProperty().get());
        assertFalse(vm.formShownProperty().get());
        assertEquals("Élèves", vm.sheetProperty().get());
        assertEquals(3, vm.headerRowProperty().get());
        assertTrue(vm.columns().get(columnIndex(vm, "Code école")).key());
        assertEquals("pupil.sex", vm.columns().get(columnIndex(vm, "Sexe")).field());
        assertEquals("pupil.birth_date", vm.columns().get(columnIndex(vm, "Né(e) le")).field());
        assertEquals("pupil.grade", vm.columns().get(columnIndex(vm, "Classe")).field());
        assertFalse(vm.columns().get(columnIndex(vm, "Nouveau ou redoublant")).reads());
        assertTrue(vm.fields().contains("pupil.status") && !vm.fields().contains("enrolment"), vm.fields().toString());

        // The status column by hand, in the searchable list.
        int before = vm.preview().checks().get();
        select(robot, "#mappingColumns", columnIndex(vm, "Nouveau ou redoublant"));
        robot.clickOn("#mappingField");
        robot.write("pupil.status");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#mappingApply").queryButton().fire());
        waitForPreview(before);
        assertEquals("pupil.status", vm.columns().get(columnIndex(vm, "Nouveau ou redoublant")).field());

        // The staff sheet: a staff list, its sex read as the staff's.
        robot.interact(() -> vm.sheetProperty().set("Personnel"));
        assertEquals("staff.sex", vm.columns().get(columnIndex(vm, "Sexe")).field());
        assertEquals("staff.qualification", vm.columns().get(columnIndex(vm, "Diplôme le plus élevé")).field());
        assertEquals("staff.type", vm.columns().get(columnIndex(vm, "Fonction")).field());
        assertTrue(vm.columns().get(columnIndex(vm, "Code école")).key());
        assertTrue(vm.preview().summary().get().contains("2 school(s)"), vm.preview().summary().get());
        // Pupil numbers and names are no census figures: drafted as left out on purpose, never reported.
        assertTrue(vm.columns().get(columnIndex(vm, "Nom et prénom")).leftOut(), vm.columns().toString());
        assertEquals(List.of(), vm.preview().problems(), vm.preview().problems().toString());

        var result = saveAndImport(robot, vm, "registre-nord");
        assertEquals(2, result.schoolsAdded());

        // Counted here from the rows written: enrolment by grade, sex and age; repeaters; teachers.
        var w = session.workbench();
        Map<String, Integer> enrolment = new TreeMap<>();
        Map<String, Integer> repeaters = new TreeMap<>();
        for (Pupil x : pupils) {
            int age = Period.between(x.born(), REFERENCE).getYears();
            enrolment.merge(x.school() + "|" + x.grade() + "|" + x.sex() + "|" + age, 1, Integer::sum);
            if (x.repeater()) {
                repeaters.merge(x.school() + "|" + x.grade() + "|" + x.sex(), 1, Integer::sum);
            }
        }
        assertFalse(enrolment.isEmpty());
        for (var e : enrolment.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int slot = GradeSystem.standard().byCode("G" + (Integer.parseInt(k[1]) + 1)).orElseThrow().slot();
            assertEquals(e.getValue(), w.whereFrom(k[0], 2024, Topic.ENROLMENT, slot, Sex.valueOf(k[2]),
                    new AgeGroup(k[3])).orElseThrow().value(), e.getKey());
        }
        assertFalse(repeaters.isEmpty());
        for (var e : repeaters.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int slot = GradeSystem.standard().byCode("G" + (Integer.parseInt(k[1]) + 1)).orElseThrow().slot();
            assertEquals(e.getValue(), w.whereFrom(k[0], 2024, Topic.REPEATERS, slot, Sex.valueOf(k[2]), AgeGroup.ALL)
                    .orElseThrow().value(), e.getKey());
        }
        assertTrue(staff.stream().anyMatch(Staff::qualified) && staff.stream().anyMatch(x -> !x.qualified()));
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        for (String school : List.of("NR-101", "NR-102")) {
            for (String sex : List.of("F", "M")) {
                long all = staff.stream().filter(x -> x.school().equals(school) && x.sex().equals(sex)).count();
                long q = staff.stream().filter(x -> x.school().equals(school) && x.sex().equals(sex) && x.qualified())
                        .count();
                // A sex without staff at a school stores a zero or nothing.
                assertEquals((int) all, w.whereFrom(school, 2024, Topic.TEACHERS, total, Sex.valueOf(sex), AgeGroup.ALL)
                        .map(v -> v.value()).orElse(0), school + " " + sex);
                assertEquals((int) q, w.whereFrom(school, 2024, Topic.TEACHERS, qualified, Sex.valueOf(sex),
                        AgeGroup.ALL).map(v -> v.value()).orElse(0), school + " qualified " + sex);
            }
        }
    }
}
