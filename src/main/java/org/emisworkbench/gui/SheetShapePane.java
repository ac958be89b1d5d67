package org.emisworkbench.gui;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The mapping screen's bar of how a wide sheet is laid out ({@link SheetShapeViewModel}): how many rows its header
 * takes, what the rows heading groups of schools give them, and whether the schools run down the rows or across the
 * columns. A choice is applied as it is made (from the keyboard: the underlined letter, then the arrows).
 */
final class SheetShapePane {
    private final Session session;
    private final SheetShapeViewModel vm;

    SheetShapePane(Session session, SheetShapeViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    HBox build() {
        ComboBox<Integer> depth = new ComboBox<>(FXCollections.observableArrayList());
        for (int n = 1; n <= SheetShapeViewModel.MAX_HEADER_ROWS; n++) {
            depth.getItems().add(n);
        }
        depth.setId("mappingHeaderRows");
        depth.setValue(vm.headerRows().get() == 0 ? null : vm.headerRows().get());
        vm.headerRows().addListener((o, a, b) -> depth.setValue(b.intValue() == 0 ? null : b.intValue()));
        depth.setOnAction(e -> {
            if (depth.getValue() != null && depth.getValue() != vm.headerRows().get()) {
                vm.setHeaderRows(depth.getValue());
            }
        });
        ComboBox<String> groups = new ComboBox<>(vm.groupChoices());
        groups.setId("mappingGroupRows");
        groups.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : s.isEmpty() ? session.t("mapping.groupRows.none") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        groups.setValue(vm.groupRows().get());
        vm.groupRows().addListener((o, a, b) -> groups.setValue(b));
        groups.setOnAction(e -> {
            if (groups.getValue() != null && !groups.getValue().equals(vm.groupRows().get())) {
                vm.setGroupRows(groups.getValue());
            }
        });
        groups.setMinWidth(150);
        Label direction = new Label();
        direction.setId("mappingSchoolsIn");
        direction.textProperty().bind(javafx.beans.binding.Bindings.when(vm.across())
                .then(session.t("mapping.schoolsIn.columns")).otherwise(session.t("mapping.schoolsIn.rows")));
        // A sheet read on its side keeps its depth and has no group rows: what reads it is its turned view.
        depth.disableProperty().bind(vm.across());
        groups.disableProperty().bind(vm.across());
        HBox bar = new HBox(8, Fx.labelFor(session.t("mapping.headerRows"), depth), depth,
                Fx.labelFor(session.t("mapping.groupRows"), groups), groups, direction);
        bar.visibleProperty().bind(vm.shown());
        bar.managedProperty().bind(vm.shown());
        return bar;
    }
}
