package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After an import, a mark or a language switch, every screen shows the workspace as it now is: what
 * a box shows is what the screen lists and what its buttons use.
 */
class ScreensStayTrueGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Notices are recorded and also shown as the window shows them, to see what they cover. */
    @Override
    Notifier notifier() {
        Notifier shown = new FxNotifier(stage, session, window::notice);
        return new Notifier() {
            @Override
            public void info(String message) {
                notes.info(message);
                shown.info(message);
            }

            @Override
            public void error(String title, String message, Throwable cause) {
                notes.error(title, message, cause);
            }
        };
    }


    private void importNow(FxRobot robot, Path... paths) throws Exception {
        int before = window.imports().importsProperty().get();
        robot.interact(() -> window.imports().importNow(List.of(paths)));
        waitUntil(120, () -> window.imports().importsProperty().get() > before
                && !session.runner().status().isRunning());
    }

    /** What the officer reads in the closed box: the text of the skin's button cell (read on the FX thread). */
    private static String shown(ComboBox<?> box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var skin = (javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin();
            return skin.getDisplayNode() instanceof ListCell<?> cell ? cell.getText() : null;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Confirming without a comment says so beside the box; no notice covers the box or the Confirm button. */
    private void commentNeededIsSaidWithoutCoveringTheBox(FxRobot robot) throws Exception {
        javafx.scene.control.TableView<org.emisworkbench.service.validation.FindingGroups.Group> groups = robot
                .lookup("#groupTable").queryTableView();
        robot.interact(() -> groups.getSelectionModel().select(0));
        javafx.scene.control.TableView<StoredFinding> findings = robot.lookup("#findingTable").queryTableView();
        robot.interact(() -> findings.getSelectionModel().select(0));
        StoredFinding chosen = findings.getItems().get(0);
        robot.interact(() -> robot.lookup("#findingComment").queryAs(javafx.scene.control.TextField.class)
                .setText(""));
        robot.clickOn("#confirmFinding");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label problem = robot.lookup("#commentProblem").queryAs(javafx.scene.control.Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("comment"), problem.getText());
        javafx.scene.Node box = robot.lookup("#findingComment").query();
        javafx.scene.Node confirm = robot.lookup("#confirmFinding").query();
        assertNothingCovers(box, confirm);
        robot.clickOn("#findingComment").write("Checked by phone with the head teacher");
        robot.clickOn("#confirmFinding");
        waitUntil(20, () -> window.validation().shownFindings().stream().anyMatch(f -> f.id() == chosen.id()
                && f.status() == org.emisworkbench.model.FindingStatus.CONFIRMED));
        assertFalse(problem.isVisible(), "the problem is gone once the comment is there");
        assertNothingCovers(box, confirm);
    }

    /** No other window (a notice's popup) lies over {@code nodes} on the screen. */
    private void assertNothingCovers(javafx.scene.Node... nodes) throws Exception {
        Thread.sleep(1500); // notices fade in
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.geometry.Rectangle2D> others = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows()
                .stream().filter(w -> w != stage && w.isShowing())
                .map(w -> new javafx.geometry.Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()))
                .toList()).get(10, TimeUnit.SECONDS);
        for (javafx.scene.Node n : nodes) {
            javafx.geometry.Bounds b = WaitForAsyncUtils.asyncFx(() -> n.localToScreen(n.getBoundsInLocal()))
                    .get(10, TimeUnit.SECONDS);
            for (javafx.geometry.Rectangle2D w : others) {
                assertFalse(w.intersects(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()),
                        n.getId() + " covered by a window at " + w);
            }
        }
    }

    @Test
    void validationSchoolsAndReportsFollowTheWorkspace(FxRobot robot) throws Exception {
        Path s = TestSessions.samples();
        robot.interact(() -> session.setWorkbench(Workbench.open(tmp.resolve("ws"))));
        importNow(robot, s.resolve("master-list.xlsx"), s.resolve("population.xlsx"), s.resolve("2024/wide"));

        robot.interact(() -> window.show(Screen.VALIDATION));
        ComboBox<Integer> year = robot.lookup("#validationYear").queryComboBox();
        waitUntil(30, () -> Integer.valueOf(2024).equals(year.getValue()));
        robot.interact(() -> window.validation().run());
        waitUntil(60, () -> !session.runner().status().isRunning() && !window.validation().groups().isEmpty());
        commentNeededIsSaidWithoutCoveringTheBox(robot);

        robot.interact(() -> window.show(Screen.REPORTS));
        ComboBox<String> district = robot.lookup("#reportDistrict").queryComboBox();
        robot.interact(() -> district.setValue("D02"));
        waitUntil(30, () -> !window.reports().preview().isEmpty() && window.reports().preview().get(0)
                .startsWith("D02"));

        importNow(robot, s.resolve("2025/wide"));
        robot.interact(() -> window.show(Screen.VALIDATION));
        ComboBox<Integer> yearAfter = robot.lookup("#validationYear").queryComboBox();
        waitUntil(30, () -> !window.validation().groups().isEmpty());
        Integer chosen = window.validation().yearProperty().get();
        assertEquals(chosen, yearAfter.getValue(), "the Year box shows the year listed");
        assertEquals(String.valueOf(chosen), shown(yearAfter));
        assertTrue(window.validation().shownFindings().stream().allMatch(f -> f.finding().year() == chosen)
                && !window.validation().shownFindings().isEmpty());

        robot.interact(() -> window.show(Screen.REPORTS));
        ComboBox<String> districtAfter = robot.lookup("#reportDistrict").queryComboBox();
        waitUntil(30, () -> !window.reports().preview().isEmpty());
        assertEquals(window.reports().area().districtProperty().get(), districtAfter.getValue());
        assertEquals("D02", shown(districtAfter), "the District box shows the district Generate uses");

        robot.interact(() -> session.setLanguage("fr"));
        ComboBox<String> districtFr = robot.lookup("#reportDistrict").queryComboBox();
        waitUntil(30, () -> !window.reports().preview().isEmpty());
        assertEquals("D02", shown(districtFr), "after a language switch too");
        robot.interact(() -> session.setLanguage("en"));

        // A workshop reset lets go of the workspace, then opens the fresh one: the box still says D02.
        robot.interact(() -> window.show(Screen.REPORTS));
        ComboBox<String> districtReset = robot.lookup("#reportDistrict").queryComboBox();
        Workbench wb = session.workbench();
        robot.interact(() -> session.setWorkbench(null));
        waitUntil(10, () -> window.reports().area().districts().isEmpty());
        // While no workspace is open there is nothing to generate: the button says so by being disabled.
        assertTrue(robot.lookup("#generateReport").queryButton().isDisabled(), "Generate with no workspace open");
        robot.interact(() -> session.setWorkbench(wb));
        waitUntil(30, () -> !window.reports().area().districts().isEmpty() && !window.reports().preview().isEmpty());
        assertEquals(window.reports().area().districtProperty().get() == null ? "All districts"
                : window.reports().area().districtProperty().get(), shown(districtReset),
                "the District box shows the district Generate uses");
        assertFalse(robot.lookup("#generateReport").queryButton().isDisabled(), "Generate once it is open again");

        // Chosen on Reports, the language switched on another screen, then back: the box still says it.
        robot.interact(() -> districtReset.setValue("D02"));
        waitUntil(30, () -> !window.reports().preview().isEmpty() && window.reports().preview().get(0)
                .startsWith("D02"));
        robot.interact(() -> window.show(Screen.SETTINGS));
        robot.interact(() -> session.setLanguage("fr"));
        importNow(robot, s.resolve("2025/wide"));
        robot.interact(() -> window.show(Screen.REPORTS));
        ComboBox<String> districtBack = robot.lookup("#reportDistrict").queryComboBox();
        waitUntil(30, () -> !window.reports().preview().isEmpty());
        assertEquals("D02", window.reports().area().districtProperty().get());
        assertEquals("D02", shown(districtBack), "the District box shows the district Generate uses");
        robot.interact(() -> session.setLanguage("en"));
    }
}
