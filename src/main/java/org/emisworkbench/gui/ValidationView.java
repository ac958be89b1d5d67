package org.emisworkbench.gui;

import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.validation.FindingGroups.Group;

/** Validation: run the checks, findings grouped by rule, filters, and marks with comments. */
final class ValidationView {
    private final Session session;
    private final ValidationViewModel vm;
    private final Subscriptions subscriptions;

    ValidationView(Session session, ValidationViewModel vm, Subscriptions subscriptions) {
        this.session = session;
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    Node build() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("validationYear");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        Button run = Fx.button(session.t("validation.run"), e -> vm.run());
        run.setId("runValidation");
        run.disableProperty().bind(session.runner().status().runningProperty());
        ComboBox<Severity> severity = nullable(Severity.values(), "severity.", "validation.anySeverity");
        severity.setId("severityFilter");
        severity.valueProperty().bindBidirectional(vm.severityProperty());
        ComboBox<FindingStatus> status = nullable(FindingStatus.values(), "status.", "validation.anyStatus");
        status.setId("statusFilter");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        TextField district = new TextField();
        district.setId("districtFilter");
        district.setPrefColumnCount(5);
        district.textProperty().bindBidirectional(vm.districtProperty());
        district.setOnAction(e -> vm.refresh());
        TextField school = new TextField();
        school.setId("schoolFilter");
        school.setPrefColumnCount(8);
        school.textProperty().bindBidirectional(vm.schoolProperty());
        school.setOnAction(e -> vm.refresh());
        FlowPane bar = new FlowPane(8, 6, Fx.labelFor(session.t("validation.year"), year), year, run,
                Fx.labelFor(session.t("validation.severity"), severity), severity,
                Fx.labelFor(session.t("validation.status"), status), status,
                Fx.labelFor(session.t("validation.district"), district), district,
                Fx.labelFor(session.t("validation.school"), school), school,
                Fx.button(session.t("validation.apply"), e -> vm.refresh()), consequences(), thresholds(),
                Fx.button(session.t("validation.exportQueries"), e -> {
                    java.io.File d = new javafx.stage.DirectoryChooser().showDialog(Fx.window((Node) e.getSource()));
                    if (d != null) {
                        vm.exportQueries(d.toPath());
                    }
                }));
        bar.getStyleClass().add("toolbar");

        TableView<Group> groups = new TableView<>(vm.groups());
        groups.setId("groupTable");
        groups.setPlaceholder(new Label(session.t("validation.none")));
        // Every rule with findings on screen at once (the sample country has 33): compact rows, no
        // horizontal scroll bar; the first cell, in the findings table anyway, is in each row's tooltip.
        groups.getStyleClass().add("compact-list");
        groups.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        groups.getColumns().add(Fx.column(session.t("validation.col.severity"), g -> session.t("severity."
                + g.severity().name()), 88));
        groups.getColumns().add(Fx.column(session.t("validation.col.rule"), Group::ruleId, 68));
        groups.getColumns().add(Fx.countColumn(session, session.t("validation.col.count"), Group::count, 76));
        groups.getColumns().add(Fx.countColumn(session, session.t("validation.col.open"), Group::open, 60));
        groups.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth())); // the title column gives way
        groups.getColumns().add(Fx.column(session.t("validation.col.title"), Group::title, 240));
        groups.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Group g, boolean empty) {
                super.updateItem(g, empty);
                setTooltip(g == null || empty ? null : new javafx.scene.control.Tooltip(session.t(
                        "validation.ruleTip", g.title(), g.firstCell())));
            }
        });

        TableView<StoredFinding> findings = new TableView<>();
        findings.setId("findingTable");
        findings.setPlaceholder(new Label(session.t("validation.pickRule")));
        findings.getColumns().add(Fx.column(session.t("validation.col.school"), f -> f.finding().schoolCode(), 90));
        findings.getColumns().add(Fx.column(session.t("validation.col.district"), f -> f.finding().district(), 70));
        findings.getColumns().add(Fx.column(session.t("validation.col.grade"), f -> f.finding().grade(), 60));
        findings.getColumns().add(Fx.column(session.t("validation.col.status"), f -> session.t("status."
                + f.status().name()), 110));
        findings.getColumns().add(Fx.column(session.t("validation.col.cell"), f -> f.finding().source() == null
                ? "" : f.finding().source().toString(), 260));
        String[] selectedRule = {null};
        groups.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null) {
                selectedRule[0] = g.ruleId();
            }
            findings.setItems(g == null ? FXCollections.observableArrayList()
                    : FXCollections.observableArrayList(g.findings()));
            StoredFinding current = vm.selectedProperty().get();
            if (g != null && current != null) {
                g.findings().stream().filter(f -> f.id() == current.id()).findFirst()
                        .ifPresent(f -> findings.getSelectionModel().select(f));
            }
        });
        subscriptions.add(vm.groups().subscribe(() -> {
            String keep = selectedRule[0];
            // After the table has taken the new items: select the same rule again.
            javafx.application.Platform.runLater(() -> vm.groups().stream().filter(g -> g.ruleId().equals(keep))
                    .findFirst().ifPresent(g -> groups.getSelectionModel().select(g)));
        }));
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                vm.selectedProperty().set(f);
            }
        });

        // The rules down the whole height on the left; the year, filters, findings and detail on the right.
        SplitPane work = new SplitPane(findings, detail());
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.45);
        Label summary = new Label();
        summary.setId("validationSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        VBox right = new VBox(8, bar, summary, work);
        VBox.setVgrow(work, Priority.ALWAYS);
        VBox left = new VBox(8, Fx.heading(session.t("nav.validation").replace("_", "")), groups);
        VBox.setVgrow(groups, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(left, false);
        left.setPadding(new javafx.geometry.Insets(0, 6, 0, 0));
        right.setPadding(new javafx.geometry.Insets(0, 0, 0, 6));
        split.getStyleClass().add("page-split");
        VBox page = Fx.page(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        vm.loadYears();
        return page;
    }

    /** "Show consequences": the findings folded under the finding they follow from, listed too. */
    private Node consequences() {
        javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(session.t("validation.showConsequences"));
        box.setId("showConsequences");
        box.selectedProperty().bindBidirectional(vm.showConsequencesProperty());
        box.setTooltip(new javafx.scene.control.Tooltip(session.t("validation.showConsequencesTip")));
        return box;
    }

    private Node detail() {
        TextArea text = new TextArea();
        text.setId("findingDetail");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(vm.detailProperty());
        TextField comment = new TextField();
        comment.setId("findingComment");
        comment.setPromptText(session.t("validation.commentPrompt"));
        Button confirm = Fx.button(session.t("validation.confirm"), e -> vm.mark(vm.selectedProperty().get(),
                FindingStatus.CONFIRMED, comment.getText()));
        confirm.setId("confirmFinding");
        Button query = Fx.button(session.t("validation.query"), e -> vm.mark(vm.selectedProperty().get(),
                FindingStatus.QUERIED, comment.getText()));
        query.setId("queryFinding");
        Button reopen = Fx.button(session.t("validation.reopen"), e -> vm.mark(vm.selectedProperty().get(),
                FindingStatus.OPEN, comment.getText()));
        for (Button b : new Button[] {confirm, query, reopen}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        subscriptions.add(vm.selectedProperty().subscribe((a, f) -> comment.setText(f == null || f.comment() == null
                ? "" : f.comment())));
        // Why a mark was not saved, right under the box to fill in; it never covers the box or the buttons.
        Label problem = new Label();
        problem.setId("commentProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.commentProblemProperty());
        problem.visibleProperty().bind(vm.commentProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        subscriptions.add(vm.commentProblemProperty().subscribe((a, b) -> {
            if (b != null && !b.isEmpty()) {
                comment.requestFocus();
            }
        }));
        VBox box = new VBox(6, Fx.labelFor(session.t("validation.detail"), text), text,
                Fx.labelFor(session.t("validation.comment.label"), comment), comment, problem, new HBox(6, confirm,
                query, reopen));
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }

    private <E extends Enum<E>> ComboBox<E> nullable(E[] values, String prefix, String anyKey) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? session.t(anyKey) : session.t(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private Button thresholds() {
        Button b = Fx.button(session.t("validation.thresholdsButton"), e -> {
            if (!session.needsWorkspace()) {
                new ThresholdsDialog(session, vm.thresholds()).show(Fx.window((Node) e.getSource()));
            }
        });
        b.setId("thresholdsButton");
        b.setTooltip(new javafx.scene.control.Tooltip(session.t("validation.thresholdsTip")));
        return b;
    }
}
