package org.emisworkbench.gui;

import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Boundaries…: the GeoJSON file (typed or chosen), the property naming the area code (those of the
 * file offered, the best guess chosen), Import, and the report of what matched nothing on either side.
 */
final class BoundariesDialog {
    private final Session session;
    private final BoundariesViewModel vm;

    BoundariesDialog(Session session, BoundariesViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    /** Shows the dialog over {@code owner}, without waiting for it to close. */
    Dialog<Void> show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(session.t("boundaries.dialog.title"));
        d.setHeaderText(session.t("boundaries.dialog.header"));
        d.setResizable(true);

        TextField file = new TextField();
        file.setId("boundaryFile");
        file.setPrefColumnCount(36);
        file.textProperty().bindBidirectional(vm.fileProperty());
        file.setOnAction(e -> vm.read());
        file.focusedProperty().addListener((o, was, now) -> {
            if (!now && !vm.fileProperty().get().isBlank() && vm.properties().isEmpty() && !vm.busyProperty().get()) {
                vm.read();
            }
        });
        Button browse = Fx.button(session.t("boundaries.dialog.browse"), e -> choose(d.getOwner()));
        browse.setId("boundaryBrowse");
        ComboBox<String> property = new ComboBox<>(vm.properties());
        property.setId("boundaryProperty");
        property.setConverter(new StringConverter<>() {
            @Override
            public String toString(String p) {
                return vm.propertyText(p);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        property.valueProperty().bindBidirectional(vm.propertyProperty());
        Button importButton = Fx.button(session.t("boundaries.dialog.import"), e -> vm.importNow());
        importButton.setId("boundaryImport");
        importButton.disableProperty().bind(vm.propertyProperty().isNull().or(vm.busyProperty()));
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        TextArea report = new TextArea();
        report.setId("boundaryReport");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(12);
        report.textProperty().bind(vm.reportProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, Fx.labelFor(session.t("boundaries.dialog.file"), file), file, browse);
        grid.addRow(1, Fx.labelFor(session.t("boundaries.dialog.propertyLabel"), property), property,
                new HBox(8, importButton, working));
        GridPane.setHgrow(file, Priority.ALWAYS);
        Label hint = new Label(session.t("boundaries.dialog.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(8, grid, hint, report);
        VBox.setVgrow(report, Priority.ALWAYS);
        box.setPrefWidth(640);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(session.t("boundaries.dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
        return d;
    }

    private void choose(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(session.t("boundaries.dialog.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.t("boundaries.dialog.filter"),
                "*.geojson", "*.json"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            vm.fileProperty().set(f.getAbsolutePath());
            vm.read();
        }
    }
}
