package org.emisworkbench.model.explore;

import java.util.Locale;
import org.emisworkbench.model.CoreText;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Numbers;

/**
 * How an exploration reads in one language, for the window, the command line and the workbook alike:
 * the names of measures and dimensions, header values ("Female", "age not reported") and the cells'
 * numbers (counts whole, ratios with one decimal, percentages with one decimal and the sign).
 */
public final class PivotText {
    private final CoreText text;
    private final Numbers numbers;

    public PivotText(Locale locale) {
        this.text = CoreText.of(locale);
        this.numbers = Numbers.of(locale);
    }

    public Locale locale() {
        return text.locale();
    }

    public String measure(Measure m) {
        return text.render(Message.of("explore.measure." + m.id()));
    }

    /**
     * A saved exploration's name as listed: a built-in one by its title in the reader's language
     * ({@code explore.view.<name>}), one an officer saved by the name they gave it.
     */
    public String view(String name) {
        String key = "explore.view." + name;
        return name == null ? "" : text.has(key) ? text.render(Message.of(key)) : name;
    }

    public String dimension(Dimension d) {
        return text.render(Message.of("explore.dim." + d.id()));
    }

    /** A header value: a sex or "not reported" in words, an area or school with its name. */
    public String value(Pivot p, Dimension d, String code) {
        if (Dimension.ALL.equals(code)) {
            return text.render(Message.of("explore.subtotal"));
        }
        if (Dimension.NOT_REPORTED.equals(code)) {
            return text.render(Message.of(d == Dimension.AGE ? "explore.ageNotReported" : "explore.notReported"));
        }
        if (d == Dimension.AGE && (code.startsWith("-") || code.endsWith("+"))) {
            return text.render(new org.emisworkbench.model.AgeGroup(code).inWords()); // "-4": 4 or under
        }
        if (d == Dimension.SEX) {
            return text.render(Message.of("explore.sex." + code));
        }
        return p == null ? code : p.label(code);
    }

    /** A cell's value as shown, or an empty text where no school reports it. */
    public String cell(Measure m, Cell c) {
        Double v = c.value(m);
        if (v == null) {
            return "";
        }
        if (!m.isRatio()) {
            return numbers.count(v);
        }
        return m.scale() == 100 ? numbers.percent(v) : numbers.decimal(v);
    }

    /** A cell's value with its mark: " *" after a partial value; empty where no school reports it. */
    public String marked(Measure m, Cell c) {
        String v = cell(m, c);
        return c.partial() && !v.isEmpty() ? v + " *" : v;
    }

    /** A cell as a table prints it: marked, and "–" where no school reports it (never 0). */
    public String shown(Measure m, Cell c) {
        String v = marked(m, c);
        return v.isEmpty() ? "–" : v;
    }

    /**
     * The note of a partial cell: how many schools of its group report none of its figures, and how many hold
     * cells of them that could not be read.
     */
    public String partialNote(Cell c) {
        return text.render(c.unreadable() == 0 ? Message.of("explore.partialNote", c.notReported(), c.reported())
                : c.notReported() == 0 ? Message.of("explore.partialUnreadable", c.unreadable(), c.reported())
                : Message.of("explore.partialBoth", c.notReported(), c.unreadable(), c.reported()));
    }

    public String render(Message m) {
        return text.render(m);
    }
}
