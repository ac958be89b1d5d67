package org.emisworkbench.rules.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;

/**
 * Checks a parsed expression against the field catalog and the scope, and infers its type. Collects
 * every problem rather than stopping at the first, so an officer fixes a pack in one pass.
 */
final class Checker {
    private final FieldCatalog catalog;
    private final Scope scope;
    private final List<ExprException> problems;
    final Set<Character> variables = new HashSet<>();
    final Set<String> fields = new HashSet<>();
    final Set<String> parameters = new HashSet<>();

    Checker(FieldCatalog catalog, Scope scope, List<ExprException> problems) {
        this.catalog = catalog;
        this.scope = scope;
        this.problems = problems;
    }

    /** The type of {@code e}, or null when a problem was reported below it. */
    ValueType check(Expr e) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (e instanceof Expr.Num) {
            return ValueType.NUMBER;
        } else if (e instanceof Expr.Param p) {
            parameters.add(p.name());
            return ValueType.NUMBER;
        } else if (e instanceof Expr.Text) {
            return ValueType.TEXT;
        } else if (e instanceof Expr.Field f) {
            return field(f);
        } else if (e instanceof Expr.Unary u) {
            return unary(u);
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return call((Expr.Call) e);
    }

    private ValueType unary(Expr.Unary u) {
        ValueType want = u.op() == Expr.UnaryOp.NOT ? ValueType.BOOL : ValueType.NUMBER;
        ValueType got = check(u.operand());
        require(got, want, u.pos(), u.op() == Expr.UnaryOp.NOT ? "'not'" : "'-'");
        return want;
    }

    private ValueType binary(Expr.Binary b) {
        ValueType l = check(b.left());
        ValueType r = check(b.right());
        if (b.op().isArithmetic()) {
            require(l, ValueType.NUMBER, b.left().pos(), "'" + b.op().symbol() + "'");
            require(r, ValueType.NUMBER, b.right().pos(), "'" + b.op().symbol() + "'");
            return ValueType.NUMBER;
        }
        if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
            require(l, ValueType.BOOL, b.left().pos(), "'" + b.op().symbol() + "'");
            require(r, ValueType.BOOL, b.right().pos(), "'" + b.op().symbol() + "'");
            return ValueType.BOOL;
        }
        boolean equality = b.op() == Expr.BinaryOp.EQ || b.op() == Expr.BinaryOp.NE;
        if (l != null && r != null) {
            if (l != r) {
                problems.add(new ExprException(b.pos(), "cannot compare a " + l.label() + " with a " + r.label()));
            } else if (!equality && l != ValueType.NUMBER) {
                problems.add(new ExprException(b.pos(), "'" + b.op().symbol() + "' compares numbers only, not "
                        + l.label() + "s"));
            }
        }
        return ValueType.BOOL;
    }

    private ValueType call(Expr.Call c) {
        List<ValueType> types = c.args().stream().map(this::check).toList();
        String what = c.function().label() + "()";
        switch (c.function()) {
            case SUM, MIN, MAX, ABS -> {
                for (int i = 0; i < types.size(); i++) {
                    require(types.get(i), ValueType.NUMBER, c.args().get(i).pos(), what);
                }
                return ValueType.NUMBER;
            }
            case COUNT -> {
                return ValueType.NUMBER;
            }
            case IF -> {
                require(types.get(0), ValueType.BOOL, c.args().get(0).pos(), "the condition of if()");
                return same(types.subList(1, 3), c, what);
            }
            case COALESCE -> {
                return same(types, c, what);
            }
            case PREVIOUS -> {
                return types.get(0);
            }
            default -> throw new IllegalStateException(c.function().name());
        }
    }

    private ValueType same(List<ValueType> types, Expr.Call c, String what) {
        ValueType first = null;
        for (ValueType t : types) {
            if (t == null) {
                return null;
            }
            if (first == null) {
                first = t;
            } else if (first != t) {
                problems.add(new ExprException(c.pos(), what + " mixes a " + first.label() + " and a " + t.label()));
                return null;
            }
        }
        return first;
    }

    private void require(ValueType got, ValueType want, Pos pos, String where) {
        if (got != null && got != want) {
            problems.add(new ExprException(pos, where + " needs a " + want.label() + ", not a " + got.label()));
        }
    }

    private ValueType field(Expr.Field f) {
        FieldDef def = catalog.field(f.name()).orElse(null);
        if (def == null) {
            problems.add(new ExprException(f.pos(), "unknown field '" + f.name() + "'" + catalog.suggestion(f.name())));
            return null;
        }
        fields.add(def.name());
        if (scope == Scope.DISTRICT_YEAR && !def.allowedInDistrictScope()) {
            problems.add(new ExprException(f.pos(), "'" + f.name() + "' is a school attribute; it cannot be used in "
                    + "scope district-year"));
        } else if (scope != Scope.DISTRICT_YEAR && !def.allowedInSchoolScope()) {
            problems.add(new ExprException(f.pos(), "'" + f.name() + "' exists per district only; use scope "
                    + "district-year"));
        }
        Set<String> seen = new HashSet<>();
        for (Expr.Selector s : f.selectors()) {
            if (!def.dimensions().contains(s.dimension())) {
                problems.add(new ExprException(s.pos(), "'" + f.name() + "' has no dimension '" + s.dimension() + "'"
                        + (def.dimensions().isEmpty() ? "" : "; its dimensions are "
                        + String.join(", ", def.dimensions().stream().sorted().toList()))));
                continue;
            }
            if (!seen.add(s.dimension())) {
                problems.add(new ExprException(s.pos(), "dimension '" + s.dimension() + "' is selected twice"));
            }
            selectorValue(s);
        }
        if (seen.contains(FieldDef.GRADE) && seen.contains(FieldDef.LEVEL)) {
            problems.add(new ExprException(f.pos(), "select a grade or a level, not both"));
        }
        return def.type();
    }

    private void selectorValue(Expr.Selector s) {
        if (s.value() instanceof Expr.SelectorValue.Variable v) {
            variable(s, v.name());
        } else if (s.value() instanceof Expr.SelectorValue.Code c) {
            code(s, c.code());
        }
    }

    private void variable(Expr.Selector s, char name) {
        char expected = switch (s.dimension()) {
            case FieldDef.GRADE -> 'g';
            case FieldDef.SEX -> 's';
            case FieldDef.AGE -> 'a';
            default -> '?';
        };
        if (expected != name) {
            problems.add(new ExprException(s.pos(), "variable '" + name + "' cannot select dimension '"
                    + s.dimension() + "'"));
        } else if (scope != Scope.SCHOOL_YEAR_GRADE_SEX) {
            problems.add(new ExprException(s.pos(), "variable '" + name + "' is only bound in scope "
                    + "school-year-grade-sex"));
        } else {
            variables.add(name);
        }
    }

    private void code(Expr.Selector s, String code) {
        String problem = switch (s.dimension()) {
            case FieldDef.GRADE -> catalog.grades().byCode(code).isPresent() ? null : "unknown grade '" + code + "'";
            case FieldDef.SEX -> code.equals("F") || code.equals("M") ? null : "sex must be F, M, * or s, not '"
                    + code + "'";
            case FieldDef.LEVEL -> catalog.grades().levels().contains(code) ? null : "unknown level '" + code
                    + "'; levels are " + String.join(", ", catalog.grades().levels());
            case FieldDef.AGE -> validAge(code) ? null : "not an age code: '" + code + "'";
            default -> null;
        };
        if (problem != null) {
            problems.add(new ExprException(s.pos(), problem));
        }
    }

    private static boolean validAge(String code) {
        try {
            AgeGroup a = new AgeGroup(code);
            return !a.isAll();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
