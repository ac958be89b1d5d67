package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emisworkbench.service.ExchangeService;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Send the figures to the ministry opens the Reports screen's export part: the mapping file is asked
 * for only by the formats that use one, and an export run from the screen says what it wrote.
 */
class ExportsGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theMenuLeadsToTheExportAndTheScreenSaysWhatWasWritten(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);

        MenuBar bar = robot.lookup("#menuBar").query();
        Menu file = bar.getMenus().get(0);
        MenuItem send = file.getItems().stream().filter(i -> "menu.sendToMinistry".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(send::fire);
        ComboBox<ExchangeService.Format> format = robot.lookup("#exportFormat").queryComboBox();
        TextField mapping = robot.lookup("#exportMapping").queryAs(TextField.class);
        Button run = robot.lookup("#exportForMinistry").queryButton();
        assertTrue(format.isVisible() && run.isVisible(), "the Reports screen shows the export");
        waitUntil(30, () -> !run.isDisabled());

        robot.interact(() -> format.setValue(ExchangeService.Format.DHIS2_JSON));
        assertFalse(mapping.isDisabled(), "DHIS2 goes through a mapping file");
        robot.interact(() -> format.setValue(ExchangeService.Format.LONG_CSV));
        assertTrue(mapping.isDisabled(), "every figure as a CSV needs none");

        Path out = tmp.resolve("figures.csv");
        Platform.runLater(() -> window.reports().exportForMinistry(out)); // what the save dialog's answer does
        Label summary = robot.lookup("#exportSummary").queryAs(Label.class);
        waitUntil(60, () -> !summary.getText().isEmpty());
        assertTrue(summary.getText().startsWith("figures.csv: "), summary.getText());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.size() > 1, lines.toString());
        assertEquals(List.of(), notes.errors);
    }
}
