package org.emisworkbench.template;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a census year as returns write it: {@code 2024}, {@code 2024-2025}, {@code 2024/25},
 * {@code SY2024-25}, {@code 2024.0} all mean 2024 (the year the school year starts).
 */
public final class YearParser {
    private static final Pattern VALUE = Pattern.compile(
            "^(?:sy|fy|ay|year|annee|année)?\\s*((?:19|20)\\d{2})(?:\\.0+)?(?:\\s*[-/–]\\s*(?:\\d{2}|\\d{4}))?$");
    /** A year in a file name, or a school year written as two ({@code 2024-2025}, {@code 2024_25}). */
    private static final Pattern IN_NAME = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})(?:[-_/–.]((?:19|20)\\d{2}|\\d{2}))?(?![0-9])");

    private YearParser() {
    }

    /** The year a cell value states, or empty when it is not a year. */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = VALUE.matcher(HeaderText.normalize(text));
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The year a file name gives, e.g. {@code D01-2024.xlsx} → 2024; see {@link #lastYearToken}. */
    public static OptionalInt fromFileName(String fileName) {
        return fileName == null ? OptionalInt.empty() : lastYearToken(fileName);
    }

    /**
     * The last year-like token of a file name: names grow by additions in front ({@code copy of},
     * {@code --year=1999 D02-2025.xlsx}), and the census year is the most specific, last part. A school
     * year written as two consecutive years ({@code 2024-2025}, {@code 2024_25}) is one token, its first
     * year; two years that do not follow each other are two tokens ({@code 1999-2025} → 2025).
     */
    static OptionalInt lastYearToken(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        Matcher m = IN_NAME.matcher(stem);
        OptionalInt last = OptionalInt.empty();
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            String second = m.group(2);
            if (second == null) {
                last = OptionalInt.of(first);
            } else {
                int next = Integer.parseInt(second);
                boolean consecutive = second.length() == 2 ? next == (first + 1) % 100 : next == first + 1;
                last = OptionalInt.of(consecutive || second.length() == 2 ? first : next);
            }
        }
        return last;
    }
}
