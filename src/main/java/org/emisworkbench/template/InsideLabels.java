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
     * collapsed; null when the text is not one of these labels followed by a colon. A label may also stand later in
     * the cell, after a separator ({@link #value(String, List, List)}).
     */
    public static String value(String text, List<String> labels) {
        return value(text, labels, labels);
    }

    /**
     * The value of one of {@code labels} in a cell holding one or more labelled parts: the text after the first
     * colon when the words before it are one of the labels ({@code École: EPP Kaédi Centre}), or the text after one
     * of the labels standing after a separator later in the cell ({@code … — Code: 12345}, {@code … - N° : 12345},
     * {@code …, Code école 12345}: a label written without its colon then takes only one word carrying a digit).
     * Each part ends where a part of one of {@code partLabels} (the sheet's labels read inside their cells) starts,
     * so {@code École} reads {@code EPP Kaédi Centre} beside the label {@code Code} (review 27, F5). Whitespace
     * collapsed; null when no part is one of the labels.
     */
    public static String value(String text, List<String> labels, List<String> partLabels) {
        if (text == null) {
            return null;
        }
        List<String> starts = new ArrayList<>(labels);
        starts.addAll(partLabels);
        for (Part p : parts(text, starts)) {
            if (FormCells.isLabel(p.label(), labels)) {
                return p.value().replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    /** What separates two labelled parts of one cell: a dash (with spaces round a hyphen), a comma, a semicolon, a bar. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s\\u00A0]*[—–][\\s\\u00A0]*"
            + "|[\\s\\u00A0]+-[\\s\\u00A0]+|[\\s\\u00A0]*[,;|][\\s\\u00A0]*");

    /** One labelled part of a cell: its label's words and its value. */
    private record Part(String label, String value) {
    }

    /**
     * The labelled parts of a cell: the words before its first colon and what follows, then each of {@code labels}
     * standing after a separator with its colon and value (or, without a colon, one word carrying a digit); each
     * part's value ends where the next part's separator starts.
     */
    private static List<Part> parts(String text, List<String> labels) {
        List<int[]> later = new ArrayList<>(); // separator start, label start, label end, value start
        int colon = text.indexOf(':');
        String head = colon > 0 ? text.substring(0, colon) : null;
        Matcher sep = PART_SEPARATOR.matcher(text);
        while (sep.find()) {
            for (String l : labels) {
                if (HeaderText.normalizeLabel(l).isEmpty()
                        || head != null && sep.start() > colon && FormCells.isLabel(head, List.of(l))) {
                    continue; // "École: Groupe scolaire, École 2": the first part's own label goes on in its value
                }
                Matcher m = laterLabel(l).matcher(text);
                m.region(sep.end(), text.length());
                if (m.lookingAt() && (m.group(1) != null || LONE_CODE.matcher(untilSeparator(text, m.end())).matches())) {
                    later.add(new int[] {sep.start(), sep.end(), m.start(1) >= 0 ? m.start(1) : m.end(), m.end()});
                    break;
                }
            }
        }
        List<Part> out = new ArrayList<>();
        int firstLater = later.isEmpty() ? text.length() : later.get(0)[0];
        if (colon > 0 && colon < firstLater) {
            out.add(new Part(text.substring(0, colon), text.substring(colon + 1, firstLater)));
        }
        for (int i = 0; i < later.size(); i++) {
            int[] p = later.get(i);
            int end = i + 1 < later.size() ? later.get(i + 1)[0] : text.length();
            out.add(new Part(text.substring(p[1], p[2]), text.substring(p[3], Math.max(p[3], end))));
        }
        return out;
    }

    /** The text from {@code from} to the next separator or the cell's end. */
    private static String untilSeparator(String text, int from) {
        Matcher sep = PART_SEPARATOR.matcher(text);
        return sep.find(from) ? text.substring(from, sep.start()) : text.substring(from);
    }

    /**
     * A label written after a separator, words apart by any spaces, case ignored, then its colon (group 1) or a
     * space before its value.
     */
    private static Pattern laterLabel(String label) {
        return LATER_LABELS.computeIfAbsent(HeaderText.normalizeLabel(label), InsideLabels::laterLabelPattern);
    }

    /** The patterns of {@link #laterLabel}, by normalised label: cells are many, a template's labels few. */
    private static final java.util.Map<String, Pattern> LATER_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern laterLabelPattern(String n) {
        StringBuilder re = new StringBuilder();
        for (String w : n.split(" ")) {
            re.append(re.length() == 0 ? "" : "[\\s\\u00A0]+").append(Pattern.quote(w));
        }
        return Pattern.compile(re + "(?:[\\s\\u00A0]*(:)[\\s\\u00A0]*|[\\s\\u00A0]+(?=\\S))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A school code written in a cell after a label other than the template's, after a separator ({@code École:
     * EPP Kaédi Centre — Code: 12345} read with the label {@code École}): that label's words and the code, for the
     * message saying which label to name; null when the cell holds none.
     */
    public static String[] codeAfterOtherLabel(String text) {
        Matcher sep = text == null ? null : PART_SEPARATOR.matcher(text);
        while (sep != null && sep.find()) {
            Matcher m = LABEL_THEN_CODE.matcher(untilSeparator(text, sep.end()));
            if (m.matches()) {
                return new String[] {m.group(1).strip(), m.group(2).strip()};
            }
        }
        return null;
    }

    /** Words naming a code, then (after a colon or a space) one word carrying a digit: {@code Code: 12345}. */
    private static final Pattern LABEL_THEN_CODE = Pattern.compile(
            "(\\p{L}[\\p{L}°º.'’ ]*?)[\\s\\u00A0]*(?::|[\\s\\u00A0])[\\s\\u00A0]*((?=\\S*\\d)[\\p{L}\\d][\\p{L}\\d./_-]*)\\s*");

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
