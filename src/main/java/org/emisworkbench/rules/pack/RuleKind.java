package org.emisworkbench.rules.pack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.rules.expr.Scope;

/** The kinds of rule a pack may hold, with the JSON properties each accepts beyond the common ones. */
public enum RuleKind {
    EXPRESSION("expression", List.of(Scope.SCHOOL_YEAR, Scope.SCHOOL_YEAR_GRADE_SEX, Scope.DISTRICT_YEAR),
            Set.of("left", "operator", "right", "missing", "tolerance")),
    CODE_LIST("code_list", List.of(Scope.SCHOOL_YEAR), Set.of("field", "list", "ignore_case")),
    RANGE("range", List.of(Scope.SCHOOL_YEAR, Scope.SCHOOL_YEAR_GRADE_SEX, Scope.DISTRICT_YEAR),
            Set.of("value", "min", "max", "missing", "unless")),
    OUTLIER("outlier", List.of(Scope.SCHOOL_YEAR),
            Set.of("value", "method", "threshold", "peer_group", "min_peers")),
    COHORT("cohort", List.of(Scope.SCHOOL_YEAR_GRADE_SEX), Set.of("field", "tolerance")),
    CHANGE("change", List.of(Scope.SCHOOL_YEAR, Scope.DISTRICT_YEAR),
            Set.of("value", "max_change_percent", "min_base")),
    DUPLICATE_CODES("duplicate_codes", List.of(Scope.SCHOOL_YEAR), Set.of()),
    IDENTICAL_RETURNS("identical_returns", List.of(Scope.SCHOOL_YEAR), Set.of("topics")),
    MISSING_RETURNS("missing_returns", List.of(Scope.SCHOOL_YEAR), Set.of()),
    IMPORT_PROBLEM("import_problem", List.of(Scope.SCHOOL_YEAR), Set.of("problems")),
    AGE_GRADE("age_grade", List.of(Scope.SCHOOL_YEAR_GRADE_SEX), Set.of("field", "min_offset", "max_offset",
            "pre_primary_min_offset")),
    /** A school's point at (0, 0), swapped, or outside its district's boundary (docs/maps.md). */
    LOCATION("location", List.of(Scope.SCHOOL_YEAR), Set.of());

    /** Properties every rule may have. */
    public static final Set<String> COMMON = Set.of("id", "title", "title_fr", "severity", "scope", "kind",
            "message", "description", "explains", "cite");

    private final String code;
    private final List<Scope> scopes;
    private final Set<String> properties;

    RuleKind(String code, List<Scope> scopes, Set<String> properties) {
        this.code = code;
        this.scopes = scopes;
        this.properties = properties;
    }

    public String code() {
        return code;
    }

    /** Scopes the kind can run in; the first is the default when a rule names none. */
    public List<Scope> scopes() {
        return scopes;
    }

    public Set<String> properties() {
        return properties;
    }

    public static Optional<RuleKind> byCode(String code) {
        for (RuleKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
