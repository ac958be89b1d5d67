package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Workshop ▸ Reset asks first, naming the workspace replaced and where it is kept; keeping it changes nothing. */
@ExtendWith(ApplicationExtension.class)
class WorkshopMenuGuiTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    MainWindow window;

    @Start
    void start(Stage stage) {
        session = new Session(TestSessions.settings(tmp), new FxTaskRunner(), notes);
        window = WorkbenchApp.show(stage, session, new ServiceImporter());
        session.setNotifier(notes);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !session.runner().status().isRunning());
        WaitForAsyncUtils.asyncFx(session::closeWorkspace).get(30, TimeUnit.SECONDS);
        session.runner().shutdown();
    }

    @Test
    void theConfirmationNamesTheFilesAndKeepLeavesTheWorkspaceAlone(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.workbench() != null);

        MenuBar bar = robot.lookup("#menuBar").query();
        Menu workshop = bar.getMenus().stream().filter(m -> m.getText().equals("Wor_kshop")).findFirst().orElseThrow();
        MenuItem reset = workshop.getItems().get(0);
        assertEquals("menu.workshopReset", reset.getId());
        Platform.runLater(reset::fire); // the dialog waits for an answer: not inside interact()
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains(tmp.resolve("census.mv.db").toString()), pane.getContentText());
        assertTrue(pane.getContentText().contains("census.before-reset.mv.db"), pane.getContentText());

        Button keep = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Keep the workspace")).findFirst().orElseThrow();
        robot.clickOn(keep);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(session.runner().status().isRunning(), "no reset started");
        assertEquals(tmp.resolve("census.mv.db"), session.workbench().databaseFile());
        assertTrue(session.workbench().schools(2024, null).stream().anyMatch(s -> s.code().equals("S1")));
        assertFalse(Files.exists(tmp.resolve("census.before-reset.mv.db")));
    }
}
