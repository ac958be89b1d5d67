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
     * The sums as the template writes them: the differences of one family (the same field and sex, the grade alone
     * changing in both headers: {@code 1ª classe HM − 1ª classe M} … {@code 5ª classe HM − 5ª classe M}) as one entry
     * of patterns without a grade ({@code ["{grade} HM", "{grade} M"]}), as the columns of a family are written; any
     * other sum as it is. Likewise the sums of a class and sex's parts ({@code Class 1 Male New + Class 1 Male Rep}
     * … {@code Class 6 Female New + Class 6 Female Rep}, decision 0060) as one entry of patterns with the grade and the
     * sex ({@code ["Class {grade} {sex} New", "Class {grade} {sex} Rep"]}).
     */
    static List<SumMapping> shaped(List<SumMapping> sums) {
        java.util.Map<String, List<SumMapping>> families = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> shapes = new java.util.HashMap<>();
        for (int i = 0; i < sums.size(); i++) {
            SumMapping s = sums.get(i);
            // A difference's sex is the one it gives, not the one its headers show: its headers are shaped by grade.
            String shownSex = s.difference() ? null : s.sex();
            List<String> shape = s.grade() != null ? s.headers().stream()
                    .map(h -> DraftShapes.shape(new ColumnMapping(-1, h, s.field(), false, false, shownSex, s.grade(),
                            null, null, 1), false)).toList() : null;
            boolean family = shape != null && shape.stream().allMatch(x -> x != null && x.contains("{grade}"));
            boolean bySex = family && !s.difference() && shape.stream().allMatch(x -> x.contains("{sex}"));
            String key = family ? s.field() + "|" + s.difference() + "|" + (bySex ? "{sex}" : s.sex()) + "|"
                    + String.join("\u0000", shape) : "#" + i;
            families.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            if (family) {
                shapes.put(key, shape);
            }
        }
        List<SumMapping> out = new ArrayList<>();
        for (java.util.Map.Entry<String, List<SumMapping>> f : families.entrySet()) {
            List<SumMapping> members = f.getValue();
            if (members.size() > 1 && shapes.containsKey(f.getKey())) {
                List<String> shape = shapes.get(f.getKey());
                SumMapping first = members.get(0);
                out.add(first.difference() ? SumMapping.difference(first.field(), first.sex(), null, shape.get(0),
                        shape.get(1)) : new SumMapping(first.field(), f.getKey().contains("|{sex}|") ? null
                        : first.sex(), shape));
            } else {
                out.addAll(members);
            }
        }
        return out;
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
