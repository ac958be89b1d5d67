package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;

/**
 * In a form's table with a row per grade ({@code "rows": "grade"}), a {@code Total} of both sexes beside one sex only
 * ({@code Grade | Total | Girls}, {@code Classe | Total | dont filles}, {@code Classe | HM | M}) gives the other sex
 * by difference, grade by grade (decision 0044, as {@code differenceOf} does on a wide sheet). Beside both sexes a
 * total stays a check.
 */
final class GradeRowsDifferences {
    /**
     * A total of both sexes and the one sex beside it, under one band.
     *
     * @param other the sex worked out: the one not given
     * @param band  the band both stand under (Day, Boarding): the other sex of each band adds up, as read sexes do
     */
    record Pair(int totalCol, int sexCol, Sex other, int band) {
    }

    private GradeRowsDifferences() {
    }

    /**
     * The pairs of a table's columns, band by band: a band with exactly one total of both sexes and the columns of
     * exactly one sex (all ages). None in the layouts by age.
     */
    static List<Pair> find(List<GradeRowsBlock.Column> columns) {
        List<Pair> out = new ArrayList<>();
        for (int band : columns.stream().mapToInt(GradeRowsBlock.Column::band).distinct().toArray()) {
            List<GradeRowsBlock.Column> in = columns.stream().filter(c -> c.band() == band).toList();
            if (in.stream().anyMatch(c -> c.age() == null || !c.age().equals(AgeGroup.ALL))) {
                return List.of();
            }
            List<GradeRowsBlock.Column> totals = in.stream().filter(c -> c.total() && c.sex() == null).toList();
            List<GradeRowsBlock.Column> sexed = in.stream().filter(c -> !c.total() && c.sex() != null).toList();
            if (totals.size() == 1 && sexed.size() == 1) {
                Sex given = sexed.get(0).sex();
                out.add(new Pair(totals.get(0).col(), sexed.get(0).col(), given == Sex.F ? Sex.M : Sex.F, band));
            }
        }
        return out;
    }

    /** Where a figure worked out goes: the pair's other sex, of the row's grade. */
    interface Put {
        void put(Pair pair, int value, String source);
    }

    /**
     * Works out the other sex of each pair on row {@code r} of a grade ({@link SexDifference}): missing, and said,
     * when one of the two cells is blank, never the total alone.
     *
     * @param counts each cell's count as read on the row, by column (absent: blank)
     */
    static void read(List<Pair> pairs, int r, String grade, String field, String school,
                     java.util.Map<Integer, Integer> counts, SheetProblems problems, Put put) {
        for (Pair p : pairs) {
            String figure = org.emisworkbench.template.HeaderMatcher.slotKey(field,
                    new org.emisworkbench.template.HeaderMatcher.Match(p.totalCol(), grade, p.other().name(), null));
            String total = org.emisworkbench.model.CellRef.a1(r, p.totalCol());
            String oneSex = org.emisworkbench.model.CellRef.a1(r, p.sexCol());
            SexDifference.read(field, figure, school, new SexDifference.Cells(r, p.totalCol(), p.sexCol(), total,
                    oneSex), counts.getOrDefault(p.totalCol(), org.emisworkbench.model.FactRecord.MISSING),
                    counts.getOrDefault(p.sexCol(), org.emisworkbench.model.FactRecord.MISSING), problems,
                    (v, from) -> put.put(p, v, from));
        }
    }

    /** True when column {@code col} is the total of a pair: the figure is worked out from it, not checked by it. */
    static boolean isTotal(List<Pair> pairs, int col) {
        return pairs.stream().anyMatch(p -> p.totalCol() == col);
    }
}
