package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.Benchmarks;
import org.emisworkbench.service.FileOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Manual check (not run by the build; {@code mvn -o test -Dtest=LargeImportResponsivenessCheck}): a 50,000-school
 * national workbook imported through the window while the JavaFX thread is sampled every 50 ms. The
 * window must keep answering (no stall of the JavaFX thread near the import's own time, and a small share of the
 * work done there: {@link FxLatency}, measures that hold on a loaded machine), then list all the schools.
 */
@ExtendWith(ApplicationExtension.class)
class LargeImportResponsivenessCheck {
    static final int SCHOOLS = Integer.getInteger("emis.schools", 50_000);
    @TempDir
    Path tmp;
    Session session;
    MainWindow window;

    @Start
    void start(Stage stage) {
        session = new Session(TestSessions.settings(tmp), new FxTaskRunner(), new Notifier.Recording());
        window = WorkbenchApp.show(stage, session, new ServiceImporter());
        session.setNotifier(new Notifier.Recording());
    }

    @Test
    void theWindowKeepsAnsweringDuringALargeImport() throws Exception {
        Benchmarks.BenchData data = Benchmarks.prepare(SCHOOLS, Progress.NONE);
        try {
            WaitForAsyncUtils.asyncFx(() -> window.home().open(tmp.resolve("large"))).get();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.workbench() != null);
            try (FxLatency latency = new FxLatency()) {
                WaitForAsyncUtils.asyncFx(() -> window.imports().importNow(List.of(data.workbook()))).get();
                WaitForAsyncUtils.waitFor(20, TimeUnit.MINUTES, () -> !session.runner().status().isRunning());
                latency.stop();
                System.out.printf("Imported %d schools: %s%n", SCHOOLS, latency.describe());
                assertEquals(FileOutcome.IMPORTED, window.imports().results().get(0).outcome());
                latency.assertTheFxThreadWasFree("The import of " + SCHOOLS + " schools");
            }
            try (FxLatency latency = new FxLatency()) {
                WaitForAsyncUtils.asyncFx(() -> window.show(Screen.SCHOOLS)).get();
                WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, () -> window.schools().schools().size() >= SCHOOLS);
                WaitForAsyncUtils.waitForFxEvents();
                System.out.printf("Schools screen: %d schools; worst delay %d ms%n", window.schools().schools().size(),
                        latency.worstMillis());
            }
        } finally {
            WaitForAsyncUtils.asyncFx(session::closeWorkspace).get(60, TimeUnit.SECONDS);
            Benchmarks.cleanUp(data);
        }
    }
}
