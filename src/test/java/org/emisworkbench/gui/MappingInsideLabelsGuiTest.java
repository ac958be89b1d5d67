package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mapping screen on schools stacked in blocks, each opening with {@code École : NOM (CODE)}: the labels the
 * drafter reads inside that cell are shown so in words, the officer reads another line written the same way
 * ({@code Commune : Adjarra}) inside its cell by hand, turns a label's inside reading off and on again, saves; the
 * template saved holds the inside labels and imports every block. The workbook is written here; its figures are
 * compared with those stored.
 */
class MappingInsideLabelsGuiTest extends WindowTest {
    private static final String[] CLASSES = {"CP1", "CP2", "CE1"};
    private static final String[][] SCHOOLS = {{"EPP Zogbo", "BJ-0077", "Adjarra"}, {"EPP Kpota", "BJ-0078", "Avrankou"}};

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForPreview(MappingViewModel vm, int before) throws Exception {
        waitFor(() -> vm.preview().checks().get() > before && !vm.preview().checking().get());
    }

    /** Writes the blocks; returns [school][class][F, M]. */
    private Path workbook(int[][][] v) throws Exception {
        Random rnd = new Random(8311);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Écoles");
        int row = 0;
        for (int s = 0; s < SCHOOLS.length; s++) {
            // The second block's code in square brackets.
            Sheets.row(sh, row++, "École : " + SCHOOLS[s][0] + (s == 0 ? " (" + SCHOOLS[s][1] + ")"
                    : " [" + SCHOOLS[s][1] + "]"));
            Sheets.row(sh, row++, "Commune : " + SCHOOLS[s][2]);
            Sheets.row(sh, row++, "Effectifs par classe et sexe");
            Sheets.row(sh, row++, "Classe", "Garçons", "Filles");
            for (int c = 0; c < CLASSES.length; c++) {
                v[s][c][0] = rnd.nextInt(60) + 4;
                v[s][c][1] = rnd.nextInt(60) + 4;
                Sheets.row(sh, row++, CLASSES[c], v[s][c][1], v[s][c][0]);
            }
            row++;
        }
        Path file = tmp.resolve("communes-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static int labelIndex(MappingViewModel vm, String label, String field) {
        List<LabelMapping> labels = vm.form().labels();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).label().equals(label) && java.util.Objects.equals(labels.get(i).field(), field)) {
                return i;
            }
        }
        throw new AssertionError("no label " + label + " read as " + field + " in " + labels);
    }

    /** What the screen's "Read as" column shows for label {@code i}. */
    private static String readAs(FxRobot robot, int i) {
        TableView<?> table = robot.lookup("#mappingLabels").queryTableView();
        return String.valueOf(table.getColumns().get(3).getCellData(i));
    }

    /** Selects label {@code i}, sets its inside box and field as given, and applies. */
    private void apply(FxRobot robot, MappingViewModel vm, int i, String field, boolean inside) throws Exception {
        TableView<?> table = robot.lookup("#mappingLabels").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(i);
            table.scrollTo(i);
        });
        if (field != null) {
            robot.clickOn("#mappingLabelField");
            robot.write(field);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        CheckBox box = robot.lookup("#mappingLabelInside").query();
        robot.interact(() -> box.setSelected(inside));
        int before = vm.preview().checks().get();
        robot.interact(() -> robot.lookup("#mappingApplyLabel").queryButton().fire());
        waitForPreview(vm, before);
    }

    @Test
    void insideLabelsAreShownChosenByHandSavedAndImported(FxRobot robot) throws Exception {
        int[][][] v = new int[SCHOOLS.length][CLASSES.length][2];
        Path file = workbook(v);
        robot.interact(() -> session.open(tmp.resolve("office").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        robot.interact(() -> window.openMapping(file));
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        MappingViewModel vm = window.mapping();
        assertEquals(Layout.GRID, vm.layoutProperty().get());

        // Drafted: the code and name read inside the opening line, shown so in words.
        int code = labelIndex(vm, "École", "school.code");
        int name = labelIndex(vm, "École", "school.name");
        assertTrue(vm.form().labels().get(code).inside());
        assertEquals("BJ-0077", vm.form().labels().get(code).value());
        assertEquals("EPP Zogbo", vm.form().labels().get(name).value());
        assertEquals("school code (key), value inside the label’s cell", readAs(robot, code));
        assertTrue(readAs(robot, name).startsWith("school.name") && readAs(robot, name).endsWith(
                "value inside the label’s cell"), readAs(robot, name));
        // "Commune : Adjarra" is written the same way but its words name nothing: listed, not read.
        int commune = labelIndex(vm, "Commune", null);
        assertTrue(vm.form().labels().get(commune).inside());
        assertEquals("Adjarra", vm.form().labels().get(commune).value());

        // By hand: the commune read as the district, inside its cell.
        apply(robot, vm, commune, "school.district", true);
        LabelMapping district = vm.form().labels().get(commune);
        assertEquals("school.district", district.field());
        assertTrue(district.inside());
        assertTrue(readAs(robot, commune).startsWith("school.district, value inside"), readAs(robot, commune));

        // The name's inside reading turned off (no longer said in words), then on again by hand.
        apply(robot, vm, name, null, false);
        assertFalse(vm.form().labels().get(name).inside());
        assertEquals("school.name", readAs(robot, name));
        apply(robot, vm, name, null, true);
        assertTrue(vm.form().labels().get(name).inside());
        assertEquals("EPP Zogbo", vm.form().labels().get(name).value(), "the value read again from the cell");
        assertEquals(List.of(), vm.preview().problems());
        assertTrue(vm.preview().summary().get().contains("2 school(s) and " + SCHOOLS.length * CLASSES.length * 2
                + " value(s); 0 problem"), vm.preview().summary().get());

        // Saved and imported: the template holds the inside labels; every block is read.
        robot.interact(() -> vm.templateIdProperty().set("communes"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals(SCHOOLS.length, result.schoolsAdded());
        assertEquals(SCHOOLS.length * CLASSES.length * 2, result.valuesStored());
        Path saved;
        try (var files = Files.walk(tmp)) {
            saved = files.filter(p -> p.getFileName().toString().equals("communes.json")).findFirst().orElseThrow();
        }
        String json = Files.readString(saved);
        for (String field : List.of("school.code", "school.name", "school.district")) {
            assertTrue(json.matches("(?s).*\"field\" : \"" + field + "\",\\s*\"position\" : \"inside\".*"), json);
        }
        var w = session.workbench();
        for (int s = 0; s < SCHOOLS.length; s++) {
            String school = SCHOOLS[s][1];
            var listing = w.schools(2024, null).stream().filter(x -> x.code().equals(school)).findFirst()
                    .orElseThrow();
            assertEquals(SCHOOLS[s][0], listing.name());
            assertEquals(SCHOOLS[s][2], listing.district());
            for (int c = 0; c < CLASSES.length; c++) {
                int slot = GradeSystem.standard().byCode("G" + (c + 1)).orElseThrow().slot();
                assertEquals(v[s][c][0], w.whereFrom(school, 2024, Topic.ENROLMENT, slot, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value(), school + " " + CLASSES[c] + " F");
                assertEquals(v[s][c][1], w.whereFrom(school, 2024, Topic.ENROLMENT, slot, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value(), school + " " + CLASSES[c] + " M");
            }
        }
    }
}
