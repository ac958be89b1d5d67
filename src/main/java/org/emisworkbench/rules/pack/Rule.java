package org.emisworkbench.rules.pack;

import java.util.List;
import java.util.Objects;
import org.emisworkbench.model.Severity;
import org.emisworkbench.rules.expr.Scope;

/**
 * One checked rule of a pack; {@code titleFr} is its French title, or null when the pack gives none.
 * {@code explains} lists the rules whose findings on the same school and year follow from a finding of
 * this one (its consequences, folded under it); empty for most rules.
 */
public record Rule(String id, String title, String titleFr, Severity severity, Scope scope, Messages message,
                   RuleSpec spec, List<String> explains) {
    public Rule {
        Objects.requireNonNull(id, "id");
        explains = explains == null ? List.of() : List.copyOf(explains);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(spec, "spec");
    }

    /** A rule that explains no other. */
    public Rule(String id, String title, String titleFr, Severity severity, Scope scope, Messages message,
                RuleSpec spec) {
        this(id, title, titleFr, severity, scope, message, spec, List.of());
    }

    /** The title in French when asked for and the pack has one, else the title as written. */
    public String title(boolean french) {
        return french && titleFr != null ? titleFr : title;
    }

    public RuleKind kind() {
        return spec.kind();
    }
}
