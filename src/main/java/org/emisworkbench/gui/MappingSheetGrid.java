package org.emisworkbench.gui;

import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.emisworkbench.service.TemplateWorkshop;

/** A sheet's first rows on the mapping screen as a spreadsheet: merged cells spanned, header and title rows marked. */
final class MappingSheetGrid {
    private MappingSheetGrid() {
    }

    /**
     * @param header the header's first and last rows (0-based), or null
     * @param titles the rows (0-based) of the titles of tables stacked under the first one
     */
    static SpreadsheetView of(TemplateWorkshop.SheetPreview p, int[] header, Set<Integer> titles) {
        GridBase g = new GridBase(p.rows(), p.columns());
        ObservableList<ObservableList<SpreadsheetCell>> rows = FXCollections.observableArrayList();
        for (int r = 0; r < p.rows(); r++) {
            ObservableList<SpreadsheetCell> row = FXCollections.observableArrayList();
            for (int c = 0; c < p.columns(); c++) {
                SpreadsheetCell cell = SpreadsheetCellType.STRING.createCell(r, c, 1, 1, p.texts()[r][c]);
                cell.setEditable(false);
                if (header != null && r >= header[0] && r <= header[1] || titles.contains(r)) {
                    cell.getStyleClass().add("mapping-header");
                }
                row.add(cell);
            }
            rows.add(row);
        }
        g.setRows(rows);
        for (int[] m : p.merged()) {
            if (m[1] > m[0]) {
                g.spanRow(m[1] - m[0] + 1, m[0], m[2]);
            }
            if (m[3] > m[2]) {
                g.spanColumn(m[3] - m[2] + 1, m[0], m[2]);
            }
        }
        SpreadsheetView view = new SpreadsheetView(g);
        view.setId("mappingSpreadsheet");
        view.setEditable(false);
        view.setShowRowHeader(true);
        view.setShowColumnHeader(true);
        view.setPrefHeight(220);
        // Wide enough for a header such as "Grade 1 Girls"; a merged banner spans its columns.
        view.getColumns().forEach(c -> c.setPrefWidth(110));
        VBox.setVgrow(view, Priority.ALWAYS);
        return view;
    }
}
