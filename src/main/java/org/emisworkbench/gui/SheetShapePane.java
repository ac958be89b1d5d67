package org.emisworkbench.gui;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
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
        ComboBox<Boolean> direction = new ComboBox<>(FXCollections.observableArrayList(false, true));
        direction.setId("mappingSchoolsIn");
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean across) {
                return across == null ? "" : session.t(across ? "mapping.schoolsIn.columns" : "mapping.schoolsIn.rows");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        direction.setValue(vm.across().get());
        vm.across().addListener((o, a, b) -> direction.setValue(b));
        direction.setOnAction(e -> {
            if (direction.getValue() != null && direction.getValue() != vm.across().get()) {
                // Shown as it is read until the sheet, read the other way in the background, is shown so.
                vm.setAcross(direction.getValue());
                direction.setValue(vm.across().get());
            }
        });
        direction.setMinWidth(150);
        // A sheet read on its side keeps its depth and has no group rows: what reads it is its turned view.
        depth.disableProperty().bind(vm.across());
        groups.disableProperty().bind(vm.across());
        HBox bar = new HBox(8, Fx.labelFor(session.t("mapping.headerRows"), depth), depth,
                Fx.labelFor(session.t("mapping.groupRows"), groups), groups,
                Fx.labelFor(session.t("mapping.schoolsIn"), direction), direction);
        bar.visibleProperty().bind(vm.shown());
        bar.managedProperty().bind(vm.shown());
        return bar;
    }
}
