package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure reaches the officer as a plain-language dialog, with the technical details folded away. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogGuiTest {
    @TempDir
    Path tmp;
    Session session;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new Session(TestSessions.settings(tmp), new FxTaskRunner(), new Notifier.Recording());
        window = WorkbenchApp.show(stage, session, new ServiceImporter()); // the real notifier
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(session::closeWorkspace).get(30, TimeUnit.SECONDS);
        session.runner().shutdown();
    }

    @Test
    void openingSomethingThatIsNotAWorkspaceSaysSoPlainly(FxRobot robot) throws Exception {
        Path notADb = Files.writeString(tmp.resolve("letter.mv.db"), "Dear officer, this is not a database.");
        robot.interact(() -> window.home().open(notADb));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").query();
        assertTrue(pane.getHeaderText().contains("could not be opened"), pane.getHeaderText());
        String text = robot.from(pane).lookup(".label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t != null)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("letter.mv.db is not a workspace database"), text);
        assertNotNull(pane.getExpandableContent(), "details on demand");
        assertTrue(!pane.isExpanded(), "details folded away at first");
        Snapshots.take(pane.getScene(), "error-dialog");
        assertNull(session.workbench());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertTrue(Window.getWindows().contains(stage));
    }
}
