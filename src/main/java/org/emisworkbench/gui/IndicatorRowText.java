package org.emisworkbench.gui;

import java.util.Locale;
import java.util.Objects;
import org.emisworkbench.model.IndicatorNumbers;
import org.emisworkbench.model.Unit;
import org.emisworkbench.service.IndicatorService.Row;

/**
 * An indicator row in the window's words: its value as the PDF prints it, the note beside it, its coverage and
 * its workings. One formatter for every screen that shows indicators (the Indicators screen, a school's figures
 * on the Schools screen), so a figure reads the same wherever it is shown.
 */
final class IndicatorRowText {
    private final Session session;

    IndicatorRowText(Session session) {
        this.session = session;
    }

    /** The group of a row in the window's language ("rural", "not stated"…); empty for the area's own figures. */
    String groupText(Row r) {
        if (r == null || r.group() == null) {
            return "";
        }
        String t = session.t("indicators.group." + r.group());
        return t.startsWith("!") ? r.group() : t;
    }

    /** The value as the PDF prints it, in the window's language: 79.6%, 0.99, 38.5; French 79,6 %. */
    String valueText(Row r) {
        if (r == null || !r.available() || r.value() == null) {
            return session.t("indicators.na");
        }
        return numbers().number(r.id(), unit(r), r.value());
    }

    /**
     * What to read beside the value: the caveat of a figure (how much of it is estimated…), or why a
     * figure is not available; empty when there is nothing to say.
     */
    String noteText(Row r) {
        if (r == null) {
            return "";
        }
        String text = r.available() ? r.note() : r.reason();
        return text == null ? "" : text;
    }

    /** The share of expected schools the figure rests on, as a percentage; blank when unknown. */
    String coverageText(Row r) {
        return r == null || r.coverageShare() == null ? "" : numbers().numbers().percent(r.coverageShare() * 100);
    }

    /** Formula, numerator, denominator and coverage, in words and with the counts behind the figure. */
    String detail(Row r) {
        if (r == null) {
            return "";
        }
        IndicatorNumbers numbers = numbers();
        StringBuilder sb = new StringBuilder(r.title());
        if (r.group() != null) {
            sb.append(" \u2014 ").append(groupText(r));
        }
        sb.append('\n').append(valueText(r)).append('\n');
        if (!r.available() && r.reason() != null) {
            sb.append(r.reason()).append('\n');
        }
        sb.append(session.t("indicators.formula", Objects.toString(r.formula(), "–"))).append('\n');
        sb.append(session.t("indicators.numerator", Objects.toString(r.numeratorText(), ""),
                figure(numbers, r.numerator()))).append('\n');
        sb.append(session.t("indicators.denominator", Objects.toString(r.denominatorText(), ""),
                figure(numbers, r.denominator()))).append('\n');
        sb.append(session.t("indicators.coverage", Objects.toString(r.coverage(), "–"))).append('\n');
        // Girls' and boys' figures with their own counts: 95.5% (6,795 / 7,116).
        r.bySex().forEach((sex, b) -> sb.append(session.t("indicators.bySex", session.t("sex." + sex),
                numbers.number(r.id(), unit(r), b.value()), figure(numbers, b.numerator()),
                figure(numbers, b.denominator()))).append('\n'));
        if (r.note() != null) {
            sb.append(r.note()).append('\n');
        }
        return sb.toString();
    }

    private IndicatorNumbers numbers() {
        return new IndicatorNumbers(session.messages().locale());
    }

    private static Unit unit(Row r) {
        return Unit.valueOf(r.unit().toUpperCase(Locale.ROOT));
    }

    /** A numerator or denominator: counts whole, sums of rates with up to two decimals; "–" when not counted. */
    private static String figure(IndicatorNumbers numbers, Double d) {
        return d == null ? "–" : numbers.numbers().figure(d);
    }
}
