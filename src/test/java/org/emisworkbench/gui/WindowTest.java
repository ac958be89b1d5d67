package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless (Monocle), on a session of its own with settings in a temporary folder: what
 * every test that drives the window starts from, and how it leaves (its jobs finished, the workspace
 * closed, the task runner stopped).
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    @TempDir
    Path tmp;
    final Notifier.Recording notes = new Notifier.Recording();
    Session session;
    MainWindow window;
    Stage stage;

    /** Shows the window; each test class calls it from its own {@code @Start} (TestFX reads only the class's own). */
    void open(Stage stage) {
        this.stage = stage;
        session = new Session(TestSessions.settings(tmp), new FxTaskRunner(), notes);
        window = WorkbenchApp.show(stage, session, new ServiceImporter());
        session.setNotifier(notifier());
    }

    /** Where the window's notices go: recorded in {@link #notes} unless a test says otherwise. */
    Notifier notifier() {
        return notes;
    }

    @AfterEach
    void closeWindowSession() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !session.runner().status().isRunning());
        WaitForAsyncUtils.asyncFx(session::closeWorkspace).get(30, TimeUnit.SECONDS);
        session.runner().shutdown();
    }

    static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
