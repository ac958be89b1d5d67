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
    /** Around a phrase or a list item inside the words (characters no cell text brings in either). */
    private static final char OPEN = '\u001C';
    private static final char CLOSE = '\u001D';

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

    /** Fields of a row's grade, sex or age (a table, a long export, a pupil): a code not in its list there drops the row. */
    private static final java.util.Set<String> ROW_DIMENSIONS = java.util.Set.of("grade", "sex", "age", "row.grade",
            "row.sex", "row.age", "pupil.grade", "pupil.sex");
    /** Details of a row of figures, or a pupil, left out for want of a school code. */
    private static final java.util.Set<String> ROW_WITHOUT_CODE = java.util.Set.of("import.detail.valuesNoCode",
            "import.detail.valuesNoCodeBelowSchool", "import.detail.noCodeInRow", "import.detail.noNameInRow");
    /** Details of a column whose grade the workspace does not keep ({@code PrePrimaryYears.notInWorkspace}). */
    private static final java.util.Set<String> GRADE_NOT_KEPT = java.util.Set.of("import.detail.gradeNotInWorkspace",
            "import.detail.lastGradeNotInWorkspace", "import.detail.prePrimaryNotInWorkspace",
            "import.detail.prePrimaryWhichYear");

    /**
     * True when this problem is a column of figures the template maps to a grade the workspace does not keep ({@code
     * Grade 13} in a workspace of twelve grades): its figures are not stored, which must not pass for a plain OK nor
     * a clean check (review 32), though it is said as a column not read.
     */
    public boolean gradeNotKept() {
        return gradeNotKept(kind, words);
    }

    /** {@link #gradeNotKept()} of a problem's kind and detail words as a check lists them. */
    public static boolean gradeNotKept(ProblemKind kind, Message words) {
        return kind == ProblemKind.UNMATCHED_COLUMN && words != null && GRADE_NOT_KEPT.contains(words.key());
    }

    /**
     * True when this problem left a row's figures unstored: an UNKNOWN_CODE of its grade, sex or age (not of an
     * attribute such as the ownership, which costs no figure), a BLANK_KEY row holding figures, or a DUPLICATE_SCHOOL
     * row holding figures of a school read on an earlier row (a Shift column left unread: only the first row kept).
     */
    public boolean dropsFigures() {
        return kind == ProblemKind.UNKNOWN_CODE && field != null && ROW_DIMENSIONS.contains(field)
                || kind == ProblemKind.BLANK_KEY && words != null && ROW_WITHOUT_CODE.contains(words.key())
                || kind == ProblemKind.DUPLICATE_SCHOOL && words != null
                && words.key().equals("import.detail.repeatedRowNotImported");
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
     * ({@link #stored}). Words that do not fit are left out: the English text stays.
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
            b.append(ARG);
            if (!encodeArg(a, b)) {
                return null;
            }
        }
        return b.toString();
    }

    /**
     * One argument as a type letter and its text: {@code i} a whole number, {@code s} text, {@code m} a phrase
     * (a message, between {@link #OPEN} and {@link #CLOSE}), {@code l} a list of such arguments, each between them.
     */
    private static boolean encodeArg(Object a, StringBuilder b) {
        if (a instanceof Integer || a instanceof Long) {
            b.append('i').append(a);
        } else if (a instanceof CharSequence || a == null) {
            String text = String.valueOf(a);
            if (text.chars().anyMatch(c -> c == WORDS || c == ARG || c == OPEN || c == CLOSE)) {
                return false;
            }
            b.append('s').append(text);
        } else if (a instanceof Message inner) {
            String encoded = encode(inner);
            if (encoded == null) {
                return false;
            }
            b.append('m').append(OPEN).append(encoded).append(CLOSE);
        } else if (a instanceof List<?> items) {
            b.append('l');
            for (Object item : items) {
                b.append(OPEN);
                if (!encodeArg(item, b)) {
                    return false;
                }
                b.append(CLOSE);
            }
        } else {
            return false;
        }
        return true;
    }

    /** The words back; null when the text is not what {@link #encode} writes (the English text then shows). */
    private static Message decode(String encoded) {
        List<String> parts = split(encoded, ARG);
        if (parts == null || parts.get(0).isBlank()) {
            return null;
        }
        List<Object> args = new ArrayList<>(parts.size() - 1);
        for (int i = 1; i < parts.size(); i++) {
            Object arg = decodeArg(parts.get(i));
            if (arg == NOT_WORDS) {
                return null;
            }
            args.add(arg);
        }
        return new Message(parts.get(0), args);
    }

    private static final Object NOT_WORDS = new Object();

    private static Object decodeArg(String p) {
        if (p.isEmpty()) {
            return NOT_WORDS;
        }
        String text = p.substring(1);
        switch (p.charAt(0)) {
            case 'i':
                try {
                    return Long.valueOf(text);
                } catch (NumberFormatException e) {
                    return NOT_WORDS;
                }
            case 's':
                return text;
            case 'm': {
                if (text.length() < 2 || text.charAt(0) != OPEN || text.charAt(text.length() - 1) != CLOSE) {
                    return NOT_WORDS;
                }
                Message inner = decode(text.substring(1, text.length() - 1));
                return inner == null ? NOT_WORDS : inner;
            }
            case 'l': {
                List<Object> items = new ArrayList<>();
                int depth = 0;
                int from = -1;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == OPEN && depth++ == 0) {
                        from = i + 1;
                    } else if (c == CLOSE && --depth == 0) {
                        Object item = decodeArg(text.substring(from, i));
                        if (item == NOT_WORDS) {
                            return NOT_WORDS;
                        }
                        items.add(item);
                    } else if (depth == 0 || depth < 0) {
                        return NOT_WORDS;
                    }
                }
                return depth == 0 ? items : NOT_WORDS;
            }
            default:
                return NOT_WORDS;
        }
    }

    /** {@code text} cut at each {@code at} outside a phrase or list; null when the brackets do not pair. */
    private static List<String> split(String text, char at) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                depth++;
            } else if (c == CLOSE && --depth < 0) {
                return null;
            } else if (c == at && depth == 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return depth == 0 ? parts : null;
    }
}
