package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The drafter's reading of a table whose rows name the topic and the sex together ({@code Enrolment Boys},
 * {@code Repeaters Girls}, {@code Effectif garçons}, {@code Redoublants filles}) under a header of grades: each
 * topic becomes a grid of its own, {@code "rows": "none"}, {@code "sexLayout": "rows"}, its band the topic's words
 * as the workbook writes them.
 */
final class TopicSexRows {
    private TopicSexRows() {
    }

    /**
     * The topics of the rows from {@code start} down to the first empty row, each with the band texts naming it,
     * in order; empty unless the first row's label is a topic word followed by a sex.
     */
    static Map<String, List<String>> find(List<List<Cell>> rows, int start, CodeList sexes) {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (int r = start; r < rows.size() && !rows.get(r).isEmpty(); r++) {
            Cell first = rows.get(r).get(0);
            String[] band = first.kind() == CellKind.TEXT ? band(first.text(), sexes) : null;
            if (band == null) {
                if (r == start) {
                    return Map.of();
                }
                continue;
            }
            List<String> texts = topics.computeIfAbsent(band[1], k -> new ArrayList<>());
            if (!texts.contains(band[0])) {
                texts.add(band[0]);
            }
        }
        return topics;
    }

    /** {band as written, topic} of a label such as {@code Enrolment Boys}, or null. */
    private static String[] band(String label, CodeList sexes) {
        String[] words = label.strip().split("\\s+");
        if (words.length < 2 || sexes.code(words[words.length - 1]) == null) {
            return null;
        }
        String prefix = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        String folded = DraftVocabulary.fold(prefix);
        for (String[] w : TopicWords.WORDS) {
            if (w[0].length() > 3 && folded.equals(w[0])) {
                return new String[] {prefix, w[1]};
            }
        }
        return null;
    }
}
