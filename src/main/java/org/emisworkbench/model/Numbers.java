package org.emisworkbench.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader of one language reads them, the one way the window, the PDF, the workbook
 * exports and the charts write them: counts whole ({@code 53,941} / {@code 53 941}), percentages and
 * ratios with one decimal ({@code 92.1%} / {@code 92,1 %}), indices with two ({@code 0.99} /
 * {@code 0,99}). CSV and JSON never come here: they write plain machine numbers.
 *
 * <p>The separators are the language's ({@link DecimalFormatSymbols} of its locale); what the JDK's data
 * does not say the way a ministry prints it is in the core texts ({@code i18n/core*.properties}):
 * {@code numbers.grouping} (French and Portuguese group digits with a no-break space, U+00A0, rather than
 * the narrow one or the point the JDK gives: every embedded PDF font and every screen font has it, and a
 * group never breaks across lines), {@code numbers.percent} and {@code numbers.points} (what follows a
 * percentage and a difference of percentages). An instance may be shared between threads (its formats are
 * used one call at a time).
 */
public final class Numbers {
    private static final java.util.Map<Locale, Numbers> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
    private final Locale locale;
    private final String grouping;
    private final String percentSign;
    private final String pointsSign;
    private final DecimalFormat count;
    private final DecimalFormat oneDecimal;
    private final DecimalFormat twoDecimals;
    private final DecimalFormat upToTwoDecimals;

    private Numbers(Locale locale) {
        this.locale = Languages.of(locale);
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(CoreText.BUNDLE, this.locale,
                Numbers.class.getClassLoader(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        this.grouping = texts.containsKey("numbers.grouping") ? texts.getString("numbers.grouping") : "";
        this.percentSign = texts.getString("numbers.percent");
        this.pointsSign = texts.getString("numbers.points");
        DecimalFormatSymbols symbols = symbols();
        this.count = new DecimalFormat("#,##0", symbols);
        this.oneDecimal = new DecimalFormat("#,##0.0", symbols);
        this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
        this.upToTwoDecimals = new DecimalFormat("#,##0.##", symbols);
    }

    /** Numbers of {@code locale}'s language ({@link Languages}; English ones for a language not spoken). */
    public static Numbers of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(Languages.of(locale), Numbers::new);
    }

    private DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (grouping.length() == 1) {
            symbols.setGroupingSeparator(grouping.charAt(0));
        }
        symbols.setMinusSign('\u2212'); // a true minus sign: a hyphen reads as a dash in tables
        return symbols;
    }

    public Locale locale() {
        return locale;
    }

    /** A head count, rounded to whole: 53,941 / 53 941. */
    public String count(double n) {
        return write(count, Math.round(n));
    }

    /** One decimal, grouped: 38.5 / 1 234,5 (ratios such as pupils per teacher). */
    public String decimal(double d) {
        return write(oneDecimal, d);
    }

    /** Two decimals: an index such as a parity index, 0.99 / 0,99. */
    public String index(double d) {
        return write(twoDecimals, d);
    }

    /** A percentage already on 0–100, one decimal: 92.1% / 92,1 %. */
    public String percent(double d) {
        return write(oneDecimal, d) + percentSign();
    }

    /** A figure of no set kind: whole numbers whole, others with at most two decimals (537.62 / 537,62). */
    public String figure(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? write(count, d) : write(upToTwoDecimals, d);
    }

    /** A change with its sign, in percent and at most two decimals: +537.62% / +537,62 %. */
    public String signedPercent(double d) {
        return (d > 0 ? "+" : "") + figure(d) + percentSign();
    }

    /** A difference of percentages, in points with one decimal and no sign: 1.2 pts / 1,2 pts. */
    public String points(double d) {
        return write(oneDecimal, d) + pointsSign;
    }

    /** DecimalFormat keeps state while it writes: one call at a time per format. */
    private static String write(DecimalFormat format, double value) {
        synchronized (format) {
            return format.format(value);
        }
    }

    private String percentSign() {
        // French and Portuguese set a (no-break) space before %; English writes it close up.
        return percentSign;
    }

    /** The kinds of number a chart axis or label shows. */
    public enum Style {
        COUNT, DECIMAL, INDEX, PERCENT
    }

    /**
     * A {@link NumberFormat} writing {@code style} as the methods above do, for code that takes a
     * format (chart axes and labels); a new one on each call.
     */
    public NumberFormat format(Style style) {
        DecimalFormatSymbols symbols = symbols();
        return switch (style) {
            case COUNT -> new DecimalFormat("#,##0", symbols);
            case DECIMAL -> new DecimalFormat("#,##0.0", symbols);
            case INDEX -> new DecimalFormat("#,##0.00", symbols);
            // The quote keeps '%' literal: the value is already a percentage and must not be multiplied.
            case PERCENT -> new DecimalFormat("#,##0.0" + "'" + percentSign.replace("'", "''") + "'", symbols);
        };
    }
}
