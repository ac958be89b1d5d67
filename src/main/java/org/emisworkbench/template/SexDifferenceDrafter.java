package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts a total for both sexes beside one sex only ({@code 1ª classe HM | 1ª classe M}, {@code Total | Girls},
 * {@code T | F}) as the other sex worked out by difference ({@code differenceOf}, decision 0044): the total is no
 * check column then (it adds up nothing on the sheet) but the figure the other sex is taken from, the one sex is
 * read as itself. A total beside both sexes stays a check column; a total beside none is left for the officer.
 */
final class SexDifferenceDrafter {
    private SexDifferenceDrafter() {
    }

    /**
     * The columns with each such total made a part (unread), its difference added to {@code sums}.
     *
     * @param columns the sheet's columns as guessed, totals of both sexes with {@code total} and no sex
     */
    static List<ColumnMapping> apply(List<ColumnMapping> columns, List<SumMapping> sums) {
        List<ColumnMapping> out = new ArrayList<>(columns);
        for (int i = 0; i < out.size(); i++) {
            ColumnMapping t = out.get(i);
            if (!t.total() || t.sex() != null || t.field() == null) {
                continue;
            }
            List<ColumnMapping> sexed = columns.stream().filter(c -> !c.total() && !c.key() && c.sex() != null
                    && t.field().equals(c.field()) && Objects.equals(t.grade(), c.grade())
                    && Objects.equals(t.age(), c.age())).toList();
            if (sexed.size() != 1) {
                continue;
            }
            ColumnMapping one = sexed.get(0);
            String other = "F".equals(one.sex()) ? "M" : "F";
            sums.add(SumMapping.difference(t.field(), other, t.grade(), TemplateDrafter.oneLine(t.header()),
                    TemplateDrafter.oneLine(one.header())));
            out.set(i, ColumnMapping.unread(t.col(), t.header()));
        }
        return out;
    }
}
