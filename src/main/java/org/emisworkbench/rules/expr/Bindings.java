package org.emisworkbench.rules.expr;

import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;

/** Values of the scope variables g, s and a; null when unbound (outside school-year-grade-sex). */
public record Bindings(String grade, Sex sex, AgeGroup age) {
    public static final Bindings NONE = new Bindings(null, null, null);
}
