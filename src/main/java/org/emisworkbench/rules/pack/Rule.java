package org.emisworkbench.rules.pack;

import java.util.Objects;
import org.emisworkbench.rules.expr.Scope;

/** One checked rule of a pack; {@code titleFr} is its French title, or null when the pack gives none. */
public record Rule(String id, String title, String titleFr, Severity severity, Scope scope, Messages message,
                   RuleSpec spec) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(spec, "spec");
    }

    /** The title in French when asked for and the pack has one, else the title as written. */
    public String title(boolean french) {
        return french && titleFr != null ? titleFr : title;
    }

    public RuleKind kind() {
        return spec.kind();
    }
}
