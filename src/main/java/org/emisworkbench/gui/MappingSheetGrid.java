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

    /** Rows below a table's title where the banners of its bands are looked for (title, banners, ages, sexes). */
    private static final int BAND_ROWS = 5;

    /**
     * @param header the header's first and last rows (0-based), or null
     * @param titles the rows (0-based) of the titles of tables stacked under the first one
     * @param bands  the tables of a form standing side by side under banners, each banner's cell marked and
     *               followed by what its columns are read as, {@code topic(g)}
     */
    static SpreadsheetView of(TemplateWorkshop.SheetPreview p, int[] header, Set<Integer> titles,
                              java.util.List<org.emisworkbench.template.GridMapping> bands,
                              java.util.function.Function<org.emisworkbench.template.GridMapping, String> topic) {
        java.util.Map<Long, String> banners = banners(p, bands, topic);
        GridBase g = new GridBase(p.rows(), p.columns());
        ObservableList<ObservableList<SpreadsheetCell>> rows = FXCollections.observableArrayList();
        for (int r = 0; r < p.rows(); r++) {
            ObservableList<SpreadsheetCell> row = FXCollections.observableArrayList();
            for (int c = 0; c < p.columns(); c++) {
                String band = banners.get((long) r << 20 | c);
                SpreadsheetCell cell = SpreadsheetCellType.STRING.createCell(r, c, 1, 1,
                        band == null ? p.texts()[r][c] : p.texts()[r][c] + "  → " + band);
                cell.setEditable(false);
                if (header != null && r >= header[0] && r <= header[1] || titles.contains(r) || band != null) {
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

    /** The cells of the banners of {@code bands} (by row and column) with what each band is read as. */
    private static java.util.Map<Long, String> banners(TemplateWorkshop.SheetPreview p,
            java.util.List<org.emisworkbench.template.GridMapping> bands,
            java.util.function.Function<org.emisworkbench.template.GridMapping, String> topic) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        for (var g : bands) {
            if (g.band().isEmpty()) {
                continue;
            }
            String text = g.band().get(0).strip();
            found:
            for (int r = Math.max(0, g.row()); r < Math.min(p.rows(), g.row() + BAND_ROWS); r++) {
                for (int c = 0; c < p.columns(); c++) {
                    if (p.texts()[r][c].strip().replaceAll("\\s+", " ").equals(text)) {
                        out.put((long) r << 20 | c, topic.apply(g));
                        break found;
                    }
                }
            }
        }
        return out;
    }
}
