package org.emisworkbench.gui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.emisworkbench.template.GridMapping;

/**
 * The sex of the form table selected on the mapping screen ({@link GridSexViewModel}): both sexes, or girls or
 * boys only for a table given once per sex. Applied as it is chosen (from the keyboard: the underlined letter, then
 * the arrows); a table that cannot hold one sex (rows of grades, sexes in rows, bands) keeps both.
 */
final class GridSexPane {
    private final Session session;
    private final MappingViewModel screen;
    private Label label;
    private ComboBox<String> sex;

    GridSexPane(Session session, MappingViewModel screen) {
        this.session = session;
        this.screen = screen;
    }

    /** Builds the label and the choice for the tables of {@code grids}. */
    void build(TableView<GridMapping> grids) {
        GridSexViewModel vm = screen.gridSex();
        sex = new ComboBox<>(vm.choices());
        sex.setId("mappingGridSex");
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : session.t(GridSexViewModel.BOTH.equals(s) ? "mapping.gridSex.both"
                        : "mapping.gridSex." + s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        grids.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> sex.setValue(
                GridSexViewModel.shown(g)));
        sex.setOnAction(e -> {
            int i = grids.getSelectionModel().getSelectedIndex();
            GridMapping g = grids.getSelectionModel().getSelectedItem();
            if (g == null || sex.getValue() == null || sex.getValue().equals(GridSexViewModel.shown(g))) {
                return;
            }
            if (vm.set(i, sex.getValue())) {
                grids.getSelectionModel().select(i);
            } else {
                session.notifier().info(session.t("mapping.noGridSex", g.title()));
                sex.setValue(GridSexViewModel.shown(g));
            }
        });
        sex.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            GridMapping g = grids.getSelectionModel().getSelectedItem();
            return g == null || !g.mayHoldOneSex();
        }, grids.getSelectionModel().selectedItemProperty()));
        label = Fx.labelFor(session.t("mapping.gridSex"), sex);
    }

    Label label() {
        return label;
    }

    ComboBox<String> choice() {
        return sex;
    }
}
