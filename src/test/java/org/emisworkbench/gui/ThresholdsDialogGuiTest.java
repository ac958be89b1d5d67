package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.service.ValidationService;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Validation ▸ Rule thresholds… driven as an officer does: open it from the Validation screen, type a value out
 * of range (refused, nothing kept), correct it with the keyboard, save, close, run the checks: the findings are
 * raised with the new value and the screen says so.
 */
class ThresholdsDialogGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aThresholdTypedInTheWindowIsCheckedKeptAndUsedByTheNextValidation(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        robot.interact(() -> window.show(Screen.VALIDATION));
        waitUntil(10, () -> robot.lookup("#thresholdsButton").tryQuery().isPresent());
        robot.clickOn("#thresholdsButton");
        waitUntil(30, () -> robot.lookup("#threshold-age_offset_max").tryQuery().isPresent());

        TextField ageMax = robot.lookup("#threshold-age_offset_max").query();
        assertEquals("5", ageMax.getText(), "the pack's value, none set in this workspace");
        robot.clickOn(ageMax).push(KeyCode.CONTROL, KeyCode.A).write("25");
        robot.clickOn("#thresholdsSave");
        waitUntil(30, () -> !((Label) robot.lookup("#thresholdsProblem").query()).getText().isBlank());
        String problem = ((Label) robot.lookup("#thresholdsProblem").query()).getText();
        assertTrue(problem.contains("age_offset_max") && problem.contains("0 to 20"), problem);
        assertEquals(Map.of(), session.workbench().validation().parametersSet(ValidationService.DEFAULT_PACK_ID));

        robot.clickOn(ageMax).push(KeyCode.CONTROL, KeyCode.A).write("6");
        TextField ptr = robot.lookup("#threshold-pupils_per_teacher_usual_max").query();
        robot.clickOn(ptr).push(KeyCode.CONTROL, KeyCode.A).write("30").push(KeyCode.TAB);
        robot.clickOn("#thresholdsSave");
        waitUntil(30, () -> ((Label) robot.lookup("#thresholdsProblem").query()).getText().isBlank()
                && !session.workbench().validation().parametersSet(ValidationService.DEFAULT_PACK_ID).isEmpty());
        assertEquals(Map.of("age_offset_max", "6", "pupils_per_teacher_usual_max", "30"),
                session.workbench().validation().parametersSet(ValidationService.DEFAULT_PACK_ID));
        Snapshots.take(robot.window(ptr).getScene(), "rule-thresholds");
        robot.push(KeyCode.ESCAPE);
        waitUntil(10, () -> robot.lookup("#thresholdsGrid").tryQuery().isEmpty());

        robot.interact(() -> window.validation().yearProperty().set(2024));
        robot.clickOn("#runValidation");
        waitUntil(120, () -> !session.runner().status().isRunning()
                && ((Label) robot.lookup("#validationSummary").query()).getText().contains("thresholds"));
        String summary = ((Label) robot.lookup("#validationSummary").query()).getText();
        assertTrue(summary.contains("age_offset_max = 6 (pack: 5)")
                && summary.contains("pupils_per_teacher_usual_max = 30 (pack: 70)"), summary);
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
    }
}
