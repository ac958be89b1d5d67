package org.emisworkbench.rules.pack;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {placeholders} of a rule's messages, filled in from a finding (a message is a {@link org.emisworkbench.model.Texts}). */
public final class Messages {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** Every placeholder a finding can fill; anything else in a message is a load-time error. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "rule", "school", "school_name", "district", "level", "year", "grade", "sex", "age",
            "left", "right", "value", "min", "max", "tolerance", "operator", "method", "score",
            "median", "threshold", "peers", "previous", "change", "field", "problem", "cell", "raw",
            "detail", "others", "completeness", "expected", "received", "official_age", "count", "latitude",
            "longitude", "placement");

    private Messages() {
    }

    /** Placeholder names used in a message text, sorted. */
    public static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Unknown or absent placeholders render as "?" so a message never shows a raw brace. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "?" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
