package org.emisworkbench.gui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.StackedTable;

/**
 * The stacked tables of a wide sheet on the mapping screen: the tables found under the first one (title, row,
 * what each counts), a kind for the selected one, and a row to mark as the title of a further table, typed or
 * taken from the row selected in the sheet's grid.
 */
final class StackedTablesPane {
    private final Session session;
    private final MappingViewModel screen;
    private final StackedTablesViewModel vm;
    private final TextField titleRow = new TextField();

    StackedTablesPane(Session session, MappingViewModel screen) {
        this.session = session;
        this.screen = screen;
        this.vm = screen.stackedTables();
    }

    /** Takes the row selected in the sheet's grid (0-based) as the row to mark. */
    void rowSelected(int row) {
        titleRow.setText(String.valueOf(row + 1));
    }

    Node build() {
        TableView<StackedTable> tables = new TableView<>(vm.tables());
        tables.setId("mappingTables");
        tables.setPrefHeight(70);
        tables.setMinHeight(50);
        tables.setPlaceholder(new Label(session.t("mapping.noTables")));
        tables.getColumns().add(Fx.column(session.t("mapping.col.row"), t -> String.valueOf(t.row() + 1), 45));
        tables.getColumns().add(Fx.column(session.t("mapping.col.title"), StackedTable::title, 150));
        tables.getColumns().add(Fx.column(session.t("mapping.col.readAs"), screen.words()::describe, 100));
        ComboBox<String> kind = new ComboBox<>(vm.kinds());
        kind.setId("mappingTableKind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return screen.words().fieldName(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Button apply = Fx.button(session.t("mapping.applyTable"), e -> {
            int i = tables.getSelectionModel().getSelectedIndex();
            vm.setKind(i, kind.getValue());
            tables.getSelectionModel().select(i);
        });
        apply.setId("mappingApplyTable");
        apply.disableProperty().bind(tables.getSelectionModel().selectedItemProperty().isNull());
        tables.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                kind.setValue(t.field() == null ? MappingViewModel.IGNORE : t.field());
            }
        });
        titleRow.setId("mappingTitleRow");
        titleRow.setPrefColumnCount(3);
        Button mark = Fx.button(session.t("mapping.markTitle"), e -> {
            if (titleRow.getText().strip().matches("\\d{1,4}")) {
                vm.markTitle(Integer.parseInt(titleRow.getText().strip()));
            }
        });
        mark.setId("mappingMarkTitle");
        titleRow.setOnAction(mark.getOnAction());
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problem());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Fx.labelFor(session.t("mapping.tableKind"), kind), kind, apply);
        form.addRow(1, Fx.labelFor(session.t("mapping.titleRow"), titleRow), titleRow, mark);
        kind.setPrefWidth(130);
        titleRow.setPrefWidth(60);
        // Labels and buttons keep their whole text; the table list gives way.
        form.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        VBox box = new VBox(4, Fx.labelFor(session.t("mapping.tables"), tables), tables, form, problem);
        box.setPrefWidth(380);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox.setVgrow(tables, javafx.scene.layout.Priority.ALWAYS);
        // Tables stacked one under another are a wide sheet's: hidden for forms and rosters.
        javafx.beans.binding.BooleanBinding wide = screen.layoutProperty().isEqualTo(Layout.WIDE)
                .and(screen.formShownProperty().not());
        box.visibleProperty().bind(wide);
        box.managedProperty().bind(wide);
        return box;
    }
}
