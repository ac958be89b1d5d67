package org.emisworkbench.gui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Validation ▸ Rule thresholds…: one line per parameter of the pack (what it bounds, the value typed, the pack's
 * value, the range), Save, "Type the pack's values", Close. A form rather than an editable table, so Tab goes
 * from one value to the next and a value typed is never lost by leaving its cell. Closing with values typed and
 * not saved asks first.
 */
final class ThresholdsDialog {
    private final Session session;
    private final ThresholdsViewModel vm;

    ThresholdsDialog(Session session, ThresholdsViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    /** Shows the dialog over {@code owner}, without waiting for it to close; the values are read as it opens. */
    Dialog<Void> show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(session.t("thresholds.title"));
        d.setResizable(true);
        Label pack = new Label();
        pack.setId("thresholdsPack");
        pack.textProperty().bind(vm.packProperty());
        pack.setWrapText(true);
        Label hint = new Label(session.t("thresholds.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("thresholdsGrid");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        what.setMinWidth(240);
        what.setPrefWidth(460);
        grid.getColumnConstraints().add(what);
        for (int i = 0; i < 3; i++) {
            // the value, the pack's value and the range are never squeezed: the description wraps instead
            ColumnConstraints fixed = new ColumnConstraints();
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(fixed);
        }
        vm.rows().addListener((ListChangeListener<ThresholdsViewModel.Row>) c -> fill(grid));
        fill(grid);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);

        Label problem = new Label();
        problem.setId("thresholdsProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Button save = Fx.button(session.t("thresholds.save"), e -> vm.save());
        save.setId("thresholdsSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        Button packValues = Fx.button(session.t("thresholds.packValues"), e -> vm.typePackValues());
        packValues.setId("thresholdsPackValues");
        packValues.disableProperty().bind(vm.busyProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());

        VBox box = new VBox(8, pack, hint, scroll, problem, new HBox(8, save, packValues, working));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setPrefWidth(820);
        d.getDialogPane().setContent(box);
        ButtonType close = new ButtonType(session.t("thresholds.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().add(close);
        d.getDialogPane().lookupButton(close).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (vm.edited() && !confirmDiscard(d)) {
                e.consume();
            }
        });
        d.setOnCloseRequest(e -> {
            if (vm.edited() && !confirmDiscard(d)) {
                e.consume();
            }
        });
        vm.load();
        d.show();
        return d;
    }

    private boolean confirmDiscard(Dialog<Void> d) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, session.t("thresholds.discard"), ButtonType.OK,
                ButtonType.CANCEL);
        a.initOwner(d.getDialogPane().getScene().getWindow());
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        grid.addRow(0, heading("thresholds.col.what"), heading("thresholds.col.value"),
                heading("thresholds.col.pack"), heading("thresholds.col.range"));
        int line = 1;
        for (ThresholdsViewModel.Row r : vm.rows()) {
            TextField value = new TextField();
            value.setId("threshold-" + r.name());
            value.setPrefColumnCount(7);
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.textProperty().bindBidirectional(r.typed());
            value.setTooltip(new Tooltip(r.name()));
            Label what = new Label(r.description());
            what.setWrapText(true);
            what.setLabelFor(value);
            what.setTooltip(new Tooltip(r.name()));
            grid.addRow(line++, what, value, new Label(r.packValue()), new Label(r.range()));
        }
    }

    private Label heading(String key) {
        Label l = new Label(session.t(key));
        l.setStyle("-fx-font-weight: bold");
        return l;
    }
}
