package org.emisworkbench.gui;

import java.io.File;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.emisworkbench.charts.ChartSpec;
import org.emisworkbench.service.IndicatorService.Row;
import org.jfree.chart.fx.ChartViewer;

/** Indicators and charts: the table with its workings on hover and in a side panel, and the charts. */
final class IndicatorsView {
    private final Session session;
    private final IndicatorsViewModel vm;
    private final Subscriptions subscriptions;

    IndicatorsView(Session session, IndicatorsViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("indicatorTable");
        table.setPlaceholder(new Label(session.t("indicators.none")));
        var group = Fx.<Row, String>column(session.t("indicators.col.group"), vm::groupText, 110);
        group.visibleProperty().bind(vm.byProperty().isNotEqualTo(IndicatorsViewModel.ALL));
        table.getColumns().add(group);
        table.getColumns().add(Fx.column(session.t("indicators.col.name"), Row::title, 280));
        table.getColumns().add(Fx.column(session.t("indicators.col.value"), vm::valueText, 100));
        table.getColumns().add(Fx.column(session.t("indicators.col.coverage"), vm::coverageText, 90));
        table.getColumns().add(Fx.column(session.t("indicators.col.note"), vm::noteText, 420));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setTooltip(empty || r == null ? null : new Tooltip(vm.detail(r)));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        TextArea detail = new TextArea();
        detail.setId("indicatorDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        subscriptions.add(vm.selectedProperty().subscribe((a, b) -> detail.setText(vm.detail(b))));
        SplitPane top = new SplitPane(table, detail);
        top.setDividerPositions(0.62);

        SplitPane split = new SplitPane(top, charts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        FlowPane bar = AreaBar.build(session, vm.area(), "indicators.country", "indicators", subscriptions);
        ComboBox<String> by = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(vm.byChoices()));
        by.setId("indicatorsBy");
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return vm.byText(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        by.valueProperty().bindBidirectional(vm.byProperty());
        bar.getChildren().addAll(Fx.labelFor(session.t("indicators.by"), by), by);
        VBox page = Fx.page(Fx.heading(session.t("nav.indicators").replace("_", "")), bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        vm.load();
        return page;
    }

    private Node charts() {
        ComboBox<ChartSpec> which = new ComboBox<>(vm.charts());
        which.setId("chartChoice");
        which.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartSpec s) {
                return s == null ? "" : s.title();
            }

            @Override
            public ChartSpec fromString(String s) {
                return null;
            }
        });
        which.valueProperty().bindBidirectional(vm.chartProperty());
        ChartViewer viewer = new ChartViewer(vm.chart(vm.chartProperty().get()));
        viewer.setId("chartViewer");
        // A district chosen again as the whole country has no charts: the viewer is hidden, as it cannot hold none.
        viewer.visibleProperty().bind(vm.chartProperty().isNotNull());
        subscriptions.add(vm.chartProperty().subscribe((a, b) -> {
            org.jfree.chart.JFreeChart drawn = vm.chart(b);
            if (drawn != null) {
                viewer.setChart(drawn);
            }
        }));
        Button png = Fx.button(session.t("indicators.exportPng"), e -> export((Node) e.getSource(), "png"));
        Button svg = Fx.button(session.t("indicators.exportSvg"), e -> export((Node) e.getSource(), "svg"));
        png.disableProperty().bind(vm.chartProperty().isNull());
        svg.disableProperty().bind(vm.chartProperty().isNull());
        Label note = new Label();
        note.textProperty().bind(vm.chartNoteProperty());
        note.getStyleClass().add("hint");
        HBox bar = new HBox(8, Fx.labelFor(session.t("indicators.chart"), which), which, png, svg, note);
        bar.getStyleClass().add("toolbar");
        VBox box = new VBox(6, bar, viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        return box;
    }

    private void export(Node owner, String ext) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*."
                + ext));
        ChartSpec spec = vm.chartProperty().get();
        fc.setInitialFileName((spec == null ? "chart" : spec.id()) + "." + ext);
        File f = fc.showSaveDialog(Fx.window(owner));
        if (f != null) {
            vm.exportChart(f.toPath());
        }
    }
}
