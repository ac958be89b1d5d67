package org.emisworkbench.template;

import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;

/**
 * A form's cell holding a label and its counts by sex after the colon ({@code Teachers: Male 4 Female 3}, review
 * 22): drafted as one label per sex read inside the cell ({@code "position": "inside"}, {@code "sex": "M"}), each
 * the count after its sex's word ({@link InsideLabels#labelAndCountsBySex}).
 */
final class InsideSexCounts {
    private InsideSexCounts() {
    }

    /**
     * Adds the cell's labels when its words name a count by sex ({@code teachers.total}) not read yet; false (nothing
     * added) when the cell is no such label, or its words name nothing (the import then reports its figures unread).
     */
    static boolean draft(String sheet, Cell c, List<LabelMapping> labels, Set<Long> values, Set<String> meanings) {
        String[] counts = InsideLabels.labelAndCountsBySex(c.text());
        if (counts == null) {
            return false;
        }
        // "Teachers" alone names all the teachers (a total): here the cell gives them by sex.
        DraftVocabulary.Guess g = DraftVocabulary.guess(counts[0], "enrolment");
        CanonicalField f = g == null || g.key() || g.grade() != null || g.age() != null ? null
                : CanonicalField.parse(g.field()).orElse(null);
        if (f == null || f.kind() != CanonicalField.Kind.FIXED || f.topic() == null || !f.topic().bySex()) {
            return false;
        }
        boolean any = false;
        for (int i = 1; i + 1 < counts.length; i += 2) {
            if (meanings.add(f.name() + "|" + counts[i])) {
                labels.add(new LabelMapping(sheet, c.row(), c.col(), counts[0], counts[i + 1], f.name(), counts[i],
                        null, false, g.confidence(), null, true));
                any = true;
            }
        }
        if (any) {
            values.add(FormCrossTabs.at(c));
        }
        return any;
    }
}
