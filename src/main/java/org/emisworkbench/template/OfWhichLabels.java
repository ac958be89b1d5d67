package org.emisworkbench.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Labels that count a part of the label above them: {@code Nombre de salles de classe : 6} then {@code Dont en bon
 * état : 4} ("of which in good condition"). Alone such a label names nothing; read with the label it qualifies it
 * names a field ({@code classrooms.good}), and without this its value was left out in silence.
 */
final class OfWhichLabels {
    /** "of which" in English, French and Portuguese, starting the label. */
    private static final Pattern OF_WHICH = Pattern.compile(
            "(?iu)\\s*(dont|of which|of whom|including|among them|dos quais|das quais|incluindo)\\b\\s*(.*)");
    /** Rows above searched for the label qualified. */
    private static final int ROWS_UP = 2;
    /** Rows above searched for the heading over labels of one sex (the other sex's label between). */
    private static final int HEADING_ROWS_UP = 3;

    private OfWhichLabels() {
    }

    /** True when the text starts with "of which" and says of what ({@code Dont en bon état}): a count's part. */
    static boolean partOf(String text) {
        Matcher m = text == null ? null : OF_WHICH.matcher(text);
        return m != null && m.matches() && !m.group(2).isBlank();
    }

    /**
     * The words to guess {@code label}'s field from: for an "of which" label, the nearest text above it in its column
     * followed by the label's words after "of which" ({@code Nombre de salles de classe en bon état}); else
     * for a label of one sex alone under a heading, the heading's words then the sex ({@link #underHeading}); else
     * {@code text} itself.
     */
    static String words(List<List<Cell>> rows, Cell label, String text) {
        Matcher m = OF_WHICH.matcher(text);
        if (!m.matches() || m.group(2).isBlank()) {
            return underHeading(rows, label, text);
        }
        for (int r = label.row() - 1; r >= Math.max(0, label.row() - ROWS_UP); r--) {
            for (Cell c : rows.get(r)) {
                if (c.col() == label.col() && c.kind() == CellKind.TEXT && !c.isBlank()) {
                    String above = TemplateDrafter.oneLine(c.text()).strip().replaceAll(":+$", "").strip();
                    return OF_WHICH.matcher(above).matches() ? text : above + " " + m.group(2).strip();
                }
            }
        }
        return text;
    }

    /**
     * A label of one sex alone ({@code Hommes}, {@code Female}, {@code Mulheres}) under a heading standing alone on
     * its row ({@code ENSEIGNANTS}, {@code TEACHERS}, {@code PROFESSORES}), with only labels of one sex between them:
     * the heading's words then the sex ({@code ENSEIGNANTS Hommes}), so that the field is the heading's for that sex.
     * Else {@code text} itself.
     */
    private static String underHeading(List<List<Cell>> rows, Cell label, String text) {
        if (!oneSex(text)) {
            return text;
        }
        for (int r = label.row() - 1; r >= Math.max(0, label.row() - HEADING_ROWS_UP); r--) {
            List<Cell> filled = rows.get(r).stream().filter(c -> !c.isBlank()).toList();
            if (filled.isEmpty()) {
                return text;
            }
            Cell first = filled.get(0);
            if (first.col() != label.col() || first.kind() != CellKind.TEXT) {
                return text;
            }
            String above = TemplateDrafter.oneLine(first.text()).strip().replaceAll(":+$", "").strip();
            if (oneSex(above)) {
                continue; // Hommes above Femmes: look further up
            }
            return filled.size() == 1 ? above + " " + text : text;
        }
        return text;
    }

    /** True for a word of one sex alone, longer than a letter ({@code Femmes}, {@code Boys}, {@code Homens}). */
    private static boolean oneSex(String text) {
        String n = HeaderText.normalizeLabel(text);
        return n.length() > 1 && CodeLists.builtIn().require("sex").code(n) != null
                && !HeaderText.BOTH_SEXES_WORDS.contains(n);
    }
}
