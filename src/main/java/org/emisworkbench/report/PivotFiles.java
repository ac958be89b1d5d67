package org.emisworkbench.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Numbers;
import org.emisworkbench.model.SafeText;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.model.explore.PivotText;

/**
 * An exploration written for Excel and for scripts. The workbook keeps the table's shape (rows, columns,
 * totals; a partial value marked with * and a footnote) with its definition on a second sheet; the CSV is
 * long, one line per cell with its numerator, denominator and schools, machine-readable in any language.
 */
public final class PivotFiles {
    public static final List<String> XLSX = List.of(".xlsx");
    public static final List<String> CSV = List.of(".csv");

    private PivotFiles() {
    }

    /** The table as a workbook: the table, then its definition. */
    public static void xlsx(Pivot p, PivotText t, Path file) throws IOException {
        Exploration ex = p.exploration();
        Measure m = ex.measure();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheets s = new Sheets(wb);
            Sheet sh = wb.createSheet(sheetName(t.measure(m)));
            Sheets.text(Sheets.row(sh, 0), 0, title(p, t));
            int r = 2;
            int rowDims = Math.max(1, ex.rows().size());
            for (int level = 0; level < Math.max(1, ex.columns().size()); level++) {
                Row header = Sheets.row(sh, r++);
                if (level == Math.max(1, ex.columns().size()) - 1) {
                    for (int i = 0; i < ex.rows().size(); i++) {
                        Sheets.text(header, i, t.dimension(ex.rows().get(i)));
                    }
                }
                for (int c = 0; c < p.columnKeys().size(); c++) {
                    List<String> key = p.columnKeys().get(c);
                    Sheets.text(header, rowDims + c, key.isEmpty() ? t.measure(m)
                            : t.value(p, ex.columns().get(level), key.get(level)));
                }
                if (!ex.columns().isEmpty() && level == 0) {
                    Sheets.text(header, rowDims + p.columnKeys().size(), t.render(Message.of("explore.total")));
                }
            }
            boolean anyPartial = false;
            for (int i = 0; i < p.rowKeys().size(); i++) {
                Row row = Sheets.row(sh, r++);
                List<String> key = p.rowKeys().get(i);
                for (int d = 0; d < key.size(); d++) {
                    Sheets.text(row, d, t.value(p, ex.rows().get(d), key.get(d)));
                }
                if (key.isEmpty()) {
                    Sheets.text(row, 0, t.measure(m));
                }
                for (int c = 0; c < p.columnKeys().size(); c++) {
                    anyPartial |= value(s, row, rowDims + c, m, p.cell(i, c));
                }
                if (!ex.columns().isEmpty()) {
                    anyPartial |= value(s, row, rowDims + p.columnKeys().size(), m, p.rowTotals()[i]);
                }
            }
            if (!ex.rows().isEmpty()) {
                Row total = Sheets.row(sh, r++);
                Sheets.text(total, 0, t.render(Message.of("explore.total")));
                for (int c = 0; c < p.columnKeys().size(); c++) {
                    anyPartial |= value(s, total, rowDims + c, m, p.columnTotals()[c]);
                }
                if (!ex.columns().isEmpty()) {
                    anyPartial |= value(s, total, rowDims + p.columnKeys().size(), m, p.total());
                }
            }
            if (anyPartial) {
                Sheets.text(Sheets.row(sh, r + 1), 0, t.render(Message.of("explore.partialFootnote")));
            }
            definition(wb.createSheet(sheetName(t.render(Message.of("explore.definition")))), p, t);
            wb.write(out);
            wb.dispose();
        }
    }

    /** A value cell; a partial value is marked " *" on display and stays a number. */
    private static boolean value(Sheets s, Row row, int col, Measure m, Cell c) {
        s.figure(row, col, c.value(m), !m.isRatio() ? Numbers.Style.COUNT
                : m.scale() == 100 ? Numbers.Style.PERCENT : Numbers.Style.DECIMAL, false, c.partial() ? " *" : "");
        return c.partial();
    }

    private static void definition(Sheet sh, Pivot p, PivotText t) {
        Exploration ex = p.exploration();
        int r = 0;
        r = line(sh, r, t.render(Message.of("explore.measure")), t.measure(ex.measure()) + " (" + ex.measure().id() + ")");
        r = line(sh, r, t.render(Message.of("explore.rows")), dims(ex.rows(), t));
        r = line(sh, r, t.render(Message.of("explore.columns")), dims(ex.columns(), t));
        List<String> filters = new ArrayList<>();
        for (Map.Entry<Dimension, Set<String>> f : ex.filters().entrySet()) {
            filters.add(t.dimension(f.getKey()) + " = " + String.join(", ", f.getValue()));
        }
        r = line(sh, r, t.render(Message.of("explore.filters")),
                filters.isEmpty() ? t.render(Message.of("explore.none")) : String.join("; ", filters));
        r = line(sh, r, t.render(Message.of("explore.years")), String.join(", ", p.years().stream().map(String::valueOf).toList()));
        line(sh, r + 1, "JSON", org.emisworkbench.explore.ExplorationJson.write(ex));
        sh.setColumnWidth(0, 24 * 256);
        sh.setColumnWidth(1, 80 * 256);
    }

    private static int line(Sheet sh, int r, String name, String value) {
        Row row = Sheets.row(sh, r);
        Sheets.text(row, 0, name);
        Sheets.text(row, 1, value);
        return r + 1;
    }

    private static String dims(List<Dimension> dims, PivotText t) {
        return dims.isEmpty() ? t.render(Message.of("explore.none"))
                : String.join(", ", dims.stream().map(t::dimension).toList());
    }

    private static String title(Pivot p, PivotText t) {
        String years = String.join(", ", p.years().stream().map(String::valueOf).toList());
        String name = p.exploration().name();
        return (name == null ? t.measure(p.exploration().measure()) : name) + (years.isEmpty() ? "" : " — " + years);
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\. */
    private static String sheetName(String s) {
        String clean = s.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /**
     * The table as a long CSV: one line per cell (totals and subtotals excluded, a script adds them), with the codes of
     * its dimensions, the value, its numerator and denominator, the schools it counts and those of its
     * group that report nothing. Codes and plain numbers, so any script in any language reads it.
     */
    public static void csv(Pivot p, Path file) throws IOException {
        Exploration ex = p.exploration();
        Measure m = ex.measure();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>();
            ex.rows().forEach(d -> head.add(d.id()));
            ex.columns().forEach(d -> head.add(d.id()));
            head.addAll(List.of("measure", "value", "numerator", "denominator", "schools", "schools_not_reporting", "partial",
                    "schools_with_unreadable_cells"));
            w.write(String.join(",", head));
            w.write("\r\n");
            for (int r = 0; r < p.rowKeys().size(); r++) {
                if (p.subtotal(r)) {
                    continue; // like the totals, subtotals are left to the script: a sum over the file stays true
                }
                for (int c = 0; c < p.columnKeys().size(); c++) {
                    Cell cell = p.cell(r, c);
                    List<String> f = new ArrayList<>(p.rowKeys().get(r).stream().map(p::written).toList());
                    f.addAll(p.columnKeys().get(c).stream().map(p::written).toList());
                    Double v = cell.value(m);
                    f.add(m.id());
                    f.add(v == null ? "" : plain(v));
                    f.add(Long.toString(cell.numerator()));
                    f.add(m.isRatio() ? Long.toString(cell.denominator()) : "");
                    f.add(Integer.toString(cell.reported()));
                    f.add(Integer.toString(cell.notReported()));
                    f.add(Boolean.toString(cell.partial()));
                    f.add(Integer.toString(cell.unreadable()));
                    w.write(String.join(",", f.stream().map(SafeText::csvField).toList()));
                    w.write("\r\n");
                }
            }
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.4f", v);
    }
}
