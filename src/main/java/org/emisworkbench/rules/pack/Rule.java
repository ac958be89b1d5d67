package org.emisworkbench.rules.pack;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Texts;
import org.emisworkbench.rules.expr.Scope;

/**
 * One checked rule of a pack: its title and its message in each language the pack gives (English always),
 * the message with {placeholders} ({@link Messages}). {@code explains} lists the rules whose findings on
 * the same school and year follow from a finding of this one (its consequences, folded under it); empty for
 * most rules. {@code cite} lists fields the rule reads whose cells its findings name first, in that order (the
 * figure an officer would query: the teachers of a pupil-teacher ratio, not its pupils); empty: the cells in
 * the order the rule reads them.
 */
public record Rule(String id, Texts titles, Severity severity, Scope scope, Texts message, RuleSpec spec,
                   List<String> explains, List<String> cite) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titles, "titles");
        explains = explains == null ? List.of() : List.copyOf(explains);
        cite = cite == null ? List.of() : List.copyOf(cite);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(spec, "spec");
    }

    /** A rule that explains no other. */
    public Rule(String id, Texts titles, Severity severity, Scope scope, Texts message, RuleSpec spec) {
        this(id, titles, severity, scope, message, spec, List.of(), List.of());
    }

    /** A rule citing its cells in the order it reads them. */
    public Rule(String id, Texts titles, Severity severity, Scope scope, Texts message, RuleSpec spec,
                List<String> explains) {
        this(id, titles, severity, scope, message, spec, explains, List.of());
    }

    /** The title in English, as findings keep it. */
    public String title() {
        return titles.english();
    }

    /** The title in {@code language} when the pack has one, else in English. */
    public String title(Locale language) {
        return titles.in(language);
    }

    public RuleKind kind() {
        return spec.kind();
    }
}
