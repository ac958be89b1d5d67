package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.IndicatorService;
import org.emisworkbench.service.SchoolDetails.FigureRow;

/** Schools: a filterable, sortable list; a school's figures by grade and sex, its findings and sources. */
final class SchoolsView {
    /** Asks before the chosen school's return is withdrawn, with the reason to keep; nothing happens on Cancel. */
    private void confirmWithdraw(TableView<SchoolListing> table) {
        if (table.getSelectionModel().getSelectedItem() == null) {
            return;
        }
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.initOwner(Fx.window(table));
        d.setTitle(session.t("schools.withdraw").replace("_", ""));
        d.setHeaderText(vm.withdrawQuestion());
        d.setContentText(session.t("schools.withdrawReason"));
        d.getEditor().setId("withdrawReason");
        d.showAndWait().ifPresent(vm::withdrawSelected);
    }

    private final Session session;
    private final SchoolsViewModel vm;
    private final Subscriptions subscriptions;

    SchoolsView(Session session, SchoolsViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("schoolYear");
        year.getItems().add(null);
        year.getItems().addAll(vm.years());
        // Removing the chosen year empties the box, which reloads the screen and may change the years again
        // (closing the workspace with a year chosen): that second change waits until the first is done, as a
        // list cannot be changed while it tells its listeners of a change.
        boolean[] updating = {false, false};
        subscriptions.add(vm.years().subscribe(() -> {
            if (updating[0]) {
                updating[1] = true;
                return;
            }
            updating[0] = true;
            try {
                do {
                    updating[1] = false;
                    java.util.List<Integer> items = new java.util.ArrayList<>();
                    items.add(null); // "all years"
                    items.addAll(vm.years());
                    ListUpdate.to(year.getItems(), items);
                } while (updating[1]);
            } finally {
                updating[0] = false;
            }
        }));
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? session.t("schools.allYears") : y.toString();
            }

            @Override
            public Integer fromString(String s) {
                return s == null || !s.matches("\\d+") ? null : Integer.valueOf(s);
            }
        });
        year.setValue(vm.yearProperty().get());
        year.valueProperty().addListener((o, a, b) -> vm.yearProperty().set(b));
        // Another screen may choose the year and search (a school clicked on the map): the boxes show it.
        subscriptions.add(vm.yearProperty().subscribe(y -> {
            if (!java.util.Objects.equals(year.getValue(), y)) {
                year.setValue(y);
            }
        }));
        Label count = new Label();
        count.setId("schoolCount");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> session.t("schools.count",
                vm.schools().size(), vm.totalProperty().get()), vm.schools(), vm.totalProperty()));
        TextField search = new TextField();
        search.setId("schoolSearch");
        search.setPrefColumnCount(12);
        search.setText(vm.queryProperty().get().search());
        search.textProperty().addListener((o, a, b) -> vm.search(b));
        subscriptions.add(vm.queryProperty().subscribe(q -> {
            if (!q.search().equals(search.getText().strip())) {
                search.setText(q.search());
            }
        }));
        Button all = Fx.button(session.t("schools.showAll"), e -> {
            search.clear();
            vm.clearFilters();
        });
        all.setId("showAllSchools");
        javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
        working.setId("schoolsBusy");
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, Fx.labelFor(session.t("schools.year"), year), year,
                Fx.button(session.t("schools.refresh"), e -> vm.refresh()), count, working);
        bar.getStyleClass().add("toolbar");
        HBox find = new HBox(8, Fx.labelFor(session.t("schools.search"), search), search, all);
        find.getStyleClass().add("toolbar");
        HBox.setHgrow(search, Priority.ALWAYS);
        // The split pane gives this side little room: labels and buttons keep their words, the box shrinks.
        for (HBox box : List.of(bar, find)) {
            box.getChildren().stream().filter(n -> n != search && n instanceof javafx.scene.layout.Region)
                    .forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        }

        TableView<SchoolListing> table = new TableView<>(vm.schools());
        table.setId("schoolTable");
        table.getStyleClass().add("long-list");
        table.setPlaceholder(new Label(session.t("schools.none")));
        Map<TableColumn<SchoolListing, ?>, SchoolColumn> columns = new HashMap<>();
        for (SchoolColumn c : SchoolColumn.values()) {
            TableColumn<SchoolListing, ?> column = c == SchoolColumn.YEAR
                    ? Fx.column(session.t(c.key()), SchoolListing::year, WIDTHS[c.ordinal()])
                    : c.filterableByValue() ? Fx.column(session.t(c.key()), x -> value(c.text(x)), WIDTHS[c.ordinal()])
                    : Fx.column(session.t(c.key()), c::text, WIDTHS[c.ordinal()]);
            if (c.filterableByValue()) {
                column.setContextMenu(filterMenu(c));
            }
            columns.put(column, c);
            table.getColumns().add(column);
        }
        // The view-model sorts on a worker; the table only says which column and which way.
        table.setSortPolicy(t -> {
            TableColumn<SchoolListing, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            vm.sort(first == null ? null : columns.get(first),
                    first == null || first.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        // A school chosen elsewhere (the map) is selected in the list too, and scrolled to.
        subscriptions.add(vm.selectedProperty().subscribe(s -> {
            if (s != null && s != table.getSelectionModel().getSelectedItem() && table.getItems().contains(s)) {
                table.getSelectionModel().select(s);
                table.scrollTo(s);
            }
        }));
        Label filterHint = new Label(session.t("schools.filterHint"));
        filterHint.getStyleClass().add("hint");
        filterHint.setWrapText(true);
        filterHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Withdrawing the chosen school's return of its year (decision 0069), asked first, with Undo after.
        Button withdraw = Fx.button(session.t("schools.withdraw"), e -> confirmWithdraw(table));
        withdraw.setId("withdrawReturn");
        withdraw.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button undo = Fx.button(session.t("schools.undoWithdraw"), e -> vm.undoWithdrawal());
        undo.setId("undoWithdraw");
        undo.visibleProperty().bind(vm.undoableProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        Label withdrawn = new Label();
        withdrawn.setId("withdrawalText");
        withdrawn.setWrapText(true);
        withdrawn.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        withdrawn.textProperty().bind(vm.withdrawalProperty());
        HBox withdrawBar = new HBox(8, withdraw, undo, withdrawn);
        withdrawBar.getStyleClass().add("toolbar");
        VBox left = new VBox(6, bar, find, table, withdrawBar, filterHint);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, detail());
        split.setDividerPositions(0.55);
        VBox page = Fx.page(Fx.heading(session.t("nav.schools").replace("_", "")), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        vm.refresh();
        return page;
    }

    private static final double[] WIDTHS = {90, 200, 60, 80, 90, 80, 110};

    /** A column header's right-click menu: tick the values to keep. */
    /**
     * A level, ownership or locality as the master list codes it ({@code primary_secondary}, {@code private},
     * {@code rural}) in the window's language; a value the texts do not know stays as written.
     */
    private String value(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        String t = session.t("schools.value." + v.toLowerCase(java.util.Locale.ROOT));
        return t.startsWith("!") ? v : t;
    }

    private ContextMenu filterMenu(SchoolColumn column) {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            Map<String, Integer> values = vm.choicesProperty().get().getOrDefault(column, Map.of());
            Set<String> kept = vm.queryProperty().get().filters().get(column);
            List<CheckBox> boxes = new ArrayList<>();
            menu.getItems().clear();
            values.forEach((value, n) -> {
                CheckBox box = new CheckBox(session.t("schools.filterValue", value.isEmpty()
                        ? session.t("schools.blank") : value(value), n));
                box.setUserData(value);
                box.setSelected(kept == null || kept.contains(value));
                boxes.add(box);
                menu.getItems().add(new CustomMenuItem(box, false));
            });
            MenuItem apply = new MenuItem(session.t("schools.filterApply"));
            apply.setOnAction(a -> {
                Set<String> keep = new HashSet<>();
                boxes.stream().filter(CheckBox::isSelected).forEach(b -> keep.add((String) b.getUserData()));
                vm.filter(column, keep.size() == values.size() ? null : keep);
            });
            MenuItem every = new MenuItem(session.t("schools.filterAll"));
            every.setOnAction(a -> vm.filter(column, null));
            menu.getItems().addAll(new SeparatorMenuItem(), apply, every);
        });
        return menu;
    }

    private Node detail() {
        Label name = new Label(session.t("schools.pick"));
        name.setId("schoolName");
        name.getStyleClass().add("heading");
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        subscriptions.add(vm.selectedProperty().subscribe((a, s) -> name.setText(s == null ? session.t("schools.pick")
                : session.t("schools.header", s.code(), s.name(), s.district(), s.year(), s.file(), s.sheet(),
                String.valueOf(s.row()))))); // a row number is an address, never grouped

        TableView<FigureRow> figures = new TableView<>(vm.figures());
        figures.setId("figureTable");
        figures.setPlaceholder(new Label(session.t("schools.noFigures")));
        figures.getColumns().add(Fx.column(session.t("schools.col.topic"), r -> session.t("topic." + r.topic()
                .code()), 110));
        figures.getColumns().add(Fx.column(session.t("schools.col.grade"), FigureRow::label, 110));
        TableColumn<FigureRow, Integer> girls = Fx.countColumn(session, session.t("schools.col.female"), FigureRow::female, 70);
        TableColumn<FigureRow, Integer> boys = Fx.countColumn(session, session.t("schools.col.male"), FigureRow::male, 70);
        figures.getColumns().add(girls);
        figures.getColumns().add(boys);
        figures.getColumns().add(Fx.countColumn(session, session.t("schools.col.total"), FigureRow::total, 70));
        figures.getSelectionModel().setCellSelectionEnabled(true);
        figures.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) c -> {
                    if (figures.getSelectionModel().getSelectedCells().isEmpty()) {
                        return;
                    }
                    TablePosition<?, ?> pos = figures.getSelectionModel().getSelectedCells().get(0);
                    FigureRow row = figures.getItems().get(pos.getRow());
                    Sex sex = pos.getTableColumn() == boys ? Sex.M : pos.getTableColumn() == girls ? Sex.F : null;
                    vm.showSource(row, sex);
                });

        ListView<StoredFinding> findings = new ListView<>(vm.findings());
        findings.setId("schoolFindings");
        findings.setPrefHeight(120);
        findings.setPlaceholder(new Label(session.t("schools.noFindings")));
        findings.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(StoredFinding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : session.t("severity." + f.finding().severity().name()) + " · "
                        + f.finding().ruleId() + " · " + message(f) + " ["
                        + session.t("status." + f.status().name()) + "]");
            }
        });
        TextArea source = new TextArea();
        source.setId("figureSource");
        source.setEditable(false);
        source.setWrapText(true);
        source.setPrefRowCount(4);
        source.textProperty().bind(vm.sourceProperty());
        Label sourceHint = new Label(session.t("schools.sourceHint"));
        sourceHint.getStyleClass().add("hint");
        SplitPane parts = new SplitPane(figures, indicators(), new VBox(4, Fx.labelFor(session.t("schools.findings"),
                findings), findings, sourceHint, source));
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.4, 0.7);
        VBox box = new VBox(6, name, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        return box;
    }

    /** The school's indicators, with the Indicators screen's formatter; the workings of the chosen one beside. */
    private Node indicators() {
        TableView<IndicatorService.Row> table = new TableView<>(vm.indicators());
        table.setId("schoolIndicatorTable");
        table.setPlaceholder(new Label(session.t("schools.noIndicators")));
        table.getColumns().add(Fx.column(session.t("indicators.col.name"), IndicatorService.Row::title, 230));
        table.getColumns().add(Fx.column(session.t("indicators.col.value"), vm::indicatorValue, 80));
        table.getColumns().add(Fx.column(session.t("indicators.col.note"), vm::indicatorNote, 300));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.indicatorProperty().set(b));
        TextArea workings = new TextArea();
        workings.setId("schoolIndicatorDetail");
        workings.setEditable(false);
        workings.setWrapText(true);
        subscriptions.add(vm.indicatorProperty().subscribe((a, b) -> workings.setText(vm.indicatorDetail(b))));
        SplitPane split = new SplitPane(table, workings);
        split.setDividerPositions(0.65);
        Label title = new Label(session.t("schools.indicators"));
        VBox box = new VBox(4, title, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        return box;
    }

    private String message(StoredFinding f) {
        return f.finding().message().in(session.messages().locale());
    }
}
