package org.emisworkbench.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.HeaderMatcher;

/**
 * Rows of both sexes beside rows of one sex on a sheet whose row gives the sex ({@link RowDimensionPlan.SexRows},
 * decision 0055): {@code Boys} then {@code Total} for each school and grade. Each row meets its other half in the
 * school's rows (the same grade cell and age, above or below it), and the other sex is worked out column by column
 * as the total less the one sex, by {@link SexDifference} as everywhere else: blanks are not zeros, a sex above the
 * total is reported and nothing stored. A half left without its other half when the school's rows end leaves the
 * other sex missing, said at each filled cell ({@code PARTIAL_SUM}, as a blank beside a filled cell is).
 */
final class SexRowPairs {
    /** Where a figure worked out goes: count column {@code col} of the row that completed the pair. */
    interface Store {
        void put(int col, int value, String source);
    }

    /**
     * A row waiting for its other half.
     *
     * @param figure the figure of the other sex each count column gives, as {@link HeaderMatcher#slotKey}
     */
    private record Half(String school, int row, boolean both, int[] values, IntFunction<String> figure) {
    }

    private final RowDimensionPlan dims;
    private final int[] columns;
    private final String[] letters;
    private final SheetProblems problems;
    private final Map<String, Half> bothRows = new LinkedHashMap<>();
    private final Map<String, Half> givenRows = new LinkedHashMap<>();
    /* Grades (and ages) of the school whose other sex has a row of its own: read, not worked out. */
    private final java.util.Set<String> otherSexRows = new java.util.HashSet<>();

    /** @param columns the count columns whose sex their row gives: the figures a row of both sexes holds */
    SexRowPairs(RowDimensionPlan dims, int[] columns, String[] letters, SheetProblems problems) {
        this.dims = dims;
        this.columns = columns.clone();
        this.letters = letters;
        this.problems = problems;
    }

    /**
     * A row of both sexes, or of the one sex given: the other sex is worked out into {@code store} when its other
     * half is there, else it waits.
     *
     * @param at     the grade cell and age shared by the two halves
     * @param values the row's count cells as read (blank {@link FactRecord#MISSING}, problem codes as they are)
     * @param figure the figure of the other sex each count column gives
     */
    void add(String at, String school, int row, boolean both, int[] values, IntFunction<String> figure, Store store) {
        Half here = new Half(school, row, both, values.clone(), figure);
        Half other = (both ? givenRows : bothRows).remove(at);
        if (other == null) {
            Half before = (both ? bothRows : givenRows).put(at, here);
            if (before != null) {
                unpaired(before);
            }
            return;
        }
        Half total = both ? here : other;
        Half given = both ? other : here;
        for (int c : columns) {
            SexDifference.read(dims.field[c].name(), figure.apply(c), school, new SexDifference.Cells(total.row(),
                    given.row(), c, c, letters[c] + (total.row() + 1), letters[c] + (given.row() + 1)),
                    total.values()[c], given.values()[c], problems, (v, from) -> store.put(c, v, from));
        }
    }

    /** A row of the sex worked out, given as such ({@code Girls} beside {@code Boys}, no total): nothing to work out. */
    void otherSexRow(String at) {
        otherSexRows.add(at);
    }

    /** The school's rows end: each half left without its other half is said, unless the other sex had its own row. */
    void end() {
        bothRows.values().forEach(this::unpaired);
        givenRows.forEach((at, h) -> {
            if (!otherSexRows.contains(at)) {
                unpaired(h);
            }
        });
        bothRows.clear();
        givenRows.clear();
        otherSexRows.clear();
    }

    private void unpaired(Half h) {
        RowDimensionPlan.SexRows sexRows = dims.sexRows;
        for (int c : columns) {
            int v = h.values()[c];
            if (v == FactRecord.MISSING || CellValues.isProblem(v)) {
                continue;
            }
            String figure = HeaderMatcher.describe(h.figure().apply(c));
            problems.report(ProblemKind.PARTIAL_SUM, h.row(), c, h.school(), dims.field[c].name(), String.valueOf(v),
                    h.both() ? Message.of("import.detail.differenceRowMissing", figure, problems.name(h.row(), c),
                            String.valueOf(v), sexRows.givenText())
                            : Message.of("import.detail.differenceBothRowMissing", figure, problems.name(h.row(), c),
                            String.valueOf(v), sexRows.totalText()));
        }
    }
}
