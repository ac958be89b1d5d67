package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.SharedAddress;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Connect to a shared workspace… on a real PostgreSQL server (the tests' throw-away cluster, shared by
 * every PostgreSQL test of the run): the sample country's master list, population and two districts of its 2024
 * returns (the wide workbooks, for speed) imported by the service, then the officer
 * connects through the dialog and the Schools screen lists as many schools as the server's tables hold (counted
 * here by SQL); checks run from the window are stored under the officer's role; the features of a workspace file
 * explain themselves; a refused role is told plainly inside the dialog. Skipped, saying why, without a server.
 */
class ConnectGuiPostgresTest extends WindowTest {
    private static final String SECRET = "wr0ng-Secret-for-the-test";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theOfficerConnectsThroughTheDialogAndEveryScreenWorksOnTheServer(FxRobot robot) throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String location = PostgresCluster.newWorkspace();
        try (Workbench loader = Workbench.open(location, PostgresCluster.environment(), null)) {
            ImportReport r = new ImportService(loader, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(Path.of("sample-workbooks/master-list.xlsx"), Path.of("sample-workbooks/population.xlsx"),
                            Path.of("sample-workbooks/2024/wide")), null, null), Progress.NONE, Cancellation.none());
            assertFalse(r.anyFailed());
            assertEquals(4, r.count(org.emisworkbench.service.FileOutcome.IMPORTED),
                    "the master list, the population and districts D01 and D02 in 2024");
        }
        SharedAddress server = SharedAddress.of(location).orElseThrow();
        long expectedSchools = count(server, "SELECT COUNT(DISTINCT school_code) FROM %s.school_return"
                + " WHERE is_current AND census_year = 2024");
        assertTrue(expectedSchools > 20, "schools of 2024 on the server: " + expectedSchools);

        openDialog(robot);
        fill(robot, server, PostgresCluster.environment().getOrDefault("PGPASSWORD", ""));
        robot.clickOn("#connectRemember");
        assertTrue(robot.lookup("#connectRemember").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#connectButton");
        waitUntil(120, () -> session.workbench() != null && window.current() == Screen.SCHOOLS
                && !window.schools().busyProperty().get() && window.schools().totalProperty().get() > 0);

        assertTrue(session.workbench().isShared());
        assertEquals(expectedSchools, window.schools().totalProperty().get(), "the Schools screen lists the server's");
        String shown = "postgresql://" + server.host() + ":" + server.port() + "/" + server.database();
        assertTrue(stage.getTitle().startsWith("EMIS Workbench — " + shown), stage.getTitle());
        assertTrue(robot.lookup("#workspaceName").queryAs(Label.class).getText().startsWith(shown));
        assertFalse(robot.lookup("#connectButton").tryQuery().isPresent(), "the dialog closed once connected");
        // Remembered without a password, and not reopened at start (that would need the password).
        assertEquals(server.address(), session.settings().recent().get(0));
        assertFalse(server.address().contains(":" + SECRET) || session.settings().recent().get(0).contains("password"));
        assertTrue(session.settings().lastWorkspace() == null);

        // Checks run from the window are stored on the server under the officer's role.
        robot.interact(() -> window.show(Screen.VALIDATION));
        waitUntil(30, () -> window.validation().yearProperty().get() != null);
        robot.interact(() -> window.validation().run());
        waitUntil(120, () -> !session.runner().status().isRunning());
        assertEquals(List.of(), notes.errors);
        assertEquals(1, count(server, "SELECT COUNT(*) FROM %s.validation_run WHERE run_by = '"
                + PostgresCluster.role() + "'"));
        assertTrue(count(server, "SELECT COUNT(*) FROM %s.finding") > 0, "findings stored on the server");

        // A finding marked from the window is marked on the server, under the officer's role.
        org.emisworkbench.model.StoredFinding first = session.workbench().validation().findings(
                org.emisworkbench.model.FindingFilter.all()).get(0);
        robot.interact(() -> window.validation().mark(first, org.emisworkbench.model.FindingStatus.CONFIRMED,
                "checked with the head teacher"));
        waitUntil(30, () -> {
            try {
                return count(server, "SELECT COUNT(*) FROM %s.finding_mark WHERE status = 'CONFIRMED'") == 1;
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(1, count(server, "SELECT COUNT(*) FROM %s.finding_mark WHERE marked_by = '"
                + PostgresCluster.role() + "' AND mark_comment = 'checked with the head teacher'"));

        // A district summary written from the Reports screen, from the server's figures.
        Path reports = tmp.resolve("reports");
        robot.interact(() -> {
            window.show(Screen.REPORTS);
            window.reports().folderProperty().set(reports.toString());
        });
        waitUntil(30, () -> window.reports().area().yearProperty().get() != null);
        robot.interact(() -> {
            window.reports().area().yearProperty().set(2024);
            window.reports().area().districtProperty().set("D01");
        });
        robot.interact(() -> window.reports().generate());
        waitUntil(120, () -> !session.runner().status().isRunning());
        assertEquals(List.of(), notes.errors);
        Path pdf = reports.resolve(org.emisworkbench.service.ReportService.fileName(2024, "D01"));
        assertTrue(java.nio.file.Files.size(pdf) > 10_000, "the D01 summary: " + pdf);

        // A workbook imported from the window goes to the server, under the officer's role, with no backup file.
        long batches = count(server, "SELECT COUNT(*) FROM %s.import_batch WHERE status = 'COMPLETE'");
        robot.interact(() -> window.imports().importNow(List.of(Path.of("sample-workbooks/2025/wide/D01-2025.xlsx")
                .toAbsolutePath())));
        waitUntil(120, () -> !session.runner().status().isRunning());
        assertEquals(List.of(), notes.errors);
        assertEquals(batches + 1, count(server, "SELECT COUNT(*) FROM %s.import_batch WHERE status = 'COMPLETE'"));
        assertEquals(1, count(server, "SELECT COUNT(*) FROM %s.import_batch WHERE file_name = 'D01-2025.xlsx'"
                + " AND imported_by = '" + PostgresCluster.role() + "'"));
        assertEquals("", window.imports().backupKeptProperty().get(), "no copy of a server's workspace is made");

        // What belongs to a workspace file explains itself instead of failing.
        robot.interact(() -> window.show(Screen.SETTINGS));
        assertTrue(robot.lookup("#sharedBackupsNote").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(session.t("settings.backup"))).allMatch(Button::isDisabled));
        robot.interact(() -> window.settings().backup(tmp.resolve("copy.mv.db")));
        robot.interact(() -> window.workshop().reset());
        robot.interact(() -> window.openMapping(Path.of("sample-workbooks/2025/wide/D01-2025.xlsx")));
        assertTrue(window.mapping() == null, "no mapping screen whose template would have no folder");
        assertTrue(notes.infos.contains(session.t("shared.noTemplateFolder")), notes.infos.toString());
        assertFalse(session.runner().status().isRunning(), "no reset started");
        assertTrue(notes.infos.contains(session.t("shared.noBackups")), notes.infos.toString());
        assertTrue(notes.infos.contains(session.t("shared.noWorkshopReset")), notes.infos.toString());
        assertEquals(List.of(), notes.errors);
        assertTrue(session.workbench().isShared(), "still connected");
    }

    @Test
    void aRefusedRoleIsToldPlainlyInTheDialogWithoutThePassword(FxRobot robot) throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        SharedAddress server = SharedAddress.of(PostgresCluster.newWorkspace()).orElseThrow();
        // The test cluster trusts its own role whatever the password; a role it does not know is refused the
        // way a wrong password is (SQLSTATE class 28), with the same words.
        SharedAddress stranger = new SharedAddress(server.host(), server.port(), server.database(), "no_such_role_x",
                server.schema());
        openDialog(robot);
        fill(robot, stranger, SECRET);
        robot.clickOn("#connectButton");
        waitUntil(60, () -> !ConnectGuiTest.text(robot, "#connectError").isEmpty());
        String said = ConnectGuiTest.text(robot, "#connectError");
        assertTrue(said.contains(session.t(Message.of("engine.sharedLogin"))), said);
        assertFalse(said.contains(SECRET) || said.contains("Exception") || said.contains("FATAL"), said);
        assertEquals(List.of(), notes.errors, "no error window with a stack trace");
        assertTrue(session.workbench() == null);
        robot.clickOn("#connectCancel");
        waitUntil(10, () -> robot.lookup("#connectButton").tryQuery().isEmpty());
    }

    private void openDialog(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").query();
        MenuItem connect = bar.getMenus().get(0).getItems().stream().filter(i -> "menu.connect".equals(i.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(connect::fire);
        waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isPresent());
    }

    private static void fill(FxRobot robot, SharedAddress a, String password) {
        ConnectGuiTest.fill(robot, a.host(), Integer.toString(a.port()), a.database(), a.user(), password);
        robot.interact(() -> robot.lookup("#connectSchema").queryAs(TextField.class).setText(a.schema()));
    }

    /** A count read straight from the server's tables, past the workbench. */
    private static long count(SharedAddress a, String sqlWithSchema) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", a.user());
        String pw = PostgresCluster.environment().get("PGPASSWORD");
        if (pw != null) {
            p.setProperty("password", pw);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + a.host() + ":" + a.port() + "/"
                + a.database(), p); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(String.format(sqlWithSchema, a.schema()))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
