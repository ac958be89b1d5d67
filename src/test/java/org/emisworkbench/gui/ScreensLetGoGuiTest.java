package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window builds its screens again in each language; the screens it replaces stop listening to the
 * view-models, which outlive them. Before, every switch left the old screens listening (and drawing).
 */
class ScreensLetGoGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aReplacedSettingsScreenNoLongerFollowsItsViewModel(FxRobot robot) {
        robot.interact(() -> window.show(Screen.SETTINGS));
        Spinner<Double> before = robot.lookup("#fontSize").queryAs(Spinner.class);
        robot.interact(() -> session.setLanguage("fr"));
        Spinner<Double> after = robot.lookup("#fontSize").queryAs(Spinner.class);
        assertNotSame(before, after, "the screen was built again");
        double was = before.getValue();
        double to = was + 4 <= SettingsViewModel.MAX_FONT ? was + 4 : was - 4;

        robot.interact(() -> window.settings().fontSizeProperty().set(to));

        assertEquals(to, after.getValue(), 0.0, "the screen shown follows the view-model");
        assertEquals(was, before.getValue(), 0.0, "the replaced screen does not");
    }

    @Test
    void aReplacedIndicatorsScreenNoLongerFollowsTheDistrictList(FxRobot robot) {
        robot.interact(() -> window.show(Screen.INDICATORS));
        ComboBox<String> before = robot.lookup("#indicatorsDistrict").queryComboBox();
        robot.interact(() -> session.setLanguage("fr"));
        robot.interact(() -> session.setLanguage("en"));
        ComboBox<String> after = robot.lookup("#indicatorsDistrict").queryComboBox();
        assertNotSame(before, after, "the screen was built again, twice");
        List<String> was = new java.util.ArrayList<>(before.getItems()); // "all districts" is a null item

        robot.interact(() -> window.indicators().area().districts().setAll("D01", "D02"));

        assertEquals(java.util.Arrays.asList(null, "D01", "D02"), after.getItems());
        assertEquals(was, before.getItems(), "the replaced screen's box is left as it was");
    }
}
