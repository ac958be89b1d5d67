package org.emisworkbench.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.model.IndicatorNumbers;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Unit;
import org.emisworkbench.model.Numbers;

/**
 * Every word and number a report prints, in one language: words from the {@code i18n/report}
 * bundle, numbers through {@link Numbers} and {@link IndicatorNumbers} (the window prints them the
 * same way). Placeholders {0} {1} are replaced as plain text (not MessageFormat, which would mangle
 * French and Portuguese apostrophes).
 */
public final class ReportText {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final IndicatorNumbers indicators;
    private final Numbers numbers;

    public ReportText(Locale locale) {
        this.locale = org.emisworkbench.model.Languages.of(locale);
        // ROOT for English so a machine's default locale never slips in another language's words.
        this.bundle = ResourceBundle.getBundle("i18n/report",
                org.emisworkbench.model.Languages.isBase(this.locale) ? Locale.ROOT : this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.indicators = new IndicatorNumbers(this.locale);
        this.numbers = indicators.numbers();
    }

    /** A message of the core (an indicator's reason…) in the report's language; null stays null. */
    public String text(org.emisworkbench.model.Message m) {
        return org.emisworkbench.model.CoreText.of(locale).render(m);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {0}, {1}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String s = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String na() {
        return get("na");
    }

    public String count(Number n) {
        return n == null ? na() : numbers.count(n.doubleValue());
    }

    /** A whole-number difference with its sign: +157, -1,357, 0. */
    public String signed(Number n) {
        return n == null ? na() : (n.doubleValue() > 0 ? "+" : "") + numbers.count(n.doubleValue());
    }

    /** A figure of no set kind: whole numbers whole, others with at most two decimals (a threshold: 0.3, 100). */
    public String figure(double d) {
        return numbers.figure(d);
    }

    public String decimal(Double d) {
        return d == null ? na() : numbers.decimal(d);
    }

    /** 45.2% (the value is already 0–100). */
    public String percent(Double d) {
        return d == null ? na() : numbers.percent(d);
    }

    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /**
     * A school's locality or ownership code ("rural", "public"…) in the report's language
     * ({@code locality.rural}, {@code ownership.public} of the bundle); a code the bundle does not know is
     * printed as stored, a school that does not say as "not stated".
     */
    public String group(org.emisworkbench.model.SchoolGroup by, String code) {
        if (code == null || org.emisworkbench.model.SchoolGroup.UNKNOWN.equals(code)) {
            return get("unknown");
        }
        String key = by.code() + "." + code.toLowerCase(Locale.ROOT);
        return bundle.containsKey(key) ? get(key) : code;
    }

    public String level(String level) {
        return bundle.containsKey("level." + level) ? get("level." + level) : level;
    }

    public String title(String indicatorId) {
        return IndicatorCatalogue.byId(indicatorId).map(d -> d.title().in(locale))
                .orElse(indicatorId);
    }

    /** An indicator's value as a report prints it, or "n/a". */
    public String value(IndicatorValue v) {
        return indicators.value(v, na());
    }

    /** A number in the way indicator {@code id} reads (flow rates as percentages). */
    public String number(String id, Unit unit, Double value) {
        return value == null ? na() : indicators.number(id, unit, value);
    }

    /** The difference this year − last year, signed, in the indicator's unit (percentage points for %). */
    public String change(IndicatorValue now, IndicatorValue before) {
        return indicators.change(now, before, na());
    }

    static IndicatorDefinition definition(String id) {
        return IndicatorCatalogue.byId(id).orElseThrow();
    }
}
