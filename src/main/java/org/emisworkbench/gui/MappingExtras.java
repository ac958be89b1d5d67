package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.template.SumMapping;

/**
 * The constants ({@code field = value}, one a line) and sums ({@code field [F|M] = part + part}, one a
 * line) typed on the mapping screen, read; or the first line that cannot be read, named. A figure of one sex
 * worked out as a total for both sexes less the other sex is written with a minus
 * ({@code enrolment M G1 = 1ª classe HM − 1ª classe M}, decision 0044). On a form, where the labels' values are read
 * follows in brackets ({@link Where}).
 *
 * @param problem the GUI text key of what is wrong ({@code mapping.badConstant}, {@code mapping.badSum}), or null
 * @param badLine the line that cannot be read, or null
 */
record MappingExtras(Map<String, String> constants, List<SumMapping> sums, String problem, String badLine) {
    static MappingExtras parse(String constants, String sums) {
        Map<String, String> cons = new LinkedHashMap<>();
        List<SumMapping> sumList = new ArrayList<>();
        for (String line : lines(constants)) {
            int eq = line.indexOf('=');
            if (eq <= 0 || line.substring(eq + 1).isBlank()) {
                return new MappingExtras(Map.of(), List.of(), "mapping.badConstant", line);
            }
            cons.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        for (String whole : lines(sums)) {
            Where where = Where.of(whole);
            String line = where.rest();
            int eq = line.indexOf('=');
            String[] left = eq <= 0 ? new String[0] : line.substring(0, eq).strip().split("\\s+");
            List<String> less = eq <= 0 ? List.of() : List.of(line.substring(eq + 1).split(MINUS)).stream()
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (less.size() > 1) {
                if (left.length < 2 || left.length > 3 || less.size() != 2) {
                    return new MappingExtras(Map.of(), List.of(), "mapping.badSum", whole);
                }
                String sex = left[1].toUpperCase(Locale.ROOT);
                String grade = left.length == 3 ? left[2].toUpperCase(Locale.ROOT) : null;
                if (where.column() != null || !where.bands().isEmpty() || (where.label() != null || !where.rows().isEmpty()) && grade != null
                        || where.label() != null && !where.rows().isEmpty()) {
                    return new MappingExtras(Map.of(), List.of(), "mapping.badSum", whole);
                }
                sumList.add(where.label() != null
                        ? SumMapping.rowDifference(left[0], sex, where.label(), less.get(0), less.get(1))
                        : !where.rows().isEmpty()
                        ? SumMapping.rowsDifference(left[0], sex, where.rows(), less.get(0), less.get(1))
                        : SumMapping.difference(left[0], sex, grade, less.get(0), less.get(1)));
                continue;
            }
            List<String> parts = eq <= 0 ? List.of() : Where.parts(line.substring(eq + 1));
            if (left.length < 1 || left.length > 2 || parts.size() < (where.bands().size() > 1 ? 1 : 2)
                    || where.label() != null || !where.rows().isEmpty()
                    || !where.bands().isEmpty() && where.column() == null) {
                return new MappingExtras(Map.of(), List.of(), "mapping.badSum", whole);
            }
            String sex = left.length == 2 ? left[1].toUpperCase(Locale.ROOT) : null;
            sumList.add(where.bands().isEmpty() ? new SumMapping(left[0], sex, parts, where.column())
                    : SumMapping.inBands(left[0], sex, parts, where.column(), where.bands()));
        }
        return new MappingExtras(cons, sumList, null, null);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String constantsToText(Map<String, String> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        return sb.toString();
    }

    /** The minus of a difference: a minus sign, or a hyphen with spaces (a header may hold a hyphen: SY2024-25). */
    private static final String MINUS = "\u2212| - ";

    static String sumsToText(List<SumMapping> sums) {
        StringBuilder sb = new StringBuilder();
        for (SumMapping s : sums) {
            sb.append(s.field()).append(s.sex() == null ? "" : " " + s.sex())
                    .append(s.grade() == null ? "" : " " + s.grade()).append(" = ")
                    .append(String.join(s.difference() ? " \u2212 " : " + ", s.headers()))
                    .append(s.column() == null ? "" : " (column " + s.column() + ")")
                    .append(s.label() == null ? "" : " (label " + s.label() + ")")
                    .append(s.rows().isEmpty() ? "" : " (rows " + String.join(" + ", s.rows()) + ")")
                    .append(s.bands().isEmpty() ? "" : " (band " + String.join(" + ", s.bands()) + ")").append('\n');
        }
        return sb.toString();
    }

    /**
     * Where a form's sum reads its labels, written after it in brackets with the template's own words: {@code (column
     * Female)} for labels of a small table read in the column so headed (JSON label {@code column}), {@code (label
     * Total)} for a difference of two columns on one labelled row, {@code (rows A + B)} for a sum of such differences
     * over rows (decision 0077), and with a column {@code (band Qualified + Unqualified)} for the bands over the sexes
     * whose column is added (decision 0091). Shown and read back so that applying the box never drops them: without them the
     * labels would be read beside themselves, other cells than the draft found.
     */
    private record Where(String rest, String column, String label, List<String> rows, List<String> bands) {
        private static final java.util.regex.Pattern CLAUSE =
                java.util.regex.Pattern.compile("\\s*\\((column|label|rows|band) ([^()]+)\\)\\s*$");

        static Where of(String line) {
            String rest = line;
            String column = null;
            String label = null;
            List<String> rows = List.of();
            List<String> bands = List.of();
            java.util.regex.Matcher m;
            while ((m = CLAUSE.matcher(rest)).find()) {
                String value = m.group(2).strip();
                switch (m.group(1)) {
                    case "column" -> column = value;
                    case "label" -> label = value;
                    case "rows" -> rows = parts(value);
                    default -> bands = parts(value);
                }
                rest = rest.substring(0, m.start());
            }
            return new Where(rest, column, label, rows, bands);
        }

        /** The headers of {@code A + B} (a sum's columns, a clause's rows or bands), stripped, empty ones dropped. */
        static List<String> parts(String value) {
            return List.of(value.split("\\+")).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
    }
}
