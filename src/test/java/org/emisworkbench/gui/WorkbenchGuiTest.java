package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The main path through the real window, headless (Monocle), with screenshots of each screen. */
class WorkbenchGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Test
    void sampleCountryImportFindingsConfirm(FxRobot robot) throws Exception {
        assertTrue(robot.lookup(".welcome").query().isVisible(), "a first start offers the sample country");
        Snapshots.take(stage.getScene(), "home");

        try (FxLatency latency = new FxLatency()) {
            robot.clickOn("#openSample");
            waitUntil(10, () -> session.runner().status().isRunning());
            waitUntil(180, () -> !session.runner().status().isRunning() && !window.imports().results().isEmpty());
            // The import ran off the JavaFX thread: the window kept answering (and repainting) meanwhile.
            latency.assertTheFxThreadWasFree("The sample country's import");
            System.out.println("The sample country's import: " + latency.describe());
        }
        assertEquals(Screen.IMPORT, window.current());
        TableView<FileResult> results = robot.lookup("#importResults").queryTableView();
        assertTrue(results.getItems().size() > 500, "files: " + results.getItems().size());
        assertTrue(results.getItems().stream().noneMatch(r -> r.outcome() == FileOutcome.FAILED));
        String summary = robot.lookup("#importSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("imported"), summary);
        FileResult withProblems = results.getItems().stream().filter(r -> r.problemCount() > 0).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            results.getSelectionModel().select(withProblems);
            results.scrollTo(withProblems);
        });
        String detail = robot.lookup("#importDetail").queryAs(TextArea.class).getText();
        assertTrue(detail.contains("first at"), detail);
        Snapshots.take(stage.getScene(), "import");

        robot.type(KeyCode.F5);
        assertEquals(Screen.VALIDATION, window.current());
        waitUntil(120, () -> !session.runner().status().isRunning()
                && !robot.lookup("#groupTable").queryTableView().getItems().isEmpty());
        TableView<?> groups = robot.lookup("#groupTable").queryTableView();
        assertTrue(groups.getItems().size() > 5, "rules with findings: " + groups.getItems().size());
        robot.interact(() -> groups.getSelectionModel().select(0));
        TableView<StoredFinding> findings = robot.lookup("#findingTable").queryTableView();
        assertFalse(findings.getItems().isEmpty());
        robot.interact(() -> findings.getSelectionModel().select(0));
        StoredFinding chosen = findings.getItems().get(0);
        assertTrue(robot.lookup("#findingDetail").queryAs(TextArea.class).getText().contains(chosen.finding()
                .ruleId()));
        robot.clickOn("#findingComment").write("Checked with the school: the figure is right");
        robot.clickOn("#confirmFinding");
        waitUntil(20, () -> window.validation().shownFindings().stream()
                .anyMatch(f -> f.id() == chosen.id() && f.status() == FindingStatus.CONFIRMED));
        assertTrue(notes.infos.stream().anyMatch(i -> i.startsWith("Marked")), notes.infos.toString());
        Snapshots.take(stage.getScene(), "validation");

        robot.interact(() -> window.show(Screen.SCHOOLS));
        waitUntil(20, () -> !window.schools().schools().isEmpty());
        TableView<?> schools = robot.lookup("#schoolTable").queryTableView();
        robot.interact(() -> schools.getSelectionModel().select(0));
        waitUntil(20, () -> !window.schools().figures().isEmpty());
        TableView<org.emisworkbench.service.SchoolDetails.FigureRow> figures = robot.lookup("#figureTable")
                .queryTableView();
        robot.interact(() -> figures.getSelectionModel().select(0, figures.getColumns().get(2)));
        waitUntil(20, () -> window.schools().sourceProperty().get().contains("cell"));
        Snapshots.take(stage.getScene(), "schools");

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertEquals(Screen.INDICATORS, window.current());
        waitUntil(60, () -> !window.indicators().rows().isEmpty());
        robot.interact(() -> window.indicators().area().districtProperty().set("D03"));
        waitUntil(60, () -> window.indicators().chartProperty().get() != null);
        TableView<org.emisworkbench.service.IndicatorService.Row> indicators = robot.lookup("#indicatorTable")
                .queryTableView();
        var ger = indicators.getItems().stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
        assertTrue(ger.available() && ger.value() > 0, "GER of D03: " + ger.value());
        robot.interact(() -> indicators.getSelectionModel().select(ger));
        assertTrue(robot.lookup("#indicatorDetail").queryAs(TextArea.class).getText().contains("Denominator"));
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#chartViewer").query();
        assertTrue(viewer.getChart() != null && viewer.getChart().getTitle() != null);
        Snapshots.take(stage.getScene(), "indicators");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        assertEquals(Screen.REPORTS, window.current());
        robot.interact(() -> {
            window.reports().folderProperty().set(tmp.resolve("reports").toString());
            window.reports().area().districtProperty().set("D03");
        });
        waitUntil(60, () -> !window.reports().preview().isEmpty()
                && window.reports().preview().get(0).startsWith("D03"));
        robot.clickOn("#generateReport");
        waitUntil(120, () -> !session.runner().status().isRunning() && !window.reports().written().isEmpty());
        Path pdf = window.reports().written().get(0);
        assertEquals("summary-2025-D03.pdf", pdf.getFileName().toString());
        assertTrue(java.nio.file.Files.size(pdf) > 10_000, "PDF size " + java.nio.file.Files.size(pdf));
        Snapshots.take(stage.getScene(), "reports");
        // The national summary from the same screen: one PDF for the year, beside the districts'.
        robot.clickOn("#generateNational");
        waitUntil(120, () -> !session.runner().status().isRunning() && !window.reports().written().isEmpty()
                && window.reports().written().get(0).getFileName().toString().equals("national-2025.pdf"));
        assertTrue(java.nio.file.Files.size(window.reports().written().get(0)) > 10_000);
        if (javafx.print.Printer.getAllPrinters().isEmpty()) {
            // A computer without a printer gets a sentence, not a failure (with one, a dialog would wait here).
            robot.clickOn("#printReport");
            waitUntil(10, () -> notes.infos.contains(session.t("reports.noPrinter")));
        }

        robot.interact(() -> window.show(Screen.SETTINGS));
        Snapshots.take(stage.getScene(), "settings");
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
    }

    @Test
    void aRunningImportCanBeCancelled(FxRobot robot) throws Exception {
        robot.interact(() -> window.home().open(tmp.resolve("cancel-test")));
        waitUntil(20, () -> session.workbench() != null);
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().setAll(TestSessions.samples());
        });
        robot.clickOn("#startImport");
        waitUntil(10, () -> session.runner().status().isRunning());
        waitUntil(30, () -> session.runner().status().progressProperty().get() > 0.01
                || !session.runner().status().isRunning());
        Snapshots.take(stage.getScene(), "import-running");
        assertTrue(session.runner().status().isRunning(), "still running when cancel is pressed");
        robot.clickOn("#cancelImport");
        waitUntil(60, () -> !session.runner().status().isRunning());
        assertTrue(window.imports().results().stream().anyMatch(r -> r.outcome() == FileOutcome.CANCELLED),
                "some files were left out");
        assertTrue(notes.infos.stream().anyMatch(i -> i.startsWith("Import cancelled")), notes.infos.toString());
        long imported = window.imports().results().stream().filter(r -> r.outcome() == FileOutcome.IMPORTED).count();
        assertTrue(imported < window.imports().results().size());
    }
}
