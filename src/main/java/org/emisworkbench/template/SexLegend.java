package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A register writing sex as numbers ({@code 1}, {@code 2}) explains them in a legend somewhere on its sheet
 * ({@code Sex: 1 = Male, 2 = Female}, {@code 1 - Garçon ; 2 - Fille}). The drafter reads that legend into
 * the template's own {@code sex} list; without a legend naming every number written, the numbers stay
 * unknown and each pupil is reported at import, never given a sex by guess.
 */
final class SexLegend {
    /** A number, then {@code =}, {@code :}, a dash or an arrow, then a word: {@code 1 = Male}. */
    private static final Pattern ENTRY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*(?:=|:|-|–|→|->)\\s*(\\p{L}{3,})");

    private SexLegend() {
    }

    /**
     * The numbers the sex column writes, by sex code ({@code {"M": ["1"], "F": ["2"]}}), when a legend on the
     * sheet names each of them as a sex; else an empty map.
     */
    static Map<String, List<String>> find(List<List<Cell>> rows, int lastHeaderRow, int col) {
        Set<String> written = new LinkedHashSet<>();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() != col || c.isBlank()) {
                    continue;
                }
                String v = number(c);
                if (v == null) {
                    return Map.of();
                }
                written.add(v);
            }
        }
        if (written.isEmpty()) {
            return Map.of();
        }
        CodeList sex = CodeLists.builtIn().require("sex");
        Map<String, String> meaning = new LinkedHashMap<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() != CellKind.TEXT) {
                    continue;
                }
                Matcher m = ENTRY.matcher(c.text());
                while (m.find()) {
                    String code = sex.code(m.group(2));
                    String number = Integer.toString(Integer.parseInt(m.group(1)));
                    if (code != null && meaning.putIfAbsent(number, code) != null && !meaning.get(number).equals(code)) {
                        return Map.of();
                    }
                }
            }
        }
        if (!meaning.keySet().containsAll(written) || !meaning.containsValue("M") || !meaning.containsValue("F")) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String number : written) {
            out.computeIfAbsent(meaning.get(number), k -> new ArrayList<>()).add(number);
        }
        return out;
    }

    /** The whole number a cell holds ({@code 1}, {@code "2"}), or null. */
    private static String number(Cell c) {
        if (c.kind() == CellKind.NUMBER) {
            double n = c.number();
            return n == Math.rint(n) && n >= 0 && n < 100 ? Integer.toString((int) n) : null;
        }
        String t = c.text() == null ? "" : c.text().strip();
        return t.matches("\\d{1,2}") ? Integer.toString(Integer.parseInt(t)) : null;
    }
}
