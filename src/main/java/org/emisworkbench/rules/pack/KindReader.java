package org.emisworkbench.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.ExprException;
import org.emisworkbench.rules.expr.Expressions;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.FieldDef;
import org.emisworkbench.rules.expr.Sandbox;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.ValueType;

/** Reads and checks the kind-specific parameters of one rule. */
final class KindReader {
    private final FieldCatalog catalog;
    private final Props p;
    private final Scope scope;

    KindReader(FieldCatalog catalog, Props p, Scope scope) {
        this.catalog = catalog;
        this.p = p;
        this.scope = scope;
    }

    Optional<RuleSpec> read(RuleKind kind) {
        return switch (kind) {
            case EXPRESSION -> expression();
            case CODE_LIST -> codeList();
            case RANGE -> range();
            case OUTLIER -> outlier();
            case COHORT -> cohort();
            case CHANGE -> change();
            case DUPLICATE_CODES -> Optional.of(new RuleSpec.DuplicateCodesSpec());
            case IDENTICAL_RETURNS -> identical();
            case MISSING_RETURNS -> Optional.of(new RuleSpec.MissingReturnsSpec());
            case IMPORT_PROBLEM -> importProblem();
            case AGE_GRADE -> ageGrade();
            case LOCATION -> Optional.of(new RuleSpec.LocationSpec());
        };
    }

    private Optional<RuleSpec> expression() {
        Optional<CompiledExpr> left = expr("left", null);
        Optional<Operator> op = p.choice("operator", true, Operator::parse,
                List.of("=", "≠", "<", "≤", ">", "≥", "!=", "<>", "<=", ">=", "compulsory_pair", "exclusive_pair"));
        Optional<CompiledExpr> right = expr("right", null);
        MissingStrategy missing = missing();
        Tolerance tol = tolerance();
        if (left.isEmpty() || op.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        ValueType lt = left.get().type();
        ValueType rt = right.get().type();
        if (!op.get().isPair()) {
            if (lt != rt) {
                p.problem("right", "compares a " + lt.label() + " with a " + rt.label());
                return Optional.empty();
            }
            if (lt != ValueType.NUMBER && op.get() != Operator.EQ && op.get() != Operator.NE) {
                p.problem("operator", op.get().symbol() + " compares numbers only");
                return Optional.empty();
            }
        }
        return Optional.of(new RuleSpec.ExpressionSpec(left.get(), op.get(), right.get(), missing, tol));
    }

    private Optional<RuleSpec> codeList() {
        Optional<String> field = p.text("field", true);
        Optional<List<String>> list = p.texts("list", true);
        boolean ignoreCase = !p.has("ignore_case") || p.raw("ignore_case").asBoolean(true);
        if (p.has("ignore_case") && !p.raw("ignore_case").isBoolean()) {
            p.problem("ignore_case", "must be true or false");
        }
        if (field.isEmpty() || list.isEmpty() || refused("field", field.get())) {
            return Optional.empty();
        }
        Optional<FieldDef> def = catalog.field(field.get());
        if (def.isEmpty() || def.get().kind() != FieldDef.Kind.ATTRIBUTE) {
            p.problem("field", "'" + field.get() + "' is not a school attribute (school.ownership, school.level…)");
            return Optional.empty();
        }
        return Optional.of(new RuleSpec.CodeListSpec(def.get().attribute(), list.get(), ignoreCase));
    }

    private Optional<RuleSpec> range() {
        Optional<CompiledExpr> value = expr("value", ValueType.NUMBER);
        OptionalDouble min = p.number("min", false);
        OptionalDouble max = p.number("max", false);
        MissingStrategy missing = p.has("missing") ? missing() : MissingStrategy.SKIP_IF_ANY_MISSING;
        if (min.isEmpty() && max.isEmpty()) {
            if (!p.has("min") && !p.has("max")) {
                p.problem("min", "a range needs a min, a max or both");
            }
            return Optional.empty();
        }
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            p.problem("min", "is greater than max");
            return Optional.empty();
        }
        CompiledExpr unless = null;
        if (p.has("unless")) {
            Optional<CompiledExpr> u = expr("unless", ValueType.BOOL);
            if (u.isEmpty()) {
                return Optional.empty();
            }
            unless = u.get();
        }
        CompiledExpr spare = unless;
        return value.map(v -> new RuleSpec.RangeSpec(v, min, max, missing, spare));
    }

    private Optional<RuleSpec> outlier() {
        Optional<CompiledExpr> value = expr("value", ValueType.NUMBER);
        Optional<OutlierMethod> method = p.choice("method", true, OutlierMethod::byCode,
                Arrays.stream(OutlierMethod.values()).map(OutlierMethod::code).toList());
        double threshold = p.number("threshold", true).orElse(Double.NaN);
        if (threshold <= 0) {
            p.problem("threshold", "must be greater than 0");
        }
        Optional<PeerGroup> peers = p.has("peer_group") ? p.choice("peer_group", false, PeerGroup::byCode,
                Arrays.stream(PeerGroup.values()).map(PeerGroup::code).toList()) : Optional.of(PeerGroup.DISTRICT_LEVEL);
        int minPeers = p.integer("min_peers", 5);
        if (minPeers < 3) {
            p.problem("min_peers", "must be 3 or more: fewer schools say nothing about each other");
        }
        if (value.isEmpty() || method.isEmpty() || peers.isEmpty() || !(threshold > 0) || minPeers < 3) {
            return Optional.empty();
        }
        return Optional.of(new RuleSpec.OutlierSpec(value.get(), method.get(), threshold, peers.get(), minPeers));
    }

    private Optional<RuleSpec> cohort() {
        Optional<Topic> topic = gradedTopic("enrolment");
        Tolerance tol = tolerance();
        return topic.map(t -> new RuleSpec.CohortSpec(t, tol));
    }

    private Optional<RuleSpec> change() {
        Optional<CompiledExpr> value = expr("value", ValueType.NUMBER);
        OptionalDouble max = p.number("max_change_percent", true);
        double minBase = p.number("min_base", 0);
        if (max.isPresent() && max.getAsDouble() <= 0) {
            p.problem("max_change_percent", "must be greater than 0");
            return Optional.empty();
        }
        if (value.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSpec.ChangeSpec(value.get(), max.getAsDouble(), minBase));
    }

    private Optional<RuleSpec> identical() {
        if (!p.has("topics")) {
            return Optional.of(new RuleSpec.IdenticalReturnsSpec(Set.of(Topic.ENROLMENT)));
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String code : p.texts("topics", false).orElse(List.of())) {
            Arrays.stream(Topic.values()).filter(t -> t.code().equals(code)).findFirst().ifPresentOrElse(topics::add,
                    () -> p.problem("topics", "unknown topic '" + code + "'"));
        }
        return topics.isEmpty() ? Optional.empty() : Optional.of(new RuleSpec.IdenticalReturnsSpec(topics));
    }

    private Optional<RuleSpec> importProblem() {
        Set<ProblemKind> kinds = EnumSet.noneOf(ProblemKind.class);
        boolean ok = true;
        for (String code : p.texts("problems", true).orElse(List.of())) {
            Optional<ProblemKind> k = Arrays.stream(ProblemKind.values()).filter(v -> v.name().equals(code)).findFirst();
            if (k.isEmpty()) {
                p.problem("problems", "unknown import problem '" + code + "'");
                ok = false;
            }
            k.ifPresent(kinds::add);
        }
        return ok && !kinds.isEmpty() ? Optional.of(new RuleSpec.ImportProblemSpec(kinds)) : Optional.empty();
    }

    private Optional<RuleSpec> ageGrade() {
        Optional<Topic> topic = gradedTopic("enrolment");
        int min = p.integer("min_offset", -2);
        int max = p.integer("max_offset", 5);
        if (min > max) {
            p.problem("min_offset", "is greater than max_offset");
            return Optional.empty();
        }
        // Pre-primary takes children over several years of age in one class (UIS: entrance age −3 to −1): its
        // youngest usual age is counted from Grade 1's entrance age, where the pack says so.
        Integer prePrimary = p.has("pre_primary_min_offset") ? p.integer("pre_primary_min_offset", min) : null;
        return topic.map(t -> new RuleSpec.AgeGradeSpec(t, min, max, prePrimary));
    }

    private Optional<Topic> gradedTopic(String fallback) {
        String name = p.text("field", false).orElse(fallback);
        if (refused("field", name)) {
            return Optional.empty();
        }
        Optional<FieldDef> def = catalog.field(name).filter(d -> d.kind() == FieldDef.Kind.GRADED);
        if (def.isEmpty()) {
            p.problem("field", "'" + name + "' is not a graded field (enrolment, repeaters, new_entrants, disabled)");
        }
        return def.map(FieldDef::topic);
    }

    private MissingStrategy missing() {
        return p.choice("missing", false, s -> Props.lowerEnum(MissingStrategy.class, s),
                Arrays.stream(MissingStrategy.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).toList())
                .orElse(MissingStrategy.SKIP_IF_ANY_MISSING);
    }

    private Tolerance tolerance() {
        JsonNode t = p.raw("tolerance");
        if (t == null || t.isNull()) {
            return Tolerance.NONE;
        }
        if (!t.isObject()) {
            p.problem("tolerance", "must be an object with 'absolute' and/or 'relative'");
            return Tolerance.NONE;
        }
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("absolute") && !name.equals("relative")) {
                p.problem("tolerance." + name, "unknown property; a tolerance has 'absolute' and 'relative'");
            }
        }
        Props tp = p.object("tolerance");
        OptionalDouble abs = tp.number("absolute", false);
        OptionalDouble rel = tp.number("relative", false);
        if ((t.has("absolute") && abs.isEmpty()) || (t.has("relative") && rel.isEmpty())) {
            return Tolerance.NONE;
        }
        if (abs.orElse(0) < 0 || rel.orElse(0) < 0) {
            p.problem("tolerance", "absolute and relative must be zero or more");
            return Tolerance.NONE;
        }
        return new Tolerance(abs.orElse(0), rel.orElse(0));
    }

    private boolean refused(String property, String text) {
        Optional<ExprException> r = Sandbox.check(text);
        r.ifPresent(e -> p.problem(property, e.pos().line(), e.pos().column(), e.detail()));
        return r.isPresent();
    }

    private Optional<CompiledExpr> expr(String property, ValueType want) {
        Optional<String> text = p.text(property, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Expressions.Compilation c = Expressions.compile(text.get(), catalog, scope, p.parameters().inForce());
        for (ExprException e : c.problems()) {
            p.problem(property, e.pos().line(), e.pos().column(), e.detail());
        }
        if (c.ok()) {
            p.parameters().useAll(c.expr().parameters());
        }
        if (c.ok() && want != null && c.expr().type() != want) {
            p.problem(property, "must be a " + want.label() + ", not a " + c.expr().type().label());
            return Optional.empty();
        }
        return Optional.ofNullable(c.expr());
    }
}
