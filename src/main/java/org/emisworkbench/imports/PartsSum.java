package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.HeaderMatcher;

/**
 * A figure that is the sum of columns of one row ({@code sumOf}), on any wide sheet: a school's row, or a row of a
 * sheet with several rows per school whose grade (sex, age) the row gives ({@code Day Boys} + {@code Boarding Boys} of
 * the row's stream). Missing when every part is blank or a part is unreadable (that cell's problem is reported
 * already); the sum of the parts present when some are blank, each blank part named ({@code PARTIAL_SUM}, rule
 * IMP-13). Its source names every cell added ({@code C+E}).
 */
final class PartsSum {
    private PartsSum() {
    }

    /**
     * Works out one row's sum.
     *
     * @param parts   the columns added, in the order of {@code sumOf}
     * @param valueOf a part's value as read: {@link FactRecord#MISSING} when blank, or a problem code
     * @param cellOf  a part's cell as the figure's source (column letters, or the full cell)
     * @param store   where the sum goes, with its source
     */
    static void read(String field, String slotKey, String school, int row, int[] parts, IntUnaryOperator valueOf,
                     IntFunction<String> cellOf, SheetProblems problems, SexDifference.Store store) {
        read(parts, valueOf, cellOf, (v, source, blank) -> report(field, slotKey, school, row, problems, v, source,
                blank), store);
    }

    /** What is said of a sum some of whose parts are blank: the sum, its source, the blank parts' columns. */
    interface Partial {
        void blank(int value, String source, List<Integer> blankParts);
    }

    /** Works out one row's sum, a sum with blank parts said to {@code partial} (before it is stored). */
    static void read(int[] parts, IntUnaryOperator valueOf, IntFunction<String> cellOf, Partial partial,
                     SexDifference.Store store) {
        long total = 0;
        StringBuilder source = new StringBuilder();
        List<Integer> blank = new ArrayList<>();
        for (int p : parts) {
            int v = valueOf.applyAsInt(p);
            if (v == FactRecord.MISSING) {
                blank.add(p);
                continue;
            }
            if (CellValues.isProblem(v)) {
                return;
            }
            total += v;
            source.append(source.length() == 0 ? "" : "+").append(cellOf.apply(p));
        }
        if (source.length() == 0) {
            return;
        }
        int v = (int) Math.min(Integer.MAX_VALUE - 1, total);
        if (!blank.isEmpty()) {
            partial.blank(v, source.toString(), blank);
        }
        store.put(v, source.toString());
    }

    /**
     * Says at the first blank part that the figure stored is the sum of the parts given ({@code source}, cells joined
     * by {@code +}) only ({@code PARTIAL_SUM}, rule IMP-13).
     */
    static void report(String field, String slotKey, String school, int row, SheetProblems problems, int value,
                       String source, List<Integer> blank) {
        List<String> cells = blank.stream().map(p -> problems.name(row, p)).toList();
        problems.report(ProblemKind.PARTIAL_SUM, row, blank.get(0), school, field, "",
                Message.of(cells.size() == 1 ? "import.detail.partialSum" : "import.detail.partialSums",
                        HeaderMatcher.describe(slotKey), value, source.replace("+", ", "), String.join(", ", cells)));
    }
}
