package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Explore screen on ReportFixture's workspace (2024: D01 has S1 with 90 girls and 95 boys and S2 with
 * 13 girls and 12 boys; D02 has S3 with 50 and 50; teachers 6 in S1, 1 in S2, 2 in S3): the table, a
 * filter ticked in its list, the schools behind a value, a ratio, a saved exploration and French numbers.
 */
class ExploreGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ExploreViewModel.Line line(String label) {
        return window.explore().lines().stream().filter(l -> !l.labels().isEmpty() && l.labels().get(0).startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + label + " in " + window.explore().lines()));
    }

    @Test
    void theTableFollowsTheChoicesAndLeadsToTheSchoolsBehindAValue(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        robot.interact(() -> window.show(Screen.EXPLORE));
        ExploreViewModel vm = window.explore();
        waitUntil(30, () -> !vm.lines().isEmpty() && !vm.busyProperty().get());

        // Pupils enrolled by district and sex, 2024 (the latest year): each value added up by hand above.
        assertEquals(List.of("103", "107", "210"), line("D01 Akuna").values());
        assertEquals(List.of("50", "50", "100"), line("D02 Bela").values());
        assertEquals(List.of("153", "157", "310"), line("Total").values());
        TableView<?> table = robot.lookup("#exploreTable").queryTableView();
        assertEquals(1 + 3, table.getColumns().size(), "district, then girls, boys and total");

        // Ticking D02 in the district filter's list keeps its line alone.
        CheckComboBox<String> districts = robot.lookup("#exploreFilter-district").query();
        robot.interact(() -> districts.getCheckModel().check("D02"));
        waitUntil(30, () -> vm.lines().size() == 2 && !vm.busyProperty().get());
        assertEquals(List.of("50", "50", "100"), line("D02").values());
        robot.interact(() -> districts.getCheckModel().clearChecks());
        waitUntil(30, () -> vm.lines().size() == 3 && !vm.busyProperty().get());

        // The schools behind D01's girls.
        robot.interact(() -> vm.drill(line("D01"), 0));
        waitUntil(30, () -> vm.schools().size() == 2);
        assertEquals(List.of("S1:90", "S2:13"), vm.schools().stream().map(s -> s.code() + ":" + s.value()).toList());
        Snapshots.take(stage.getScene(), "explore");

        // Rows by region then district, Subtotals ticked: the region's subtotal after its districts, the same
        // figures as the table's total (both districts are in R1), and the total still counted once.
        robot.interact(() -> {
            vm.row1Property().set(Dimension.REGION);
            vm.row2Property().set(Dimension.DISTRICT);
        });
        waitUntil(30, () -> vm.lines().size() == 3 && !vm.busyProperty().get());
        robot.clickOn("#exploreSubtotals");
        waitUntil(30, () -> vm.lines().size() == 4 && !vm.busyProperty().get());
        ExploreViewModel.Line subtotal = vm.lines().get(2);
        assertEquals("All (subtotal)", subtotal.labels().get(1), vm.lines().toString());
        assertEquals(List.of("153", "157", "310"), subtotal.values());
        assertEquals(List.of("153", "157", "310"), line("Total").values());
        robot.interact(() -> vm.drill(subtotal, 0));
        waitUntil(30, () -> vm.schools().size() > 2);
        assertTrue(vm.schools().stream().map(ExploreViewModel.SchoolLine::code).toList().containsAll(List.of("S1", "S2")),
                vm.schools().toString());
        robot.clickOn("#exploreSubtotals");
        robot.interact(() -> {
            vm.row1Property().set(Dimension.DISTRICT);
            vm.row2Property().set(null);
        });
        waitUntil(30, () -> vm.lines().size() == 3 && !vm.busyProperty().get());

        // Pupils per teacher cannot be split by sex: the column goes, and the ratio counts each school's pupils
        // and teachers: D01 (185 + 25) / (6 + 1), D02 100 / 2.
        robot.interact(() -> vm.measureProperty().set(Measure.byId("pupils_per_teacher").orElseThrow()));
        waitUntil(30, () -> vm.columnProperty().get() == null && vm.headers().size() == 1 && !vm.busyProperty().get());
        assertEquals(List.of("30.0"), line("D01").values());
        assertEquals(List.of("50.0"), line("D02").values());
        assertTrue(notes.infos.stream().anyMatch(i -> i.contains("cannot be split by Sex")), notes.infos.toString());
        assertNotNull(vm.chartProperty().get(), "the table is charted");

        // Saved, changed, reopened.
        robot.interact(() -> vm.files().saveAs("ptr by district"));
        waitUntil(30, () -> vm.views().contains("ptr by district"));
        robot.interact(() -> vm.measureProperty().set(Measure.byId("schools").orElseThrow()));
        waitUntil(30, () -> line("D01").values().equals(List.of("2")) && !vm.busyProperty().get());
        robot.interact(() -> vm.files().openView("ptr by district"));
        waitUntil(30, () -> vm.measureProperty().get().id().equals("pupils_per_teacher")
                && line("D01").values().equals(List.of("30.0")));
        assertEquals(Dimension.DISTRICT, vm.row1Property().get());
        assertEquals("ptr by district", vm.viewText("ptr by district"), "a saved one by the name it was given");
        assertEquals("Pupils per teacher by district and ownership",
                vm.viewText("pupils-per-teacher-by-district-and-ownership"), "a built-in one by its title");

        // The table as a workbook, as the save dialog's answer does.
        Path out = tmp.resolve("ptr.xlsx");
        Platform.runLater(() -> vm.files().export(out));
        waitUntil(30, () -> Files.exists(out));

        // In French, numbers as French writes them.
        robot.interact(() -> session.setLanguage("fr"));
        robot.interact(() -> window.show(Screen.EXPLORE));
        robot.interact(vm::refresh);
        waitUntil(30, () -> !vm.lines().isEmpty() && line("D01").values().equals(List.of("30,0")));
        assertTrue(vm.headers().get(0).startsWith("Élèves par enseignant"), vm.headers().toString());
        assertFalse(vm.copyText().isEmpty());
        assertEquals(List.of(), notes.errors);
    }
}
