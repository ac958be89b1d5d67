package org.emisworkbench.rules.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;

/**
 * Evaluates checked expressions against a {@link ValueSource}. Pure: reads through the source, keeps
 * no state between calls except the optional lookup trace the caller passes in.
 *
 * <p>MISSING propagates through arithmetic, comparisons and logic; sum, min and max skip missing
 * values (all missing gives MISSING), count counts present values, coalesce takes the first present
 * one. A field reference with an open dimension (absent or {@code *}) stands for the sum of its
 * present cells, except directly inside sum/min/max/count where it stands for the list of its cells.
 * Division by zero is MISSING: a ratio without a denominator is not available, never 0.
 */
public final class Evaluator {
    private final java.util.Map<String, List<String>> gradeCodes = new java.util.concurrent.ConcurrentHashMap<>();
    private static final double EPSILON = 1e-9;
    private final FieldCatalog catalog;
    private final GradeSystem grades;

    public Evaluator(FieldCatalog catalog) {
        this.catalog = catalog;
        this.grades = catalog.grades();
    }

    /** The expression resolved once for a run of many units: values and counts without a trace. */
    public PreparedExpr prepare(CompiledExpr e) {
        return new PreparedExpr(e, new NodeCompiler(catalog).compile(e.root()), grades);
    }

    public Value evaluate(CompiledExpr e, ValueSource source, Bindings bindings, List<Lookup> trace) {
        return new Run(source, bindings, trace, false).eval(e.root());
    }

    public Value evaluate(CompiledExpr e, ValueSource source, Bindings bindings) {
        return evaluate(e, source, bindings, new ArrayList<>());
    }

    /** One evaluation over one source; {@code previous()} starts a nested run over last year. */
    private final class Run {
        private final ValueSource source;
        private final Bindings bindings;
        private final List<Lookup> trace;
        private final boolean previousYear;

        Run(ValueSource source, Bindings bindings, List<Lookup> trace, boolean previousYear) {
            this.source = source;
            this.bindings = bindings;
            this.trace = trace;
            this.previousYear = previousYear;
        }

        Value eval(Expr e) {
            if (e instanceof Expr.Num n) {
                return Value.of(n.value());
            } else if (e instanceof Expr.Text t) {
                return new Value.Str(t.value());
            } else if (e instanceof Expr.Field f) {
                return field(f);
            } else if (e instanceof Expr.Unary u) {
                return unary(u);
            } else if (e instanceof Expr.Binary b) {
                return binary(b);
            }
            return call((Expr.Call) e);
        }

        private Value unary(Expr.Unary u) {
            Value v = eval(u.operand());
            if (v.isMissing()) {
                return Value.MISSING;
            }
            return u.op() == Expr.UnaryOp.NOT ? Value.of(!((Value.Bool) v).value())
                    : Value.of(-((Value.Num) v).value());
        }

        private Value binary(Expr.Binary b) {
            if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
                return logic(b);
            }
            Value l = eval(b.left());
            Value r = eval(b.right());
            if (l.isMissing() || r.isMissing()) {
                return Value.MISSING;
            }
            if (b.op().isArithmetic()) {
                return arithmetic(b.op(), ((Value.Num) l).value(), ((Value.Num) r).value());
            }
            return compare(b.op(), l, r);
        }

        /** Three-valued logic: a false side decides 'and', a true side decides 'or', even if the other is missing. */
        private Value logic(Expr.Binary b) {
            boolean isAnd = b.op() == Expr.BinaryOp.AND;
            Value l = eval(b.left());
            Value r = eval(b.right());
            for (Value v : List.of(l, r)) {
                if (v instanceof Value.Bool bool && bool.value() != isAnd) {
                    return Value.of(!isAnd);
                }
            }
            return l.isMissing() || r.isMissing() ? Value.MISSING : Value.of(isAnd);
        }

        private Value arithmetic(Expr.BinaryOp op, double l, double r) {
            return switch (op) {
                case ADD -> Value.of(l + r);
                case SUB -> Value.of(l - r);
                case MUL -> Value.of(l * r);
                default -> r == 0 ? Value.MISSING : Value.of(l / r);
            };
        }

        private Value compare(Expr.BinaryOp op, Value l, Value r) {
            int c;
            if (l instanceof Value.Num a && r instanceof Value.Num b) {
                c = Math.abs(a.value() - b.value()) <= EPSILON ? 0 : Double.compare(a.value(), b.value());
            } else if (l instanceof Value.Str a && r instanceof Value.Str b) {
                // Codes are normalised on import, but officers write 'Public' as often as 'public'.
                c = a.value().trim().compareToIgnoreCase(b.value().trim());
            } else {
                c = ((Value.Bool) l).value() == ((Value.Bool) r).value() ? 0 : 1;
            }
            return Value.of(switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            });
        }

        private Value call(Expr.Call c) {
            switch (c.function()) {
                case IF -> {
                    Value cond = eval(c.args().get(0));
                    if (cond.isMissing()) {
                        return Value.MISSING;
                    }
                    return eval(c.args().get(((Value.Bool) cond).value() ? 1 : 2));
                }
                case COALESCE -> {
                    for (Expr a : c.args()) {
                        Value v = eval(a);
                        if (!v.isMissing()) {
                            return v;
                        }
                    }
                    return Value.MISSING;
                }
                case ABS -> {
                    Value v = eval(c.args().get(0));
                    return v.isMissing() ? v : Value.of(Math.abs(((Value.Num) v).value()));
                }
                case PREVIOUS -> {
                    return new Run(source.previousYear(), bindings, trace, true).eval(c.args().get(0));
                }
                default -> {
                    return aggregate(c);
                }
            }
        }

        private Value aggregate(Expr.Call c) {
            List<Value> values = new ArrayList<>();
            for (Expr a : c.args()) {
                if (a instanceof Expr.Field f) {
                    values.addAll(cells(f));
                } else {
                    values.add(eval(a));
                }
            }
            List<Value> present = new ArrayList<>(values.size());
            for (Value v : values) {
                if (!v.isMissing()) {
                    present.add(v);
                }
            }
            if (c.function() == Function.COUNT) {
                return Value.of(present.size());
            }
            if (present.isEmpty()) {
                return Value.MISSING;
            }
            double acc = ((Value.Num) present.get(0)).value();
            for (Value v : present.subList(1, present.size())) {
                double d = ((Value.Num) v).value();
                acc = switch (c.function()) {
                    case SUM -> acc + d;
                    case MIN -> Math.min(acc, d);
                    default -> Math.max(acc, d);
                };
            }
            return Value.of(acc);
        }

        private Value field(Expr.Field f) {
            List<Value> cells = cells(f);
            if (cells.size() == 1) {
                return cells.get(0);
            }
            double sum = 0;
            boolean any = false;
            for (Value v : cells) {
                if (v instanceof Value.Num n) {
                    sum += n.value();
                    any = true;
                }
            }
            return any ? Value.of(sum) : Value.MISSING;
        }

        /** The cells a reference stands for, one value each (MISSING where the source holds nothing). */
        private List<Value> cells(Expr.Field f) {
            // The checker has vetted the name, so the catalog lookup cannot fail here.
            FieldDef def = catalog.field(f.name()).orElseThrow();
            List<Value> out = new ArrayList<>();
            if (def.kind() == FieldDef.Kind.ATTRIBUTE) {
                var text = source.text(def.attribute());
                trace.add(new Lookup(def.name(), List.of(), text.isPresent(), previousYear));
                out.add(text.<Value>map(Value.Str::new).orElse(Value.MISSING));
                return out;
            }
            String topic = def.kind() == FieldDef.Kind.POPULATION ? FieldCatalog.POPULATION : def.topic().code();
            boolean bySex = def.kind() != FieldDef.Kind.FIXED || def.topic().bySex();
            AgeGroup age = age(f.selector(FieldDef.AGE));
            // Cells behind the reference for findings: the present ones, or the one cell a single-cell
            // reference names even when missing (that blank is what the officer must look at).
            List<CellKey> keys = new ArrayList<>();
            CellKey missingKey = null;
            boolean any = false;
            for (String slot : slots(def, f)) {
                for (Sex sex : bySex ? sexes(f.selector(FieldDef.SEX)) : java.util.Collections.<Sex>singletonList(null)) {
                    CellKey key = new CellKey(topic, slot, sex, age);
                    OptionalDouble v = source.number(key);
                    if (v.isPresent()) {
                        keys.add(key);
                        any = true;
                    } else if (missingKey == null) {
                        missingKey = key;
                    }
                    out.add(v.isPresent() ? Value.of(v.getAsDouble()) : Value.MISSING);
                }
            }
            if (out.size() == 1 && missingKey != null) {
                keys.add(missingKey);
            }
            trace.add(new Lookup(def.name(), keys, any, previousYear));
            return out;
        }

        private List<String> slots(FieldDef def, Expr.Field f) {
            if (def.kind() == FieldDef.Kind.FIXED) {
                return List.of(def.slot());
            }
            if (def.kind() == FieldDef.Kind.POPULATION) {
                return java.util.Collections.singletonList(null);
            }
            Expr.Selector g = f.selector(FieldDef.GRADE);
            if (g != null && g.value() instanceof Expr.SelectorValue.Code code) {
                return List.of(grades.byCode(code.code()).orElseThrow().code());
            }
            if (g != null && g.value() instanceof Expr.SelectorValue.Variable) {
                return List.of(bound(bindings.grade(), 'g'));
            }
            Expr.Selector level = f.selector(FieldDef.LEVEL);
            String levelCode = level != null && level.value() instanceof Expr.SelectorValue.Code code ? code.code() : "";
            // The grade codes of a level never change during a run: work them out once.
            return gradeCodes.computeIfAbsent(levelCode, l -> (l.isEmpty() ? grades.grades() : grades.gradesOf(l))
                    .stream().map(Grade::code).toList());
        }

        private List<Sex> sexes(Expr.Selector s) {
            if (s != null && s.value() instanceof Expr.SelectorValue.Code code) {
                return List.of(Sex.valueOf(code.code()));
            }
            if (s != null && s.value() instanceof Expr.SelectorValue.Variable) {
                return List.of(bound(bindings.sex(), 's'));
            }
            return List.of(Sex.values());
        }

        private AgeGroup age(Expr.Selector s) {
            if (s != null && s.value() instanceof Expr.SelectorValue.Code code) {
                return new AgeGroup(code.code());
            }
            if (s != null && s.value() instanceof Expr.SelectorValue.Variable) {
                return bound(bindings.age(), 'a');
            }
            return AgeGroup.ALL;
        }

        private <T> T bound(T value, char variable) {
            if (value == null) {
                throw new IllegalStateException("scope variable " + variable + " is not bound");
            }
            return value;
        }
    }
}
