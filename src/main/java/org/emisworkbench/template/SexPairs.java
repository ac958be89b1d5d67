package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A label followed on its row by each sex and its count: {@code Professores: | H | 4 | M | 5}. Each count is read
 * as the label's field for that sex, in the cell after the sex's own (a label {@code column} found on the label's
 * row). The sex letters are read in the workbook's language: in Portuguese {@code M} is mulheres (women).
 */
final class SexPairs {
    /** A sex written right of a label and its count after it. */
    record Pair(Cell sexCell, Cell value, String sex) {
    }

    private SexPairs() {
    }

    /**
     * The pairs right of {@code label} on its row, or an empty list unless the row holds, after the label, only
     * sexes each followed by a number, two sexes at least and both of them.
     */
    static List<Pair> of(List<List<Cell>> rows, Cell label, String language) {
        CodeList sexes = CodeLists.forDrafting().require("sex");
        java.util.Map<String, String> letters = SexLetters.of(language);
        List<Cell> right = rows.get(label.row()).stream().filter(c -> c.col() > label.col() && !c.isBlank()).toList();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i + 1 < right.size(); i += 2) {
            Cell s = right.get(i);
            Cell v = right.get(i + 1);
            if (s.kind() != CellKind.TEXT || v.kind() != CellKind.NUMBER) {
                return List.of();
            }
            String folded = HeaderText.fold(s.text()).strip();
            String sex = letters.containsKey(folded) ? letters.get(folded) : sexes.code(s.text());
            if (sex == null) {
                return List.of();
            }
            out.add(new Pair(s, v, sex));
        }
        boolean whole = right.size() % 2 == 0;
        return whole && out.stream().map(Pair::sex).distinct().count() == 2 ? out : List.of();
    }

    /**
     * Drafts a label followed on its row by each sex and its count: one label per sex naming the sex as its column,
     * added to {@code labels}, its cells to {@code values} and its field to {@code meanings}; true when so read
     * (the label's words name a count by sex, not yet read for these sexes).
     */
    static boolean draft(String sheet, List<List<Cell>> rows, Cell c, String text, String language,
                                 List<LabelMapping> labels, Set<Long> values, Set<String> meanings) {
        List<SexPairs.Pair> pairs = SexPairs.of(rows, c, language);
        // The field from the label's words, with a sex when they need one ("Professores H"); the sex is the pair's.
        DraftVocabulary.Guess g = pairs.isEmpty() ? null : DraftVocabulary.guess(text, "enrolment");
        // "Professores" alone is the teachers of both sexes (a total); with the pair's sex it is that sex's count.
        g = pairs.isEmpty() || g != null && g.field() != null && !g.total() ? g
                : DraftVocabulary.guess(text + " " + pairs.get(0).sexCell().text().strip(), "enrolment");
        CanonicalField f = g == null || g.key() || g.total() || g.field() == null ? null
                : CanonicalField.parse(g.field()).orElse(null);
        if (f == null || f.kind() != CanonicalField.Kind.FIXED || !f.topic().bySex()
                || pairs.stream().anyMatch(p -> meanings.contains(f.name() + "|" + p.sex()))) {
            return false;
        }
        for (SexPairs.Pair p : pairs) {
            meanings.add(f.name() + "|" + p.sex());
            values.add(FormCrossTabs.at(p.sexCell()));
            values.add(FormCrossTabs.at(p.value()));
            labels.add(new LabelMapping(sheet, c.row(), c.col(), text, p.value().shown(), f.name(), p.sex(), null,
                    false, g.confidence(), TemplateDrafter.oneLine(p.sexCell().text()).strip()));
        }
        return true;
    }
}
