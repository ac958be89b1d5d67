package org.emisworkbench.gui;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;
import org.emisworkbench.charts.ChartKind;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Measure;
import org.jfree.chart.fx.ChartViewer;

/**
 * Explore: the choices on top, the table (a double-click or Enter on a value lists its schools below),
 * the schools behind a value beside a chart of the table.
 */
final class ExploreView {
    private final Session session;
    private final ExploreViewModel vm;
    private final Subscriptions subscriptions;
    private final FlowPane filterBar = new FlowPane(8, 6);

    ExploreView(Session session, ExploreViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        SearchableComboBox<Measure> measure = new SearchableComboBox<>(FXCollections.observableArrayList(vm.measures()));
        measure.setId("exploreMeasure");
        measure.setConverter(converter(vm::measureText));
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        measure.setPrefWidth(260);
        ComboBox<Dimension> row1 = dimensionBox("exploreRow1");
        ComboBox<Dimension> row2 = dimensionBox("exploreRow2");
        ComboBox<Dimension> column = dimensionBox("exploreColumn");
        row1.valueProperty().bindBidirectional(vm.row1Property());
        row2.valueProperty().bindBidirectional(vm.row2Property());
        column.valueProperty().bindBidirectional(vm.columnProperty());
        subscriptions.add(vm.measureProperty().subscribe(m -> {
            for (ComboBox<Dimension> box : List.of(row1, row2, column)) {
                Dimension keep = box.getValue();
                box.getItems().setAll(vm.dimensions());
                box.setValue(vm.dimensions().contains(keep) ? keep : null);
            }
            filters();
        }));
        subscriptions.add(vm.choicesProperty().subscribe(c -> filters()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        javafx.scene.control.CheckBox subtotals = new javafx.scene.control.CheckBox(session.t("explore.subtotals"));
        subtotals.setId("exploreSubtotals");
        subtotals.setMnemonicParsing(true);
        subtotals.setTooltip(new javafx.scene.control.Tooltip(session.t("explore.subtotalsTip")));
        subtotals.selectedProperty().bindBidirectional(vm.subtotalsProperty());
        subtotals.disableProperty().bind(vm.row1Property().isNull().or(vm.row2Property().isNull()));
        FlowPane choose = new FlowPane(8, 6, Fx.labelFor(session.t("explore.measure"), measure), measure,
                Fx.labelFor(session.t("explore.rows"), row1), row1, row2, subtotals,
                Fx.labelFor(session.t("explore.columns"), column), column, busy);
        choose.getStyleClass().add("toolbar");
        filterBar.getStyleClass().add("toolbar");

        ComboBox<String> views = new ComboBox<>(vm.views());
        views.setId("exploreViews");
        views.setPromptText(session.t("explore.views"));
        views.setConverter(converter(vm::viewText));
        views.setOnAction(e -> {
            if (views.getValue() != null) {
                vm.files().openView(views.getValue());
            }
        });
        Button save = Fx.button(session.t("explore.saveAs"), e -> saveAs());
        Button open = Fx.button(session.t("explore.openFile"), e -> openFile((Node) e.getSource()));
        Button share = Fx.button(session.t("explore.share"), e -> save((Node) e.getSource(), "json", true));
        Button export = Fx.button(session.t("explore.export"), e -> save((Node) e.getSource(), "xlsx", false));
        Button copy = Fx.button(session.t("explore.copy"), e -> copy());
        export.disableProperty().bind(vm.pivotProperty().isNull());
        copy.disableProperty().bind(vm.pivotProperty().isNull());
        views.setPrefWidth(240);
        // A flow, not a row: on a small screen or in French the buttons wrap rather than lose their words.
        FlowPane keep = new FlowPane(8, 6, Fx.labelFor(session.t("explore.viewsLabel"), views), views, save, open, share,
                export, copy);
        keep.getStyleClass().add("toolbar");

        TableView<ExploreViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("exploreTable");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(placeholder());
        subscriptions.add(vm.pivotProperty().subscribe(p -> columns(table)));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                drill(table);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                drill(table);
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy();
                e.consume();
            }
        });

        TableView<ExploreViewModel.SchoolLine> schools = new TableView<>(vm.schools());
        schools.setId("exploreSchools");
        schools.setPlaceholder(new Label(session.t("explore.schoolsHint")));
        schools.getColumns().add(Fx.column(session.t("explore.col.school"), ExploreViewModel.SchoolLine::code, 100));
        schools.getColumns().add(Fx.column(session.t("explore.col.name"), ExploreViewModel.SchoolLine::name, 220));
        schools.getColumns().add(Fx.column(session.t("explore.col.value"), ExploreViewModel.SchoolLine::value, 100));
        schools.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openSchool(schools.getSelectionModel().getSelectedItem());
            }
        });
        schools.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openSchool(schools.getSelectionModel().getSelectedItem());
            }
        });
        Label schoolsTitle = new Label();
        schoolsTitle.textProperty().bind(vm.schoolsTitleProperty());
        schoolsTitle.setWrapText(true);
        VBox schoolBox = new VBox(4, schoolsTitle, schools);
        VBox.setVgrow(schools, Priority.ALWAYS);

        SplitPane lower = new SplitPane(schoolBox, chart());
        lower.setDividerPositions(0.4);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Label status = new Label();
        status.setId("exploreStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("hint");
        VBox page = Fx.page(Fx.heading(session.t("nav.explore").replace("_", "")), choose, filterBar, keep, status, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        vm.load();
        return page;
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(vm.statusProperty());
        l.setWrapText(true);
        return l;
    }

    private ComboBox<Dimension> dimensionBox(String id) {
        ComboBox<Dimension> box = new ComboBox<>(FXCollections.observableArrayList(vm.dimensions()));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Dimension d) {
                return vm.dimensionText(d); // null reads "none"
            }

            @Override
            public Dimension fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** One list of values per dimension that has them; ticking values filters the table. */
    private void filters() {
        filterBar.getChildren().setAll(new Label(session.t("explore.filters")));
        Map<Dimension, Set<String>> now = vm.filtersProperty().get();
        for (Dimension d : vm.filterable()) {
            List<String> values = vm.choicesProperty().get().getOrDefault(d, List.of());
            if (values.isEmpty()) {
                continue;
            }
            CheckComboBox<String> box = new CheckComboBox<>(FXCollections.observableArrayList(values));
            box.setId("exploreFilter-" + d.id());
            box.setTitle(vm.dimensionText(d));
            box.setConverter(converter(v -> vm.valueText(d, v)));
            Set<String> kept = now.getOrDefault(d, Set.of());
            for (String v : values) {
                if (kept.contains(v)) {
                    box.getCheckModel().check(v);
                }
            }
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                    vm.filter(d, new LinkedHashSet<>(box.getCheckModel().getCheckedItems())));
            box.setTooltip(new Tooltip(session.t("explore.filterHint", vm.dimensionText(d))));
            filterBar.getChildren().add(box);
        }
    }

    /** The table's columns: the rows' labels, then one per value column, partial values with a tooltip. */
    private void columns(TableView<ExploreViewModel.Line> table) {
        table.getColumns().clear();
        if (vm.pivotProperty().get() == null) {
            return;
        }
        List<Dimension> rows = vm.pivotProperty().get().exploration().rows();
        int labels = Math.max(1, rows.size());
        for (int i = 0; i < labels; i++) {
            int at = i;
            String title = rows.isEmpty() ? "" : vm.dimensionText(rows.get(i));
            TableColumn<ExploreViewModel.Line, String> c = new TableColumn<>(title);
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(at < f.getValue().labels().size()
                    ? f.getValue().labels().get(at) : vm.measureText(vm.pivotProperty().get().exploration().measure())));
            c.setPrefWidth(i == 0 ? 180 : 120);
            c.setSortable(false);
            table.getColumns().add(c);
        }
        List<String> headers = new ArrayList<>(vm.headers());
        for (int i = 0; i < headers.size(); i++) {
            int at = i;
            TableColumn<ExploreViewModel.Line, String> c = new TableColumn<>(headers.get(i));
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(at < f.getValue().values().size()
                    ? f.getValue().values().get(at) : ""));
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String v, boolean empty) {
                    super.updateItem(v, empty);
                    ExploreViewModel.Line line = empty ? null : getTableRow().getItem();
                    setText(empty ? null : v);
                    String note = line == null ? "" : vm.note(line, at);
                    setTooltip(note.isEmpty() ? null : new Tooltip(note));
                    getStyleClass().remove("partial");
                    if (!note.isEmpty()) {
                        getStyleClass().add("partial");
                    }
                }
            });
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            c.setPrefWidth(110);
            c.setSortable(false);
            table.getColumns().add(c);
        }
    }

    private void drill(TableView<ExploreViewModel.Line> table) {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> pos = table.getSelectionModel().getSelectedCells().get(0);
        int labels = Math.max(1, vm.pivotProperty().get() == null ? 1 : vm.pivotProperty().get().exploration().rows().size());
        int column = pos.getColumn() - labels;
        ExploreViewModel.Line line = table.getItems().get(pos.getRow());
        vm.drill(line, Math.max(0, column));
    }

    private Node chart() {
        ComboBox<ChartKind> kind = new ComboBox<>(FXCollections.observableArrayList(ChartKind.BAR, ChartKind.STACKED_BAR,
                ChartKind.LINE));
        kind.setId("exploreChartKind");
        kind.setConverter(converter(k -> session.t("explore.chart." + k.name().toLowerCase(Locale.ROOT))));
        kind.valueProperty().bindBidirectional(vm.chartKindProperty());
        ChartViewer viewer = new ChartViewer(vm.chart(vm.chartProperty().get()));
        viewer.setId("exploreChart");
        viewer.setVisible(vm.chartProperty().get() != null);
        subscriptions.add(vm.chartProperty().subscribe((a, b) -> {
            // ChartViewer takes no null chart: with no table there is no chart to show.
            if (b != null) {
                viewer.setChart(vm.chart(b));
            }
            viewer.setVisible(b != null);
        }));
        Button png = Fx.button(session.t("indicators.exportPng"), e -> save((Node) e.getSource(), "png", false));
        Button svg = Fx.button(session.t("indicators.exportSvg"), e -> save((Node) e.getSource(), "svg", false));
        png.disableProperty().bind(vm.chartProperty().isNull());
        svg.disableProperty().bind(vm.chartProperty().isNull());
        HBox bar = new HBox(8, Fx.labelFor(session.t("indicators.chart"), kind), kind, png, svg);
        bar.getStyleClass().add("toolbar");
        VBox box = new VBox(6, bar, viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        return box;
    }

    private void saveAs() {
        TextInputDialog d = new TextInputDialog(vm.viewNameProperty().get() == null ? "" : vm.viewNameProperty().get());
        d.setTitle(session.t("explore.saveAs").replace("_", ""));
        d.setHeaderText(session.t("explore.saveAsHeader"));
        // The window's words on the buttons: JavaFX's own OK and Cancel speak the computer's language.
        d.getDialogPane().getButtonTypes().setAll(new javafx.scene.control.ButtonType(session.t("explore.saveButton"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE), new javafx.scene.control.ButtonType(
                session.t("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.showAndWait().ifPresent(vm.files()::saveAs);
    }

    private void openFile(Node owner) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = fc.showOpenDialog(Fx.window(owner));
        if (f != null) {
            vm.files().openFile(f.toPath());
        }
    }

    /** Asks where to write: the definition (json), the table (xlsx or csv) or the chart (png, svg). */
    private void save(Node owner, String ext, boolean definition) {
        FileChooser fc = new FileChooser();
        if ("xlsx".equals(ext)) {
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel", "*.xlsx"),
                    new FileChooser.ExtensionFilter("CSV", "*.csv"));
        } else {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        }
        String name = vm.viewNameProperty().get() == null ? "exploration" : vm.viewNameProperty().get();
        fc.setInitialFileName(name.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "." + ext);
        File f = fc.showSaveDialog(Fx.window(owner));
        if (f == null) {
            return;
        }
        if (definition) {
            vm.files().shareDefinition(f.toPath());
        } else if ("png".equals(ext) || "svg".equals(ext)) {
            vm.files().exportChart(f.toPath());
        } else {
            vm.files().export(f.toPath());
        }
    }

    private void copy() {
        String text = vm.copyText();
        if (!text.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            session.notifier().info(session.t("explore.copied"));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
