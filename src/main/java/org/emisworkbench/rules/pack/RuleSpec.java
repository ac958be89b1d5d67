package org.emisworkbench.rules.pack;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Value;

/** The kind-specific part of a rule, already checked: expressions compiled, enums resolved. */
public sealed interface RuleSpec {
    RuleKind kind();

    /** The expressions the rule evaluates, in the order it reads them; none for kinds without expressions. */
    default List<CompiledExpr> expressions() {
        return List.of();
    }

    record ExpressionSpec(CompiledExpr left, Operator operator, CompiledExpr right, MissingStrategy missing,
                          Tolerance tolerance) implements RuleSpec {
        public ExpressionSpec {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(tolerance, "tolerance");
        }

        @Override
        public RuleKind kind() {
            return RuleKind.EXPRESSION;
        }

        @Override
        public List<CompiledExpr> expressions() {
            return List.of(left, right);
        }

        /**
         * True when values {@code l} and {@code r} break the rule; false when it holds or the missing-value
         * strategy skips the unit. Pair operators look at presence only and ignore the strategy.
         *
         * @param presence the counts of the fields read while evaluating both sides
         */
        public boolean violatedBy(Value l, Value r, Presence presence) {
            if (operator == Operator.COMPULSORY_PAIR) {
                return l.isMissing() != r.isMissing();
            }
            if (operator == Operator.EXCLUSIVE_PAIR) {
                return !l.isMissing() && !r.isMissing();
            }
            if (missing.skips(presence)) {
                return false;
            }
            if (l.isMissing() || r.isMissing()) {
                return true;
            }
            if (l instanceof Value.Num a && r instanceof Value.Num b) {
                return !operator.holds(a.value(), b.value(), tolerance.allowance(a.value(), b.value()));
            }
            boolean equal = l instanceof Value.Str a && r instanceof Value.Str b
                    ? a.value().trim().equalsIgnoreCase(b.value().trim()) : l.equals(r);
            return operator == Operator.EQ ? !equal : equal;
        }
    }

    /** A school attribute's value must be one of the list's codes; a missing value is not checked here. */
    record CodeListSpec(SchoolAttribute attribute, List<String> codes, boolean ignoreCase) implements RuleSpec {
        public CodeListSpec {
            codes = List.copyOf(codes);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.CODE_LIST;
        }
    }

    /**
     * A range; {@code unless} (null when not given) is a truth expression on the unit that spares it when true, as a
     * boys' school is spared the girls' share (decision 0116): false or MISSING (not said), the unit is checked.
     */
    record RangeSpec(CompiledExpr value, OptionalDouble min, OptionalDouble max, MissingStrategy missing,
                     CompiledExpr unless) implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.RANGE;
        }

        @Override
        public List<CompiledExpr> expressions() {
            return List.of(value);
        }
    }

    record OutlierSpec(CompiledExpr value, OutlierMethod method, double threshold, PeerGroup peers, int minPeers)
            implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.OUTLIER;
        }

        @Override
        public List<CompiledExpr> expressions() {
            return List.of(value);
        }
    }

    /** E(g+1, t) ≤ E(g, t−1) + R(g+1, t) + tolerance, for the graded topic {@code topic} (enrolment). */
    record CohortSpec(Topic topic, Tolerance tolerance) implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.COHORT;
        }
    }

    /** |value − previous(value)| / previous(value) × 100 ≤ maxChangePercent, when previous ≥ minBase. */
    record ChangeSpec(CompiledExpr value, double maxChangePercent, double minBase) implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.CHANGE;
        }

        @Override
        public List<CompiledExpr> expressions() {
            return List.of(value);
        }
    }

    /** A school's point against its district's boundary. */
    record LocationSpec() implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.LOCATION;
        }
    }

    record DuplicateCodesSpec() implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.DUPLICATE_CODES;
        }
    }

    record IdenticalReturnsSpec(Set<Topic> topics) implements RuleSpec {
        public IdenticalReturnsSpec {
            topics = Set.copyOf(topics);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.IDENTICAL_RETURNS;
        }
    }

    record MissingReturnsSpec() implements RuleSpec {
        @Override
        public RuleKind kind() {
            return RuleKind.MISSING_RETURNS;
        }
    }

    record ImportProblemSpec(Set<ProblemKind> problems) implements RuleSpec {
        public ImportProblemSpec {
            problems = Set.copyOf(problems);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.IMPORT_PROBLEM;
        }
    }

    /** Pupils in age groups lying wholly outside official age + [minOffset, maxOffset] of their grade. */
    /**
     * @param prePrimaryMinOffset for pre-primary grades, the youngest age not flagged counted from the primary
     *                            entrance age (Grade 1's official age), when younger than the grade's own window
     *                            allows; null: pre-primary grades use the same offsets as the others
     */
    record AgeGradeSpec(Topic topic, int minOffset, int maxOffset, Integer prePrimaryMinOffset) implements RuleSpec {
        public AgeGradeSpec(Topic topic, int minOffset, int maxOffset) {
            this(topic, minOffset, maxOffset, null);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.AGE_GRADE;
        }
    }
}
