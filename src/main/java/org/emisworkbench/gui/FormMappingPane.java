package org.emisworkbench.gui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;

/**
 * The form part of the mapping screen: the labelled cells of the sheet and its tables by age, grade and
 * sex, each with what it is read as, and an editor for the selected label and the selected table.
 */
final class FormMappingPane {
    private final Session session;
    private final MappingViewModel vm;
    private TableView<LabelMapping> labels;
    private TableView<GridMapping> grids;

    FormMappingPane(Session session, MappingViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    /** The labels above, the tables below. */
    Node tables() {
        labels = new TableView<>(vm.form().labels());
        labels.setId("mappingLabels");
        labels.setPlaceholder(new Label(session.t("mapping.noLabels")));
        labels.getColumns().add(Fx.column(session.t("mapping.col.cell"), l -> l.fromSheetName()
                ? session.t("mapping.sheetNameCell") : l.fromFileName() ? session.t("mapping.fileNameCell")
                : l.cell().substring(l.sheet().length() + 1), 55));
        labels.getColumns().add(Fx.column(session.t("mapping.col.label"), l -> l.fromSheetName()
                ? session.t("mapping.sheetNameLabel") : l.fromFileName() ? session.t("mapping.fileNameLabel")
                : l.column() == null ? l.label() : l.label() + " × " + l.column(), 150));
        labels.getColumns().add(Fx.column(session.t("mapping.col.value"), LabelMapping::value, 90));
        labels.getColumns().add(Fx.column(session.t("mapping.col.readAs"), vm.words()::describe, 140));
        labels.getColumns().add(Fx.column(session.t("mapping.col.confidence"), l -> confidence(l.confidence()), 75));
        grids = new TableView<>(vm.form().grids());
        grids.setId("mappingGrids");
        grids.setPlaceholder(new Label(session.t("mapping.noGrids")));
        grids.getColumns().add(Fx.column(session.t("mapping.col.cell"), GridMapping::cell, 55));
        grids.getColumns().add(Fx.column(session.t("mapping.col.title"), GridMapping::title, 200));
        // Topics side by side under banners: which banner's columns this table reads.
        grids.getColumns().add(Fx.column(session.t("mapping.col.band"), vm.words()::band, 160));
        grids.getColumns().add(Fx.column(session.t("mapping.col.readAs"), vm.words()::describe, 160));
        grids.getColumns().add(Fx.column(session.t("mapping.col.confidence"), g -> confidence(g.confidence()), 75));
        VBox top = new VBox(4, Fx.labelFor(session.t("mapping.labels"), labels), labels);
        VBox bottom = new VBox(4, Fx.labelFor(session.t("mapping.grids"), grids), grids);
        VBox.setVgrow(labels, Priority.ALWAYS);
        VBox.setVgrow(grids, Priority.ALWAYS);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(top, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private String confidence(double c) {
        return c == 0 ? "" : c >= 1 ? session.t("mapping.byHand") : Math.round(c * 100) + " %";
    }

    /** The selected label's field and sex, and the selected table's topic. */
    Node editor() {
        SearchableComboBox<String> field = new SearchableComboBox<>(vm.form().labelFields());
        field.setId("mappingLabelField");
        field.setConverter(names());
        field.setMaxWidth(Double.MAX_VALUE);
        // Both sexes together is offered for the teachers' counts only.
        ComboBox<String> sex = SexChoices.following(field, session);
        sex.setId("mappingLabelSex");
        javafx.scene.control.CheckBox inside = new javafx.scene.control.CheckBox(session.t("mapping.labelInside"));
        inside.setId("mappingLabelInside");
        inside.setMnemonicParsing(true);
        Button apply = Fx.button(session.t("mapping.applyLabel"), e -> {
            int i = labels.getSelectionModel().getSelectedIndex();
            LabelMapping l = labels.getSelectionModel().getSelectedItem();
            if (vm.setLabel(i, field.getValue(), sex.getValue(), inside.isSelected())) {
                labels.getSelectionModel().select(i);
            } else if (l != null) {
                session.notifier().info(session.t("mapping.noInside", l.cell()));
            }
        });
        apply.setId("mappingApplyLabel");
        Button ignore = Fx.button(session.t("mapping.ignoreLabel"), e -> {
            int i = labels.getSelectionModel().getSelectedIndex();
            vm.setLabel(i, MappingViewModel.IGNORE, null);
            labels.getSelectionModel().select(i);
        });
        ignore.setId("mappingIgnoreLabel");
        apply.disableProperty().bind(labels.getSelectionModel().selectedItemProperty().isNull());
        ignore.disableProperty().bind(apply.disableProperty());
        inside.disableProperty().bind(apply.disableProperty());
        labels.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            if (l != null) {
                field.setValue(l.field() == null ? MappingViewModel.IGNORE : l.field());
                sex.setValue(l.sex() == null ? MappingViewModel.IGNORE : l.sex());
                inside.setSelected(l.inside());
            }
        });
        ComboBox<String> topic = new ComboBox<>(vm.form().gridFields());
        topic.setId("mappingGridTopic");
        topic.setConverter(names());
        Button applyGrid = Fx.button(session.t("mapping.applyGrid"), e -> {
            int i = grids.getSelectionModel().getSelectedIndex();
            vm.setGrid(i, topic.getValue());
            grids.getSelectionModel().select(i);
        });
        applyGrid.setId("mappingApplyGrid");
        applyGrid.disableProperty().bind(grids.getSelectionModel().selectedItemProperty().isNull());
        Button split = Fx.button(session.t("mapping.splitBands"), e -> {
            int i = grids.getSelectionModel().getSelectedIndex();
            GridMapping g = grids.getSelectionModel().getSelectedItem();
            if (vm.splitBands(i)) {
                grids.getSelectionModel().select(i);
            } else if (g != null) {
                session.notifier().info(session.t("mapping.noBands", g.title()));
            }
        });
        split.setId("mappingSplitBands");
        // From the keyboard: Alt+K to the kind, the arrows to pick one, Enter to apply it.
        topic.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !topic.isShowing() && !applyGrid.isDisabled()) {
                applyGrid.fire();
                e.consume();
            }
        });
        // Only a table of a row per grade without bands can be split by the banners over its sexes.
        split.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            GridMapping g = grids.getSelectionModel().getSelectedItem();
            return g == null || !g.band().isEmpty() || !"grade".equals(g.rows());
        }, grids.getSelectionModel().selectedItemProperty()));
        grids.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null) {
                topic.setValue(g.field() == null ? MappingViewModel.IGNORE : g.field());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Fx.labelFor(session.t("mapping.labelField"), field), field);
        // Beside the sex, so that the table editor below keeps its place in the scrolled view.
        javafx.scene.layout.HBox sexAndPlace = new javafx.scene.layout.HBox(12, sex, inside);
        sexAndPlace.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.addRow(1, Fx.labelFor(session.t("mapping.labelSex"), sex), sexAndPlace);
        form.add(apply, 1, 2);
        form.add(ignore, 1, 3);
        form.addRow(4, Fx.labelFor(session.t("mapping.gridTopic"), topic), topic);
        form.add(applyGrid, 1, 5);
        form.add(split, 1, 6);
        GridSexPane gridSex = new GridSexPane(session, vm);
        gridSex.build(grids);
        form.addRow(7, gridSex.label(), gridSex.choice());
        // Below the editors they refine, so that those keep their place in the scrolled view.
        FormDetailsPane details = new FormDetailsPane(session, vm);
        details.addGridRows(form, details.addLabelRows(form, 8, labels), grids);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return form;
    }

    private StringConverter<String> names() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return vm.words().fieldName(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
