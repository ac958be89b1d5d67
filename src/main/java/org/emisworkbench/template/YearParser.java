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
    private static final Pattern IN_NAME = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

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

    /** The first plausible year in a file name, e.g. {@code D01-2024.xlsx} → 2024. */
    public static OptionalInt fromFileName(String fileName) {
        if (fileName == null) {
            return OptionalInt.empty();
        }
        Matcher m = IN_NAME.matcher(fileName);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
