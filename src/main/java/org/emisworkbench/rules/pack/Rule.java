package org.emisworkbench.rules.pack;

import java.util.Objects;
import org.emisworkbench.rules.expr.Scope;

/** One checked rule of a pack. */
public record Rule(String id, String title, Severity severity, Scope scope, Messages message, RuleSpec spec) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(spec, "spec");
    }

    public RuleKind kind() {
        return spec.kind();
    }
}
