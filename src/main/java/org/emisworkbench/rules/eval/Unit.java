package org.emisworkbench.rules.eval;

import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.ValueSource;

/** One place a rule is checked: a school (or a district), with the scope variables bound there. */
record Unit(SchoolInfo school, String district, ValueSource source, Bindings bindings) {
}
