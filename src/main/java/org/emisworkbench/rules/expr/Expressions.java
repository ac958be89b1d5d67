package org.emisworkbench.rules.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Entry point of the rule language: sandbox check, parse, then check against the catalog and scope. */
public final class Expressions {
    /** Longest expression accepted: rules are short; a megabyte of text is an attack or an accident. */
    public static final int MAX_LENGTH = 4000;

    private Expressions() {
    }

    /** The outcome of compiling one expression: the expression, or every problem found in it. */
    public record Compilation(CompiledExpr expr, List<ExprException> problems) {
        public Compilation {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Compilation compile(String text, FieldCatalog catalog, Scope scope) {
        return compile(text, catalog, scope, Map.of());
    }

    /**
     * Compiles {@code text} where the names of {@code parameters} stand for their numbers (the values in
     * force for the pack); a parameter name is not looked up as a field.
     */
    public static Compilation compile(String text, FieldCatalog catalog, Scope scope, Map<String, Double> parameters) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            return new Compilation(null, List.of(new ExprException(new Pos(1, 1), "the expression is longer than "
                    + MAX_LENGTH + " characters")));
        }
        var refused = Sandbox.check(text);
        if (refused.isPresent()) {
            return new Compilation(null, List.of(refused.get()));
        }
        if (text.isBlank()) {
            return new Compilation(null, List.of(new ExprException(new Pos(1, 1), "the expression is empty")));
        }
        Expr root;
        try {
            root = new Parser(text, parameters).parseAll();
        } catch (ExprException e) {
            return new Compilation(null, List.of(e));
        }
        List<ExprException> problems = new ArrayList<>();
        Checker checker = new Checker(catalog, scope, problems);
        ValueType type = checker.check(root);
        if (!problems.isEmpty() || type == null) {
            return new Compilation(null, problems);
        }
        return new Compilation(new CompiledExpr(text, root, type, checker.variables, checker.fields,
                checker.parameters), List.of());
    }

    /** Compiles or throws the first problem; for code and tests that hold trusted expressions. */
    public static CompiledExpr compileOrThrow(String text, FieldCatalog catalog, Scope scope) {
        Compilation c = compile(text, catalog, scope);
        if (!c.ok()) {
            throw c.problems().get(0);
        }
        return c.expr();
    }
}
