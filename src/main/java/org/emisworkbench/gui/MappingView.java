package org.emisworkbench.gui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Layout;

/**
 * The mapping screen: the workbook's layout, the sheet as a grid (merged cells visible, header rows
 * marked), its columns (a list) or its labels and tables (a form) with what each is read as, an editor for
 * the selected one, and the live preview of the import.
 */
final class MappingView {
    private final Session session;
    private final MappingViewModel vm;
    private final Runnable back;
    private final StackedTablesPane tablesPane;

    MappingView(Session session, MappingViewModel vm, Runnable back) {
        this.session = session;
        this.vm = vm;
        this.back = back;
        this.tablesPane = new StackedTablesPane(session, vm);
    }

    Node build() {
        Label heading = Fx.heading("");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> session.t("mapping.title",
                vm.fileProperty().get() == null ? "" : vm.fileProperty().get().getFileName().toString()),
                vm.fileProperty()));
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("mappingSheet");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        CheckBox use = new CheckBox(session.t("mapping.useSheet"));
        use.setId("mappingUseSheet");
        use.selectedProperty().bindBidirectional(vm.includedProperty());
        use.setOnAction(e -> vm.setIncluded(use.isSelected()));
        TextField headerRow = new TextField();
        headerRow.setId("mappingHeaderRow");
        headerRow.setPrefColumnCount(3);
        vm.headerRowProperty().addListener((o, a, b) -> headerRow.setText(b.intValue() == 0 ? "" : b.toString()));
        Button findHeader = Fx.button(session.t("mapping.readHeader"), e -> {
            if (headerRow.getText().strip().matches("\\d{1,3}")) {
                vm.setHeaderRow(Integer.parseInt(headerRow.getText().strip()));
            }
        });
        findHeader.setId("mappingReadHeader");
        headerRow.setOnAction(findHeader.getOnAction());
        ComboBox<Layout> layout = new ComboBox<>(FXCollections.observableArrayList(Layout.values()));
        layout.setId("mappingLayout");
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(Layout l) {
                return l == null ? "" : session.t("mapping.layout." + l.name());
            }

            @Override
            public Layout fromString(String s) {
                return null;
            }
        });
        layout.setValue(vm.layoutProperty().get());
        vm.layoutProperty().addListener((o, a, b) -> layout.setValue(b));
        layout.setOnAction(e -> vm.setLayout(layout.getValue()));
        // A form has no header row: its labels and tables are found wherever they stand.
        headerRow.disableProperty().bind(vm.layoutProperty().isEqualTo(Layout.GRID));
        findHeader.disableProperty().bind(headerRow.disableProperty());
        HBox schools = schoolsPer();
        sheet.setPrefWidth(170);
        sheet.setMinWidth(120);
        layout.setMinWidth(150);
        headerRow.setMinWidth(45);
        // On a narrow window the header row's controls go to a second line rather than squeezing the lists.
        javafx.scene.layout.FlowPane sheetBar = new javafx.scene.layout.FlowPane(8, 4,
                new HBox(8, Fx.labelFor(session.t("mapping.layout"), layout), layout), schools,
                FileNameCodePane.build(session, vm.fileNameCode()),
                new HBox(8, Fx.labelFor(session.t("mapping.sheet"), sheet), sheet, use),
                new HBox(8, Fx.labelFor(session.t("mapping.headerRow"), headerRow), headerRow, findHeader),
                new SheetShapePane(session, vm.sheetShape()).build(),
                PrimaryYearsPane.build(session, vm.primaryYears()));
        sheetBar.getChildren().forEach(n -> ((HBox) n).setAlignment(javafx.geometry.Pos.CENTER_LEFT));
        sheetBar.getStyleClass().add("toolbar");

        TextField id = new TextField();
        id.setId("mappingTemplateId");
        id.textProperty().bindBidirectional(vm.templateIdProperty());
        TextField title = new TextField();
        title.setId("mappingTemplateTitle");
        title.setPrefColumnCount(22);
        title.textProperty().bindBidirectional(vm.titleProperty());
        Button save = Fx.button(session.t("mapping.save"), e -> vm.save());
        save.setId("mappingSave");
        save.disableProperty().bind(vm.loadingProperty().or(session.runner().status().runningProperty()));
        Button close = Fx.button(session.t("mapping.back"), e -> back.run());
        close.setId("mappingBack");
        HBox templateBar = new HBox(8, Fx.labelFor(session.t("mapping.id"), id), id,
                Fx.labelFor(session.t("mapping.templateTitle"), title), title, save, close);
        templateBar.getStyleClass().add("toolbar");
        keepWhole(templateBar);
        sheetBar.getChildren().forEach(n -> keepWhole((HBox) n));

        VBox gridBox = new VBox();
        gridBox.setId("mappingGrid");
        vm.gridProperty().addListener((o, a, b) -> gridBox.getChildren().setAll(grid(b)));
        // The grid is built again only when the header rows it marks move, not on every column changed.
        vm.headerRowProperty().addListener((o, a, b) -> gridBox.getChildren().setAll(grid(vm.gridProperty().get())));
        vm.sheetShape().headerRows().addListener((o, a, b) -> gridBox.getChildren().setAll(grid(vm.gridProperty().get())));
        vm.stackedTables().tables().addListener((javafx.collections.ListChangeListener<Object>) c ->
                gridBox.getChildren().setAll(grid(vm.gridProperty().get())));
        vm.form().grids().addListener((javafx.collections.ListChangeListener<Object>) c ->
                gridBox.getChildren().setAll(grid(vm.gridProperty().get())));
        gridBox.getChildren().setAll(grid(vm.gridProperty().get()));
        VBox.setVgrow(gridBox, Priority.ALWAYS);

        FormMappingPane formPane = new FormMappingPane(session, vm);
        Node columns = columnsTable();
        Node labels = formPane.tables();
        Node columnEditor = columnEditor();
        Node labelEditor = formPane.editor();
        showWhen(labels, vm.formShownProperty());
        showWhen(labelEditor, vm.formShownProperty());
        showWhen(columns, vm.formShownProperty().not());
        showWhen(columnEditor, vm.formShownProperty().not());
        SplitPane middle = new SplitPane(new javafx.scene.layout.StackPane(columns, labels),
                editor(columnEditor, labelEditor));
        middle.setDividerPositions(0.6);
        // Beside the sheet, where their titles are seen: the tables stacked under the first one of a wide sheet.
        HBox.setHgrow(gridBox, Priority.ALWAYS);
        SplitPane main = new SplitPane(new HBox(8, gridBox, tablesPane.build()), middle, preview());
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.3, 0.68);
        VBox.setVgrow(main, Priority.ALWAYS);
        Label loading = new Label(session.t("mapping.loading"));
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(vm.loadingProperty());
        Node page = Fx.page(heading, templateBar, sheetBar, loading, main);
        // Ctrl+Z undoes the last mapping change; in a text being typed, Ctrl+Z is the field's own (consumed there).
        javafx.scene.input.KeyCombination undo = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        page.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e) && vm.undo()) {
                e.consume();
            }
        });
        return page;
    }

    /**
     * How many schools the workbook holds, for a form: one per workbook, per sheet or per block. Each choice shows the
     * forms again and works the preview out again, in the background.
     */
    private HBox schoolsPer() {
        ComboBox<org.emisworkbench.template.SchoolsPer> box = new ComboBox<>(vm.schools().choices());
        box.setId("mappingSchoolsPer");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(org.emisworkbench.template.SchoolsPer per) {
                return per == null ? "" : session.t("mapping.schoolsPer." + per.json());
            }

            @Override
            public org.emisworkbench.template.SchoolsPer fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(vm.schools().schools());
        box.setMinWidth(180);
        HBox bar = new HBox(8, Fx.labelFor(session.t("mapping.schoolsPer"), box), box);
        // A choice of forms: shown when the workbook is read as forms.
        showWhen(bar, vm.layoutProperty().isEqualTo(Layout.GRID));
        return bar;
    }

    private static void showWhen(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    /** Labels and buttons of a bar keep their whole text; text fields give way first. */
    private static void keepWhole(HBox bar) {
        for (Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    /** The sheet's first rows as a spreadsheet ({@link MappingSheetGrid}); a row selected is offered to start a table. */
    private Node grid(TemplateWorkshop.SheetPreview p) {
        if (p == null || p.rows() == 0) {
            return new Label(session.t("mapping.noSheet"));
        }
        // The title rows of the tables read are marked as the header is.
        java.util.Set<Integer> titles = vm.stackedTables().tables().stream()
                .filter(org.emisworkbench.template.StackedTable::reads).map(t -> t.row())
                .collect(java.util.stream.Collectors.toSet());
        // Topics side by side under banners: each banner shows what its columns are read as.
        SpreadsheetView view = MappingSheetGrid.of(p, vm.headerRows(), titles, vm.formShownProperty().get()
                ? List.copyOf(vm.form().grids()) : List.of(), g -> vm.words().fieldName(g.field()));
        // A row selected in the grid is the row offered to start a further table (typed rows work too).
        view.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<javafx.scene.control.TablePosition>) c -> {
                    if (!c.getList().isEmpty()) {
                        tablesPane.rowSelected(c.getList().get(c.getList().size() - 1).getRow());
                    }
                });
        return view;
    }

    private TableView<ColumnMapping> columnsTable;

    private Node columnsTable() {
        TableView<ColumnMapping> table = new TableView<>(vm.columns());
        table.setId("mappingColumns");
        table.setPlaceholder(new Label(session.t("mapping.noColumns")));
        table.getColumns().add(Fx.column(session.t("mapping.col.column"), ColumnMapping::letters, 55));
        table.getColumns().add(Fx.column(session.t("mapping.col.header"), c -> c.header().replaceAll("\\s+", " "), 130));
        table.getColumns().add(Fx.column(session.t("mapping.col.readAs"), vm.words()::describe, 140));
        table.getColumns().add(Fx.column(session.t("mapping.col.confidence"), c -> c.confidence() == 0 ? ""
                : c.confidence() >= 1 ? session.t("mapping.byHand") : Math.round(c.confidence() * 100) + " %", 75));
        table.getColumns().add(Fx.column(session.t("mapping.col.examples"), vm::examples, 120));
        // The examples come with each preview: show them when it is done.
        vm.preview().checks().addListener((o, a, b) -> table.refresh());
        // Wide and roster lists are mapped apart: the table shows the current layout's.
        vm.layoutProperty().addListener((o, a, b) -> table.setItems(vm.columns(b)));
        columnsTable = table;
        return table;
    }

    /** The selected column's field, sex, grade and age. */
    private Node columnEditor() {
        SearchableComboBox<String> field = new SearchableComboBox<>(vm.fields());
        vm.layoutProperty().addListener((o, a, b) -> field.setItems(vm.fields(b)));
        field.setId("mappingField");
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return vm.words().fieldName(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        field.setMaxWidth(Double.MAX_VALUE);
        // Both sexes together is offered for the teachers' counts only.
        ComboBox<String> sex = SexChoices.following(field, session);
        sex.setId("mappingSex");
        ObservableList<String> gradeChoices = FXCollections.observableArrayList(MappingViewModel.IGNORE, "PP");
        // Numbered pre-primary years, kept apart by a workspace of that many (decision 0066).
        for (int y = 1; y <= org.emisworkbench.model.SchoolStructure.MAX_PRE_PRIMARY; y++) {
            gradeChoices.add("PP" + y);
        }
        for (int g = 1; g <= org.emisworkbench.model.SchoolStructure.MAX_GRADES; g++) {
            gradeChoices.add("G" + g);
        }
        ComboBox<String> grade = new ComboBox<>(gradeChoices);
        grade.setId("mappingGrade");
        TextField age = new TextField();
        age.setId("mappingAge");
        age.setPromptText(session.t("mapping.allAges"));
        age.setPrefColumnCount(5);
        CheckBox total = new CheckBox(session.t("mapping.total"));
        total.setId("mappingTotal");
        Button apply = Fx.button(session.t("mapping.apply"), e -> {
            int i = columnsTable.getSelectionModel().getSelectedIndex();
            vm.setColumn(i, field.getValue(), sex.getValue(), grade.getValue(), age.getText(), total.isSelected());
            columnsTable.getSelectionModel().select(i);
        });
        apply.setId("mappingApply");
        Button ignore = Fx.button(session.t("mapping.ignore"), e -> {
            int i = columnsTable.getSelectionModel().getSelectedIndex();
            vm.leaveOut(i);
            columnsTable.getSelectionModel().select(i);
        });
        ignore.setId("mappingIgnore");
        // A row per school and class: the selected column gives each row's grade (reached with Tab, pressed with Space).
        Button gradeByRow = new Button(session.t("mapping.gradeByRow"));
        gradeByRow.setId("mappingGradeByRow");
        gradeByRow.setMnemonicParsing(false);
        gradeByRow.setTooltip(new javafx.scene.control.Tooltip(session.t("mapping.gradeByRow.tip")));
        gradeByRow.setOnAction(e -> {
            int i = columnsTable.getSelectionModel().getSelectedIndex();
            vm.rowClasses().gradeIn(i);
            columnsTable.getSelectionModel().select(i);
        });
        apply.disableProperty().bind(columnsTable.getSelectionModel().selectedItemProperty().isNull());
        ignore.disableProperty().bind(apply.disableProperty());
        gradeByRow.disableProperty().bind(apply.disableProperty().or(vm.layoutProperty().isNotEqualTo(Layout.WIDE)));
        columnsTable.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c == null) {
                return;
            }
            field.setValue(c.key() ? MappingViewModel.KEY : c.field() == null ? MappingViewModel.IGNORE : c.field());
            sex.setValue(c.sex() == null ? MappingViewModel.IGNORE : c.sex());
            grade.setValue(c.grade() == null ? MappingViewModel.IGNORE : c.grade());
            age.setText(c.age() == null ? "" : c.age());
            total.setSelected(c.total());
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Fx.labelFor(session.t("mapping.field"), field), field);
        form.addRow(1, Fx.labelFor(session.t("mapping.sex"), sex), sex);
        form.addRow(2, Fx.labelFor(session.t("mapping.grade"), grade), grade);
        form.addRow(3, Fx.labelFor(session.t("mapping.age"), age), age);
        form.add(total, 1, 4);
        form.add(new HBox(8, apply, ignore), 1, 5);
        form.add(gradeByRow, 1, 6);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return form;
    }

    /** The editor of the selected column or label, with the sheet's constants and sums. */
    private Node editor(Node columnEditor, Node labelEditor) {
        TextArea constants = new TextArea();
        constants.setId("mappingConstants");
        constants.setPrefRowCount(2);
        constants.setPromptText("school.level = primary");
        constants.textProperty().bindBidirectional(vm.extras().constantsText());
        TextArea sums = new TextArea();
        sums.setId("mappingSums");
        sums.setPrefRowCount(2);
        sums.setPromptText("teachers.total F = Qualified F + Unqualified F");
        sums.textProperty().bindBidirectional(vm.extras().sumsText());
        Button applyExtras = Fx.button(session.t("mapping.applyExtras"), e -> vm.extras().apply(constants.getText(),
                sums.getText()));
        applyExtras.setId("mappingApplyExtras");
        Label extrasProblem = new Label();
        extrasProblem.getStyleClass().add("error-text");
        extrasProblem.setWrapText(true);
        extrasProblem.textProperty().bind(vm.extras().problem());
        VBox box = new VBox(6, columnEditor, labelEditor, Fx.labelFor(session.t("mapping.constants"), constants),
                constants, Fx.labelFor(session.t("mapping.sums"), sums), sums, applyExtras, extrasProblem);
        box.getChildren().addAll(figures());
        box.getStyleClass().add("editor");
        box.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        return new javafx.scene.control.ScrollPane(box);
    }

    /**
     * How the workbook writes counts as text, for the whole template: the nil marks (texts read as 0 and
     * reported) and the thousands separator, applied on Enter, on leaving the field, or on a choice.
     */
    private List<Node> figures() {
        TextField nil = new TextField();
        nil.setId("mappingNilMarks");
        nil.setPromptText("- \u2013");
        nil.textProperty().bindBidirectional(vm.figures().nilMarksText());
        ComboBox<String> sep = new ComboBox<>(
                FXCollections.observableArrayList(",", "."));
        sep.setId("mappingThousands");
        sep.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : "1" + s + "234";
            }

            @Override
            public String fromString(String s) {
                return s != null && s.contains(".") ? "." : ",";
            }
        });
        sep.valueProperty().bindBidirectional(vm.figures().thousands());
        Runnable apply = () -> vm.figures().set(nil.getText(), sep.getValue());
        nil.setOnAction(e -> apply.run());
        nil.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        sep.setOnAction(e -> apply.run());
        return List.of(Fx.labelFor(session.t("mapping.nilMarks"), nil), nil,
                Fx.labelFor(session.t("mapping.thousands"), sep), sep);
    }

    /** What an import with the template so far would read. */
    private Node preview() {
        Label summary = new Label();
        summary.setId("mappingSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(vm.preview().checking())
                .then(session.t("mapping.checking")).otherwise(vm.preview().summary()));
        Label byTopic = new Label();
        byTopic.setId("mappingByTopic");
        byTopic.setWrapText(true);
        byTopic.textProperty().bind(vm.preview().byTopic());
        ListView<String> schools = list(vm.preview().schools(), "mappingSchools");
        ListView<String> problems = list(vm.preview().problems(), "mappingProblems");
        ListView<String> unread = list(vm.preview().unread(), "mappingUnread");
        Label notes = new Label();
        notes.setWrapText(true);
        notes.textProperty().bind(vm.preview().notes());
        HBox lists = new HBox(8, titled(session.t("mapping.schools"), schools), titled(session.t("mapping.problems"),
                problems), titled(session.t("mapping.unreadColumns"), unread));
        VBox.setVgrow(lists, Priority.ALWAYS);
        return new VBox(6, summary, byTopic, lists, notes);
    }

    private static ListView<String> list(ObservableList<String> items, String id) {
        ListView<String> l = new ListView<>(items);
        l.setId(id);
        l.setPrefHeight(140);
        return l;
    }

    private static Node titled(String title, ListView<String> list) {
        VBox box = new VBox(4, Fx.labelFor(title, list), list);
        HBox.setHgrow(box, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
