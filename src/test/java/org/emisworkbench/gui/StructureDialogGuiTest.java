package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Data ▸ School structure… driven with the keyboard: the grades of each level follow the spinners as they turn,
 * OK changes the workspace (off the JavaFX thread) and the indicators count Grade 7 as primary.
 */
class StructureDialogGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void sevenYearsOfPrimaryFromAgeSevenTurnedInTheDialogAreKeptAndFollowed(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        robot.clickOn("#menuBar").clickOn(session.t("menu.data").replace("_", ""))
                .clickOn(session.t("menu.structure").replace("_", ""));
        waitUntil(30, () -> robot.lookup("#structurePrimary").tryQuery().isPresent()
                && !window.structure().busyProperty().get());
        ListView<String> levels = robot.lookup("#structureLevels").query();
        assertTrue(levels.getItems().contains("Primary: G1 (age 6), G2 (age 7), G3 (age 8), G4 (age 9), G5 (age 10),"
                + " G6 (age 11)"), levels.getItems().toString());
        // Never changed in this workspace: no "last changed" line.
        Label lastChange = robot.lookup("#structureLastChange").query();
        assertEquals("", lastChange.getText());
        assertTrue(!lastChange.isVisible());

        robot.clickOn("#structurePrimary").push(KeyCode.UP);
        waitUntil(10, () -> levels.getItems().stream().anyMatch(l -> l.startsWith("Primary:") && l.endsWith("G7 (age 12)")));
        assertTrue(levels.getItems().contains("Upper secondary: G11 (age 16), G12 (age 17)"), levels.getItems().toString());
        robot.clickOn("#structureEntranceAge").push(KeyCode.UP);
        waitUntil(10, () -> levels.getItems().stream().anyMatch(l -> l.endsWith("G7 (age 13)")));
        assertTrue(levels.getItems().contains("Pre-primary: PP (age 6)"), levels.getItems().toString());
        robot.clickOn("#structureLowerSecondary").push(KeyCode.DOWN);
        waitUntil(10, () -> levels.getItems().contains("Lower secondary: G8 (age 14), G9 (age 15)"));
        assertEquals("", ((Label) robot.lookup("#structureProblem").query()).getText());

        robot.clickOn("#structureOk");
        waitUntil(30, () -> robot.lookup("#structureLevels").tryQuery().isEmpty());
        assertEquals(new SchoolStructure(7, 2, 7), session.workbench().structure().current().orElseThrow());
        assertTrue(notes.infos.stream().anyMatch(i -> i.contains("run the checks again")), notes.infos.toString());
        IndicatorValue enrol = session.workbench().indicators().compute(2024, AreaSelector.district("D01"), "primary")
                .stream().filter(i -> i.id().equals("enrolment_total")).findFirst().orElseThrow();
        assertTrue(enrol.byGrade().containsKey("G7"), enrol.byGrade().keySet().toString());
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());

        // Opened again, the dialog says when and by whom the structure was changed, as the workspace recorded it.
        robot.clickOn("#menuBar").clickOn(session.t("menu.data").replace("_", ""))
                .clickOn(session.t("menu.structure").replace("_", ""));
        waitUntil(30, () -> robot.lookup("#structureLastChange").tryQuery().isPresent()
                && !window.structure().busyProperty().get()
                && !((Label) robot.lookup("#structureLastChange").query()).getText().isEmpty());
        Label again = robot.lookup("#structureLastChange").query();
        assertTrue(again.isVisible());
        assertTrue(again.getText().matches("Last changed on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by "
                + java.util.regex.Pattern.quote(System.getProperty("user.name")) + " \\(before: 6\\+3\\+3 from age 6\\)\\."),
                again.getText());
        robot.push(KeyCode.ESCAPE);
    }
}
