package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SchoolsPer;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Topics side by side under banners the drafter's words do not tell apart ({@link BandSheets}: {@code Effectifs |
 * Doublants | Abandons} over their sexes, a row per class, one school per sheet), mapped on the screen: the table
 * split by its banners, the repeaters' band set, the drop-outs' band left out, each banner marked in the sheet with
 * its topic; the preview counts each topic apart, the other schools' sheets show the same bands, the template saved
 * has a band per grid, and the import stores every school's enrolment and repeaters as this test wrote them. The
 * controls are reached by their letters (checked here: each has one; KeyboardGuiTest checks that none clash).
 */
class MappingBandsGuiTest extends WindowTest {
    private static final int SCHOOLS = 3;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForPreview(int before) throws Exception {
        MappingPreview p = window.mapping().preview();
        waitFor(() -> p.checks().get() > before && !p.checking().get());
    }

    /** The control a label's underlined letter (Alt and the letter) goes to, after checking it has one. */
    private Node mnemonicTarget(FxRobot robot, String id) {
        Node target = robot.lookup("#" + id).query();
        Label caption = robot.lookup(n -> n instanceof Label l && l.getLabelFor() == target).query();
        assertTrue(caption.isMnemonicParsing() && caption.getText().contains("_"), id + ": " + caption.getText());
        return target;
    }

    /** The tables as the screen lists them: band = what it is read as. */
    private List<String> bands() {
        return window.mapping().form().grids().stream().map(g -> String.join("/", g.band()) + "=" + g.field())
                .toList();
    }

    private String byTopic(FxRobot robot) {
        return robot.lookup("#mappingByTopic").queryAs(Label.class).getText();
    }

    /**
     * Selects table {@code row} in the list, sets its kind as the keyboard does: the kind picked in the list reached
     * by its letter, then Enter in it applies (the list's own popup is not typed into by the headless robot).
     */
    private void setBand(FxRobot robot, TableView<GridMapping> grids, int row, String topic) throws Exception {
        int before = window.mapping().preview().checks().get();
        robot.interact(() -> grids.getSelectionModel().select(row));
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = (ComboBox<String>) mnemonicTarget(robot, "mappingGridTopic");
        robot.interact(() -> {
            kind.requestFocus();
            kind.getSelectionModel().select(topic);
            kind.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        waitForPreview(before);
    }

    @Test
    void bandsTheDraftMissedAreSplitSetSavedAndImported(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        BandSheets f = BandSheets.draw(2024_12, SCHOOLS);
        Path file = f.write(tmp.resolve("kpalime-2024.xlsx"));
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().add(file);
        });
        waitFor(() -> !window.imports().files().isEmpty() && !window.imports().matchingProperty().get());
        assertNull(window.imports().files().get(0).choiceProperty().get(), "no built-in template fits");
        TableView<?> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#newTemplate");
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        MappingViewModel vm = window.mapping();
        assertEquals(Layout.GRID, vm.layoutProperty().get());
        assertEquals(SchoolsPer.SHEET, vm.schools().schools().get());
        int cells = BandSheets.CLASSES.length * 2;

        // Drafted whole: the repeaters and drop-outs taken for enrolment given again, each a clash.
        assertEquals(List.of("=enrolment"), bands());
        assertEquals("Values read, by what they count: enrolment " + SCHOOLS * cells, byTopic(robot));
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith(BandSheets.sheet(0) + "!D7")),
                vm.preview().problems().toString());

        // Split by its banners (Alt+G goes to the tables, Alt+A splits).
        TableView<GridMapping> grids = robot.lookup("#mappingGrids").queryAs(TableView.class);
        Button split = robot.lookup("#mappingSplitBands").queryButton();
        int before = vm.preview().checks().get();
        assertTrue(split.isDisabled(), "no table selected");
        assertSame(grids, mnemonicTarget(robot, "mappingGrids"));
        robot.interact(() -> grids.getSelectionModel().select(0));
        assertFalse(split.isDisabled());
        assertTrue(split.isMnemonicParsing() && split.getText().contains("_"), split.getText());
        robot.interact(split::fire);
        waitForPreview(before);
        assertEquals(List.of("Effectifs=enrolment", "Doublants=enrolment", "Abandons=enrolment"), bands());
        // Each band shown with its banner and what it is read as.
        assertEquals("Doublants", grids.getColumns().get(2).getCellData(1));
        assertEquals("enrolment by grade and sex", grids.getColumns().get(3).getCellData(1));
        assertTrue(split.isDisabled(), "a band is not split again");

        setBand(robot, grids, 1, "repeaters");
        setBand(robot, grids, 2, MappingViewModel.IGNORE);
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=null"), bands());
        // Ctrl+Z undoes the last change (the drop-outs left out); then it is made again.
        int beforeUndo = vm.preview().checks().get();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitForPreview(beforeUndo);
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=enrolment"), bands());
        assertEquals("enrolment", grids.getItems().get(2).field(), "the list shows the band read again");
        setBand(robot, grids, 2, MappingViewModel.IGNORE);
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=null"), bands());
        assertEquals("(not read)", grids.getColumns().get(3).getCellData(2));
        assertEquals("Values read, by what they count: enrolment " + SCHOOLS * cells + " · repeaters "
                + SCHOOLS * cells, byTopic(robot));
        // The dropouts left out on purpose: no warning, but still listed (one block a sheet), never hidden.
        assertEquals(List.of(), vm.preview().problems());
        List<String> leftOut = vm.preview().unread().stream().filter(u -> u.endsWith("figures left out on purpose"))
                .toList();
        assertEquals(SCHOOLS, leftOut.size(), vm.preview().unread().toString());
        assertTrue(leftOut.stream().allMatch(u -> u.contains(" F7:G12 ") && u.contains("Abandons")), leftOut.toString());
        assertTrue(vm.preview().summary().get().contains(SCHOOLS + " school(s) and " + SCHOOLS * 2 * cells
                + " value(s)"), vm.preview().summary().get());
        // Another school's sheet shows the same bands.
        robot.interact(() -> vm.sheetProperty().set(BandSheets.sheet(2)));
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=null"), bands());
        robot.interact(() -> grids.getSelectionModel().select(1));
        // In the sheet, each banner says what its columns are read as.
        org.controlsfx.control.spreadsheet.SpreadsheetView sheet = robot.lookup("#mappingSpreadsheet").query();
        assertEquals(List.of("Effectifs  → enrolment", "Doublants  → repeaters", "Abandons  → (not read)"),
                List.of(1, 3, 5).stream().map(c -> sheet.getGrid().getRows().get(4).get(c).getText()).toList());
        Snapshots.take(stage.getScene(), "mapping-bands");

        // Saved (checked by the loader of every template) and imported.
        robot.interact(() -> vm.templateIdProperty().set("kpalime"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals("kpalime", result.templateId());
        assertEquals(SCHOOLS, result.schoolsAdded());
        assertEquals((long) SCHOOLS * 2 * cells, result.valuesStored());
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("kpalime.json");
        var template = TemplateLoader.load(saved);
        var read = template.sheets().get(0).grids();
        assertEquals(List.of("enrolment [Effectifs]", "repeaters [Doublants]"), read.stream()
                .map(g -> g.field() + " " + g.band()).toList(), Files.readString(saved));
        // The band left out is the sheet's ignore: the import did not warn about it, nor will the next one.
        assertEquals(List.of("Abandons"), template.sheets().get(0).ignore(), Files.readString(saved));
        assertTrue(result.problems().stream().noneMatch(p -> p.kind().equals("UNREAD_FIGURES")),
                result.problems().toString());

        var w = session.workbench();
        int checked = 0;
        for (int s = 0; s < SCHOOLS; s++) {
            String code = BandSheets.code(s);
            for (int g = 0; g < BandSheets.CLASSES.length; g++) {
                int slot = GradeSystem.standard().byCode("G" + (g + 1)).orElseThrow().slot();
                for (int x = 0; x < 2; x++) {
                    Sex sex = x == 0 ? Sex.M : Sex.F;
                    String where = code + " " + BandSheets.CLASSES[g] + " " + sex;
                    var e = w.whereFrom(code, 2024, Topic.ENROLMENT, slot, sex, AgeGroup.ALL).orElseThrow();
                    assertEquals(f.enrolment()[s][g][x], e.value(), where + " enrolment");
                    var r = w.whereFrom(code, 2024, Topic.REPEATERS, slot, sex, AgeGroup.ALL).orElseThrow();
                    assertEquals(f.repeaters()[s][g][x], r.value(), where + " repeaters");
                    // Each from its own band's column of its own school's sheet.
                    assertEquals(BandSheets.sheet(s) + "!" + (char) ('D' + x) + (BandSheets.FIRST_ROW + g),
                            r.source().sheetCell(), where);
                    checked++;
                }
            }
        }
        assertEquals(SCHOOLS * cells, checked);
        assertEquals(SCHOOLS, w.schools(2024, null).size());
    }
}
