package org.emisworkbench.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.emisworkbench.indicators.IndicatorCatalogue;
import org.emisworkbench.indicators.IndicatorDefinition;
import org.emisworkbench.indicators.IndicatorValue;
import org.emisworkbench.indicators.Unit;

/**
 * Every word and number a report prints, in one language: words from the {@code i18n/report}
 * bundle, numbers in the language's style (12,345.6 or 12 345,6). Placeholders {0} {1} are replaced
 * as plain text (not MessageFormat, which would mangle French apostrophes).
 */
public final class ReportText {
    /** Flow rates are proportions of 1 in the calculator; a report prints them as percentages. */
    private static final Set<String> PROPORTIONS = Set.of("repetition_rate", "promotion_rate", "dropout_rate");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DecimalFormat count;
    private final DecimalFormat oneDecimal;
    private final DecimalFormat twoDecimals;

    public ReportText(Locale locale) {
        this.locale = locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        // ROOT for English so a machine's default locale never slips in another language's words.
        this.bundle = ResourceBundle.getBundle("i18n/report", this.locale == Locale.ENGLISH ? Locale.ROOT : this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(this.locale);
        if (this.locale == Locale.FRENCH) {
            symbols.setGroupingSeparator('\u00a0'); // a no-break space, which every embedded font has
        }
        this.count = new DecimalFormat("#,##0", symbols);
        this.oneDecimal = new DecimalFormat("#,##0.0", symbols);
        this.twoDecimals = new DecimalFormat("0.00", symbols);
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

    public String na() {
        return get("na");
    }

    public String count(Number n) {
        return n == null ? na() : count.format(n.longValue());
    }

    public String decimal(Double d) {
        return d == null ? na() : oneDecimal.format(d);
    }

    /** 45.2 % (the value is already 0–100). */
    public String percent(Double d) {
        return d == null ? na() : oneDecimal.format(d) + (locale == Locale.FRENCH ? "\u00a0%" : "%");
    }

    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public String level(String level) {
        return bundle.containsKey("level." + level) ? get("level." + level) : level;
    }

    public String title(String indicatorId) {
        return IndicatorCatalogue.byId(indicatorId).map(d -> locale == Locale.FRENCH ? d.titleFr() : d.titleEn())
                .orElse(indicatorId);
    }

    /** An indicator's value as a report prints it, or "n/a". */
    public String value(IndicatorValue v) {
        if (v == null || !v.available()) {
            return na();
        }
        return number(v.id(), v.unit(), v.value());
    }

    /** A number in the way indicator {@code id} reads (flow rates as percentages). */
    public String number(String id, Unit unit, Double value) {
        if (value == null) {
            return na();
        }
        if (PROPORTIONS.contains(id)) {
            return percent(value * 100);
        }
        return switch (unit) {
            case PERCENT -> percent(value);
            case RATIO -> decimal(value);
            case INDEX -> twoDecimals.format(value);
            case COUNT -> count(value);
        };
    }

    /** The difference this year − last year, signed, in the indicator's unit (percentage points for %). */
    public String change(IndicatorValue now, IndicatorValue before) {
        if (now == null || before == null || !now.available() || !before.available()) {
            return na();
        }
        double d = now.value() - before.value();
        String sign = d > 0 ? "+" : d < 0 ? "\u2212" : "";
        double abs = Math.abs(d);
        String body;
        if (PROPORTIONS.contains(now.id())) {
            body = oneDecimal.format(abs * 100) + (locale == Locale.FRENCH ? "\u00a0pts" : " pts");
        } else if (now.unit() == Unit.PERCENT) {
            body = oneDecimal.format(abs) + (locale == Locale.FRENCH ? "\u00a0pts" : " pts");
        } else {
            body = number(now.id(), now.unit(), abs);
        }
        return sign + body;
    }

    /** The unit label shown with an indicator, used by exports. */
    public static boolean isProportion(String id) {
        return PROPORTIONS.contains(id);
    }

    static IndicatorDefinition definition(String id) {
        return IndicatorCatalogue.byId(id).orElseThrow();
    }
}
