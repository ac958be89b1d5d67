package org.emisworkbench.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;

/**
 * Computes an exploration school by school: each school's figures are split by the table's dimensions and
 * added into its cells, so only the cells are held, never the census. Call {@link #add} for every school
 * of every year, then {@link #build}.
 */
public final class PivotBuilder {
    /** Most cells a table may have: a table bigger than this is no longer read by a person. */
    public static final int MAX_CELLS = 250_000;

    private final Exploration ex;
    private final Measure measure;
    private final SchoolFigures figures;
    private final PivotOrder order;
    private final Map<String, String> regionOf;
    private final Map<String, String> labels;
    /** Sums per row key, then column key. */
    private final Map<List<String>, Map<List<String>, long[]>> sums = new HashMap<>();
    /** Schools with and without the figures, per group of school-level values (rows' part, columns' part). */
    private final Map<List<String>, Map<List<String>, int[]>> groups = new HashMap<>();
    private final Map<List<String>, int[]> rowGroups = new HashMap<>();
    private final Map<List<String>, int[]> columnGroups = new HashMap<>();
    private final int[] all = new int[3];
    private final List<Integer> years = new ArrayList<>();
    private int cellCount;
    private boolean subtotalsAdded;

    /**
     * @param regionOf each district's region (codes), for the region dimension
     * @param labels   names of area codes; school names are added as schools come
     */
    public PivotBuilder(Exploration ex, GradeSystem grades, Map<String, String> regionOf, Map<String, String> labels) {
        this.ex = ex;
        this.measure = ex.measure();
        this.figures = new SchoolFigures(ex, grades);
        this.order = new PivotOrder(grades);
        this.regionOf = regionOf;
        this.labels = new HashMap<>(labels);
    }

    /** Adds one school's return for {@code year}. */
    public void add(int year, SchoolFacts s) {
        if (!years.contains(year)) {
            years.add(year);
        }
        Map<Dimension, String> school = schoolValues(year, s);
        for (Map.Entry<Dimension, String> e : school.entrySet()) {
            if (!figures.kept(e.getKey(), e.getValue())) {
                return;
            }
        }
        if (ex.uses(Dimension.SCHOOL) && s.attribute(SchoolAttribute.NAME) != null) {
            labels.put(s.code(), s.attribute(SchoolAttribute.NAME));
        }
        // A district the master list does not name is shown as the returns write it ("Coral Bay", as the reports
        // show it), grouped whatever its case: its key stays the upper-cased code filters compare with.
        String district = school.get(Dimension.DISTRICT);
        if (ex.uses(Dimension.DISTRICT) && !Dimension.NOT_REPORTED.equals(district)) {
            labels.putIfAbsent(district, s.district().replace('\u00A0', ' ').strip());
        }
        Map<List<String>, long[]> split = figures.of(s, school);
        List<String> rowPart = part(ex.rows(), school);
        List<String> columnPart = part(ex.columns(), school);
        // A school that reports the measure's figures, whatever its grades and sexes (a secondary school has no
        // G1 pupils to add), is counted; one whose return gives none of them makes its cells partial.
        boolean reports = figures.reports(s, measure.numerator())
                && (!measure.isRatio() || figures.reports(s, measure.denominator()));
        int slot = reports ? 0 : 1;
        // Each group counts its schools reporting, not reporting, and having a cell that could not be read.
        boolean unreadable = split.values().stream().anyMatch(v -> v[3] > 0);
        for (int[] g : List.of(groups.computeIfAbsent(rowPart, k -> new HashMap<>()).computeIfAbsent(columnPart,
                k -> new int[3]), rowGroups.computeIfAbsent(rowPart, k -> new int[3]),
                columnGroups.computeIfAbsent(columnPart, k -> new int[3]), all)) {
            g[slot]++;
            g[2] += unreadable ? 1 : 0;
        }
        if (split.isEmpty()) {
            if (!reports) {
                // The school still has its row and column, shown empty and marked as not reported.
                touch(key(ex.rows(), school), key(ex.columns(), school));
            }
            return;
        }
        for (Map.Entry<List<String>, long[]> f : split.entrySet()) {
            long[] sum = touch(f.getKey().subList(0, ex.rows().size()), f.getKey().subList(ex.rows().size(),
                    f.getKey().size()));
            // numerator, denominator, schools with a value here, schools with a cell here that could not be read
            addInto(sum, f.getValue());
        }
    }

    private long[] touch(List<String> row, List<String> column) {
        if (row == null || column == null) {
            return new long[4];
        }
        return sums.computeIfAbsent(List.copyOf(row), k -> new HashMap<>()).computeIfAbsent(List.copyOf(column), k -> {
            if (++cellCount > MAX_CELLS) {
                throw new TooManyCells(MAX_CELLS);
            }
            return new long[4];
        });
    }

    private Map<Dimension, String> schoolValues(int year, SchoolFacts s) {
        Map<Dimension, String> v = new EnumMap<>(Dimension.class);
        String district = code(s.district());
        v.put(Dimension.YEAR, Integer.toString(year));
        v.put(Dimension.DISTRICT, district);
        v.put(Dimension.REGION, code(regionOf.get(s.district() == null ? "" : s.district().trim().toUpperCase(Locale.ROOT))));
        v.put(Dimension.SCHOOL, s.code());
        v.put(Dimension.OWNERSHIP, lower(s.attribute(SchoolAttribute.OWNERSHIP)));
        v.put(Dimension.LOCALITY, lower(s.attribute(SchoolAttribute.LOCALITY)));
        v.put(Dimension.LEVEL, lower(s.attribute(SchoolAttribute.LEVEL)));
        return v;
    }

    private static String code(String v) {
        return v == null || v.isBlank() ? Dimension.NOT_REPORTED : v.trim().toUpperCase(Locale.ROOT);
    }

    private static String lower(String v) {
        return v == null || v.isBlank() ? Dimension.NOT_REPORTED : v.trim().toLowerCase(Locale.ROOT);
    }

    /** The school-level values of {@code dims}, with the figure-level ones left as null. */
    private static List<String> part(List<Dimension> dims, Map<Dimension, String> school) {
        List<String> out = new ArrayList<>(dims.size());
        for (Dimension d : dims) {
            out.add(d.ofSchool() ? school.get(d) : null);
        }
        return out;
    }

    /** The key of a school without figures: only when every dimension of it is a school's own. */
    private static List<String> key(List<Dimension> dims, Map<Dimension, String> school) {
        List<String> out = new ArrayList<>(dims.size());
        for (Dimension d : dims) {
            if (!d.ofSchool()) {
                return null;
            }
            out.add(school.get(d));
        }
        return out;
    }

    /** The table: rows and columns in their natural order, every cell with its coverage. */
    public Pivot build() {
        List<List<String>> rowKeys = new ArrayList<>(sums.keySet());
        Set<List<String>> columnSet = new HashSet<>();
        sums.values().forEach(m -> columnSet.addAll(m.keySet()));
        List<List<String>> columnKeys = new ArrayList<>(columnSet);
        rowKeys.sort(order.of(ex.rows()));
        columnKeys.sort(order.of(ex.columns()));
        if (ex.rows().isEmpty() && rowKeys.isEmpty()) {
            rowKeys.add(List.of());
        }
        if (ex.columns().isEmpty() && columnKeys.isEmpty()) {
            columnKeys.add(List.of());
        }
        if (ex.hasSubtotals() && !subtotalsAdded) {
            subtotalsAdded = true;
            addSubtotalSums(rowKeys);
        }
        if (ex.hasSubtotals()) {
            rowKeys = Subtotals.interleave(rowKeys, ex.rows().size());
        }
        Cell[][] cells = new Cell[rowKeys.size()][columnKeys.size()];
        Cell[] rowTotals = new Cell[rowKeys.size()];
        Cell[] columnTotals = new Cell[columnKeys.size()];
        Arrays.fill(columnTotals, Cell.EMPTY);
        long[] grand = new long[4];
        for (int r = 0; r < rowKeys.size(); r++) {
            List<String> rk = rowKeys.get(r);
            boolean subtotal = rk.contains(Dimension.ALL);
            Map<List<String>, long[]> row = sums.getOrDefault(rk, Map.of());
            long[] rowSum = new long[4];
            for (int c = 0; c < columnKeys.size(); c++) {
                List<String> ck = columnKeys.get(c);
                long[] v = row.get(ck);
                int[] g = groups.getOrDefault(schoolPart(ex.rows(), rk), Map.of()).get(schoolPart(ex.columns(), ck));
                // a subtotal's schools may be in several of its rows (a region's grades): counted as a total's
                cells[r][c] = cell(v, g, subtotal);
                addInto(rowSum, v);
            }
            rowTotals[r] = cell(rowSum, rowGroups.get(schoolPart(ex.rows(), rk)), true);
            if (!subtotal) {
                addInto(grand, rowSum);
            }
        }
        for (int c = 0; c < columnKeys.size(); c++) {
            long[] colSum = new long[4];
            for (int r = 0; r < rowKeys.size(); r++) {
                if (!rowKeys.get(r).contains(Dimension.ALL)) {
                    addInto(colSum, sums.getOrDefault(rowKeys.get(r), Map.of()).get(columnKeys.get(c)));
                }
            }
            columnTotals[c] = cell(colSum, columnGroups.get(schoolPart(ex.columns(), columnKeys.get(c))), true);
        }
        List<Integer> sortedYears = new ArrayList<>(years);
        sortedYears.sort(Comparator.naturalOrder());
        return new Pivot(ex, List.copyOf(sortedYears), List.copyOf(rowKeys), List.copyOf(columnKeys), cells, rowTotals,
                columnTotals, cell(grand, all, true), Map.copyOf(labels));
    }

    /**
     * The sums of every subtotal row, kept like a row's (by subtotal key, then column), and the schools of each
     * subtotal's groups like a row's groups: the rest of {@link #build} then reads a subtotal as it reads a row.
     */
    private void addSubtotalSums(List<List<String>> rowKeys) {
        int dims = ex.rows().size();
        Map<List<String>, Map<List<String>, long[]>> subtotalSums = new HashMap<>();
        for (List<String> rk : rowKeys) {
            for (int level = 1; level < dims; level++) {
                Map<List<String>, long[]> into = subtotalSums.computeIfAbsent(Subtotals.subtotalKey(rk, level, dims),
                        k -> new HashMap<>());
                sums.getOrDefault(rk, Map.of()).forEach((ck, v) -> addInto(into.computeIfAbsent(ck, k -> new long[4]),
                        v));
            }
        }
        sums.putAll(subtotalSums);
        groups.putAll(Subtotals.byPrefix(groups, dims, HashMap::new, (into, g) -> g.forEach((ck, n) -> {
            int[] to = into.computeIfAbsent(ck, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                to[i] += n[i];
            }
        })));
        rowGroups.putAll(Subtotals.byPrefix(rowGroups, dims, () -> new int[3], (into, n) -> {
            for (int i = 0; i < 3; i++) {
                into[i] += n[i];
            }
        }));
    }

    /** Adds a cell's sums (numerator, denominator, schools) into a total's; a cell not there adds nothing. */
    private static void addInto(long[] total, long[] v) {
        if (v != null) {
            for (int i = 0; i < 4; i++) {
                total[i] += v[i];
            }
        }
    }

    /**
     * A cell from its sums and its group's schools: a cell counts the schools whose figures are in it; a
     * total, whose schools may be in several of its cells, counts its group's schools that report the
     * figures. The group's schools that report nothing at all make the cell partial.
     */
    private static Cell cell(long[] v, int[] group, boolean total) {
        int without = group == null ? 0 : group[1];
        // A total adds its cells' schools with unreadable cells, a school at most once: no more than its group has.
        int unreadable = v == null ? 0 : (int) (total && group != null ? Math.min(v[3], group[2]) : v[3]);
        if (v == null || v[2] == 0) {
            return new Cell(0, 0, 0, without, unreadable);
        }
        int reported = total && group != null ? group[0] : (int) v[2];
        return new Cell(v[0], v[1], reported, without, unreadable);
    }

    private static List<String> schoolPart(List<Dimension> dims, List<String> key) {
        List<String> out = new ArrayList<>(dims.size());
        for (int i = 0; i < dims.size(); i++) {
            out.add(dims.get(i).ofSchool() ? key.get(i) : null);
        }
        return out;
    }

    /** The table would have more cells than a person can read. */
    public static final class TooManyCells extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooManyCells(int limit) {
            super(null, null, false, false);
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }
}
