package org.emisworkbench.template;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a census year as returns write it: {@code 2024}, {@code 2024-2025}, {@code 2024/25},
 * {@code SY2024-25}, {@code 2024.0} all mean 2024 (the year the school year starts). Which calendar
 * year a two-year label means as census year is the template's choice: see {@link SchoolYears}.
 */
public final class YearParser {
    private static final Pattern VALUE = Pattern.compile(
            "^(?:sy|fy|ay|year|annee|année)?\\s*((?:19|20)\\d{2})(?:\\.0+)?(?:\\s*[-/–]\\s*(\\d{2}|\\d{4}))?$");
    private static final Pattern IN_NAME = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})(?:\\s*[-_/–]\\s*(\\d{4}|\\d{2}))?(?![0-9])");

    /**
     * A year as written.
     *
     * @param first   the first (or only) calendar year
     * @param twoYear true for a school-year label whose second year is the next one ({@code 2024-25})
     */
    public record Span(int first, boolean twoYear) {
    }

    private YearParser() {
    }

    /** The year a cell value states (its first calendar year), or empty when it is not a year. */
    public static OptionalInt parse(String text) {
        Span s = span(text);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.first());
    }

    /** The year a cell value states, or null when it is not a year. */
    public static Span span(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = VALUE.matcher(HeaderText.normalize(text));
        return m.matches() ? span(m) : null;
    }

    /** The first plausible year in a file name, e.g. {@code D01-2024.xlsx} → 2024. */
    public static OptionalInt fromFileName(String fileName) {
        Span s = spanInFileName(fileName);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.first());
    }

    /** The first plausible year (or school year, {@code SY2024-25}) in a file name, or null. */
    public static Span spanInFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = IN_NAME.matcher(fileName);
        return m.find() ? span(m) : null;
    }

    /** Group 1 the first year, group 2 the second part if any: two-year only when it is the next year. */
    private static Span span(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        String second = m.group(2);
        if (second == null) {
            return new Span(first, false);
        }
        int s = Integer.parseInt(second);
        boolean next = second.length() == 2 ? s == (first + 1) % 100 : s == first + 1;
        return new Span(first, next);
    }
}
