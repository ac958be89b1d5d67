package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Send the district package… writes the package of the district and year the Reports screen shows,
 * as a job of the task runner; File ▸ Import district packages… puts it into another workspace and says
 * what came in. The save and open dialogs are the operating system's: the test calls what their answers do.
 */
class PackagesGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aDistrictIsSentAndImportedFromTheMenu(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        MenuBar bar = robot.lookup("#menuBar").query();
        Menu file = bar.getMenus().get(0);
        assertTrue(file.getItems().stream().anyMatch(i -> "menu.sendPackage".equals(i.getId())));
        assertTrue(file.getItems().stream().anyMatch(i -> "menu.importPackages".equals(i.getId())));

        robot.interact(() -> {
            window.show(Screen.REPORTS);
            window.reports().area().yearProperty().set(2024);
            window.reports().area().districtProperty().set("D01");
        });
        assertEquals("D01-2024.emis.zip", window.reports().suggestedPackageName());
        Path out = tmp.resolve("D01-2024.emis.zip");
        Platform.runLater(() -> window.reports().sendPackage(out));
        waitUntil(60, () -> notes.infos.stream()
                .anyMatch(s -> s.startsWith("D01-2024.emis.zip: the package of D01 for 2024,")));
        assertTrue(Files.size(out) > 0);
        long schools = session.workbench().schools(2024, "D01").size();

        Path national = tmp.resolve("national.mv.db");
        robot.interact(() -> window.home().open(national));
        waitUntil(30, () -> session.workbench() != null && session.workbench().databaseFile().endsWith("national.mv.db"));
        int before = notes.infos.size();
        Platform.runLater(() -> window.reports().importPackages(List.of(out)));
        waitUntil(60, () -> notes.infos.size() > before || !notes.errors.isEmpty());
        assertEquals(List.of(), notes.errors);
        String said = notes.infos.get(notes.infos.size() - 1);
        assertTrue(said.startsWith("D01-2024.emis.zip: D01 for 2024 imported"), said);
        assertEquals(schools, session.workbench().schools(2024, "D01").size());
        assertEquals(1, session.workbench().packages().history().size());
        assertEquals(List.of(), notes.errors);
    }
}
