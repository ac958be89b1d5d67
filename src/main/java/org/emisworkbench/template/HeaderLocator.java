package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.emisworkbench.workbook.Cell;

/**
 * Finds the header of a sheet among its first rows: the given {@code headerRow}, or else the row (or
 * two or three rows) matching most column specs, key required. Two-row headers are read as a merged grade
 * label above M/F sub-headers; a blank upper cell continues the label to its left, as a merged cell does.
 * A three-row header is a band ({@code ENROLMENT BY STANDARD AND SEX}, {@code TEACHERS}) over such a
 * two-row header: each column is matched with the band, then by the two rows below it.
 */
public final class HeaderLocator {
    /** Rows searched when the template gives no header row. */
    public static final int SEARCH_ROWS = 20;
    /** The most rows one header spans: a band, a grade, a sex. */
    /** The deepest header {@link #locate} reads. */
    public static final int MAX_ROWS = 3;
    private static final int MAX_HEADER_ROWS = MAX_ROWS;

    private HeaderLocator() {
    }

    /**
     * Locates the header.
     *
     * @param rows      the first rows of the sheet, each its non-blank cells in column order, indexed by
     *                  0-based row (missing rows as empty lists)
     * @param headerRow 1-based header row from the template, or null to search
     * @return the best layout, or null when no row matches anything (or the key is nowhere)
     */
    public static HeaderLayout locate(List<List<Cell>> rows, HeaderMatcher matcher, Integer headerRow) {
        return locate(rows, matcher, headerRow, null);
    }

    /**
     * Locates a header of {@code headerRows} rows (a sheet's {@code headerRows}), or of any depth up to three
     * when null.
     */
    public static HeaderLayout locate(List<List<Cell>> rows, HeaderMatcher matcher, Integer headerRow,
                                      Integer headerRows) {
        HeaderLayout best = null;
        int from = headerRow == null ? 0 : headerRow - 1;
        int to = headerRow == null ? Math.min(rows.size(), SEARCH_ROWS) : Math.min(rows.size(), headerRow);
        for (int r = from; r < to; r++) {
            if (headerRows == null || headerRows == 1) {
                best = better(best, single(rows.get(r), r, matcher), matcher);
            }
            for (int n = 2; n <= MAX_HEADER_ROWS && r + n - 1 < rows.size(); n++) {
                if (headerRows == null || headerRows == n) {
                    best = better(best, severalRows(rows.subList(r, r + n), r, matcher), matcher);
                }
            }
        }
        return best;
    }


    private static HeaderLayout better(HeaderLayout best, HeaderLayout candidate, HeaderMatcher matcher) {
        if (candidate == null || candidate.score() == 0 || (matcher.hasKey() && candidate.keyColumn() < 0)) {
            return best;
        }
        if (best == null || candidate.score() > best.score()) {
            return candidate;
        }
        if (candidate.score() == best.score() && candidate.matched() == best.matched()
                && candidate.lastRow() == best.lastRow() && candidate.firstRow() > best.firstRow()) {
            // The rows above added nothing to what the header reads (a title, a banner): the header is these
            // rows alone, and its columns are named by their own text, not "Census 2025 School No.".
            return candidate;
        }
        return candidate.score() == best.score() && candidate.matched() > best.matched() ? candidate : best;
    }

    private static HeaderLayout single(List<Cell> row, int r, HeaderMatcher matcher) {
        int width = row.isEmpty() ? 0 : row.get(row.size() - 1).col() + 1;
        String[] texts = new String[width];
        List<String> found = new ArrayList<>();
        for (Cell c : row) {
            if (!c.isBlank()) {
                texts[c.col()] = c.text();
                found.add(c.text());
            }
        }
        return build(texts, new String[width], r, r, matcher, found);
    }

    private static HeaderLayout severalRows(List<List<Cell>> header, int r, HeaderMatcher matcher) {
        for (List<Cell> row : header) {
            if (row.isEmpty()) {
                return null;
            }
        }
        String[][] texts = combine(header);
        List<String> found = new ArrayList<>();
        for (String t : texts[0]) {
            if (t != null) {
                found.add(t);
            }
        }
        return build(texts[0], texts[1], r, r + header.size() - 1, matcher, found);
    }

    /**
     * A header of several rows, its texts per column: {@code [0]} the top row's text (carried over the columns
     * it spans) joined to what the rows below read, {@code [1]} what the rows below read alone, as a fallback.
     * Two rows: the upper text joined to the lower one, and the lower one alone.
     */
    private static String[][] combine(List<List<Cell>> header) {
        return combine(header, new String[0]);
    }

    /**
     * As above, below {@code above}: the texts of the header rows over these ones. A heading carried to the right
     * stops where a row above starts a heading of its own: {@code 7ª classe} over {@code HM | M} is not carried
     * under {@code Professores}, merged over the two rows beside it (review 20).
     */
    private static String[][] combine(List<List<Cell>> header, String[] above) {
        List<Cell> upper = header.get(0);
        String[] up0 = own(upper, 0);
        String[] low = header.size() == 2 ? own(header.get(1), 0)
                : combine(header.subList(1, header.size()), startsOf(above, up0))[0];
        int width = Math.max(upper.isEmpty() ? 0 : upper.get(upper.size() - 1).col() + 1, low.length);
        String[] up = own(upper, width);
        String[] combined = new String[width];
        String[] fallback = new String[width];
        String carry = null;
        for (int c = 0; c < combined.length; c++) {
            if (up[c] != null) {
                carry = up[c];
            } else if (c < above.length && above[c] != null) {
                carry = null;
            }
            String below = c < low.length ? low[c] : null;
            if (below == null) {
                combined[c] = up[c];
            } else {
                // The upper text is this column's own line (not a heading carried over the columns it spans): it may
                // be one more language of the words below it.
                boolean ownLine = up[c] != null && !(c + 1 < width && up[c + 1] == null
                        && (c + 1 >= above.length || above[c + 1] == null) && c + 1 < low.length && low[c + 1] != null);
                combined[c] = carry == null ? below : joined(carry, below, ownLine);
                fallback[c] = below;
            }
        }
        return new String[][] {combined, fallback};
    }

    /**
     * A heading and the text under it read as one header. Written in two or more languages ({@code Grade 1 / 1ኛ ክፍል}
     * over {@code M / ወንድ}), each language's words are joined with its own ({@code Grade 1 M / 1ኛ ክፍል ወንድ}): still one
     * header in several languages, read by any one side that means something (section 5 of the templates guide).
     * Joined end to end they made sides of which none meant a grade and a sex, and the sheet was not seen as a wide
     * sheet at all (review 27). Each side goes with the side below written in its script when every side has a script
     * of its own ({@code Grade 1 / 1ኛ ክፍል} over {@code ወንድ / M}), else with the side at its place. A text in one
     * language beside several goes with each side.
     * <p>
     * A column's own line in one script over (or under) the other languages' lines of the same words, in scripts of
     * their own ({@code පිරිමි} over {@code ஆண் / Boys}), is one more language of those words, not a heading over
     * them: {@code පිරිමි / ஆண் / Boys}, as the sheet shows it, so that {@code Grade 1} joins {@code Boys} and not a
     * Sinhala word repeated into each side (review 32). A heading carried over several columns is never such a line.
     *
     * @param ownLine true when the upper text is the column's own cell, not carried from a cell spanning others
     */
    static String joined(String upper, String lower, boolean ownLine) {
        List<String> up = sides(upper);
        List<String> low = sides(lower);
        if (ownLine && moreLanguages(up, low)) {
            List<String> lines = new ArrayList<>(up);
            lines.addAll(low);
            return String.join(" / ", lines);
        }
        if (up.size() < 2 && low.size() < 2 || up.size() >= 2 && low.size() >= 2 && up.size() != low.size()) {
            return upper + " " + lower;
        }
        int[] below = sameScripts(up, low);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.max(up.size(), low.size()); i++) {
            parts.add((up.size() == 1 ? up.get(0) : up.get(i)) + " "
                    + (low.size() == 1 ? low.get(0) : low.get(below == null ? i : below[i])));
        }
        return String.join(" / ", parts);
    }

    /**
     * True when one of the two texts is one line in a script none of the other's sides is written in, and the other
     * has several sides each in a script of its own: the lines of one header in as many languages.
     */
    private static boolean moreLanguages(List<String> up, List<String> low) {
        List<String> one = up.size() == 1 ? up : low.size() == 1 ? low : null;
        List<String> many = one == up ? low : up;
        if (one == null || many.size() < 2) {
            return false;
        }
        List<Character.UnicodeScript> scripts = scripts(many);
        Character.UnicodeScript own = HeaderText.script(one.get(0));
        return scripts != null && own != null && !scripts.contains(own);
    }

    /**
     * For each side of {@code up}, the index of the side of {@code low} written in the same script, when every side of
     * each has a script of its own and both have the same scripts; else null (sides go together by their place).
     */
    private static int[] sameScripts(List<String> up, List<String> low) {
        List<Character.UnicodeScript> u = scripts(up);
        List<Character.UnicodeScript> l = scripts(low);
        if (u == null || l == null || u.size() != l.size() || !new java.util.HashSet<>(u).equals(new java.util.HashSet<>(l))) {
            return null;
        }
        int[] out = new int[u.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.indexOf(u.get(i));
        }
        return out;
    }

    /** The script of each side ({@link HeaderText#script}), or null unless there are several, each its own. */
    private static List<Character.UnicodeScript> scripts(List<String> sides) {
        if (sides.size() < 2) {
            return null;
        }
        List<Character.UnicodeScript> out = new ArrayList<>();
        for (String side : sides) {
            Character.UnicodeScript s = HeaderText.script(side);
            if (s == null || out.contains(s)) {
                return null;
            }
            out.add(s);
        }
        return out;
    }

    /** The sides of a text written {@code text / text} ({@link HeaderText#bilingualSides}), or the text alone. */
    private static List<String> sides(String text) {
        List<String> sides = HeaderText.bilingualSides(text);
        return sides.isEmpty() ? List.of(text.strip()) : sides;
    }

    /** Per column, a text of either row where one starts a heading there; null elsewhere. */
    private static String[] startsOf(String[] a, String[] b) {
        String[] out = new String[Math.max(a.length, b.length)];
        for (int c = 0; c < out.length; c++) {
            out[c] = c < b.length && b[c] != null ? b[c] : c < a.length ? a[c] : null;
        }
        return out;
    }

    /** A row's own texts per column (at least {@code width} wide), null where blank. */
    private static String[] own(List<Cell> row, int width) {
        String[] texts = new String[Math.max(width, row.isEmpty() ? 0 : row.get(row.size() - 1).col() + 1)];
        for (Cell c : row) {
            if (!c.isBlank()) {
                texts[c.col()] = c.text();
            }
        }
        return texts;
    }

    /**
     * The header texts of a located header, per column: {@code [0]} the text read (two rows joined),
     * {@code [1]} the lower row's text alone (two-row headers only, else nulls).
     */
    public static String[][] texts(List<List<Cell>> rows, HeaderLayout header) {
        if (header.firstRow() == header.lastRow()) {
            List<Cell> row = rows.get(header.lastRow());
            int width = Math.max(header.byColumn().length, row.isEmpty() ? 0 : row.get(row.size() - 1).col() + 1);
            String[] texts = new String[width];
            for (Cell c : row) {
                if (!c.isBlank()) {
                    texts[c.col()] = c.text();
                }
            }
            return new String[][] {texts, new String[width]};
        }
        return combine(rows.subList(header.firstRow(), header.lastRow() + 1));
    }

    /**
     * The header text of every column of a located header, as the matcher saw it (a two-row header
     * combined as {@link #locate} combines it); null where a column has no header. For drafting
     * templates and reporting which header a column was read under.
     */
    public static String[] columnTexts(List<List<Cell>> rows, int firstRow, int lastRow) {
        List<Cell> upper = firstRow < rows.size() ? rows.get(firstRow) : List.of();
        if (lastRow > firstRow && lastRow < rows.size()) {
            return combine(rows.subList(firstRow, lastRow + 1))[0];
        }
        String[] texts = new String[upper.isEmpty() ? 0 : upper.get(upper.size() - 1).col() + 1];
        for (Cell c : upper) {
            if (!c.isBlank()) {
                texts[c.col()] = c.text();
            }
        }
        return texts;
    }

    /**
     * The header texts of the rows {@code firstRow + 1} to {@code lastRow} per column, as {@link #columnTexts} reads
     * them, a heading carried to the right stopping where row {@code firstRow} starts a heading of its own: what the
     * rows under a banner read, the banner left out (review 20).
     */
    public static String[] textsUnder(List<List<Cell>> rows, int firstRow, int lastRow) {
        if (lastRow - firstRow < 2 || lastRow >= rows.size()) {
            return columnTexts(rows, firstRow + 1, lastRow);
        }
        return combine(rows.subList(firstRow + 1, lastRow + 1), own(rows.get(firstRow), 0))[0];
    }

    private static HeaderLayout build(String[] texts, String[] fallback, int first, int last, HeaderMatcher matcher,
                                      List<String> found) {
        HeaderMatcher.Match[] byColumn = new HeaderMatcher.Match[texts.length];
        BitSet specs = new BitSet();
        int key = -1;
        int matched = 0;
        for (int c = 0; c < texts.length; c++) {
            HeaderMatcher.Match m = matcher.match(texts[c]);
            if (m == null) {
                m = matcher.match(fallback[c]);
            }
            if (m == null) {
                // A column added into a sum (sumOf) finds the sum's spec: its own header is the part's.
                matcher.parts(texts[c], fallback[c]).forEach(p -> specs.set(p.column()));
                continue;
            }
            if (m.column() == HeaderMatcher.KEY) {
                if (key >= 0) {
                    continue;
                }
                key = c;
            } else {
                specs.set(m.column());
            }
            byColumn[c] = m;
            matched++;
        }
        int score = specs.cardinality() + (key >= 0 ? 1 : 0);
        return new HeaderLayout(first, last, byColumn, found, score, key, matched);
    }
}
