package org.emisworkbench.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes an officer made to a workbook's forms on the mapping screen, kept by the text of each label and
 * table rather than by sheet. In a workbook of one school per sheet ({@link SchoolsPer#SHEET}) every sheet is the
 * same form and the template reads one of them on every sheet, so a change made on any sheet is made on each
 * ({@link #onto}); the last change of a label, a table or the constants and sums wins.
 *
 * @param labels what each label is read as (its field and sex, ticked columns, band), by its text as compared ({@link
 *               HeaderText#normalizeLabel}) with, for a small table's value, its column's header
 * @param grids  what each table is read as (a null field: not read; its stream column, adding up), by its title as
 *               compared
 * @param extras the sheet whose constants and sums were set last, or null when none were set
 * @param splits the tables split into the topics side by side under their banners, by the title (as compared) of
 *               the table before it was split; replayed before the tables' topics, which name the parts by band
 */
public record FormEdits(Map<String, LabelMapping> labels, Map<String, GridMapping> grids, FormMapping extras,
                        Map<String, Split> splits) {
    /** No change made yet. */
    public static final FormEdits NONE = new FormEdits(Map.of(), Map.of(), null, Map.of());

    /**
     * A table split by its banners: the table as it was, and the tables it became (one per band).
     *
     * @param whole the table before (no band)
     * @param parts the tables after, each with its band
     */
    public record Split(GridMapping whole, List<GridMapping> parts) {
        public Split {
            parts = List.copyOf(parts);
        }
    }

    public FormEdits {
        // Insertion order is the order of the changes: replayed in it, a later change wins.
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        grids = Collections.unmodifiableMap(new LinkedHashMap<>(grids));
        splits = Collections.unmodifiableMap(new LinkedHashMap<>(splits));
    }

    /** These changes and the one that made {@code after} of {@code before} (the same sheet, read before and after). */
    public FormEdits with(FormMapping before, FormMapping after) {
        Map<String, LabelMapping> l = new LinkedHashMap<>(labels);
        Map<String, GridMapping> g = new LinkedHashMap<>(grids);
        for (int i = 0; i < Math.min(before.labels().size(), after.labels().size()); i++) {
            LabelMapping was = before.labels().get(i);
            LabelMapping now = after.labels().get(i);
            if (!sameReading(was, now)) {
                l.remove(key(now));
                l.put(key(now), now);
            }
        }
        // Tables are followed by title and band, not by place: a split puts several tables where there was one.
        Map<String, Split> s = new LinkedHashMap<>(splits);
        List<GridMapping> added = after.grids().stream().filter(a -> find(before.grids(), a) == null).toList();
        for (GridMapping was : before.grids()) {
            if (find(after.grids(), was) == null && was.band().isEmpty() && !added.isEmpty()) {
                s.remove(key(was));
                s.put(key(was), new Split(was, added));
            }
        }
        for (GridMapping now : after.grids()) {
            GridMapping was = find(before.grids(), now);
            if (was != null && !sameReading(was, now)) {
                g.remove(key(now));
                g.put(key(now), now);
            }
        }
        boolean extrasChanged = !before.constants().equals(after.constants()) || !before.sums().equals(after.sums());
        return new FormEdits(l, g, extrasChanged ? after : extras, s);
    }

    /** The table of {@code grids} with the same title and band as {@code g} (in its cell, else the first), or null. */
    private static GridMapping find(List<GridMapping> grids, GridMapping g) {
        int i = match(grids.stream().map(x -> new int[] {key(x).equals(key(g)) ? 1 : 0, x.row(), x.col()}).toList(),
                g.row(), g.col());
        return i < 0 ? null : grids.get(i);
    }

    /**
     * {@code form} with every change replayed on it: each label and table whose text was changed on some sheet is
     * read as set there, and the constants and sums are the last set. Labels and tables no change names keep
     * their reading.
     */
    public FormMapping onto(FormMapping form) {
        FormMapping f = form;
        for (LabelMapping set : labels.values()) {
            int i = match(f.labels().stream().map(l -> new int[] {key(l).equals(key(set)) ? 1 : 0, l.row(), l.col()})
                    .toList(), set.row(), set.col());
            LabelMapping l = i < 0 ? null : f.labels().get(i);
            if (l != null && !sameReading(l, set)) {
                f = f.withLabel(i, l.withField(set.field(), set.sex()).withTicks(set.ticks()).withBand(set.band()));
            }
        }
        for (Split split : splits.values()) {
            GridMapping whole = split.whole();
            int i = match(f.grids().stream().map(g -> new int[] {key(g).equals(key(whole)) ? 1 : 0, g.row(), g.col()})
                    .toList(), whole.row(), whole.col());
            if (i >= 0) {
                // The same form lower or higher on another sheet: the parts move with the table.
                int shift = f.grids().get(i).row() - whole.row();
                f = f.withGrids(i, 1, split.parts().stream().map(p -> p.movedBy(shift)).toList());
            }
        }
        for (GridMapping set : grids.values()) {
            int i = match(f.grids().stream().map(g -> new int[] {key(g).equals(key(set)) ? 1 : 0, g.row(), g.col()})
                    .toList(), set.row(), set.col());
            GridMapping g = i < 0 ? null : f.grids().get(i);
            if (g != null && !sameReading(g, set)) {
                f = f.withGrid(i, g.withField(set.field()).withStream(set.stream()).withAdds(set.adds()));
            }
        }
        if (extras != null && (!extras.constants().equals(f.constants()) || !extras.sums().equals(f.sums()))) {
            f = f.withExtras(extras.constants(), extras.sums());
        }
        return f;
    }

    /**
     * Which of a sheet's labels or tables ({same text 1|0, row, col} each) a change names: the one of the same text,
     * or when the sheet writes that text more than once, the one in the cell where it was changed (else the first).
     */
    private static int match(List<int[]> found, int row, int col) {
        int first = -1;
        for (int i = 0; i < found.size(); i++) {
            int[] x = found.get(i);
            if (x[0] == 1 && x[1] == row && x[2] == col) {
                return i;
            }
            first = first < 0 && x[0] == 1 ? i : first;
        }
        return first;
    }

    /** True when two labels are read alike: field, sex, ticked columns and band over the column. */
    private static boolean sameReading(LabelMapping a, LabelMapping b) {
        return Objects.equals(a.field(), b.field()) && Objects.equals(a.sex(), b.sex()) && a.ticks().equals(b.ticks())
                && a.band().equals(b.band());
    }

    /** True when two tables are read alike: topic, stream column and adding up. */
    private static boolean sameReading(GridMapping a, GridMapping b) {
        return Objects.equals(a.field(), b.field()) && Objects.equals(a.stream(), b.stream())
                && Objects.equals(a.adds(), b.adds());
    }

    private static String key(LabelMapping l) {
        return HeaderText.normalizeLabel(l.label()) + "|" + (l.column() == null ? "" : HeaderText.normalizeLabel(
                l.column()));
    }

    /** A table by its title and, for tables side by side under one title, the band over its columns. */
    private static String key(GridMapping g) {
        return HeaderText.normalizeLabel(g.title()) + "|" + String.join("/", g.band());
    }
}
