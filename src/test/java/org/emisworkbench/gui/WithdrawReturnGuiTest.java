package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Schools screen's "Withdraw this return…" (decision 0069): asked first, with the reason; Cancel changes
 * nothing; OK withdraws the chosen school's return of its year off the JavaFX thread (the school leaves the list of
 * current returns, kept as history with the reason), and Undo brings it back.
 */
class WithdrawReturnGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aChosenSchoolsReturnIsWithdrawnAfterAskingAndUndone(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        robot.interact(() -> window.show(Screen.SCHOOLS));
        SchoolsViewModel vm = window.schools();
        robot.interact(() -> vm.yearProperty().set(2024));
        waitUntil(30, () -> vm.schools().stream().anyMatch(s -> s.code().equals("S1") && s.year() == 2024));
        int before = vm.schools().size();
        SchoolListing s1 = vm.schools().stream().filter(s -> s.code().equals("S1")).findFirst().orElseThrow();
        TableView<SchoolListing> table = robot.lookup("#schoolTable").queryTableView();
        Button withdraw = robot.lookup("#withdrawReturn").queryButton();
        assertTrue(withdraw.isDisabled(), "nothing chosen, nothing to withdraw");
        robot.interact(() -> table.getSelectionModel().select(s1));
        assertFalse(withdraw.isDisabled());

        // Cancel: nothing happens.
        robot.clickOn(withdraw);
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("2024") && pane.getHeaderText().contains("S1 (Akuna Primary)"),
                pane.getHeaderText());
        robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(before, session.workbench().schools(2024, null).size());

        // OK with a reason: withdrawn.
        robot.interact(() -> table.getSelectionModel().select(s1));
        robot.clickOn(withdraw);
        waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ok = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> robot.lookup("#withdrawReason").queryAs(TextField.class).setText("school closed"));
        robot.interact(() -> ((Button) ok.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        waitUntil(30, () -> vm.undoableProperty().get() != null);
        waitUntil(30, () -> vm.schools().stream().noneMatch(s -> s.code().equals("S1") && s.year() == 2024));
        assertEquals(before - 1, vm.schools().size());
        assertTrue(vm.withdrawalProperty().get().startsWith("Withdrew the 2024 return of S1 (Akuna Primary)"),
                vm.withdrawalProperty().get());
        var kept = session.workbench().withdrawals();
        assertEquals(1, kept.size());
        assertEquals("school closed", kept.get(0).reason());
        assertTrue(kept.get(0).figures() > 0 && kept.get(0).standing());
        assertTrue(robot.lookup("#undoWithdraw").queryButton().isVisible());

        // Undo: back as it was.
        robot.clickOn(robot.lookup("#undoWithdraw").queryButton());
        waitUntil(30, () -> vm.undoableProperty().get() == null);
        waitUntil(30, () -> vm.schools().stream().anyMatch(s -> s.code().equals("S1") && s.year() == 2024));
        assertEquals(before, vm.schools().size());
        assertFalse(session.workbench().withdrawals().get(0).standing());
        assertTrue(vm.withdrawalProperty().get().startsWith("Restored the 2024 return of S1 (Akuna Primary)"),
                vm.withdrawalProperty().get());
    }
}
