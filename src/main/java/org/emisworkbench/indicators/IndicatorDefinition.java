package org.emisworkbench.indicators;

import org.emisworkbench.model.Texts;
import org.emisworkbench.model.Unit;
import java.util.Objects;

/**
 * What an indicator is, as data: the catalogue lists them and documentation, CLI and reports read
 * them rather than hard-coding titles.
 *
 * @param id          stable identifier used in JSON and reports, e.g. {@code ger}
 * @param title       its title in each language ({@code i18n/indicators*.properties})
 * @param formula     the formula in words and symbols
 * @param numerator   what the numerator counts
 * @param denominator what the denominator counts
 * @param source      where the figures come from
 * @param unit        how the value reads
 * @param perGrade    true when the value comes with one figure per grade
 * @param bySex       true when the value comes with a figure for girls and one for boys
 */
public record IndicatorDefinition(String id, Texts title, String formula, String numerator,
                                  String denominator, String source, Unit unit, boolean perGrade, boolean bySex) {
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
    }
}
