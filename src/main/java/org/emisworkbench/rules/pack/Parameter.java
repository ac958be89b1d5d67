package org.emisworkbench.rules.pack;

import java.util.Locale;
import java.util.Objects;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.Numbers;
import org.emisworkbench.model.Texts;

/**
 * A named threshold a pack declares once and its rules read by name (in expressions, and as the number of a
 * rule's {@code min}, {@code max}, {@code threshold}, {@code max_change_percent}…), so a country changes a
 * plausibility bound without touching an expression.
 *
 * @param name        letters, digits and '_', starting with a letter
 * @param whole       true for {@code "type": "integer"}: the value and any value set for it are whole numbers
 * @param value       the value the pack declares (its default)
 * @param min         smallest value allowed
 * @param max         largest value allowed
 * @param description what it bounds, by language (English required)
 */
public record Parameter(String name, boolean whole, double value, double min, double max, Texts description) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /** The type's code as a pack writes it. */
    public String type() {
        return whole ? "integer" : "number";
    }

    /** Whether {@code v} may be this parameter's value: finite, whole when it must be, within the range. */
    public boolean allows(double v) {
        return Double.isFinite(v) && (!whole || v == Math.rint(v)) && v >= min && v <= max;
    }

    /** {@code v} as titles and messages print it in {@code language}: English plainly (0.3, 100), others in their style. */
    public static String print(double v, Locale language) {
        return Languages.isBase(language) ? plain(v) : Numbers.of(language).figure(v);
    }

    /** Whole numbers without decimals, others as short as they are exact: what an officer types back. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
