package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.HeaderText;

/**
 * The rows of a table whose labels name a topic and a sex together ({@code Enrolment Boys}, {@code Redoublants
 * filles}) with the grades across: a grid with {@code "sexLayout": "rows"} and a {@code band} reads the rows whose
 * label is one of its band texts followed by a sex, and leaves the other topics' rows to their own grids (or
 * unread, to be reported).
 */
final class RowBands {
    /** What a row's label says: one of the grid's topics and a sex, its total, another topic, or nothing known. */
    enum Kind { OURS, OURS_TOTAL, OTHER }

    record Row(Kind kind, Sex sex) {
    }

    private final List<String> bands;
    private final CodeList sexes;

    RowBands(List<String> band, CodeList sexes) {
        this.bands = band.stream().map(HeaderText::normalizeLabel).toList();
        this.sexes = sexes;
    }

    /** The row labelled {@code label} (null: no label). */
    Row of(String label) {
        if (label == null) {
            return new Row(Kind.OTHER, null);
        }
        String text = HeaderText.normalizeLabel(label);
        for (String band : bands) {
            if (text.length() > band.length() && text.startsWith(band) && text.charAt(band.length()) == ' ') {
                String rest = text.substring(band.length()).strip();
                String sex = sexes.code(rest);
                if (sex != null) {
                    return new Row(Kind.OURS, Sex.valueOf(sex));
                }
                if (HeaderText.TOTAL_WORDS.contains(rest)) {
                    return new Row(Kind.OURS_TOTAL, null);
                }
            }
        }
        return new Row(Kind.OTHER, null);
    }
}
