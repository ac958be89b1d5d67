package org.emisworkbench.template;

import java.util.List;

/**
 * Template checks of the row-dimension construct (docs/templates.md, "Several rows per school"): a
 * {@code row.grade}, {@code row.sex} or {@code row.age} column says the grade, sex or age of the figures
 * of its row, so it is a plain column (no total, sum, default or fixed dimension), and a sheet may
 * continue a blank key only when its rows are split that way.
 */
final class RowDimensionRules {
    private RowDimensionRules() {
    }

    static void check(Template t, SheetSpec s, String path, List<String> errors) {
        for (int i = 0; i < s.columns().size(); i++) {
            ColumnSpec c = s.columns().get(i);
            String dim = CanonicalField.parse(c.field()).map(CanonicalField::rowDimension).orElse(null);
            if (dim == null) {
                continue;
            }
            String at = path + ".columns[" + i + "]";
            if (!c.sumOf().isEmpty() || c.defaultValue() != null) {
                errors.add(at + ": the " + dim + " of the row is read from one column, without sumOf or default");
            }
            if (c.sex() != null || c.grade() != null || c.age() != null || !c.patterns().isEmpty()) {
                errors.add(at + ": row." + dim + " is the column holding the " + dim + " of each row: give its"
                        + " headers only (no patterns, sex, grade or age)");
            }
        }
        if (s.continuesKey() && (t.layout() != Layout.WIDE || s.rowDimensions().isEmpty())) {
            errors.add(path + ".keyContinues: only a wide sheet with several rows per school (a row.grade, row.sex"
                    + " or row.age column) continues a blank school code");
        }
    }
}
