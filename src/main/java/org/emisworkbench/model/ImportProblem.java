package org.emisworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One cell-level problem met during an import. {@code cell} is A1 notation (or a range such as
 * {@code C5:C40}); {@code rawText} is the cell as read; {@code detail} says what was expected, in English.
 *
 * @param words the detail as a core text and its arguments, worded in each reader's language ({@link #detail(Locale)});
 *              null for a detail that is only text (one stored by an older workspace, kept as it is)
 */
public record ImportProblem(ProblemKind kind, String sheet, String cell, String schoolCode, String field,
                            String rawText, String detail, Message words) {
    /** Between the English detail and its words in the stored column: a character no cell text brings in. */
    private static final char WORDS = '\u001E';
    private static final char ARG = '\u001F';

    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        if (detail == null && words != null) {
            detail = words.english();
        }
    }

    /** A problem whose detail is only text, the same in every language. */
    public ImportProblem(ProblemKind kind, String sheet, String cell, String schoolCode, String field, String rawText,
                         String detail) {
        this(kind, sheet, cell, schoolCode, field, rawText, detail, null);
    }

    /** A problem whose detail is worded in each reader's language. */
    public static ImportProblem worded(ProblemKind kind, String sheet, String cell, String schoolCode, String field,
                                       String rawText, Message detail) {
        return new ImportProblem(kind, sheet, cell, schoolCode, field, rawText, null, detail);
    }

    /** The cell as a finding cites it, the file not yet known: no sheet, no cell named. */
    public SourceRef source() {
        return sheet == null ? new SourceRef(null, null, "") : new SourceRef(null, sheet, cell == null ? "" : cell);
    }

    public String sheetCell() {
        return sheet == null ? "" : sheet + "!" + (cell == null ? "" : cell);
    }

    /** The detail in {@code language}: its words when it has them, else the text as it was stored. */
    public String detail(Locale language) {
        if (words == null) {
            return detail;
        }
        // Words from a newer version whose text this one lacks: its English detail, rather than a key.
        return CoreText.of(language).has(words.key()) ? words.in(language) : detail;
    }

    /**
     * The detail as the workspace keeps it, in at most {@code max} characters: the English text, then (after a
     * separator) the key and arguments of its words, so a later reader words it in its own language
     * ({@link #stored}). Words that do not fit, or hold a nested sentence, are left out: the English text stays.
     */
    public String storedDetail(int max) {
        String english = detail == null ? null : detail.indexOf(WORDS) >= 0 ? detail.replace(WORDS, ' ') : detail;
        String encoded = words == null ? null : encode(words);
        if (encoded == null || english == null) {
            return english == null || english.length() <= max ? english : english.substring(0, max);
        }
        String both = english + WORDS + encoded;
        return both.length() <= max ? both : english.length() <= max ? english : english.substring(0, max);
    }

    /** A problem read back from a workspace or a package: its detail as {@link #storedDetail} wrote it. */
    public static ImportProblem stored(ProblemKind kind, String sheet, String cell, String schoolCode, String field,
                                       String rawText, String storedDetail) {
        int at = storedDetail == null ? -1 : storedDetail.indexOf(WORDS);
        if (at < 0) {
            return new ImportProblem(kind, sheet, cell, schoolCode, field, rawText, storedDetail);
        }
        return new ImportProblem(kind, sheet, cell, schoolCode, field, rawText, storedDetail.substring(0, at),
                decode(storedDetail.substring(at + 1)));
    }

    private static String encode(Message m) {
        StringBuilder b = new StringBuilder(m.key());
        for (Object a : m.args()) {
            String text;
            char type;
            if (a instanceof Integer || a instanceof Long) {
                type = 'i';
                text = a.toString();
            } else if (a instanceof CharSequence || a == null) {
                type = 's';
                text = String.valueOf(a);
            } else {
                return null;
            }
            if (text.indexOf(WORDS) >= 0 || text.indexOf(ARG) >= 0) {
                return null;
            }
            b.append(ARG).append(type).append(text);
        }
        return b.toString();
    }

    /** The words back; null when the text is not what {@link #encode} writes (the English text then shows). */
    private static Message decode(String encoded) {
        String[] parts = encoded.split(String.valueOf(ARG), -1);
        if (parts[0].isBlank()) {
            return null;
        }
        List<Object> args = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                return null;
            }
            try {
                args.add(p.charAt(0) == 'i' ? Long.valueOf(p.substring(1)) : p.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Message(parts[0], args);
    }
}
