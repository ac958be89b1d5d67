package org.emisworkbench.gui;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.template.FigureText;
import org.emisworkbench.template.Template;

/**
 * How the workbook writes counts as text, for the whole template on the mapping screen: the nil marks and the
 * thousands separator the workbook's count cells show, until the officer sets others.
 */
final class MappingFigures {
    private static final FigureText.Settings NONE = new FigureText.Settings(List.of(), ",");
    private final StringProperty nilMarksText = new SimpleStringProperty("");
    private final StringProperty thousands = new SimpleStringProperty(",");
    /** The nil marks and thousands separator the officer set; null while they are those the workbook shows. */
    private FigureText.Settings figures;
    /** The nil marks and thousands separator of the last template written while {@link #figures} is null. */
    private FigureText.Settings drafted = NONE;
    private final Runnable changed;

    /** @param changed works the preview out again */
    MappingFigures(Runnable changed) {
        this.changed = changed;
    }

    /** Back to what the workbook shows (another workbook opened). */
    void reset() {
        figures = null;
        drafted = NONE;
    }

    /** What the officer set, or null to take what the workbook shows. */
    FigureText.Settings chosen() {
        return figures;
    }

    /** Shows what the workbook's count cells show, as the template written reads them, until the officer says otherwise. */
    void drafted(Template t) {
        if (figures == null) {
            drafted = new FigureText.Settings(t.nilMarks(), t.thousands() == null ? "," : t.thousands());
            nilMarksText.set(String.join(" ", drafted.nilMarks()));
            thousands.set(drafted.thousands());
        }
    }

    /**
     * Sets how the workbook writes counts as text: {@code marks} the texts that mean nil (read as 0 and reported,
     * separated by spaces; blank: none) and {@code separator} the thousands separator ({@code ,} or {@code .}).
     * The template saved carries them and the preview is worked out again with them; nothing changes when they
     * are those shown already (also when a control echoes the values the workbook shows).
     */
    void set(String marks, String separator) {
        List<String> list = marks == null ? List.of() : List.of(marks.strip().split("\\s+")).stream()
                .filter(m -> !m.isEmpty()).toList();
        String sep = separator == null || separator.isBlank() ? "," : separator.strip();
        FigureText.Settings next = new FigureText.Settings(list, sep);
        if (next.equals(figures != null ? figures : drafted)) {
            return;
        }
        figures = next;
        nilMarksText.set(String.join(" ", list));
        thousands.set(sep);
        changed.run();
    }

    /** The texts read as nil, separated by spaces: as the workbook shows them, or as the officer set them. */
    StringProperty nilMarksText() {
        return nilMarksText;
    }

    /** The thousands separator of counts written as text: {@code ,} or {@code .}. */
    StringProperty thousands() {
        return thousands;
    }
}
