package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headers a template leaves out on purpose (JSON {@code "ignore"}, on the template and on a sheet):
 * columns that nobody reads and that are therefore not reported as unmatched at each import (pupil
 * names, phone numbers, remarks). Each entry is a header, compared as headers are (case, spaces and a
 * trailing colon set aside), in which {@code *} stands for any text ({@code "Phone*"}, {@code "*remarks*"}).
 * A header a column of the template reads is read: ignoring only applies to headers nothing reads.
 */
public final class IgnoredHeaders {
    /** Ignores nothing. */
    public static final IgnoredHeaders NONE = new IgnoredHeaders(Set.of(), List.of());

    private final Set<String> exact;
    private final List<Pattern> wildcards;

    private IgnoredHeaders(Set<String> exact, List<Pattern> wildcards) {
        this.exact = Set.copyOf(exact);
        this.wildcards = List.copyOf(wildcards);
    }

    /** The template's entries and the sheet's together. */
    public static IgnoredHeaders of(Template t, SheetSpec s) {
        List<String> all = new ArrayList<>(t.ignore());
        if (s != null) { // null: a sheet no entry names, only the template's own ignore applies
            all.addAll(s.ignore());
        }
        if (t.year() != null) {
            all.addAll(t.year().columns()); // read for the census year ({@link YearColumn}), by no column of figures
        }
        return of(all);
    }

    static IgnoredHeaders of(List<String> entries) {
        Set<String> exact = new HashSet<>();
        List<Pattern> wildcards = new ArrayList<>();
        for (String e : entries) {
            String n = HeaderText.normalizeLabel(e);
            if (n.isEmpty()) {
                continue;
            }
            if (n.indexOf('*') < 0) {
                exact.add(n);
                continue;
            }
            StringBuilder re = new StringBuilder();
            for (String part : n.split("\\*", -1)) {
                re.append(re.length() == 0 && part.isEmpty() ? "" : Pattern.quote(part)).append(".*");
            }
            wildcards.add(Pattern.compile(re.substring(0, re.length() - 2), Pattern.DOTALL));
        }
        return exact.isEmpty() && wildcards.isEmpty() ? NONE : new IgnoredHeaders(exact, wildcards);
    }

    /**
     * True when the header (a sheet's header cell or a form's label, as written) is left out on purpose. An entry
     * matches as a form's {@code labels} do ({@link FormCells#isLabel}): the whole text, or one whole side of a text
     * written in two languages ({@code Sanctioned / منظور شدہ} by {@code Sanctioned}; review 29 F6); a wildcard
     * the whole text or one side.
     */
    public boolean ignores(String header) {
        if (header == null || exact.isEmpty() && wildcards.isEmpty()) {
            return false;
        }
        String n = HeaderText.normalizeLabel(header);
        if (n.isEmpty()) {
            return false;
        }
        if (FormCells.isLabel(header, exact) || wildcards.stream().anyMatch(p -> p.matcher(n).matches())) {
            return true;
        }
        List<String> sides = HeaderText.bilingualSides(n);
        return sides.size() > 1 && sides.stream().map(HeaderText::normalizeLabel)
                .anyMatch(s -> wildcards.stream().anyMatch(p -> p.matcher(s).matches()));
    }

    /**
     * The columns of a header of several rows that an ignored heading spans: a heading on a row above the last
     * ({@code Kelas 1} merged over {@code L | P}) covers every column its text is carried over as the header is read
     * ({@link HeaderLocator#columnTexts}: the columns to its right, blank on its row, whose header starts with it),
     * not its first column only (review 29 F2). Rows {@code firstRow}…{@code lastRow}, 0-based; empty when none.
     */
    public Set<Integer> bandColumns(List<List<org.emisworkbench.workbook.Cell>> rows, int firstRow, int lastRow) {
        if (exact.isEmpty() && wildcards.isEmpty() || lastRow <= firstRow || lastRow >= rows.size()) {
            return Set.of();
        }
        String[] texts = HeaderLocator.columnTexts(rows, firstRow, lastRow);
        Set<Integer> out = new HashSet<>();
        for (int r = firstRow; r < lastRow; r++) {
            java.util.Map<Integer, String> own = new java.util.HashMap<>();
            for (org.emisworkbench.workbook.Cell c : rows.get(r)) {
                if (!c.isBlank()) {
                    own.put(c.col(), c.text());
                }
            }
            for (var e : own.entrySet()) {
                if (!ignores(e.getValue())) {
                    continue;
                }
                String heading = HeaderText.normalizeLabel(e.getValue());
                for (int k = e.getKey(); k < texts.length && (k == e.getKey() || !own.containsKey(k)); k++) {
                    String t = texts[k] == null ? "" : HeaderText.normalizeLabel(texts[k]);
                    if (!t.equals(heading) && !t.startsWith(heading + " ")) {
                        break; // "Kelas 1" does not span "Kelas 10 L"
                    }
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** True when an entry would leave out every header ({@code "*"}): refused when the template is loaded. */
    static boolean ignoresEverything(String entry) {
        return HeaderText.normalizeLabel(entry).replace("*", "").isBlank();
    }
}
