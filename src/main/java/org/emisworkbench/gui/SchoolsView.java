package org.emisworkbench.gui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.table.TableFilter;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.SchoolDetails.FigureRow;

/** Schools: a filterable, sortable list; a school's figures by grade and sex, its findings and sources. */
final class SchoolsView {
    private final Session session;
    private final SchoolsViewModel vm;

    SchoolsView(Session session, SchoolsViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    Node build() {
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("schoolYear");
        year.getItems().add(null);
        year.getItems().addAll(vm.years());
        vm.years().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            Integer keep = year.getValue();
            year.getItems().setAll((Integer) null);
            year.getItems().addAll(vm.years());
            year.setValue(keep);
        });
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
        Label count = new Label();
        count.setId("schoolCount");
        HBox bar = new HBox(8, Fx.labelFor(session.t("schools.year"), year), year,
                Fx.button(session.t("schools.refresh"), e -> vm.refresh()), count);
        bar.getStyleClass().add("toolbar");

        TableView<SchoolListing> table = new TableView<>(vm.schools());
        table.setId("schoolTable");
        table.setPlaceholder(new Label(session.t("schools.none")));
        table.getColumns().add(Fx.column(session.t("schools.col.code"), SchoolListing::code, 90));
        table.getColumns().add(Fx.column(session.t("schools.col.name"), SchoolListing::name, 200));
        table.getColumns().add(Fx.column(session.t("schools.col.year"), SchoolListing::year, 60));
        table.getColumns().add(Fx.column(session.t("schools.col.district"), SchoolListing::district, 80));
        table.getColumns().add(Fx.column(session.t("schools.col.ownership"), SchoolListing::ownership, 90));
        table.getColumns().add(Fx.column(session.t("schools.col.locality"), SchoolListing::locality, 80));
        table.getColumns().add(Fx.column(session.t("schools.col.level"), SchoolListing::level, 110));
        TableFilter.forTableView(table).lazy(true).apply();
        Runnable counter = () -> count.setText(session.t("schools.count", table.getItems().size(),
                vm.schools().size()));
        table.getItems().addListener((javafx.collections.ListChangeListener<SchoolListing>) c -> counter.run());
        vm.schools().addListener((javafx.collections.ListChangeListener<SchoolListing>) c -> counter.run());
        counter.run();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        Label filterHint = new Label(session.t("schools.filterHint"));
        filterHint.getStyleClass().add("hint");
        VBox left = new VBox(6, bar, table, filterHint);
        VBox.setVgrow(table, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, detail());
        split.setDividerPositions(0.55);
        VBox page = Fx.page(Fx.heading(session.t("nav.schools").replace("_", "")), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        vm.refresh();
        return page;
    }

    private Node detail() {
        Label name = new Label(session.t("schools.pick"));
        name.setId("schoolName");
        name.getStyleClass().add("heading");
        name.setWrapText(true);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vm.selectedProperty().addListener((o, a, s) -> name.setText(s == null ? session.t("schools.pick")
                : session.t("schools.header", s.code(), s.name(), s.district(), s.year(), s.file(), s.sheet(),
                s.row())));

        TableView<FigureRow> figures = new TableView<>(vm.figures());
        figures.setId("figureTable");
        figures.setPlaceholder(new Label(session.t("schools.noFigures")));
        figures.getColumns().add(Fx.column(session.t("schools.col.topic"), r -> session.t("topic." + r.topic()
                .code()), 110));
        figures.getColumns().add(Fx.column(session.t("schools.col.grade"), FigureRow::label, 110));
        TableColumn<FigureRow, Integer> girls = Fx.column(session.t("schools.col.female"), FigureRow::female, 70);
        TableColumn<FigureRow, Integer> boys = Fx.column(session.t("schools.col.male"), FigureRow::male, 70);
        figures.getColumns().add(girls);
        figures.getColumns().add(boys);
        figures.getColumns().add(Fx.column(session.t("schools.col.total"), FigureRow::total, 70));
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
        SplitPane parts = new SplitPane(figures, new VBox(4, Fx.labelFor(session.t("schools.findings"), findings),
                findings, sourceHint, source));
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.55);
        VBox box = new VBox(6, name, parts);
        VBox.setVgrow(parts, Priority.ALWAYS);
        return box;
    }

    private String message(StoredFinding f) {
        boolean fr = "fr".equals(session.messages().locale().getLanguage());
        return fr && f.finding().messageFr() != null ? f.finding().messageFr() : f.finding().messageEn();
    }
}
