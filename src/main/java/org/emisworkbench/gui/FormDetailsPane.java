package org.emisworkbench.gui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;

/**
 * The band and ticked columns of the form label selected on the mapping screen, and the stream column and adding up
 * of the form table selected ({@link FormDetailsViewModel}), as text fields in the template's own words. From the
 * keyboard: the underlined letter, type, Enter applies; the adding up is applied as it is ticked (Space). A refused
 * entry stays as typed, the reason below it.
 */
final class FormDetailsPane {
    private final Session session;
    private final FormDetailsViewModel vm;

    FormDetailsPane(Session session, MappingViewModel screen) {
        this.session = session;
        this.vm = screen.formDetails();
    }

    /** Adds the label's rows to {@code form} from {@code row} on; returns the next free row. */
    int addLabelRows(GridPane form, int row, TableView<LabelMapping> labels) {
        TextField band = field("mappingLabelBand", "Total", vm.band());
        TextField ticks = field("mappingLabelTicks", "Yes = yes; No = no", vm.ticks());
        Button apply = Fx.button(session.t("mapping.applyLabelDetails"), e -> {
            int i = labels.getSelectionModel().getSelectedIndex();
            if (vm.applyLabel(i, band.getText(), ticks.getText())) {
                labels.getSelectionModel().select(i);
            }
        });
        apply.setId("mappingApplyLabelDetails");
        band.setOnAction(e -> apply.fire());
        ticks.setOnAction(e -> apply.fire());
        apply.disableProperty().bind(labels.getSelectionModel().selectedItemProperty().isNull());
        band.disableProperty().bind(apply.disableProperty());
        ticks.disableProperty().bind(apply.disableProperty());
        // By item, not index: a label changed in place (undo, another editor) is shown as it now is.
        labels.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> vm.showLabel(
                labels.getSelectionModel().getSelectedIndex()));
        form.addRow(row, Fx.labelFor(session.t("mapping.labelBand"), band), band);
        form.addRow(row + 1, Fx.labelFor(session.t("mapping.labelTicks"), ticks), ticks);
        form.add(apply, 1, row + 2);
        return row + 3;
    }

    /** Adds the table's rows, and the line naming a refused entry, to {@code form} from {@code row} on. */
    int addGridRows(GridPane form, int row, TableView<GridMapping> grids) {
        TextField stream = field("mappingGridStream", "Stream", vm.stream());
        CheckBox adds = new CheckBox(session.t("mapping.gridAdds"));
        adds.setId("mappingGridAdds");
        adds.setMnemonicParsing(true);
        adds.selectedProperty().bindBidirectional(vm.adds());
        Button apply = Fx.button(session.t("mapping.applyGridDetails"), e -> {
            int i = grids.getSelectionModel().getSelectedIndex();
            if (vm.applyGrid(i, stream.getText(), adds.isSelected())) {
                grids.getSelectionModel().select(i);
            }
        });
        apply.setId("mappingApplyGridDetails");
        stream.setOnAction(e -> apply.fire());
        adds.setOnAction(e -> apply.fire());
        apply.disableProperty().bind(grids.getSelectionModel().selectedItemProperty().isNull());
        stream.disableProperty().bind(apply.disableProperty());
        adds.disableProperty().bind(apply.disableProperty());
        grids.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> vm.showGrid(
                grids.getSelectionModel().getSelectedIndex()));
        Label problem = new Label();
        problem.setId("mappingDetailsProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        problem.textProperty().bind(vm.problem());
        form.addRow(row, Fx.labelFor(session.t("mapping.gridStream"), stream), stream);
        form.add(adds, 1, row + 1);
        form.add(apply, 1, row + 2);
        form.add(problem, 0, row + 3, 2, 1);
        return row + 4;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }
}
