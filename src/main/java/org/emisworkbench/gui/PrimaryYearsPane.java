package org.emisworkbench.gui;

import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The years of primary before {@code Form 1}, {@code S1} or {@code JSS 1} ({@link PrimaryYearsViewModel}), shown when
 * the workbook names such years. Applied as it is chosen (from the keyboard: the underlined letter, then the arrows):
 * the workbook is drafted again with them and previewed; Ctrl+Z undoes it.
 */
final class PrimaryYearsPane {
    private PrimaryYearsPane() {
    }

    static HBox build(Session session, PrimaryYearsViewModel vm) {
        ComboBox<Integer> years = new ComboBox<>(vm.choices());
        years.setId("mappingPrimaryYears");
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n == PrimaryYearsViewModel.NOT_GIVEN ? session.t("mapping.primaryYears.none")
                        : session.t("mapping.primaryYears.n", n, n + 1);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        years.valueProperty().bindBidirectional(vm.years());
        // The choice echoed back after a draft or an undo is the one drafted already: nothing is drafted again.
        years.setOnAction(e -> vm.set(years.getValue()));
        years.setMinWidth(170);
        HBox bar = new HBox(8, Fx.labelFor(session.t("mapping.primaryYears"), years), years);
        bar.visibleProperty().bind(vm.offered());
        bar.managedProperty().bind(vm.offered());
        return bar;
    }
}
