package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a damaged workspace in the window: Home shows its newest backup and restores it with one click. */
class DamagedWorkspaceGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    static final Path FORMS = Path.of("sample-workbooks/2024/forms/D03").toAbsolutePath();


    @Test
    void homeOffersTheBackupOfADamagedWorkspaceAndRestoresIt(FxRobot robot) throws Exception {
        Path db = tmp.resolve("census.mv.db");
        Path backup;
        try (Workbench wb = Workbench.open(db)) {
            for (String form : List.of("SCH03001.xlsx", "SCH03002.xlsx")) {
                ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                        List.of(FORMS.resolve(form)), null, null), Progress.NONE, Cancellation.none());
                assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome());
            }
            backup = Workbench.backups(db).get(0).file();
        }
        byte[] whole = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(whole, whole.length / 2 + 1000));

        Node box = robot.lookup("#damagedBox").query();
        assertFalse(box.isVisible(), "nothing to offer yet");
        robot.interact(() -> window.home().open(db));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> box.isVisible());
        String text = robot.lookup("#damagedText").queryAs(Label.class).getText();
        assertTrue(text.contains(backup.toString()), text);
        assertTrue(notes.errors.get(0).contains("census.mv.db is damaged"), notes.errors.toString());
        Snapshots.take(stage.getScene(), "home-damaged"); // docs/images/home-damaged.png, in the user guide

        robot.clickOn(robot.lookup("#restoreLastBackup").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.workbench() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(db, session.workbench().databaseFile());
        assertEquals(List.of("SCH03001"), session.workbench().schools(2024, null).stream().map(s -> s.code()).toList(),
                "the workspace as it was before the second import");
        assertFalse(box.isVisible(), "the offer is gone once the workspace opens");
        assertEquals(1, notes.errors.size(), notes.errors.toString());
    }
}
