package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SchoolsPer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Several schools' forms in one workbook, one per sheet, mapped on the screen end to end: a Portuguese district
 * workbook no built-in template fits ({@link SchoolSheets}), its teacher labels mapped by hand on the third school's
 * sheet while the workbook is read as one school's, then "one school per sheet" chosen; the preview reads every
 * school with the teachers, the template saved says so, and the import stores each school's figures as this test
 * wrote them.
 */
class MappingSchoolsPerGuiTest extends WindowTest {
    private static final int SCHOOLS = 5;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForPreview(int before) throws Exception {
        MappingPreview p = window.mapping().preview();
        waitFor(() -> p.checks().get() > before && !p.checking().get());
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

    /** Selects a label, picks its field by typing in the searchable list, sets the sex, applies. */
    private void mapLabel(FxRobot robot, String label, String field, String sex) throws Exception {
        MappingViewModel vm = window.mapping();
        int before = vm.preview().checks().get();
        int row = labelIndex(vm, label);
        TableView<?> table = robot.lookup("#mappingLabels").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        robot.clickOn("#mappingLabelField");
        robot.write(field);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> sexes = robot.lookup("#mappingLabelSex").queryComboBox();
        robot.interact(() -> sexes.getSelectionModel().select(sex));
        robot.clickOn("#mappingApplyLabel");
        waitForPreview(before);
        assertEquals(field, vm.form().labels().get(row).field(), label);
        assertEquals(sex, vm.form().labels().get(row).sex(), label);
    }

    /** Picks how many schools the workbook holds in the screen's list, and waits for the preview. */
    private void chooseSchools(FxRobot robot, SchoolsPer per) throws Exception {
        ComboBox<SchoolsPer> box = robot.lookup("#mappingSchoolsPer").queryComboBox();
        int before = window.mapping().preview().checks().get();
        robot.interact(() -> box.getSelectionModel().select(per));
        waitForPreview(before);
        assertEquals(per, window.mapping().schools().schools().get());
    }

    private String summary() {
        return window.mapping().preview().summary().get();
    }

    @Test
    void formsOnePerSheetAreMappedOnTheScreenSavedAndImported(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        SchoolSheets f = SchoolSheets.draw(2024_11, SCHOOLS);
        Path file = f.write(tmp.resolve("mecufi-2024.xlsx"));
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
        MappingViewModel vm = window.mapping();

        // A form; the same code label on each school's sheet: one school per sheet, shown in the list.
        assertEquals(Layout.GRID, vm.layoutProperty().get());
        ComboBox<SchoolsPer> box = robot.lookup("#mappingSchoolsPer").queryComboBox();
        assertTrue(box.isVisible(), "a form shows how many schools it holds");
        assertEquals(SchoolsPer.SHEET, box.getValue());
        assertEquals("one school per sheet", box.getConverter().toString(SchoolsPer.SHEET));
        Label caption = robot.lookup(n -> n instanceof Label l && l.getLabelFor() == box).query();
        assertTrue(caption.isMnemonicParsing() && caption.getText().contains("_"), "reached with Alt and a letter");
        int table = SchoolSheets.AGES.length * SchoolSheets.CLASSES.length * 2;
        assertTrue(summary().contains(SCHOOLS + " school(s) and " + SCHOOLS * table + " value(s)"), summary());
        assertEquals(List.of("Capa!A1"), vm.preview().problems().stream().map(p -> p.substring(0, p.indexOf(':')))
                .toList(), "only the cover, which holds no school: " + vm.preview().problems());

        // Read as one school's workbook: one figure given on every school's sheet, which the import would refuse
        // (decision 0090), said with both sheets; the teachers mapped on the third school's sheet meanwhile.
        chooseSchools(robot, SchoolsPer.WORKBOOK);
        assertTrue(summary().contains("would refuse the file") && summary().contains(SchoolSheets.sheet(0))
                && summary().contains(SchoolSheets.sheet(1)), summary());
        robot.interact(() -> vm.sheetProperty().set(SchoolSheets.sheet(2)));
        assertFalse(vm.form().labels().get(labelIndex(vm, "Educadoras")).reads(), "no word of it is known");
        mapLabel(robot, "Educadoras", "teachers.total", "F");
        mapLabel(robot, "Educadores", "teachers.total", "M");

        // One school per sheet again: every school read, with its teachers; the first sheet shows the change.
        chooseSchools(robot, SchoolsPer.SHEET);
        assertTrue(summary().contains(SCHOOLS + " school(s) and " + SCHOOLS * (table + 2) + " value(s)"), summary());
        assertEquals(SCHOOLS, vm.preview().schools().size(), vm.preview().schools().toString());
        for (int s = 0; s < SCHOOLS; s++) {
            String code = SchoolSheets.code(s);
            assertTrue(vm.preview().schools().stream().anyMatch(x -> x.contains(code) && x.contains(
                    String.valueOf(table + 2))), code + " " + vm.preview().schools());
        }
        robot.interact(() -> vm.sheetProperty().set(SchoolSheets.sheet(0)));
        assertEquals("teachers.total", vm.form().labels().get(labelIndex(vm, "Educadoras")).field());
        assertSame(box, robot.lookup("#mappingSchoolsPer").query());
        Snapshots.take(stage.getScene(), "mapping-schools");

        // Saved and imported: each school's figures as written here.
        robot.interact(() -> vm.templateIdProperty().set("mecufi"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals("mecufi", result.templateId());
        assertEquals(SCHOOLS, result.schoolsAdded());
        assertEquals((long) SCHOOLS * (table + 2), result.valuesStored());
        String json = Files.readString(TemplateCatalog.workspaceFolder(session.workbench().databaseFile())
                .resolve("mecufi.json"));
        assertTrue(json.contains("\"schools\" : \"sheet\"") && json.contains("\"Educadoras\""), json);

        var w = session.workbench();
        int[] slots = {GradeSystem.standard().byCode("G1").orElseThrow().slot(),
            GradeSystem.standard().byCode("G2").orElseThrow().slot()};
        int teachers = Topic.TEACHERS.fixedSlots().indexOf("total");
        int checked = 0;
        for (int s = 0; s < SCHOOLS; s++) {
            String code = SchoolSheets.code(s);
            for (int a = 0; a < SchoolSheets.AGES.length; a++) {
                AgeGroup age = new AgeGroup(SchoolSheets.AGE_CODES[a]);
                for (int g = 0; g < SchoolSheets.CLASSES.length; g++) {
                    assertEquals(f.enrolment()[s][a][g][0], w.whereFrom(code, 2024, Topic.ENROLMENT, slots[g], Sex.M,
                            age).orElseThrow().value(), code + " " + age + " G" + (g + 1) + " boys");
                    var girls = w.whereFrom(code, 2024, Topic.ENROLMENT, slots[g], Sex.F, age).orElseThrow();
                    assertEquals(f.enrolment()[s][a][g][1], girls.value(), code + " " + age + " G" + (g + 1) + " F");
                    // Each school's figure comes from its own sheet: the girls of class g in column C or E.
                    assertEquals(SchoolSheets.sheet(s) + "!" + (char) ('C' + 2 * g) + (12 + a),
                            girls.source().sheetCell());
                    checked++;
                }
            }
            assertEquals(f.women()[s], w.whereFrom(code, 2024, Topic.TEACHERS, teachers, Sex.F, AgeGroup.ALL)
                    .orElseThrow().value(), code + " women teachers");
            assertEquals(f.men()[s], w.whereFrom(code, 2024, Topic.TEACHERS, teachers, Sex.M, AgeGroup.ALL)
                    .orElseThrow().value(), code + " men teachers");
        }
        assertEquals(SCHOOLS * SchoolSheets.AGES.length * SchoolSheets.CLASSES.length, checked);
        assertEquals(SCHOOLS, w.schools(2024, null).size());
    }
}
