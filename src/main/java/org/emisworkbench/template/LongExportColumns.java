package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * What the values of a long export's columns say, for {@link LongExportDrafter} (docs/templates.md, section 10): a
 * column naming the topic of each row's figure ({@code dataElement}: {@code Enrolment}, {@code Repeaters}), a column
 * naming the grade and the sex together ({@code categoryOptionCombo}: {@code Standard 3, Female}), a column of the
 * rows' census year ({@code period}: {@code 2024}), and figures written as text ({@code "81"}) read as numbers.
 */
final class LongExportColumns {
    /** Share of a column's values that must read as its kind. */
    private static final double SHARE = 0.8;
    /**
     * The pairs (and triples) of dimensions one cell may name together, most usual first; last, a data element naming
     * its topic, grade and sex ({@code Enrolment Grade 1 Female}, with {@code Teachers Female} and {@code Classrooms}
     * read as {@link CombinedCodes} reads them), as a DHIS2 data set built without category combos exports them.
     */
    private static final List<List<String>> COMBINATIONS = List.of(List.of("grade", "sex"), List.of("age", "sex"),
            List.of("grade", "age"), List.of("grade", "sex", "age"), List.of("topic", "grade", "sex"));
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\s*[0-9]{1,9}(\\.0+)?\\s*");
    /** Folded words of a header naming the period of the figures. */
    private static final Set<String> PERIOD_WORDS = Set.of("period", "periode", "periodo", "year", "annee", "ano",
            "pe", "census year", "school year", "annee scolaire", "ano lectivo", "ano letivo");

    private LongExportColumns() {
    }

    /** The number a cell holds: a number, or a whole number written as text ({@code "81"}); NaN for anything else. */
    static double number(Cell c) {
        if (c.kind() == CellKind.NUMBER) {
            return c.number();
        }
        if (c.kind() == CellKind.TEXT && WHOLE.matcher(c.text()).matches()) {
            return Double.parseDouble(c.text().strip());
        }
        return Double.NaN;
    }

    /** True for a number or a whole number written as text. */
    static boolean isNumber(Cell c) {
        return !Double.isNaN(number(c));
    }

    /**
     * The dimensions the column's cells name together ({@code grade+sex} for {@code Standard 3, Female} and
     * {@code Female, Standard 3}), or null: most of its values read as one code of each ({@link CombinedCodes}),
     * none of them a dimension already given by another column.
     */
    static String combined(List<Cell> below, java.util.Collection<String> taken) {
        if (below.size() < 2) {
            return null;
        }
        for (List<String> dims : COMBINATIONS) {
            if (dims.stream().anyMatch(d -> taken.stream().anyMatch(t -> CanonicalField.joinedParts(t).contains(d)))) {
                continue;
            }
            CombinedCodes codes = new CombinedCodes(dims, dims.stream().map(d -> CodeLists.builtIn().require(d))
                    .toList());
            long read = below.stream().filter(c -> c.kind() == CellKind.TEXT && codes.read(c.text()) != null).count();
            if (read >= SHARE * below.size()) {
                return String.join("+", dims);
            }
        }
        return null;
    }

    /** The topics the column's values name ({@code Enrolment}, {@code Redoublants}), each once; empty when not such. */
    static Set<String> topics(List<Cell> below) {
        CodeList list = CodeLists.builtIn().require("topic");
        Set<String> topics = new LinkedHashSet<>();
        int named = 0;
        for (Cell c : below) {
            String code = c.kind() == CellKind.TEXT ? list.code(c.text()) : null;
            if (code != null) {
                named++;
                topics.add(code);
            }
        }
        return below.size() >= 2 && named >= SHARE * below.size() ? topics : Set.of();
    }

    /**
     * True for a column of census years ({@code period} holding {@code 2024} or {@code 2024-25} on every row): its
     * header names a period or a year, or it holds one value throughout, and every value is a year.
     */
    static boolean years(String header, List<Cell> below) {
        if (below.isEmpty()) {
            return false;
        }
        SchoolYears years = SchoolYears.of(null, null, null);
        boolean said = PERIOD_WORDS.contains(DraftVocabulary.fold(header.replaceAll("([a-z])([A-Z])", "$1 $2")));
        Set<String> values = new LinkedHashSet<>();
        for (Cell c : below) {
            String text = c.shown();
            if (years.fromLabel(text).isEmpty() || !text.matches(".*(19|20)[0-9]{2}.*")) {
                return false;
            }
            values.add(text);
        }
        return said || values.size() == 1;
    }

    /**
     * The headers of the drafted long-export sheets' columns of census years, for the template's
     * {@code "year": {"columns": […]}} ({@link YearColumn}); empty when none.
     */
    static List<String> yearColumns(List<SheetMapping> sheets, java.util.Map<String, List<List<Cell>>> samples) {
        List<String> out = new ArrayList<>();
        for (SheetMapping m : sheets) {
            List<List<Cell>> rows = samples.get(m.sheet());
            boolean byRow = m.columns().stream().anyMatch(c -> c.field() != null && c.field().startsWith("row."));
            if (rows == null || !byRow) {
                continue;
            }
            for (ColumnMapping c : m.columns()) {
                String header = c.header() == null ? "" : TemplateDrafter.oneLine(c.header());
                if (!c.reads() && !header.isBlank() && !out.contains(header)
                        && years(header, below(rows, m.lastRow(), c.col()))) {
                    out.add(header);
                }
            }
        }
        return out;
    }

    /** The non-blank cells of one column below the header. */
    /**
     * The cells of {@code below} on rows whose topic ({@code topicCol}'s data element) is no count of teachers or
     * classrooms ({@code Teachers total}, {@code Classrooms}): those rows give a sex or nothing ({@code default}), not a
     * grade, and do not say whether a column gives grade and sex together.
     */
    static List<Cell> ofGradedTopics(List<Cell> below, List<List<Cell>> rows, int header, int topicCol) {
        CodeList list = CodeLists.builtIn().require("topic");
        Set<Integer> counted = new java.util.HashSet<>();
        for (Cell c : below(rows, header, topicCol)) {
            String code = c.kind() == CellKind.TEXT ? list.code(c.text()) : null;
            if (code != null && code.contains(".")) {
                counted.add(c.row());
            }
        }
        return below.stream().filter(c -> !counted.contains(c.row())).toList();
    }

    static List<Cell> below(List<List<Cell>> rows, int header, int col) {
        List<Cell> out = new ArrayList<>();
        for (int r = header + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
