package org.emisworkbench.template;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Topic;

/**
 * The fields a census template collects: those some column, label, grid, table, constant, sum or group row of
 * it gives (docs/rules.md, "Figures a return does not collect"). A rule about a field its school's template does
 * not collect is not run for that school, rather than read as if the school had left the figure blank.
 *
 * <p>Cautious by construction: where the template cannot say (a wide sheet whose rows name their topic) the answer
 * is {@link #ALL}, and every rule runs as before. A roster's rows may be counted into any figure, so a roster
 * template collects every figure; its school's attributes (ownership, locality, level) only where a label, column or
 * constant names them, as a grid template's (review 26 F9: the same schools are "not collected" either way).
 * A template reading any figure of a fixed topic (a teacher, a classroom) collects that topic's total, which
 * the import may work out from its parts; one reading a district's name collects the district (REQ-02 then
 * says the name alone does not say which district).
 */
public final class TemplateFields {
    /** What a template whose fields cannot be told collects: every field. */
    public static final Set<String> ALL = null;

    private TemplateFields() {
    }

    /** The canonical field names (lower case) a census template collects, or {@link #ALL} (null). */
    public static Set<String> collected(Template t) {
        if (t == null || t.role() != Role.CENSUS) {
            return ALL;
        }
        Set<String> out = new TreeSet<>();
        add(out, t.constants());
        for (SheetSpec s : t.sheets()) {
            if (s.kind() != null) {
                if (t.layout() != Layout.ROSTER) {
                    return ALL;
                }
                rosterSheet(out, s);
                continue;
            }
            add(out, s.constants());
            for (ColumnSpec c : s.columns()) {
                if (c.field() != null && !add(out, c.field())) {
                    return ALL;
                }
            }
            for (LabelSpec l : s.labels()) {
                if (l.field() != null && !add(out, l.field())) {
                    return ALL;
                }
            }
            for (GridSpec g : s.grids()) {
                if (!add(out, g.field())) {
                    return ALL;
                }
            }
            for (TableSpec tb : s.tables()) {
                if (!add(out, tb.field())) {
                    return ALL;
                }
            }
            if (s.groupRows() != null && !add(out, s.groupRows())) {
                return ALL;
            }
        }
        if (out.contains(SchoolAttribute.DISTRICT_NAME.field())) {
            out.add(SchoolAttribute.DISTRICT.field());
        }
        for (Topic topic : Topic.values()) {
            if (!topic.graded() && topic.fixedSlots().contains("total")
                    && out.stream().anyMatch(f -> f.startsWith(topic.code() + "."))) {
                out.add(topic.code() + ".total");
            }
        }
        return Set.copyOf(out);
    }

    /** A roster sheet: every figure (its rows are counted), and the school attributes its columns name. */
    private static void rosterSheet(Set<String> out, SheetSpec s) {
        for (Topic topic : Topic.values()) {
            if (topic.graded()) {
                out.add(topic.code());
            } else {
                topic.fixedSlots().forEach(slot -> out.add(topic.code() + "." + slot));
            }
        }
        add(out, s.constants());
        for (ColumnSpec c : s.columns()) {
            if (c.field() != null && CanonicalField.parse(c.field())
                    .filter(f -> f.kind() == CanonicalField.Kind.SCHOOL).isPresent()) {
                add(out, c.field());
            }
        }
    }

    private static void add(Set<String> out, Map<String, String> constants) {
        constants.keySet().forEach(k -> add(out, k));
    }

    /** Adds a field; false when it names no field this class can place (the template then collects {@link #ALL}). */
    private static boolean add(Set<String> out, String field) {
        var parsed = CanonicalField.parse(field);
        if (parsed.isEmpty()) {
            return false;
        }
        CanonicalField f = parsed.get();
        switch (f.kind()) {
            case SCHOOL, GRADED, FIXED -> {
                if (f.topicByRow()) {
                    return false; // the rows say which topic: any graded topic may be read
                }
                out.add(f.name().toLowerCase(Locale.ROOT));
                return true;
            }
            case ROW_DIMENSION -> {
                return !f.rowDimensions().contains("topic");
            }
            default -> {
                return false;
            }
        }
    }
}
