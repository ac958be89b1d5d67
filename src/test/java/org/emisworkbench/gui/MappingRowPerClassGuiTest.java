package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.template.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A row per school and class made on the mapping screen from the keyboard ({@link RowPerClassByHandTest}'s workbook,
 * which the draft does not recognise): the header row typed, the class column selected with the arrows, <b>Grades
 * down this column</b> pressed with Space, the one column left set in the column editor; the preview under the
 * columns says what the import would read at each step, and Ctrl+Z takes the last step back.
 */
class MappingRowPerClassGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRowPerClassIsMadeFromTheKeyboardAndPreviewed(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        Path file = tmp.resolve("classes-2024.xlsx");
        int[][][] v = RowPerClassByHandTest.write(file, 9);
        int rows = 0;
        for (int[][] school : v) {
            for (int g = 1; g <= 3; g++) {
                rows += school[g][0] >= 0 ? 1 : 0;
            }
        }
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().add(file);
        });
        waitFor(() -> !window.imports().files().isEmpty() && !window.imports().matchingProperty().get());
        TableView<?> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#newTemplate");
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        MappingViewModel vm = window.mapping();

        // The header on row 1, typed and read with Enter.
        TextField headerRow = robot.lookup("#mappingHeaderRow").queryAs(TextField.class);
        robot.interact(headerRow::requestFocus);
        robot.interact(() -> headerRow.setText("1"));
        robot.push(KeyCode.ENTER);
        waitFor(() -> vm.columns().size() == RowPerClassByHandTest.HEADERS.length && !vm.preview().checking().get());

        // The class column selected with the arrows, the button pressed with Space.
        @SuppressWarnings("unchecked")
        TableView<ColumnMapping> columns = robot.lookup("#mappingColumns").queryAs(TableView.class);
        Button gradeByRow = robot.lookup("#mappingGradeByRow").queryButton();
        assertTrue(gradeByRow.isVisible());
        robot.interact(() -> {
            columns.requestFocus();
            columns.getSelectionModel().select(0);
            columns.getFocusModel().focus(0);
        });
        robot.push(KeyCode.DOWN);
        waitFor(() -> columns.getSelectionModel().getSelectedIndex() == 1);
        assertEquals("Cohort", columns.getSelectionModel().getSelectedItem().header());
        assertFalse(gradeByRow.isDisabled());
        robot.interact(gradeByRow::requestFocus);
        robot.push(KeyCode.SPACE);
        waitFor(() -> "row.grade".equals(vm.columns().get(1).field()) && !vm.preview().checking().get());
        String summary = robot.lookup("#mappingSummary").queryLabeled().getText();
        assertTrue(summary.contains("3 school(s) and " + 3 * rows + " value(s)"), summary);

        // "Rptr G": repeaters, girls, its grade from the row, set in the column editor.
        robot.interact(() -> columns.getSelectionModel().select(5));
        @SuppressWarnings("unchecked")
        ComboBox<String> field = robot.lookup("#mappingField").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> sex = robot.lookup("#mappingSex").queryAs(ComboBox.class);
        robot.interact(() -> {
            field.setValue("repeaters");
            sex.setValue("F");
        });
        robot.clickOn("#mappingApply");
        waitFor(() -> "repeaters".equals(vm.columns().get(5).field()) && !vm.preview().checking().get());
        String all = robot.lookup("#mappingSummary").queryLabeled().getText();
        assertTrue(all.contains("3 school(s) and " + 4 * rows + " value(s)"), all);
        String byTopic = robot.lookup("#mappingByTopic").queryLabeled().getText();
        assertTrue(byTopic.contains("enrolment " + 2 * rows) && byTopic.contains("repeaters " + 2 * rows), byTopic);
        assertTrue(vm.preview().schools().stream().anyMatch(s -> s.startsWith("NA-102")), vm.preview().schools()
                .toString());

        // Ctrl+Z: the column set, then the grade by row, taken back.
        robot.interact(columns::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> vm.columns().get(5).field() == null && !vm.preview().checking().get());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> vm.columns().get(1).field() == null && !vm.preview().checking().get());
    }
}
