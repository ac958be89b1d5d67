package org.emisworkbench.rules.expr;

import java.util.Optional;

/** Where a rule is evaluated: once per school return, per school × grade × sex, or per district. */
public enum Scope {
    SCHOOL_YEAR("school-year"),
    SCHOOL_YEAR_GRADE_SEX("school-year-grade-sex"),
    DISTRICT_YEAR("district-year");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Scope> byCode(String code) {
        for (Scope s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
