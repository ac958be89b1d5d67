package org.emisworkbench.template;

import java.util.List;

/**
 * Template checks of the row-dimension construct (docs/templates.md, "Several rows per school"): a
 * {@code row.grade}, {@code row.sex} or {@code row.age} column says the grade, sex or age of the figures
 * of its row, so it is a plain column (no total, sum, default or fixed dimension), and a sheet may
 * continue a blank key only when its rows are split that way, or when it is a roster's list of several schools.
 */
final class RowDimensionRules {
    private RowDimensionRules() {
    }

    /** True when a count column leaves open a dimension its row gives (as the import reads it). */
    static boolean takesFromRow(ColumnSpec c, java.util.Set<String> byRow) {
        CanonicalField f = CanonicalField.parse(c.field()).orElse(null);
        if (f == null || f.kind() != CanonicalField.Kind.GRADED && f.kind() != CanonicalField.Kind.FIXED) {
            return false;
        }
        boolean graded = f.kind() == CanonicalField.Kind.GRADED;
        if (byRow.contains("stream") && !byRow.contains("grade") && (graded || f.topic().bySex())) {
            return true; // a row per school and shift, the grades across: every row a part of the school's figures
        }
        return graded && c.grade() == null && byRow.contains("grade") && !everyText(c, "{grade}")
                || f.topic().bySex() && c.sex() == null && byRow.contains("sex") && !everyText(c, "{sex}")
                || graded && c.age() == null && byRow.contains("age") && !everyText(c, "{age}");
    }

    /** True when every pattern and sum part of the column holds the placeholder (and it has some). */
    private static boolean everyText(ColumnSpec c, String placeholder) {
        List<String> texts = new java.util.ArrayList<>(c.patterns());
        texts.addAll(c.parts());
        return !texts.isEmpty() && texts.stream().allMatch(x -> x.contains(placeholder));
    }

    /** Rows of both sexes need the sex column they are told by, and are given once. */
    private static void rowsOfBothSexes(SheetSpec s, int i, String at, List<String> errors) {
        boolean sexColumn = s.columns().stream().anyMatch(c -> "row.sex".equalsIgnoreCase(c.field())
                && !c.rowSexDifference() && !c.headers().isEmpty());
        if (!sexColumn) {
            errors.add(at + ": rows of both sexes are told by the sheet's sex column: give it as a column with its"
                    + " headers and \"field\": \"row.sex\"");
        }
        if (s.rowSexDifference() != s.columns().get(i)) {
            errors.add(at + ": the sheet's rows of both sexes are given once (one row.sex differenceOf)");
        }
    }

    /**
     * A count whose topic its row gives ({@code row.value}) needs the sheet's {@code row.topic} column, and that column
     * a {@code row.value} to give a topic to; such a count is read from its own column, as the row's other counts.
     */
    private static void topicByRow(SheetSpec s, String path, List<String> errors) {
        boolean topic = s.rowDimensions().contains("topic");
        boolean value = false;
        for (int i = 0; i < s.columns().size(); i++) {
            ColumnSpec c = s.columns().get(i);
            if (!CanonicalField.ROW_VALUE.equalsIgnoreCase(String.valueOf(c.field()).strip())) {
                continue;
            }
            value = true;
            if (!topic) {
                errors.add(path + ".columns[" + i + "]: row.value takes its topic from the row: give the column naming"
                        + " it (\"field\": \"row.topic\", e.g. dataElement)");
            }
            if (!c.parts().isEmpty() || c.defaultValue() != null || c.codeList() != null) {
                errors.add(path + ".columns[" + i + "]: row.value is read from its own column, without sumOf,"
                        + " differenceOf, default or codeList");
            }
        }
        if (topic && !value) {
            errors.add(path + ": a row.topic column names the topic of the row's figure: give the column of figures as"
                    + " \"field\": \"row.value\"");
        }
    }

    static void check(Template t, SheetSpec s, String path, List<String> errors) {
        for (int i = 0; i < s.columns().size(); i++) {
            ColumnSpec c = s.columns().get(i);
            String dim = CanonicalField.parse(c.field()).map(CanonicalField::rowDimension).orElse(null);
            if (dim == null) {
                continue;
            }
            String at = path + ".columns[" + i + "]";
            if (c.rowSexDifference()) {
                rowsOfBothSexes(s, i, at, errors);
                continue;
            }
            if (!c.parts().isEmpty() || c.defaultValue() != null) {
                errors.add(at + ": the " + dim + " of the row is read from one column, without sumOf or default");
            }
            if (c.sex() != null || c.grade() != null || c.age() != null || !c.patterns().isEmpty()) {
                errors.add(at + ": row." + dim + " is the column holding the " + dim + " of each row: give its"
                        + " headers only (no patterns, sex, grade or age)");
            }
            if (dim.contains("+") && c.codeList() != null) {
                errors.add(at + ".codeList: a column giving " + dim.replace("+", " and ") + " together reads each part"
                        + " through its own list (grade, sex, age); give extra spellings in the template's codeLists");
            }
        }
        topicByRow(s, path, errors);
        java.util.Set<String> byRow = s.rowDimensions();
        for (int i = 0; i < s.columns().size(); i++) {
            ColumnSpec c = s.columns().get(i);
            // A difference may take its grade (age) from the row: its sex is its own, the row's total and one sex beside;
            // a sum adds columns of the row (Day Boys + Boarding Boys of the row's stream). A default has no row to go by.
            if (c.defaultValue() != null && !byRow.isEmpty() && takesFromRow(c, byRow)) {
                errors.add(path + ".columns[" + i + "]: a figure whose grade, sex or age comes from its row has no "
                        + "default (give the column its own grade and sex)");
            }
        }
        // A roster of several schools lists each school's pupils (staff) one under another: its code is as often
        // written on the first row of the school's rows only as a wide sheet's block is (review 32, decision 0107).
        boolean keyedRoster = t.layout() == Layout.ROSTER && s.kind() != null && !s.key().isEmpty();
        if (s.continuesKey() && !keyedRoster && (t.layout() != Layout.WIDE || s.rowDimensions().isEmpty())) {
            errors.add(path + ".keyContinues: only a wide sheet with several rows per school (a row.grade, row.sex"
                    + " or row.age column) or a roster's list of several schools (a key) continues a blank school"
                    + " code");
        }
    }
}
