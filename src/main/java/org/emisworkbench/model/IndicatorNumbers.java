package org.emisworkbench.model;

import java.util.Locale;
import java.util.Set;

/**
 * An indicator's figures as the PDF, the workbook export and the window all print them, in one
 * language: percentages with one decimal, ratios with one, parity indices with two, counts whole.
 * The flow rates are proportions of 1 in the calculator (and in JSON and CSV) and read as
 * percentages everywhere a person reads them.
 */
public final class IndicatorNumbers {
    /** Flow rates: {@link Unit#RATIO} in the calculator, percentages to a reader. */
    private static final Set<String> PROPORTIONS = Set.of("repetition_rate", "promotion_rate", "dropout_rate");

    private final Numbers numbers;

    public IndicatorNumbers(Locale locale) {
        this.numbers = Numbers.of(locale);
    }

    /** The plain number formatter of the same language. */
    public Numbers numbers() {
        return numbers;
    }

    /** True for the flow rates, which the calculator holds as proportions of 1. */
    public static boolean isProportion(String id) {
        return PROPORTIONS.contains(id);
    }

    /** How indicator {@code id} of {@code unit} reads to a person (flow rates as percentages). */
    public static Numbers.Style style(String id, Unit unit) {
        if (PROPORTIONS.contains(id)) {
            return Numbers.Style.PERCENT;
        }
        return switch (unit) {
            case PERCENT -> Numbers.Style.PERCENT;
            case RATIO -> Numbers.Style.DECIMAL;
            case INDEX -> Numbers.Style.INDEX;
            case COUNT -> Numbers.Style.COUNT;
        };
    }

    /** {@code value} (not null) as indicator {@code id} reads: 79.6% for a promotion rate of 0.796. */
    public String number(String id, Unit unit, double value) {
        return switch (style(id, unit)) {
            case PERCENT -> numbers.percent(PROPORTIONS.contains(id) ? value * 100 : value);
            case DECIMAL -> numbers.decimal(value);
            case INDEX -> numbers.index(value);
            case COUNT -> numbers.count(value);
        };
    }

    /** An available indicator's value, or {@code na} when it has none. */
    public String value(IndicatorValue v, String na) {
        return v == null || !v.available() || v.value() == null ? na : number(v.id(), v.unit(), v.value());
    }

    /**
     * This year − last year, signed with a true minus, in the indicator's unit; percentages change in
     * points. {@code na} when either year has no figure.
     */
    public String change(IndicatorValue now, IndicatorValue before, String na) {
        if (now == null || before == null || !now.available() || !before.available()) {
            return na;
        }
        double d = now.value() - before.value();
        String sign = d > 0 ? "+" : d < 0 ? "\u2212" : "";
        double abs = Math.abs(d);
        String body = switch (style(now.id(), now.unit())) {
            case PERCENT -> numbers.points(PROPORTIONS.contains(now.id()) ? abs * 100 : abs);
            default -> number(now.id(), now.unit(), abs);
        };
        return sign + body;
    }
}
