package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches header texts of one sheet to the sheet's key and column specs. Patterns are expanded once,
 * at load time, over the aliases of their code lists into one lookup table ({@link HashedHeaders}: a header's hash
 * and its meaning's index, not its text), so matching a header is a single hash look-up and two columns claiming the
 * same header are detected before any file is read.
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

    /**
     * A header that is one of the columns a {@code sumOf} column adds.
     *
     * @param column index of the sum's column spec
     * @param part   index in its {@code sumOf} list
     */
    public record Part(int column, int part, String grade, String sex, String age) {
        /** The figure of the sum this part belongs to (the same for every part of one sum). */
        public Match sum() {
            return new Match(column, grade, sex, age);
        }
    }

    /** Where expanded headers go: the column table, or the table of sum parts. */
    private interface Sink {
        void put(String header, Match match, String path);
    }

    /** Stands for {@link YearBands#THIS_YEAR} while a pattern is expanded: no brace, no space, kept by normalising. */
    private static final String YEAR_MARK = "\u0000year\u0000";

    /** Each header's meaning and the pattern that gave it (named when another claims the header). */
    private final HashedHeaders<Claim> table;
    private final HashedHeaders<List<Part>> parts;
    private final java.util.Set<String> slots;
    private final boolean hasKey;
    private final int columnCount;
    /** How a header's year is read, and the census year a {@code {year}} header is read for; null: no year read. */
    private final SchoolYears years;
    private final int censusYear;

    /** A header's meaning, and the template path of the header or pattern that gave it first. */
    private record Claim(Match match, String path) {
    }

    private HeaderMatcher(HashedHeaders<Claim> table, HashedHeaders<List<Part>> parts, java.util.Set<String> slots,
                          boolean hasKey, int columnCount, SchoolYears years, int censusYear) {
        this.table = table;
        this.parts = parts;
        this.slots = slots;
        this.hasKey = hasKey;
        this.columnCount = columnCount;
        this.years = years;
        this.censusYear = censusYear;
    }

    /**
     * This matcher reading {@link YearBands#THIS_YEAR} in headers and patterns ({@code Enrolment {year}}) as census
     * year {@code censusYear} read by {@code years}: {@code Enrolment 2024-25} matches it, last year's
     * {@code Enrolment 2023-24} matches nothing (left unread and reported as any unmatched column). Without this,
     * no header's year matches {@code {year}}: never last year's figures read as this year's.
     */
    public HeaderMatcher forCensusYear(SchoolYears years, int censusYear) {
        return new HeaderMatcher(table, parts, slots, hasKey, columnCount, years, censusYear);
    }

    /**
     * This matcher with no school-code column required: for finding the header of a list that names its schools
     * without codes ({@code "schoolKey": "name"}).
     */
    public HeaderMatcher withoutKey() {
        return new HeaderMatcher(table, parts, slots, false, columnCount, years, censusYear);
    }

    /**
     * This matcher reading any one year in a header as {@link YearBands#THIS_YEAR}: for telling which template
     * fits a file (its shape) before its census year is known; never for reading figures.
     */
    public HeaderMatcher anyYear() {
        return new HeaderMatcher(table, parts, slots, hasKey, columnCount, null, ANY_YEAR);
    }

    /**
     * True when {@code header} matches nothing for this matcher's census year but is a {@link YearBands#THIS_YEAR}
     * column of the template under another school year: last year's figures, which the template leaves out on
     * purpose (decision 0032), never a column it misses.
     */
    public boolean namesOtherYear(String header) {
        return match(header) == null && anyYear().match(header) != null;
    }

    /** {@link #censusYear} of a matcher from {@link #anyYear()}. */
    private static final int ANY_YEAR = Integer.MIN_VALUE;

    /** The normalised header with its census year written {@code {year}}, or null (no year, another year). */
    private String thisYear(String normalized) {
        if (years == null) {
            return censusYear == ANY_YEAR ? YearBands.anyYearAsThisYear(normalized) : null;
        }
        return YearBands.censusYearAsThisYear(normalized, years, censusYear);
    }

    /** Compiles a sheet's headers; problems go to {@code errors} prefixed with {@code path}. */
    public static HeaderMatcher compile(SheetSpec sheet, CodeLists lists, List<String> errors, String path) {
        HashedHeaders<Claim> table = new HashedHeaders<>();
        HashedHeaders<List<Part>> parts = new HashedHeaders<>();
        Sink columns = (header, match, p) -> put(table, header, match, p, errors);
        for (String k : sheet.key()) {
            put(table, HeaderText.normalizeLabel(k), new Match(KEY, null, null, null),
                    path + ".key", errors);
        }
        for (int i = 0; i < sheet.columns().size(); i++) {
            ColumnSpec c = sheet.columns().get(i);
            String cp = path + ".columns[" + i + "]";
            for (String h : c.headers()) {
                put(table, HeaderText.normalizeLabel(h), new Match(i, c.grade(), c.sex(), c.age()),
                        cp + ".headers", errors);
            }
            for (int j = 0; j < c.patterns().size(); j++) {
                expand(c, i, c.patterns().get(j), lists, columns, errors, cp + ".patterns[" + j + "]", false);
            }
            // The rows of both sexes (row.sex differenceOf) name values of the sex column, not headers.
            for (int j = 0; j < c.parts().size() && !c.rowSexDifference(); j++) {
                int part = j;
                Sink sums = (header, match, p) -> {
                    if (header.isEmpty()) {
                        errors.add(p + ": empty header");
                        return;
                    }
                    // Lists of parts are shared by every header they belong to: a header's list, one part longer.
                    List<Part> before = parts.get(header);
                    List<Part> after = new ArrayList<>(before == null ? List.of() : before);
                    after.add(new Part(match.column(), part, match.grade(), match.sex(), match.age()));
                    parts.put(header, List.copyOf(after));
                };
                expand(c, i, c.parts().get(j), lists, sums, errors, cp + "." + c.partsName() + "[" + j + "]", true);
            }
        }
        java.util.Set<String> slots = slotClashes(sheet, table, parts, errors, path);
        return new HeaderMatcher(table.freeze(), parts.freeze(), slots, !sheet.key().isEmpty(), sheet.columns().size(),
                null, 0);
    }

    /**
     * Two column specs of one sheet that can give the same figure (field, grade, sex, age) would have
     * the later column overwrite the earlier: refused, naming both. Totals are checks, not figures.
     *
     * @return every figure the sheet's columns can give, as {@link #slotKey} texts
     */
    private static java.util.Set<String> slotClashes(SheetSpec sheet, HashedHeaders<Claim> table,
                                                     HashedHeaders<List<Part>> parts, List<String> errors,
                                                     String path) {
        Map<String, Integer> first = new java.util.TreeMap<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        // Each figure once: the many spellings of one header ({grade} {sex} over every alias) give the same match,
        // held once by the tables. A meaning a later part replaced is a part of the longer list that replaced it.
        java.util.Set<Match> distinct = new java.util.HashSet<>();
        table.meanings().forEach(c -> distinct.add(c.match()));
        parts.meanings().forEach(l -> l.forEach(p -> distinct.add(p.sum())));
        List<Match> figures = new ArrayList<>(distinct);
        // In column order, so the earlier spec is named as the one kept.
        figures.sort(java.util.Comparator.comparingInt(Match::column));
        for (Match m : figures) {
            if (m.column() == KEY) {
                continue;
            }
            ColumnSpec c = sheet.columns().get(m.column());
            if (c.total() != null || c.field() == null) {
                continue;
            }
            String key = slotKey(c.field(), m);
            Integer before = first.putIfAbsent(key, m.column());
            if (before != null && before != m.column() && reported.add(before + "|" + m.column())) {
                errors.add(path + ".columns[" + m.column() + "]: gives the same figure as " + path + ".columns["
                        + before + "] (" + describe(key) + "); a figure is read from one column: drop one, or add"
                        + " them with sumOf");
            }
        }
        return java.util.Set.copyOf(first.keySet());
    }

    /** A figure as text: field, grade, sex and age, e.g. {@code enrolment|G1|F|}. */
    public static String slotKey(String field, Match m) {
        return field.trim().toLowerCase(java.util.Locale.ROOT) + "|" + (m.grade() == null ? "" : m.grade()) + "|"
                + (m.sex() == null ? "" : m.sex()) + "|" + (m.age() == null ? "" : m.age());
    }

    /** A {@link #slotKey} in words: {@code enrolment G1 F}. */
    public static String describe(String slotKey) {
        return String.join(" ", java.util.Arrays.stream(slotKey.split("\\|")).filter(t -> !t.isEmpty()).toList());
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

    private static void expand(ColumnSpec c, int index, String pattern, CodeLists lists, Sink sink,
                               List<String> errors, String path, boolean literalAllowed) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        // {year} is no code list: it stays in the header as written, read for the census year when matching.
        boolean year = pattern.contains(YearBands.THIS_YEAR);
        String marked = pattern.replace(YearBands.THIS_YEAR, YEAR_MARK);
        Matcher m = PLACEHOLDER.matcher(marked);
        int last = 0;
        while (m.find()) {
            literals.add(marked.substring(last, m.start()));
            names.add(m.group(1));
            last = m.end();
        }
        literals.add(marked.substring(last));
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
                        + "\" (use {grade}, {sex}, {age} or {year})");
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
            if (literalAllowed || year) {
                sink.put(withYear(HeaderText.normalizeLabel(marked)), new Match(index, c.grade(), c.sex(), c.age()),
                        path);
            } else {
                errors.add(path + ": pattern \"" + pattern + "\" has no placeholder; list it under headers");
            }
            return;
        }
        if (size > MAX_EXPANSION) {
            errors.add(path + ": pattern \"" + pattern + "\" expands to " + size + " headers, more than "
                    + MAX_EXPANSION);
            return;
        }
        String[] values = new String[names.size()];
        String[] aliases = new String[names.size()];
        fill(0, c, index, literals, names, used, values, aliases, sink, path);
    }

    private static String withYear(String expanded) {
        return expanded.replace(YEAR_MARK, YearBands.THIS_YEAR);
    }

    private static void fill(int depth, ColumnSpec c, int index, List<String> literals, List<String> names,
                             List<CodeList> used, String[] values, String[] aliases, Sink sink, String path) {
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
            sink.put(withYear(HeaderText.normalizeLabel(sb.toString())), new Match(index, grade, sex, age), path);
            return;
        }
        for (Map.Entry<String, String> e : used.get(depth).aliasTable().entrySet()) {
            aliases[depth] = e.getKey();
            values[depth] = e.getValue();
            fill(depth + 1, c, index, literals, names, used, values, aliases, sink, path);
        }
    }

    private static void put(HashedHeaders<Claim> table, String header, Match match, String path,
                            List<String> errors) {
        if (header.isEmpty()) {
            errors.add(path + ": empty header");
            return;
        }
        Claim before = table.putIfAbsent(header, new Claim(match, path));
        if (before != null && !before.match().equals(match)) {
            if (errors.size() >= MAX_REPORTED) {
                return; // enough to fix the template; more would only cost time and memory
            }
            String first = before.path();
            // One report per pair of clashing specs is enough to fix the template.
            String clash = path + ": header \"" + header + "\" also matches " + first;
            if (errors.stream().noneMatch(e -> e.startsWith(path + ": header") && e.endsWith(first))) {
                errors.add(clash);
            }
        }
    }

    /** What a header text means, or null when it matches nothing. */
    public Match match(String header) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        Claim c = bySide(table, HeaderText.normalizeLabel(header));
        return c == null ? null : c.match();
    }

    /**
     * What a normalised header means in {@code headers}: by its whole text, else ("Boys / Boe") by the side of a
     * bilingual header that means something, when the sides agree (decision 0086). The one way columns and the
     * parts of sums ({@code sumOf}) are found, so a part is named by either side as a column is (review 34).
     */
    private <T> T bySide(HashedHeaders<T> headers, String normalized) {
        T m = byText(headers, normalized);
        if (m == null) {
            for (String side : HeaderText.bilingualSides(normalized)) {
                T s = byText(headers, HeaderText.normalizeLabel(side));
                if (s != null && m != null && !sameMeaning(s, m) || s == null && CodeLists.namesDimension(side)) {
                    return null; // two meanings, or a grade and a sex ("Class 1 / Female"): no bilingual pair
                }
                m = s == null ? m : s;
            }
        }
        return m;
    }

    /** Two sides agree when they mean the same: a column's match (whichever pattern gave it), or the same parts. */
    private static boolean sameMeaning(Object a, Object b) {
        return a instanceof Claim ca && b instanceof Claim cb ? ca.match().equals(cb.match()) : a.equals(b);
    }

    private <T> T byText(HashedHeaders<T> headers, String normalized) {
        T m = headers.get(normalized);
        if (m == null) {
            String thisYear = thisYear(normalized);
            m = thisYear == null ? null : headers.get(thisYear);
        }
        return m;
    }

    /** The sums a header is a part of (empty when none). */
    public List<Part> parts(String header) {
        if (header == null || header.isEmpty() || parts.isEmpty()) {
            return List.of();
        }
        List<Part> found = bySide(parts, HeaderText.normalizeLabel(header));
        return found == null ? List.of() : found;
    }

    /**
     * The sums a column is a part of: by its header as read (two rows joined) or, when that names no part,
     * by its lower header cell alone ({@code fallback}, null for a header of one row).
     */
    public List<Part> parts(String header, String fallback) {
        List<Part> ps = parts(header);
        return ps.isEmpty() && fallback != null ? parts(fallback) : ps;
    }

    /** Every figure (field, grade, sex, age as {@link #slotKey}) this sheet's columns and sums can give. */
    public java.util.Set<String> slots() {
        return slots;
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
