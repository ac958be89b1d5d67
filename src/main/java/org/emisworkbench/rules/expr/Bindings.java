package org.emisworkbench.rules.expr;

import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;

/**
 * Values of the scope variables g, s and a; null when unbound (outside school-year-grade-sex).
 * {@code gradeSlot} is g's slot when the caller knows it (-1: looked up from the code), which spares
 * a look-up per figure when millions of units are checked.
 */
public record Bindings(String grade, Sex sex, AgeGroup age, int gradeSlot) {
    public static final Bindings NONE = new Bindings(null, null, null);

    public Bindings(String grade, Sex sex, AgeGroup age) {
        this(grade, sex, age, -1);
    }
}
