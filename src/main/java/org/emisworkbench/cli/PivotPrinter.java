package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.model.explore.PivotText;

/** An exploration as an aligned text table: header rows, one line per row with its total, a total line. */
final class PivotPrinter {
    private PivotPrinter() {
    }

    static void print(PrintWriter o, Pivot p, PivotText t) {
        Exploration ex = p.exploration();
        Measure m = ex.measure();
        List<List<String>> lines = new ArrayList<>();
        int heads = Math.max(1, ex.columns().size());
        boolean totals = !ex.columns().isEmpty();
        for (int level = 0; level < heads; level++) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < Math.max(1, ex.rows().size()); i++) {
                line.add(level == heads - 1 && i < ex.rows().size() ? t.dimension(ex.rows().get(i)) : "");
            }
            for (List<String> key : p.columnKeys()) {
                line.add(key.isEmpty() ? t.measure(m) : t.value(p, ex.columns().get(level), key.get(level)));
            }
            if (totals) {
                line.add(level == 0 ? t.render(Message.of("explore.total")) : "");
            }
            lines.add(line);
        }
        boolean anyPartial = false;
        for (int r = 0; r < p.rowKeys().size(); r++) {
            List<String> line = new ArrayList<>();
            List<String> key = p.rowKeys().get(r);
            for (int i = 0; i < key.size(); i++) {
                line.add(t.value(p, ex.rows().get(i), key.get(i)));
            }
            if (key.isEmpty()) {
                line.add(t.measure(m));
            }
            for (int c = 0; c < p.columnKeys().size(); c++) {
                line.add(value(t, m, p.cell(r, c)));
                anyPartial |= p.cell(r, c).partial();
            }
            if (totals) {
                line.add(value(t, m, p.rowTotals()[r]));
            }
            lines.add(line);
        }
        if (!ex.rows().isEmpty()) {
            List<String> line = new ArrayList<>();
            line.add(t.render(Message.of("explore.total")));
            for (int i = 1; i < ex.rows().size(); i++) {
                line.add("");
            }
            for (int c = 0; c < p.columnKeys().size(); c++) {
                line.add(value(t, m, p.columnTotals()[c]));
            }
            if (totals) {
                line.add(value(t, m, p.total()));
            }
            lines.add(line);
        }
        lines.replaceAll(line -> line.stream().map(TerminalText::line).toList());
        int cols = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[cols];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        int labelColumns = Math.max(1, ex.rows().size());
        for (List<String> line : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                String pad = " ".repeat(width[i] - line.get(i).length());
                b.append(i < labelColumns ? cell + pad : pad + cell).append(i + 1 < line.size() ? "  " : "");
            }
            o.println(b.toString().stripTrailing());
        }
        if (anyPartial || p.total().partial()) {
            o.println(t.render(Message.of("explore.partialFootnote")));
        }
    }

    private static String value(PivotText t, Measure m, Cell c) {
        return t.shown(m, c);
    }
}
