package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a census year as returns write it: {@code 2024}, {@code 2024-2025}, {@code 2024/25},
 * {@code SY2024-25}, {@code 2024.0}, a year with its era's mark ({@code 2024 AD}, {@code ২০২৪ খ্রিঃ}) and DHIS2's financial-year periods {@code 2024April}, {@code 2024July},
 * {@code 2024Sep}, {@code 2024Oct}, {@code 2024Nov} (a year from that month) all mean 2024 (the year the school
 * year starts). Which calendar
 * year a two-year label means as census year is the template's choice: see {@link SchoolYears}.
 */
public final class YearParser {
    /**
     * A mark of the common era after a Gregorian year, in a normalized (lower-case) value: {@code 2024 AD}, {@code
     * 2024 A.D.}, {@code 2024 CE}, {@code 2024年}, Bengali {@code ২০২৪ খ্রিঃ} ({@code খ্রি.}, {@code খ্রিস্টাব্দ}): the
     * year as it is (review 33 P2b). Another calendar's mark ({@code 2016 E.C.}) is that calendar's
     * ({@link #ethiopianYear}, {@link YearCalendar}), never this.
     */
    private static final String ERA = "(?:a\\.?\\s?d\\.?|c\\.?\\s?e\\.?|年|খ্রিঃ|খ্রি\\.?|খ্রিস্টাব্দ|খ্রিষ্টাব্দ)";
    private static final Pattern VALUE = Pattern.compile(
            "^(?:sy|fy|ay|year|annee|année)?\\s*((?:19|20)\\d{2})(?:\\.0+)?(?:\\s*[-/–]\\s*(\\d{2}|\\d{4})|(april|july|sep|oct|nov))?"
                    + "(?:\\s*" + ERA + ")?$");
    /** A year in a file name, or a school year written as two ({@code 2024-2025}, {@code 2024_25}). */
    private static final Pattern IN_NAME = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})(?:[-_/–.]((?:19|20)\\d{2}|\\d{2}))?(?![0-9])");

    /**
     * A year of the Ethiopian calendar as returns write it ({@code 2016 E.C.}, {@code 2016 EC}, Amharic
     * {@code 2016 ዓ.ም}), in a normalized (lower-case) value.
     */
    private static final Pattern ETHIOPIAN_VALUE = Pattern.compile(
            "^(?:sy|ay|year)?\\s*((?:19|20)\\d{2})\\s*(?:e\\.?\\s?c\\.?|ዓ\\.?\\s?ም\\.?|ዓ/ም)$");
    /** The Ethiopian calendar's mark right after a year in a file name ({@code oromia-2016EC}, {@code _2016_E.C}). */
    private static final Pattern ETHIOPIAN_IN_NAME = Pattern.compile("^[ ._-]?(?:e\\.?c\\.?)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    /**
     * The Ethiopian school year {@code Y} E.C. starts in September of Gregorian {@code Y + 7} (Meskerem 1) and ends in
     * the next: 2016 E.C. is the school year 2023-24.
     */
    private static final int ETHIOPIAN_OFFSET = 7;

    /** What stands right before a year written as a version mark: {@code v}, {@code ver.}, {@code version }… */
    private static final Pattern VERSION_MARK = Pattern.compile(
            "(?i)(?<![a-z])(?:v|ver|vers|version|rev|revision)[ ._-]?$");

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
        // A year in other digits (٢٠٢٤-٢٠٢٥ typed on an Arabic keyboard) is that year (Digits).
        String n = HeaderText.normalize(org.emisworkbench.model.Digits.ascii(text));
        Matcher m = VALUE.matcher(n);
        if (m.matches()) {
            return span(m);
        }
        OptionalInt ethiopian = ethiopianYear(text);
        return ethiopian.isPresent() ? ethiopian(ethiopian.getAsInt()) : null;
    }

    /**
     * The Ethiopian-calendar year a value writes ({@code 2016 E.C.} → 2016), or empty: for saying how a census year
     * was read. Only a year whose school year has begun (or begins next year) counts: {@code 2024 EC} would be the
     * Gregorian 2031, so it is no Ethiopian year but something else.
     */
    public static OptionalInt ethiopianYear(String text) {
        Matcher m = ETHIOPIAN_VALUE.matcher(HeaderText.normalize(org.emisworkbench.model.Digits.ascii(
                text == null ? "" : text)));
        return m.matches() && plausiblyEthiopian(Integer.parseInt(m.group(1)))
                ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The Ethiopian-calendar year a file name writes ({@code oromia-2016EC.xlsx} → 2016), or empty. */
    public static OptionalInt ethiopianYearInFileName(String fileName) {
        if (fileName == null) {
            return OptionalInt.empty();
        }
        String stem = stem(fileName);
        Matcher m = IN_NAME.matcher(stem);
        OptionalInt last = OptionalInt.empty();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            last = m.group(2) == null && ETHIOPIAN_IN_NAME.matcher(stem.substring(m.end())).find()
                    && plausiblyEthiopian(y) ? OptionalInt.of(y) : OptionalInt.empty();
        }
        return last;
    }

    private static boolean plausiblyEthiopian(int year) {
        return year + ETHIOPIAN_OFFSET <= java.time.Year.now().getValue() + 1;
    }

    /** The Gregorian school year of an Ethiopian one: it starts in {@code year + 7} and runs into the next. */
    private static Span ethiopian(int year) {
        return new Span(year + ETHIOPIAN_OFFSET, true);
    }

    /** The year a file name gives, e.g. {@code D01-2024.xlsx} → 2024; see {@link #spanInFileName}. */
    public static OptionalInt fromFileName(String fileName) {
        Span s = spanInFileName(fileName);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.first());
    }

    /**
     * The year-like token of a file name a census word names ({@code Census2024_ZM-CHO-2001.xlsx} → 2024), else its
     * last one, or null: names grow by additions in front ({@code copy of},
     * {@code --year=1999 D02-2025.xlsx}), and the census year is the most specific, last part. A school
     * year written as two consecutive years ({@code 2024-2025}, {@code 2024_25}, {@code SY2024-25}) is one
     * token; two years that do not follow each other are two tokens ({@code 1999-2025} gives 2025).
     */
    public static Span spanInFileName(String fileName) {
        Span named = censusNamed(fileName);
        if (named != null) {
            return named;
        }
        List<Span> all = spansInFileName(fileName, false);
        if (all.isEmpty()) {
            // Only version marks (Gulu_v2023.xlsx): the last of them, as the name gives nothing better.
            all = spansInFileName(fileName);
        }
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** A census word right before a year ({@code Census2024}, {@code recensement_2023-2024}, {@code ASC 2024}). */
    private static final Pattern CENSUS_WORD = Pattern.compile(
            "(?i)(?<![a-z])(?:census|recensement|censo|rentree|rentrée|asc)[ ._-]?$");

    /**
     * The year a census word names in a file name, when the name holds other years too: {@code
     * Census2024_ZM-CHO-2001.xlsx} is the 2024 census of school ZM-CHO-2001, whose code ends in what reads as a year
     * (review 25: the whole school went to 2001). Null when no census word stands before a year, or when the name holds
     * one year only.
     */
    private static Span censusNamed(String fileName) {
        if (fileName == null) {
            return null;
        }
        String stem = stem(fileName);
        Matcher m = IN_NAME.matcher(stem);
        Span named = null;
        int tokens = 0;
        while (m.find()) {
            tokens++;
            if (CENSUS_WORD.matcher(stem.substring(0, m.start())).find()) {
                named = span(m);
            }
        }
        return tokens > 1 ? named : null;
    }

    /** Every year-like token of a file name, in order, each read as {@link #spanInFileName} reads the last. */
    public static List<Span> spansInFileName(String fileName) {
        return spansInFileName(fileName, true);
    }

    /**
     * The year-like tokens of a file name; without {@code versions}, leaving out a year written as a
     * version mark ({@code v2023}, {@code ver2023}, {@code rev.2023}, {@code version 2023}): a form's
     * version, not the census year, in names such as {@code Gulu_2024_v2023.xlsx}.
     */
    private static List<Span> spansInFileName(String fileName, boolean versions) {
        if (fileName == null) {
            return List.of();
        }
        String stem = stem(fileName);
        Matcher m = IN_NAME.matcher(stem);
        List<Span> all = new ArrayList<>();
        while (m.find()) {
            if (!versions && VERSION_MARK.matcher(stem.substring(0, m.start())).find()) {
                continue;
            }
            Span s = span(m);
            String second = m.group(2);
            if (second == null && ETHIOPIAN_IN_NAME.matcher(stem.substring(m.end())).find()
                    && plausiblyEthiopian(s.first())) {
                all.add(ethiopian(s.first()));
            } else if (s.twoYear() || second == null || second.length() == 2) {
                all.add(s);
            } else {
                // Two four-digit years that do not follow each other are two tokens.
                all.add(new Span(s.first(), false));
                all.add(new Span(Integer.parseInt(second), false));
            }
        }
        return all;
    }

    /** Group 1 the first year, group 2 the second part if any: two-year only when it is the next year. */
    private static Span span(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        if (m.groupCount() >= 3 && m.group(3) != null) {
            // A DHIS2 financial-year period (2024July: July 2024 to June 2025) is a school year from its first year.
            return new Span(first, true);
        }
        String second = m.group(2);
        if (second == null) {
            return new Span(first, false);
        }
        int s = Integer.parseInt(second);
        boolean next = second.length() == 2 ? s == (first + 1) % 100 : s == first + 1;
        return new Span(first, next);
    }

    /** A file name without its extension ({@code D01-2024} of {@code D01-2024.xlsx}): where its years are looked for. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
