package org.emisworkbench.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.explore.Cell;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Figure;
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
    private final GradeSystem grades;
    private final Map<String, String> regionOf;
    private final Map<String, String> labels;
    private final boolean byAge;
    /** Sums per row key, then column key. */
    private final Map<List<String>, Map<List<String>, long[]>> sums = new HashMap<>();
    /** Schools with and without the figures, per group of school-level values (rows' part, columns' part). */
    private final Map<List<String>, Map<List<String>, int[]>> groups = new HashMap<>();
    private final Map<List<String>, int[]> rowGroups = new HashMap<>();
    private final Map<List<String>, int[]> columnGroups = new HashMap<>();
    private final int[] all = new int[2];
    private final List<Integer> years = new ArrayList<>();
    private int cellCount;

    /**
     * @param regionOf each district's region (codes), for the region dimension
     * @param labels   names of area codes; school names are added as schools come
     */
    public PivotBuilder(Exploration ex, GradeSystem grades, Map<String, String> regionOf, Map<String, String> labels) {
        this.ex = ex;
        this.measure = ex.measure();
        this.grades = grades;
        this.regionOf = regionOf;
        this.labels = new HashMap<>(labels);
        this.byAge = ex.uses(Dimension.AGE);
    }

    /** Adds one school's return for {@code year}. */
    public void add(int year, SchoolFacts s) {
        if (!years.contains(year)) {
            years.add(year);
        }
        Map<Dimension, String> school = schoolValues(year, s);
        for (Map.Entry<Dimension, String> e : school.entrySet()) {
            if (!kept(e.getKey(), e.getValue())) {
                return;
            }
        }
        if (ex.uses(Dimension.SCHOOL) && s.attribute(SchoolAttribute.NAME) != null) {
            labels.put(s.code(), s.attribute(SchoolAttribute.NAME));
        }
        Map<List<String>, long[]> figures = figures(s, school);
        List<String> rowPart = part(ex.rows(), school);
        List<String> columnPart = part(ex.columns(), school);
        // A school that reports the measure's figures, whatever its grades and sexes (a secondary school has no
        // G1 pupils to add), is counted; one whose return gives none of them makes its cells partial.
        boolean reports = reports(s, measure.numerator()) && (!measure.isRatio() || reports(s, measure.denominator()));
        int slot = reports ? 0 : 1;
        groups.computeIfAbsent(rowPart, k -> new HashMap<>()).computeIfAbsent(columnPart, k -> new int[2])[slot]++;
        rowGroups.computeIfAbsent(rowPart, k -> new int[2])[slot]++;
        columnGroups.computeIfAbsent(columnPart, k -> new int[2])[slot]++;
        all[slot]++;
        if (figures.isEmpty()) {
            if (!reports) {
                // The school still has its row and column, shown empty and marked as not reported.
                touch(key(ex.rows(), school), key(ex.columns(), school));
            }
            return;
        }
        for (Map.Entry<List<String>, long[]> f : figures.entrySet()) {
            long[] sum = touch(f.getKey().subList(0, ex.rows().size()), f.getKey().subList(ex.rows().size(),
                    f.getKey().size()));
            sum[0] += f.getValue()[0];
            sum[1] += f.getValue()[1];
            sum[2] += 1;
        }
    }

    private long[] touch(List<String> row, List<String> column) {
        if (row == null || column == null) {
            return new long[3];
        }
        return sums.computeIfAbsent(List.copyOf(row), k -> new HashMap<>()).computeIfAbsent(List.copyOf(column), k -> {
            if (++cellCount > MAX_CELLS) {
                throw new TooManyCells(MAX_CELLS);
            }
            return new long[3];
        });
    }

    /** True when the school's return gives any value of the figure, in any grade, age or sex. */
    private boolean reports(SchoolFacts s, Figure f) {
        if (f.topic() == null) {
            return true;
        }
        Sex[] sexes = f.sex() != null ? new Sex[] {f.sex()} : f.topic().bySex() ? Sex.values() : new Sex[] {null};
        for (Sex sex : sexes) {
            if (!f.topic().graded()) {
                if (s.totalOneSex(f.topic(), sex, f.slot()) != FactRecord.MISSING) {
                    return true;
                }
                continue;
            }
            for (int slot = 0; slot < grades.size(); slot++) {
                if (s.totalOneSex(f.topic(), sex, slot) != FactRecord.MISSING) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The school's figures split by the table's within-school dimensions: per row-and-column key, the
     * numerator and denominator. A ratio keeps a key only where the school reports both parts.
     */
    private Map<List<String>, long[]> figures(SchoolFacts s, Map<Dimension, String> school) {
        Map<List<String>, Long> num = split(s, measure.numerator(), school);
        if (!measure.isRatio()) {
            Map<List<String>, long[]> out = new LinkedHashMap<>();
            num.forEach((k, v) -> out.put(k, new long[] {v, 0}));
            return out;
        }
        Map<List<String>, Long> den = split(s, measure.denominator(), school);
        Map<List<String>, long[]> out = new LinkedHashMap<>();
        num.forEach((k, v) -> {
            Long d = den.get(k);
            if (d != null) {
                out.put(k, new long[] {v, d});
            }
        });
        return out;
    }

    /** One figure of a school, added up per key of the table's dimensions; a key only where a value is reported. */
    private Map<List<String>, Long> split(SchoolFacts s, Figure f, Map<Dimension, String> school) {
        Map<List<String>, Long> out = new HashMap<>();
        Map<Dimension, String> at = new java.util.EnumMap<>(school);
        if (f.topic() == null) {
            put(out, at, 1);
            return out;
        }
        Sex[] sexes = f.sex() != null ? new Sex[] {f.sex()} : f.topic().bySex() ? Sex.values() : new Sex[] {null};
        for (Sex sex : sexes) {
            if (sex != null) {
                at.put(Dimension.SEX, sex.name());
                if (!kept(Dimension.SEX, sex.name())) {
                    continue;
                }
            }
            if (!f.topic().graded()) {
                int v = s.totalOneSex(f.topic(), sex, f.slot());
                if (v != FactRecord.MISSING) {
                    put(out, at, v);
                }
                continue;
            }
            for (int slot = 0; slot < grades.size(); slot++) {
                String grade = grades.bySlot(slot).code();
                at.put(Dimension.GRADE, grade);
                if (!kept(Dimension.GRADE, grade)) {
                    continue;
                }
                if (byAge) {
                    byAge(s, f, sex, slot, at, out);
                } else {
                    int v = s.totalOneSex(f.topic(), sex, slot);
                    if (v != FactRecord.MISSING) {
                        put(out, at, v);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A grade's pupils by age: the return's age rows; what its all-ages figure has beyond them (all of it,
     * for a return without ages) counts under "age not reported", so a table by age adds up to the same
     * pupils as one without.
     */
    private void byAge(SchoolFacts s, Figure f, Sex sex, int slot, Map<Dimension, String> at,
                       Map<List<String>, Long> out) {
        long byAges = 0;
        boolean anyAge = false;
        for (FactValues row : s.rows(f.topic())) {
            if (row.sex() != sex || row.age().isAll()) {
                continue;
            }
            int v = row.value(slot);
            if (v == FactRecord.MISSING) {
                continue;
            }
            anyAge = true;
            byAges += v;
            String age = row.age().isUnknown() ? Dimension.NOT_REPORTED : row.age().code();
            at.put(Dimension.AGE, age);
            if (kept(Dimension.AGE, age)) {
                put(out, at, v);
            }
        }
        int allAges = s.at(f.topic(), sex, AgeGroup.ALL, slot);
        if (allAges != FactRecord.MISSING && allAges > byAges || !anyAge && allAges != FactRecord.MISSING) {
            at.put(Dimension.AGE, Dimension.NOT_REPORTED);
            if (kept(Dimension.AGE, Dimension.NOT_REPORTED)) {
                put(out, at, allAges - byAges);
            }
        }
    }

    private void put(Map<List<String>, Long> out, Map<Dimension, String> at, long v) {
        List<String> k = new ArrayList<>(ex.rows().size() + ex.columns().size());
        for (Dimension d : ex.rows()) {
            k.add(at.getOrDefault(d, Dimension.NOT_REPORTED));
        }
        for (Dimension d : ex.columns()) {
            k.add(at.getOrDefault(d, Dimension.NOT_REPORTED));
        }
        out.merge(k, v, Long::sum);
    }

    private boolean kept(Dimension d, String value) {
        Set<String> keep = ex.kept(d);
        return keep.isEmpty() || keep.stream().anyMatch(k -> k.equalsIgnoreCase(value));
    }

    private Map<Dimension, String> schoolValues(int year, SchoolFacts s) {
        Map<Dimension, String> v = new java.util.EnumMap<>(Dimension.class);
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
        java.util.Set<List<String>> columnSet = new java.util.HashSet<>();
        sums.values().forEach(m -> columnSet.addAll(m.keySet()));
        List<List<String>> columnKeys = new ArrayList<>(columnSet);
        rowKeys.sort(order(ex.rows()));
        columnKeys.sort(order(ex.columns()));
        if (ex.rows().isEmpty() && rowKeys.isEmpty()) {
            rowKeys.add(List.of());
        }
        if (ex.columns().isEmpty() && columnKeys.isEmpty()) {
            columnKeys.add(List.of());
        }
        Cell[][] cells = new Cell[rowKeys.size()][columnKeys.size()];
        Cell[] rowTotals = new Cell[rowKeys.size()];
        Cell[] columnTotals = new Cell[columnKeys.size()];
        Arrays.fill(columnTotals, Cell.EMPTY);
        long[] grand = new long[3];
        for (int r = 0; r < rowKeys.size(); r++) {
            List<String> rk = rowKeys.get(r);
            Map<List<String>, long[]> row = sums.getOrDefault(rk, Map.of());
            long[] rowSum = new long[3];
            for (int c = 0; c < columnKeys.size(); c++) {
                List<String> ck = columnKeys.get(c);
                long[] v = row.get(ck);
                int[] g = groups.getOrDefault(schoolPart(ex.rows(), rk), Map.of()).get(schoolPart(ex.columns(), ck));
                cells[r][c] = cell(v, g, false);
                if (v != null) {
                    for (int i = 0; i < 3; i++) {
                        rowSum[i] += v[i];
                    }
                }
            }
            rowTotals[r] = cell(rowSum, rowGroups.get(schoolPart(ex.rows(), rk)), true);
            for (int i = 0; i < 3; i++) {
                grand[i] += rowSum[i];
            }
        }
        for (int c = 0; c < columnKeys.size(); c++) {
            long[] colSum = new long[3];
            for (int r = 0; r < rowKeys.size(); r++) {
                long[] v = sums.getOrDefault(rowKeys.get(r), Map.of()).get(columnKeys.get(c));
                if (v != null) {
                    for (int i = 0; i < 3; i++) {
                        colSum[i] += v[i];
                    }
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
     * A cell from its sums and its group's schools: a cell counts the schools whose figures are in it; a
     * total, whose schools may be in several of its cells, counts its group's schools that report the
     * figures. The group's schools that report nothing at all make the cell partial.
     */
    private static Cell cell(long[] v, int[] group, boolean total) {
        int without = group == null ? 0 : group[1];
        if (v == null || v[2] == 0) {
            return new Cell(0, 0, 0, without);
        }
        int reported = total && group != null ? group[0] : (int) v[2];
        return new Cell(v[0], v[1], reported, without);
    }

    private static List<String> schoolPart(List<Dimension> dims, List<String> key) {
        List<String> out = new ArrayList<>(dims.size());
        for (int i = 0; i < dims.size(); i++) {
            out.add(dims.get(i).ofSchool() ? key.get(i) : null);
        }
        return out;
    }

    private Comparator<List<String>> order(List<Dimension> dims) {
        return (a, b) -> {
            for (int i = 0; i < dims.size(); i++) {
                int c = compare(dims.get(i), a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private int compare(Dimension d, String a, String b) {
        boolean na = Dimension.NOT_REPORTED.equals(a);
        boolean nb = Dimension.NOT_REPORTED.equals(b);
        if (na || nb) {
            return Boolean.compare(na, nb); // "not reported" last
        }
        return switch (d) {
            case YEAR -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            case GRADE -> Integer.compare(grades.byCode(a).map(g -> g.slot()).orElse(Integer.MAX_VALUE),
                    grades.byCode(b).map(g -> g.slot()).orElse(Integer.MAX_VALUE));
            case AGE -> Integer.compare(ageOrder(a), ageOrder(b));
            case SEX -> a.compareTo(b); // girls (F) before boys (M), as the returns print them
            default -> a.compareTo(b);
        };
    }

    private static int ageOrder(String code) {
        AgeGroup g = new AgeGroup(code);
        return g.code().startsWith("-") ? -100 + g.highest() : g.lowest();
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
