package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches header texts of one sheet to the sheet's key and column specs. Patterns are expanded once,
 * at load time, over the aliases of their code lists into one lookup table, so matching a header is a
 * single hash look-up and two columns claiming the same header are detected before any file is read.
 */
public final class HeaderMatcher {
    /** Column index of {@link Match} for the key column. */
    public static final int KEY = -1;
    /** Most headers one sheet's patterns may expand to; beyond that the template is refused. */
    static final int MAX_EXPANSION = 200_000;
    /**
     * Most headers all the patterns of a template may expand to together. Each pattern alone may stay
     * under {@link #MAX_EXPANSION} while a thousand of them (a 22 KB file) would fill any memory, so the
     * sum is checked too, before anything is expanded.
     */
    static final int MAX_TEMPLATE_EXPANSION = 400_000;

    /** Problems reported at most: a template of thousands of clashing patterns gets the first ones. */
    static final int MAX_REPORTED = 200;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    /**
     * What a header means.
     *
     * @param column index in {@link SheetSpec#columns()}, or {@link #KEY}
     * @param grade  canonical grade code, or null
     * @param sex    canonical sex code (F/M), or null
     * @param age    canonical age group code, or null
     */
    public record Match(int column, String grade, String sex, String age) {
    }

    private final Map<String, Match> table;
    private final boolean hasKey;
    private final int columnCount;

    private HeaderMatcher(Map<String, Match> table, boolean hasKey, int columnCount) {
        this.table = table;
        this.hasKey = hasKey;
        this.columnCount = columnCount;
    }

    /** Compiles a sheet's headers; problems go to {@code errors} prefixed with {@code path}. */
    public static HeaderMatcher compile(SheetSpec sheet, CodeLists lists, List<String> errors, String path) {
        Map<String, Match> table = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (String k : sheet.key()) {
            put(table, owner, HeaderText.normalizeLabel(k), new Match(KEY, null, null, null),
                    path + ".key", errors);
        }
        for (int i = 0; i < sheet.columns().size(); i++) {
            ColumnSpec c = sheet.columns().get(i);
            String cp = path + ".columns[" + i + "]";
            for (String h : c.headers()) {
                put(table, owner, HeaderText.normalizeLabel(h), new Match(i, c.grade(), c.sex(), c.age()),
                        cp + ".headers", errors);
            }
            for (int j = 0; j < c.patterns().size(); j++) {
                expand(c, i, c.patterns().get(j), lists, table, owner, errors, cp + ".patterns[" + j + "]");
            }
        }
        return new HeaderMatcher(Map.copyOf(table), !sheet.key().isEmpty(), sheet.columns().size());
    }

    /**
     * Checks, before expanding anything, that the template's patterns stay within the limits: each
     * sheet's together under {@link #MAX_EXPANSION}, the whole template's under
     * {@link #MAX_TEMPLATE_EXPANSION}. Sizes are the products of the code lists' alias counts; a
     * placeholder that is not a code list counts 1 here and is reported when the sheet is compiled.
     *
     * @return false (with the problem added to {@code errors}) when the template must be refused unexpanded
     */
    static boolean withinBudget(Template t, CodeLists lists, List<String> errors) {
        long total = 0;
        int patterns = 0;
        for (int i = 0; i < t.sheets().size(); i++) {
            SheetSpec sheet = t.sheets().get(i);
            long sheetTotal = 0;
            int sheetPatterns = 0;
            for (ColumnSpec c : sheet.columns()) {
                for (String pattern : c.patterns()) {
                    sheetTotal += expansionSize(pattern, lists);
                    sheetPatterns++;
                }
            }
            if (sheetTotal > MAX_EXPANSION) {
                errors.add("$.sheets[" + i + "]: its " + sheetPatterns + " header patterns expand to " + sheetTotal
                        + " headers, more than the limit of " + MAX_EXPANSION + " for one sheet; the template is"
                        + " refused without expanding them (list fewer patterns, or fewer aliases in the code lists)");
                return false;
            }
            total += sheetTotal;
            patterns += sheetPatterns;
        }
        if (total > MAX_TEMPLATE_EXPANSION) {
            errors.add("$.sheets: the template's " + patterns + " header patterns expand to " + total + " headers,"
                    + " more than the limit of " + MAX_TEMPLATE_EXPANSION + " for one template; the template is"
                    + " refused without expanding them (list fewer patterns, or fewer aliases in the code lists)");
            return false;
        }
        return true;
    }

    /** How many headers one pattern expands to, counted without expanding it. */
    static long expansionSize(String pattern, CodeLists lists) {
        long size = 1;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("grade") || name.equals("sex") || name.equals("age")) {
                // Saturating: a hostile product must not wrap round to a small number.
                size = Math.min((long) Integer.MAX_VALUE * 4, size * Math.max(1, lists.require(name).aliasTable().size()));
            }
        }
        return size;
    }

    private static void expand(ColumnSpec c, int index, String pattern, CodeLists lists, Map<String, Match> table,
                               Map<String, String> owner, List<String> errors, String path) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            literals.add(pattern.substring(last, m.start()));
            names.add(m.group(1));
            last = m.end();
        }
        literals.add(pattern.substring(last));
        String rest = String.join("", literals);
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            errors.add(path + ": unbalanced brace in pattern \"" + pattern + "\"");
            return;
        }
        long size = 1;
        List<CodeList> used = new ArrayList<>();
        for (String name : names) {
            if (!name.equals("grade") && !name.equals("sex") && !name.equals("age")) {
                errors.add(path + ": unknown placeholder {" + name + "} in \"" + pattern
                        + "\" (use {grade}, {sex} or {age})");
                return;
            }
            if (names.indexOf(name) != names.lastIndexOf(name)) {
                errors.add(path + ": placeholder {" + name + "} used twice in \"" + pattern + "\"");
                return;
            }
            String fixed = name.equals("grade") ? c.grade() : name.equals("sex") ? c.sex() : c.age();
            if (fixed != null) {
                errors.add(path + ": {" + name + "} in the pattern and a fixed " + name + " in the column");
                return;
            }
            CodeList list = lists.require(name);
            used.add(list);
            size *= list.aliasTable().size();
        }
        if (names.isEmpty()) {
            errors.add(path + ": pattern \"" + pattern + "\" has no placeholder; list it under headers");
            return;
        }
        if (size > MAX_EXPANSION) {
            errors.add(path + ": pattern \"" + pattern + "\" expands to " + size + " headers, more than "
                    + MAX_EXPANSION);
            return;
        }
        String[] values = new String[names.size()];
        String[] aliases = new String[names.size()];
        fill(0, c, index, literals, names, used, values, aliases, table, owner, errors, path);
    }

    private static void fill(int depth, ColumnSpec c, int index, List<String> literals, List<String> names,
                             List<CodeList> used, String[] values, String[] aliases, Map<String, Match> table,
                             Map<String, String> owner, List<String> errors, String path) {
        if (depth == names.size()) {
            StringBuilder sb = new StringBuilder(literals.get(0));
            for (int i = 0; i < names.size(); i++) {
                sb.append(aliases[i]).append(literals.get(i + 1));
            }
            String grade = c.grade();
            String sex = c.sex();
            String age = c.age();
            for (int i = 0; i < names.size(); i++) {
                switch (names.get(i)) {
                    case "grade" -> grade = values[i];
                    case "sex" -> sex = values[i];
                    default -> age = values[i];
                }
            }
            put(table, owner, HeaderText.normalizeLabel(sb.toString()), new Match(index, grade, sex, age), path,
                    errors);
            return;
        }
        for (Map.Entry<String, String> e : used.get(depth).aliasTable().entrySet()) {
            aliases[depth] = e.getKey();
            values[depth] = e.getValue();
            fill(depth + 1, c, index, literals, names, used, values, aliases, table, owner, errors, path);
        }
    }

    private static void put(Map<String, Match> table, Map<String, String> owner, String header, Match match,
                            String path, List<String> errors) {
        if (header.isEmpty()) {
            errors.add(path + ": empty header");
            return;
        }
        Match before = table.putIfAbsent(header, match);
        if (before != null && !before.equals(match)) {
            if (errors.size() >= MAX_REPORTED) {
                return; // enough to fix the template; more would only cost time and memory
            }
            String first = owner.get(header);
            // One report per pair of clashing specs is enough to fix the template.
            String clash = path + ": header \"" + header + "\" also matches " + first;
            if (errors.stream().noneMatch(e -> e.startsWith(path + ": header") && e.endsWith(first))) {
                errors.add(clash);
            }
        } else if (before == null) {
            owner.put(header, path);
        }
    }

    /** What a header text means, or null when it matches nothing. */
    public Match match(String header) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        return table.get(HeaderText.normalizeLabel(header));
    }

    /** True when the sheet has a key column to find. */
    public boolean hasKey() {
        return hasKey;
    }

    /** Number of column specs. */
    public int columnCount() {
        return columnCount;
    }
}
