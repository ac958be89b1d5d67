package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Labels whose value is written in their own cell, after a colon ({@code "position": "inside"}): a district's
 * compilation opening each school's block with {@code School: Akuna Primary (GH-1200)} or {@code École : EPP Zogbo
 * (BJ-0077)}. The school's code is the text in the parentheses (or square brackets: {@code [TG-0412]}) closing the
 * cell, or the one word carrying a digit after the colon ({@code Reg. No: PS0401023}); its name the text before
 * the parentheses; any other field takes the whole text after the colon.
 */
public final class InsideLabels {
    /** The label {@code position} of a value written in the label's own cell. */
    public static final String INSIDE = "inside";

    /** The code closing the cell, in parentheses or square brackets ({@code (GH-1200)}, {@code [TG-0412]}). */
    private static final Pattern TRAILING_CODE = Pattern.compile("(?:\\(([^()]*)\\)|\\[([^\\[\\]]*)\\])\\s*$");
    /** One word carrying a digit: a code written alone after its label's colon ({@code PS0401023}, {@code 104-027}). */
    private static final Pattern LONE_CODE = Pattern.compile("\\s*(?=\\S*\\d)[\\p{L}\\d][\\p{L}\\d./_-]*\\s*");
    /** A label, a colon and a whole number in one cell ({@code Enseignants H : 5}). */
    private static final Pattern LABEL_NUMBER = Pattern.compile("\\s*([^:]*\\p{L}[^:]*?)\\s*:\\s*(\\d+)\\s*");

    private InsideLabels() {
    }

    /**
     * The text after the colon when the text before it is one of {@code labels} (once normalised), whitespace
     * collapsed; null when the text is not one of these labels followed by a colon.
     */
    public static String value(String text, List<String> labels) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String head = HeaderText.normalizeLabel(text.substring(0, colon));
        for (String l : labels) {
            if (HeaderText.normalizeLabel(l).equals(head)) {
                return text.substring(colon + 1).replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    /**
     * The part of an inside value a field reads: {@code school.code} the text in the closing parentheses (empty when
     * there are none: a block without a code), {@code school.name} the text before them, any other field the whole.
     */
    public static String part(String value, String field) {
        Matcher m = TRAILING_CODE.matcher(value);
        boolean found = m.find();
        if ("school.code".equalsIgnoreCase(field)) {
            // A label naming the code itself (Reg. No: PS0401023, EMIS No: 104027): one word carrying a digit is
            // the code; words without one (School: Chela Primary) are a name with its code left out.
            return found ? (m.group(1) != null ? m.group(1) : m.group(2)).strip()
                    : LONE_CODE.matcher(value).matches() ? value.strip() : "";
        }
        if ("school.name".equalsIgnoreCase(field)) {
            return found ? value.substring(0, m.start()).strip() : value;
        }
        return value;
    }

    /** A cell's text cut at its first colon: the label's words before it, the value after it. */
    public record Split(String label, String value) {
    }

    /**
     * The text cut at its first colon, whitespace collapsed ({@code School: Akuna Primary (GH-1200)} is {@code
     * School} and {@code Akuna Primary (GH-1200)}); null when the words before the colon or the value after it are
     * blank, or hold no letter nor digit.
     */
    public static Split split(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String label = text.substring(0, colon).replaceAll("[\\s\\u00A0]+", " ").strip();
        String value = text.substring(colon + 1).replaceAll("[\\s\\u00A0]+", " ").strip();
        boolean words = label.codePoints().anyMatch(Character::isLetterOrDigit)
                && value.codePoints().anyMatch(Character::isLetterOrDigit);
        return words ? new Split(label, value) : null;
    }

    /**
     * Label {@code l} read inside its own cell, whose text is {@code cellText}: its label the words before the
     * colon, its value shown the part its field reads; null when the cell holds no words, colon and value.
     */
    public static LabelMapping asInside(LabelMapping l, String cellText) {
        Split s = split(cellText);
        return s == null ? null : new LabelMapping(l.sheet(), l.row(), l.col(), s.label(),
                part(s.value(), l.field() == null ? "" : l.field()), l.field(), l.sex(), l.codeList(), false, 1, null,
                true, l.inside() ? l.others() : null);
    }

    /**
     * A text holding a label and a count after its colon ({@code Titulaires H : 2}): the label and the count's
     * digits; null for any other text. Such a cell is a label whose value is inside it, and its count a figure.
     */
    public static String[] labelAndCount(String text) {
        Matcher m = text == null ? null : LABEL_NUMBER.matcher(text);
        return m != null && m.matches() ? new String[] {m.group(1).strip(), m.group(2)} : null;
    }

    /** After a label's colon, counts each after its sex's word ({@code Male 4 Female 3}, {@code F: 3, M: 4}). */
    private static final Pattern SEX_COUNT = Pattern.compile("([\\p{L}][\\p{L}.]*)\\s*:?\\s*(\\d+)\\s*[,;/]?\\s*");

    /**
     * A text holding a label and, after its colon, a count per sex each after its sex's word ({@code Teachers: Male 4
     * Female 3}): the label, then the sex codes and counts in turn ({@code Teachers, M, 4, F, 3}); null for any other
     * text (one count, a word naming no sex, a sex twice). Such a cell is a label whose values are inside it.
     */
    public static String[] labelAndCountsBySex(String text) {
        Split s = text == null ? null : split(text);
        if (s == null || !s.label().codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        Matcher m = SEX_COUNT.matcher(s.value());
        List<String> out = new ArrayList<>(List.of(s.label()));
        int end = 0;
        while (m.find() && m.start() == end) {
            String sex = CodeLists.builtIn().require("sex").code(m.group(1).replaceAll("\\.$", ""));
            if (sex == null || out.contains(sex)) {
                return null;
            }
            out.add(sex);
            out.add(m.group(2));
            end = m.end();
        }
        return end == s.value().length() && out.size() >= 5 ? out.toArray(String[]::new) : null;
    }

    /** The count of {@code sex} in a cell read by {@link #labelAndCountsBySex}, or null when it holds none. */
    public static String countOfSex(String text, String sex) {
        String[] counts = labelAndCountsBySex(text);
        for (int i = 1; counts != null && i + 1 < counts.length; i += 2) {
            if (counts[i].equals(sex)) {
                return counts[i + 1];
            }
        }
        return null;
    }

    /** The first text cell holding one of the labels with its value after a colon, or null. */
    public static Cell find(List<List<Cell>> rows, List<String> labels) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == CellKind.TEXT && value(c.text(), labels) != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The rows holding such a cell, top to bottom (the blocks of a sheet of stacked forms). */
    public static List<Integer> rows(List<List<Cell>> rows, List<String> labels) {
        List<Integer> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == CellKind.TEXT && value(c.text(), labels) != null) {
                    out.add(c.row());
                    break;
                }
            }
        }
        return out;
    }

    /** The cell of the label {@code l} on the sheet: its own cell holding its value, or its label cell; or null. */
    public static Cell find(List<List<Cell>> rows, LabelSpec l) {
        return inside(l) ? find(rows, l.labels()) : FormCells.findLabel(rows, l.labels());
    }

    /** True when the label's value is written in its own cell. */
    public static boolean inside(LabelSpec l) {
        return INSIDE.equals(l.position());
    }
}
