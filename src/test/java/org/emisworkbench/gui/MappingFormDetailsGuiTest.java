package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table with a row per class whose second arm of each class the draft took for an unknown grade ({@link
 * DetailSheets#streams}: {@code Class | Arm | Boys | Girls}, the class written on its first arm's row only), mapped in
 * the window: the stream column typed in the table's details (reached by its letter) and applied with Enter, refused
 * first with the reason on a table that cannot have one; the list says where the streams are, the preview reads every
 * arm, the template saved names the column, and the import stores each class as the sum of its arms.
 */
class MappingFormDetailsGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The control a label's underlined letter goes to, after checking it has one. */
    private Node mnemonicTarget(FxRobot robot, String id) {
        Node target = robot.lookup("#" + id).query();
        Label caption = robot.lookup(n -> n instanceof Label l && l.getLabelFor() == target).query();
        assertTrue(caption.isMnemonicParsing() && caption.getText().contains("_"), id + ": " + caption.getText());
        return target;
    }

    /** Types {@code text} into the stream field (emptied first) and presses Enter there; waits for the preview. */
    private void typeStream(FxRobot robot, TextField stream, String text, boolean previewed) throws Exception {
        MappingPreview p = window.mapping().preview();
        int before = p.checks().get();
        robot.interact(() -> {
            stream.clear();
            stream.requestFocus();
        });
        robot.write(text);
        robot.type(KeyCode.ENTER);
        if (previewed) {
            waitFor(() -> p.checks().get() > before && !p.checking().get());
        } else {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void aStreamColumnTypedInTheWindowReadsEveryArm(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        Path file = tmp.resolve("arms-2024.xlsx");
        int[][][] p = DetailSheets.streams(file, 3021);
        robot.interact(() -> window.openMapping(file));
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        MappingViewModel vm = window.mapping();
        int cells = DetailSheets.CLASSES.length * 2;
        // Drafted without a stream: each second arm an unknown grade.
        assertEquals(DetailSheets.CLASSES.length, vm.preview().problems().stream().filter(x -> x.contains("West"))
                .count(), vm.preview().problems().toString());

        @SuppressWarnings("unchecked")
        TableView<GridMapping> grids = robot.lookup("#mappingGrids").queryAs(TableView.class);
        TextField stream = (TextField) mnemonicTarget(robot, "mappingGridStream");
        Button apply = robot.lookup("#mappingApplyGridDetails").queryButton();
        assertTrue(stream.isDisabled() && apply.isDisabled(), "no table selected");
        robot.interact(() -> grids.getSelectionModel().select(0));
        assertEquals("", stream.getText());

        typeStream(robot, stream, "Arm", true);
        assertEquals("Arm", vm.currentForm().grids().get(0).stream());
        assertEquals("", robot.lookup("#mappingDetailsProblem").queryAs(Label.class).getText());
        assertEquals(0, grids.getSelectionModel().getSelectedIndex(), "the table stays selected");
        assertEquals("enrolment by grade and sex · streams in “Arm”", grids.getColumns().get(3).getCellData(0));
        assertEquals("Arm", stream.getText());
        assertEquals(List.of(), vm.preview().problems());
        assertTrue(vm.preview().summary().get().contains("1 school(s) and " + cells + " value(s); 0 problem(s)"),
                vm.preview().summary().get());
        assertEquals("Values read, by what they count: enrolment " + cells, vm.preview().byTopic().get());

        // A blank heading takes the stream column away again (the arms unknown grades once more), then it is typed
        // again.
        typeStream(robot, stream, "", true);
        assertEquals(null, vm.currentForm().grids().get(0).stream());
        assertEquals(DetailSheets.CLASSES.length, vm.preview().problems().size(), vm.preview().problems().toString());
        typeStream(robot, stream, "Arm", true);
        assertEquals(List.of(), vm.preview().problems());
        Snapshots.take(stage.getScene(), "mapping-stream");

        robot.interact(() -> vm.templateIdProperty().set("arms"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals(cells, result.valuesStored());
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("arms.json");
        var grid = TemplateLoader.load(saved).sheets().get(0).grids().get(0);
        assertEquals(List.of("Arm"), grid.stream(), Files.readString(saved));
        var w = session.workbench();
        for (int c = 0; c < DetailSheets.CLASSES.length; c++) {
            int slot = GradeSystem.standard().byCode("G" + (c + 1)).orElseThrow().slot();
            for (int x = 0; x < 2; x++) {
                Sex sex = x == 0 ? Sex.M : Sex.F;
                var e = w.whereFrom("GH-4103", 2024, Topic.ENROLMENT, slot, sex, AgeGroup.ALL).orElseThrow();
                assertEquals(p[c][0][x] + p[c][1][x], e.value(), DetailSheets.CLASSES[c] + " " + sex);
            }
        }
    }
}
