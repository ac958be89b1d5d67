package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Connect to a shared workspace… without a database server: a server nobody answers at is told in plain
 * words inside the dialog (no error window, no stack trace, the password nowhere), the workspace open before
 * stays open, and a form with a field missing says which fields it needs. The connection to a real server is
 * {@link ConnectGuiPostgresTest}.
 */
class ConnectGuiTest extends WindowTest {
    private static final String SECRET = "n0t-the-real-Passw0rd";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aServerNobodyAnswersAtIsToldPlainlyAndTheOpenWorkspaceStays(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        org.emisworkbench.service.Workbench before = session.workbench();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort(); // free once closed: nothing listens there
        }
        openDialog(robot);
        fill(robot, "127.0.0.1", Integer.toString(closedPort), "census", "ana", SECRET);
        robot.clickOn("#connectButton");
        waitUntil(60, () -> !text(robot, "#connectError").isEmpty());

        String said = text(robot, "#connectError");
        assertTrue(said.contains("postgresql://127.0.0.1:" + closedPort + "/census"), "names the server: " + said);
        assertTrue(said.contains(session.t(org.emisworkbench.model.Message.of("engine.serverUnreachable"))), said);
        assertFalse(said.contains(SECRET) || said.contains("Exception") || said.contains("org.postgresql"), said);
        assertEquals(List.of(), notes.errors, "no error window (with its stack trace) for a refusal");
        assertTrue(notes.infos.stream().noneMatch(i -> i.contains(SECRET)));
        assertTrue(robot.lookup("#connectButton").tryQuery().isPresent(), "the dialog stays open to try again");
        org.junit.jupiter.api.Assertions.assertSame(before, session.workbench(), "the workspace open before is still open");
        assertTrue(before.schools(2024, null).stream().anyMatch(s -> s.code().equals("S1")), "and still usable");
        assertFalse(session.settings().recent().stream().anyMatch(r -> r.startsWith("postgresql:")),
                "nothing remembered of a server never reached");
        robot.clickOn("#connectCancel");
    }

    @Test
    void cancelLetsGoOfAServerThatNeverAnswersAndTheWindowIsFreeAgain(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        org.emisworkbench.service.Workbench before = session.workbench();
        // A server that lets the connection in and never says a word.
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            openDialog(robot);
            fill(robot, "127.0.0.1", Integer.toString(silent.getLocalPort()), "census", "ana", SECRET);
            robot.clickOn("#connectButton");
            waitUntil(10, () -> session.runner().status().isRunning());
            assertTrue(robot.lookup("#connectProgress").query().isVisible(), "the dialog shows it is asking");
            robot.clickOn("#connectCancel");
            waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isEmpty());
            // The driver gives up on the silent server by itself; the window's job then ends.
            waitUntil(60, () -> !session.runner().status().isRunning());
        }
        org.junit.jupiter.api.Assertions.assertSame(before, session.workbench(), "the workspace open before is back");
        assertEquals(List.of(), notes.errors);
        assertFalse(session.settings().recent().stream().anyMatch(r -> r.startsWith("postgresql:")));
    }

    @Test
    void aFormWithAFieldMissingSaysWhatItNeedsAndConnectsToNothing(FxRobot robot) throws Exception {
        openDialog(robot);
        assertEquals("5432", robot.lookup("#connectPort").queryAs(TextField.class).getText());
        assertEquals("emis", robot.lookup("#connectSchema").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#connectUser").queryAs(TextField.class).getText().isBlank(),
                "the role is offered (PGUSER or the operating-system user)");
        fill(robot, "dbhost", "54x32", "census", "ana", "");
        robot.clickOn("#connectButton");
        assertEquals(session.t("connect.incomplete"), text(robot, "#connectError"));
        assertFalse(session.runner().status().isRunning());
        robot.clickOn("#connectCancel");
    }

    @Test
    void aRememberedServerIsOfferedFromTheRecentListWithTheMatchingPgpassPassword(FxRobot robot) throws Exception {
        // The driver's own reading of the password file (its system property stands for PGPASSFILE here).
        Path pgpass = tmp.resolve("pgpass");
        java.nio.file.Files.writeString(pgpass, "otherhost:5432:census:ana:not-this-one\n"
                + "db.ministry.example:6543:census_2025:ana:" + SECRET + "\n");
        String before = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            String remembered = "postgresql://ana@db.ministry.example:6543/census_2025?schema=training";
            session.settings().remember(remembered);
            robot.interact(() -> {
                window.home().recent().setAll(session.settings().recent());
                window.home().openRecent(remembered);
            });
            waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isPresent());
            assertEquals("db.ministry.example", robot.lookup("#connectHost").queryAs(TextField.class).getText());
            assertEquals("6543", robot.lookup("#connectPort").queryAs(TextField.class).getText());
            assertEquals("census_2025", robot.lookup("#connectDatabase").queryAs(TextField.class).getText());
            assertEquals("ana", robot.lookup("#connectUser").queryAs(TextField.class).getText());
            assertEquals("training", robot.lookup("#connectSchema").queryAs(TextField.class).getText());
            waitUntil(10, () -> !robot.lookup("#connectPassword").queryAs(PasswordField.class).getText().isEmpty());
            assertEquals(SECRET, robot.lookup("#connectPassword").queryAs(PasswordField.class).getText());
            assertEquals(session.t("connect.fromPgpass"), text(robot, "#connectNote"));
            robot.clickOn("#connectCancel");
            waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isEmpty());
            assertTrue(session.settings().recent().stream().noneMatch(r -> r.contains(SECRET)));
            assertEquals(null, session.settings().lastWorkspace(), "a server is not reopened at start");

            // Typed by hand: the password is offered when the officer reaches its field, for that role only.
            openDialog(robot);
            robot.interact(() -> {
                robot.lookup("#connectHost").queryAs(TextField.class).setText("otherhost");
                robot.lookup("#connectPort").queryAs(TextField.class).setText("5432");
                robot.lookup("#connectDatabase").queryAs(TextField.class).setText("census");
                robot.lookup("#connectUser").queryAs(TextField.class).setText("bruno");
                robot.lookup("#connectSchema").queryAs(TextField.class).setText("emis");
            });
            robot.clickOn("#connectPassword");
            Thread.sleep(700); // the file is read off the JavaFX thread: give it time to (wrongly) answer
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertEquals("", robot.lookup("#connectPassword").queryAs(PasswordField.class).getText(), "not bruno's");
            robot.clickOn("#connectUser");
            robot.interact(() -> robot.lookup("#connectUser").queryAs(TextField.class).setText("ana"));
            robot.clickOn("#connectPassword");
            waitUntil(10, () -> !robot.lookup("#connectPassword").queryAs(PasswordField.class).getText().isEmpty());
            assertEquals("not-this-one", robot.lookup("#connectPassword").queryAs(PasswordField.class).getText());
            robot.clickOn("#connectCancel");
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    @Test
    void theDialogsKeysDoNotClashInAnyLanguage(FxRobot robot) throws Exception {
        for (String lang : org.emisworkbench.model.Languages.codes()) {
            robot.interact(() -> session.setLanguage(lang));
            Platform.runLater(() -> window.connect(null));
            waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            java.util.Map<Character, List<String>> seen = new java.util.HashMap<>();
            collect(pane, seen);
            assertTrue(seen.size() >= 8, lang + ": every field and the button have a key: " + seen);
            seen.values().removeIf(l -> l.size() < 2);
            assertEquals(java.util.Map.of(), seen, lang + ": mnemonic clashes in the Connect dialog");
            robot.clickOn("#connectCancel");
            waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isEmpty());
        }
        robot.interact(() -> session.setLanguage("en"));
    }

    private static void collect(javafx.scene.Node n, java.util.Map<Character, List<String>> seen) {
        if (n instanceof javafx.scene.control.Labeled l && l.isMnemonicParsing()) {
            int i = l.getText() == null ? -1 : l.getText().indexOf('_');
            if (i >= 0 && i + 1 < l.getText().length()) {
                seen.computeIfAbsent(Character.toLowerCase(l.getText().charAt(i + 1)), k -> new java.util.ArrayList<>())
                        .add(l.getText());
            }
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, seen));
        }
    }

    /** File ▸ Connect… as the officer reaches it: the menu item of the File menu. */
    private void openDialog(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").query();
        Menu file = bar.getMenus().get(0);
        MenuItem connect = file.getItems().stream().filter(i -> "menu.connect".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals("_Connect to a shared workspace…", connect.getText());
        Platform.runLater(connect::fire);
        waitUntil(10, () -> robot.lookup("#connectHost").tryQuery().isPresent());
    }

    static void fill(FxRobot robot, String host, String port, String database, String user, String password) {
        robot.interact(() -> {
            robot.lookup("#connectHost").queryAs(TextField.class).setText(host);
            robot.lookup("#connectPort").queryAs(TextField.class).setText(port);
            robot.lookup("#connectDatabase").queryAs(TextField.class).setText(database);
            robot.lookup("#connectUser").queryAs(TextField.class).setText(user);
        });
        // The password typed as the officer types it.
        robot.clickOn("#connectPassword");
        robot.interact(() -> robot.lookup("#connectPassword").queryAs(PasswordField.class).clear());
        if (!password.isEmpty()) {
            robot.write(password);
        }
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }
}
