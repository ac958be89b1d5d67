package org.emisworkbench.gui;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.emisworkbench.model.SchoolStructure;

/**
 * Data ▸ School structure…: three spinners (years of primary, of lower secondary, entrance age), the grades of
 * each level as they would be, OK and Cancel. OK keeps the structure and closes once it is kept; a refusal shows
 * its reason and the dialog stays open.
 */
final class StructureDialog {
    private final Session session;
    private final StructureViewModel vm;

    StructureDialog(Session session, StructureViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(session.t("structure.title"));
        d.setResizable(true);
        Label hint = new Label(session.t("structure.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        addRow(grid, 0, "structure.primary", spinner("structurePrimary", SchoolStructure.MIN_PRIMARY,
                SchoolStructure.MAX_PRIMARY, vm.primaryProperty()));
        addRow(grid, 1, "structure.lowerSecondary", spinner("structureLowerSecondary",
                SchoolStructure.MIN_LOWER_SECONDARY, SchoolStructure.MAX_GRADES - SchoolStructure.MIN_PRIMARY - 1,
                vm.lowerSecondaryProperty()));
        addRow(grid, 2, "structure.entranceAge", spinner("structureEntranceAge", SchoolStructure.MIN_ENTRANCE_AGE,
                SchoolStructure.MAX_ENTRANCE_AGE, vm.entranceAgeProperty()));

        ListView<String> levels = new ListView<>(vm.levels());
        levels.setId("structureLevels");
        levels.setPrefHeight(120);
        levels.setFocusTraversable(false);
        Label problem = new Label();
        problem.setId("structureProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Label lastChange = new Label();
        lastChange.setId("structureLastChange");
        lastChange.getStyleClass().add("hint");
        lastChange.setWrapText(true);
        lastChange.textProperty().bind(vm.lastChangeProperty());
        lastChange.visibleProperty().bind(vm.lastChangeProperty().isNotEmpty());
        lastChange.managedProperty().bind(lastChange.visibleProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());

        VBox box = new VBox(8, hint, lastChange, grid, levels, problem, working);
        box.setPrefWidth(620);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("structureOk");
        ok.disableProperty().bind(vm.busyProperty().or(vm.problemProperty().isNotEmpty()));
        // OK keeps the structure off the JavaFX thread; the dialog closes once it is kept, not before.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                d.setResult(ButtonType.OK);
                d.close();
            });
        });
        vm.load();
        d.show();
        return d;
    }

    private void addRow(GridPane grid, int row, String key, Spinner<Integer> spinner) {
        Label l = new Label(session.t(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(spinner);
        grid.addRow(row, l, spinner);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                Math.max(min, Math.min(max, value.get())));
        s.setValueFactory(f);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        // The spinner and the view-model follow each other: a value read from the workspace moves the spinner.
        f.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                value.set(b);
            }
        });
        value.addListener((o, a, b) -> f.setValue(Math.max(min, Math.min(max, b.intValue()))));
        return s;
    }
}
