package org.emisworkbench.rules.expr;

import java.util.Objects;
import java.util.Set;

/**
 * A checked expression, ready to evaluate.
 *
 * @param text      the expression as written in the pack
 * @param root      its syntax tree
 * @param type      its static type
 * @param variables scope variables it uses ({@code g}, {@code s}, {@code a})
 * @param fields    canonical names of the fields it reads
 * @param parameters names of the pack's parameters it reads
 */
public record CompiledExpr(String text, Expr root, ValueType type, Set<Character> variables, Set<String> fields,
                           Set<String> parameters) {
    public CompiledExpr {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(type, "type");
        variables = Set.copyOf(variables);
        fields = Set.copyOf(fields);
        parameters = Set.copyOf(parameters);
    }

    @Override
    public String toString() {
        return text;
    }
}
