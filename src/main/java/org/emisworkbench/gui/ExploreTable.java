package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.gui.ExploreViewModel.Line;
import org.emisworkbench.gui.ExploreViewModel.SchoolLine;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.model.explore.PivotText;
import org.emisworkbench.service.ExploreService;

/**
 * A pivot as Explore shows it: the value columns' headers (then "Total" when the table has columns), one
 * line of text per row and a total line, and whether any value is partial (the status line's footnote);
 * and the schools behind a value as listed under the table.
 */
record ExploreTable(List<String> headers, List<Line> lines, boolean anyPartial) {

    static ExploreTable of(Pivot p, PivotText t) {
        Exploration ex = p.exploration();
        Measure m = ex.measure();
        List<String> h = new ArrayList<>();
        for (List<String> key : p.columnKeys()) {
            h.add(key.isEmpty() ? t.measure(m) : ExploreService.label(p, ex.columns(), key, t));
        }
        boolean totals = !ex.columns().isEmpty();
        if (totals) {
            h.add(t.render(Message.of("explore.total")));
        }
        List<Line> out = new ArrayList<>();
        boolean anyPartial = false;
        for (int r = 0; r < p.rowKeys().size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < p.columnKeys().size(); c++) {
                cells.add(p.cell(r, c));
            }
            if (totals) {
                cells.add(p.rowTotals()[r]);
            }
            List<String> labels = new ArrayList<>();
            List<String> key = p.rowKeys().get(r);
            for (int i = 0; i < key.size(); i++) {
                labels.add(t.value(p, ex.rows().get(i), key.get(i)));
            }
            out.add(line(r, labels, cells, m, t, false));
            anyPartial |= cells.stream().anyMatch(Cell::partial);
        }
        if (!ex.rows().isEmpty()) {
            List<Cell> cells = new ArrayList<>(List.of(p.columnTotals()));
            if (totals) {
                cells.add(p.total());
            }
            List<String> labels = new ArrayList<>();
            labels.add(t.render(Message.of("explore.total")));
            for (int i = 1; i < ex.rows().size(); i++) {
                labels.add("");
            }
            out.add(line(-1, labels, cells, m, t, true));
            anyPartial |= cells.stream().anyMatch(Cell::partial);
        }
        return new ExploreTable(List.copyOf(h), List.copyOf(out), anyPartial);
    }

    private static Line line(int index, List<String> labels, List<Cell> cells, Measure m, PivotText t, boolean total) {
        List<String> values = new ArrayList<>();
        List<Boolean> partial = new ArrayList<>();
        for (Cell c : cells) {
            values.add(t.shown(m, c));
            partial.add(c.partial());
        }
        return new Line(index, List.copyOf(labels), List.copyOf(values), List.copyOf(partial), total);
    }

    /** The pivot's cell behind a shown value: a row's, a total line's, or the grand total. */
    static Cell cellAt(Pivot p, Line line, int column) {
        boolean totalColumn = column == p.columnKeys().size();
        if (line.total()) {
            return totalColumn ? p.total() : p.columnTotals()[column];
        }
        return totalColumn ? p.rowTotals()[line.index()] : p.cell(line.index(), column);
    }

    /** The schools of a drill-down table (one row per school, the year first when several): code, name, value. */
    static List<SchoolLine> schoolsOf(Pivot d, PivotText t) {
        Measure m = d.exploration().measure();
        List<SchoolLine> out = new ArrayList<>();
        int schoolAt = d.exploration().rows().indexOf(Dimension.SCHOOL);
        for (int r = 0; r < d.rowKeys().size(); r++) {
            String code = d.rowKeys().get(r).get(schoolAt);
            String name = d.labels().getOrDefault(code, "");
            String year = schoolAt > 0 ? d.rowKeys().get(r).get(0) + " " : "";
            out.add(new SchoolLine(code, year + name, t.marked(m, d.cell(r, 0))));
        }
        return out;
    }

    /** The table as tab-separated text, headers first, for pasting into Excel. */
    static String copyText(Pivot p, List<String> headers, List<Line> lines, PivotText t) {
        StringBuilder b = new StringBuilder();
        List<String> head = new ArrayList<>();
        for (Dimension d : p.exploration().rows()) {
            head.add(t.dimension(d));
        }
        if (p.exploration().rows().isEmpty()) {
            head.add("");
        }
        head.addAll(headers);
        b.append(String.join("\t", head)).append('\n');
        for (Line l : lines) {
            List<String> cells = new ArrayList<>(l.labels());
            if (l.labels().isEmpty()) {
                cells.add(t.measure(p.exploration().measure()));
            }
            cells.addAll(l.values());
            b.append(String.join("\t", cells)).append('\n');
        }
        return b.toString();
    }
}
