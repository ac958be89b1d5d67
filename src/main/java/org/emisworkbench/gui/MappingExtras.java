package org.emisworkbench.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.template.SumMapping;

/**
 * The constants ({@code field = value}, one a line) and sums ({@code field [F|M] = part + part}, one a
 * line) typed on the mapping screen, read; or the first line that cannot be read, named.
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
        for (String line : lines(sums)) {
            int eq = line.indexOf('=');
            String[] left = eq <= 0 ? new String[0] : line.substring(0, eq).strip().split("\\s+");
            List<String> parts = eq <= 0 ? List.of() : List.of(line.substring(eq + 1).split("\\+")).stream()
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (left.length < 1 || left.length > 2 || parts.size() < 2) {
                return new MappingExtras(Map.of(), List.of(), "mapping.badSum", line);
            }
            sumList.add(new SumMapping(left[0], left.length == 2 ? left[1].toUpperCase(Locale.ROOT) : null, parts));
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

    static String sumsToText(List<SumMapping> sums) {
        StringBuilder sb = new StringBuilder();
        for (SumMapping s : sums) {
            sb.append(s.field()).append(s.sex() == null ? "" : " " + s.sex()).append(" = ")
                    .append(String.join(" + ", s.headers())).append('\n');
        }
        return sb.toString();
    }
}
