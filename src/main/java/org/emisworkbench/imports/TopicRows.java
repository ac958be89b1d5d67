package org.emisworkbench.imports;

import java.util.List;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.HeaderText;

/**
 * Rows of a form's age × grade table labelled with a topic ({@code Redoublants}, {@code Repeaters},
 * {@code Nouveaux inscrits}: the spellings of the built-in {@code topic} list, {@code TopicWords.WORDS}) below its
 * age rows: each is that topic's figure of its column's grade and sex, all ages, never an age the list does not know.
 * Read by the table's grid unless another grid of the sheet, under the same title, reads that topic: then that grid
 * reads the row alone ({@code "rows": "none"}), and the table's grid leaves it to it.
 */
final class TopicRows {
    private final GridSpec spec;
    private final List<GridSpec> sheetGrids;
    /** The template's {@code topic} list: the built-in spellings and the template's own (Learners with Disabilities). */
    private final CodeList topics;

    TopicRows(GridSpec spec, List<GridSpec> sheetGrids, CodeList topics) {
        this.spec = spec;
        this.sheetGrids = sheetGrids;
        this.topics = topics;
    }

    /** The graded topic a row's label names ({@code Redoublants}: repeaters), or null. */
    Topic of(String label) {
        String code = label == null ? null : topics.code(label);
        if (code == null) {
            return null;
        }
        Topic t = Topic.fromCode(code);
        return t.graded() ? t : null;
    }

    /** True when another grid of the sheet under this grid's title reads {@code topic}: the row is that grid's. */
    boolean readElsewhere(Topic topic) {
        for (GridSpec g : sheetGrids) {
            // Grids without titles read the form's one table alike (GridAnchor): the same table.
            boolean sameTable = g.titles().isEmpty() ? spec.titles().isEmpty() : g.titles().stream().anyMatch(this::sameTitle);
            if (g != spec && g.field().equalsIgnoreCase(topic.code()) && sameTable) {
                return true;
            }
        }
        return false;
    }

    private boolean sameTitle(String title) {
        String n = HeaderText.normalizeLabel(title);
        return spec.titles().stream().anyMatch(t -> HeaderText.normalizeLabel(t).equals(n));
    }
}
