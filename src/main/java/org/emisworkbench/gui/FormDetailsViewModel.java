package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;

/**
 * The parts of a form's label and table the draft may write that the rest of the mapping screen does not show: a
 * label's {@code band} over its column ({@code Total} over {@code Male | Female}, decision 0091) and its {@code ticks}
 * (an answer marked in a {@code Yes} or a {@code No} column), a table's {@code stream} column (streams of a grade in a
 * table with a row per grade, decision 0091) and whether it {@code adds} up with the sheet's other blocks of its
 * figure (decision 0090). Shown as text in the template's own words ({@code Qualified + Unqualified}, {@code Yes = yes;
 * No = no}); an entry that cannot be read, or that the template loader would refuse, is refused naming what is
 * wrong and nothing changes; a change goes into the sheet's form (and the screen's undo) and the preview is worked out
 * again.
 */
final class FormDetailsViewModel {
    private final Session session;
    private final TemplateWorkshop workshop;
    private final MappingViewModel screen;
    private final StringProperty band = new SimpleStringProperty("");
    private final StringProperty ticks = new SimpleStringProperty("");
    private final StringProperty stream = new SimpleStringProperty("");
    private final BooleanProperty adds = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    FormDetailsViewModel(Session session, TemplateWorkshop workshop, MappingViewModel screen) {
        this.session = session;
        this.workshop = workshop;
        this.screen = screen;
    }

    /** A label's bands as typed: {@code Qualified + Unqualified}. */
    static String bandText(List<String> bands) {
        return String.join(" + ", bands);
    }

    /** A label's ticked columns as typed: {@code Yes = yes; No = no}. */
    static String ticksText(Map<String, String> ticks) {
        return String.join("; ", ticks.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
    }

    /** Shows label {@code index} of the current form (nothing when there is none). */
    void showLabel(int index) {
        LabelMapping l = label(screen.currentForm(), index);
        band.set(l == null ? "" : bandText(l.band()));
        ticks.set(l == null ? "" : ticksText(l.ticks()));
        problem.set("");
    }

    /** Shows table {@code index} of the current form: its stream column, and whether it is written as adding up. */
    void showGrid(int index) {
        FormMapping f = screen.currentForm();
        GridMapping g = grid(f, index);
        stream.set(g == null || g.stream() == null ? "" : g.stream());
        adds.set(g != null && workshop.addsUp(f, index));
        problem.set("");
    }

    /**
     * Reads label {@code index} of the current form under the bands {@code bandText} ({@code A + B}; blank: none) and
     * answered by marks in the columns {@code ticksText} ({@code Yes = yes; No = no}; blank: none); false, the problem
     * named, nothing changed, when either cannot be read or cannot go with the label.
     */
    boolean applyLabel(int index, String bandText, String ticksText) {
        FormMapping f = screen.currentForm();
        LabelMapping l = label(f, index);
        if (l == null) {
            return false;
        }
        List<String> bands = new ArrayList<>();
        for (String part : parts(bandText, "\\+")) {
            if (part.isEmpty()) {
                return refuse("mapping.details.blankBand", bandText.strip());
            }
            bands.add(part);
        }
        Map<String, String> marks = new LinkedHashMap<>();
        for (String part : parts(ticksText, "[;\\n]")) {
            if (part.isEmpty()) {
                continue; // "Yes = yes; No = no;": nothing after the last separator
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || part.substring(eq + 1).isBlank() || marks.containsKey(part.substring(0, eq).strip())) {
                return refuse("mapping.details.badTick", part);
            }
            marks.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        if (!bands.isEmpty() && l.column() == null) {
            return refuse("mapping.details.bandNeedsColumn", l.label());
        }
        if (!marks.isEmpty() && l.field() == null) {
            return refuse("mapping.details.ticksNeedField", l.label());
        }
        if (!marks.isEmpty() && (l.column() != null || l.inside() || l.fromSheetName() || l.fromFileName())) {
            return refuse("mapping.details.ticksNotPlaced", l.label());
        }
        if (marks.size() == 1) {
            return refuse("mapping.details.oneTick", l.label());
        }
        if (bands.equals(l.band()) && marks.equals(l.ticks())) {
            problem.set("");
            return true;
        }
        return apply(f, f.withLabel(index, l.withTicks(marks).withBand(bands)));
    }

    /**
     * Reads table {@code index} of the current form with its streams named in the column headed {@code streamText}
     * (blank: none), and adding up with the sheet's other tables of its figure when {@code add}; false, the problem
     * named, nothing changed, when the table cannot have them.
     */
    boolean applyGrid(int index, String streamText, boolean add) {
        FormMapping f = screen.currentForm();
        GridMapping g = grid(f, index);
        if (g == null) {
            return false;
        }
        String heading = streamText == null || streamText.isBlank() ? null : streamText.strip();
        boolean addsUp = workshop.addsUp(f, index);
        boolean done;
        if (heading != null && !g.mayHaveStream()) {
            done = refuse("mapping.details.noStream", g.title());
        } else if (add && !g.reads()) {
            done = refuse("mapping.details.addsNotRead", g.title());
        } else {
            // Left as the draft's rule decides unless the officer changed it: other tables set later still follow it.
            Boolean addsNow = add == addsUp ? g.adds() : Boolean.valueOf(add);
            boolean same = java.util.Objects.equals(heading, g.stream()) && java.util.Objects.equals(addsNow, g.adds());
            problem.set("");
            done = same || apply(f, f.withGrid(index, g.withStream(heading).withAdds(addsNow)));
        }
        if (!done) {
            adds.set(addsUp); // the tick box says what the template says; the heading stays as typed, to be put right
        }
        return done;
    }

    /** Puts {@code after} in place of {@code before}, unless the template loader refuses something new in it. */
    private boolean apply(FormMapping before, FormMapping after) {
        Set<String> was = new HashSet<>(workshop.formProblems(before));
        String refused = workshop.formProblems(after).stream().filter(p -> !was.contains(p)).findFirst().orElse(null);
        if (refused != null) {
            return refuse("mapping.details.refused", refused);
        }
        problem.set("");
        screen.put(after);
        return true;
    }

    private boolean refuse(String key, Object what) {
        problem.set(session.t(key, what));
        return false;
    }

    private static List<String> parts(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split(separator, -1)).map(String::strip).toList();
    }

    private static LabelMapping label(FormMapping f, int index) {
        return f == null || index < 0 || index >= f.labels().size() ? null : f.labels().get(index);
    }

    private static GridMapping grid(FormMapping f, int index) {
        return f == null || index < 0 || index >= f.grids().size() ? null : f.grids().get(index);
    }

    /** The selected label's bands, as typed. */
    StringProperty band() {
        return band;
    }

    /** The selected label's ticked columns, as typed. */
    StringProperty ticks() {
        return ticks;
    }

    /** The selected table's stream column heading ("" for none). */
    StringProperty stream() {
        return stream;
    }

    /** Whether the selected table is written as adding up with the sheet's other blocks of its figure. */
    BooleanProperty adds() {
        return adds;
    }

    /** What is wrong with the last entry refused ("" when none). */
    StringProperty problem() {
        return problem;
    }
}
