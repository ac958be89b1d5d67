package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.emisworkbench.service.SampleCountryFixture;
import org.emisworkbench.service.validation.FindingGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop's screens on the imported and checked sample country, at the window's default size:
 * what a participant needs is on the screen, not only in the model.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopScreensGuiTest {
    @TempDir
    Path tmp;
    Notifier.Recording notes = new Notifier.Recording();
    Session session;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new Session(TestSessions.settings(tmp), new FxTaskRunner(), notes);
        window = WorkbenchApp.show(stage, session, new ServiceImporter());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !session.runner().status().isRunning());
        WaitForAsyncUtils.asyncFx(session::closeWorkspace).get(30, TimeUnit.SECONDS);
        session.runner().shutdown();
    }

    static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The sample country, imported and checked for 2024 and 2025, open in the window on Validation (2025). */
    private void openSampleOnValidation(FxRobot robot) throws Exception {
        var wb = SampleCountryFixture.copy(tmp.resolve("lumeria"));
        robot.interact(() -> session.setWorkbench(wb));
        robot.interact(() -> window.show(Screen.VALIDATION));
        waitUntil(60, () -> Integer.valueOf(2025).equals(window.validation().yearProperty().get())
                && !window.validation().groups().isEmpty() && !session.runner().status().isRunning());
    }

    /** The items of the table's rows that lie wholly inside its viewport (read on the FX thread). */
    static <T> Set<T> rowsOnScreen(TableView<T> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            table.layout();
            Node viewport = table.lookup(".clipped-container");
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            Bounds scene = new javafx.geometry.BoundingBox(0, 0, table.getScene().getWidth(),
                    table.getScene().getHeight());
            Set<T> shown = new LinkedHashSet<>();
            for (Node n : table.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null) {
                    Bounds b = row.localToScene(row.getLayoutBounds());
                    if (b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5
                            && b.getMaxY() <= scene.getMaxY() + 0.5) {
                        @SuppressWarnings("unchecked")
                        T item = (T) row.getItem();
                        shown.add(item);
                    }
                }
            }
            return shown;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyRuleWithFindingsIsOnScreenWithoutScrolling(FxRobot robot) throws Exception {
        openSampleOnValidation(robot);
        TableView<FindingGroups.Group> groups = robot.lookup("#groupTable").queryTableView();
        List<FindingGroups.Group> all = List.copyOf(window.validation().groups());
        assertTrue(all.size() >= 20, "the sample country's 2025 findings fall under many rules: " + all.size());
        Set<FindingGroups.Group> shown = rowsOnScreen(groups);
        Snapshots.take(stage.getScene(), "validation-all-rules");
        assertEquals(all.size(), shown.size(), () -> "rules on screen: " + shown.size() + " of " + all.size()
                + "; missing " + all.stream().filter(g -> !shown.contains(g)).map(FindingGroups.Group::ruleId).toList());
        assertEquals(Set.copyOf(all), shown);
    }
}
