package org.emisworkbench.rules.pack;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {placeholders} of a rule's messages, filled in from a finding (a message is a {@link org.emisworkbench.model.Texts}).
 * A word that agrees with a count is written {@code {value|pupil|pupils}}: the first form when the placeholder's value
 * is 1, the second otherwise ({@code 1 pupil aged 5 or under}, {@code 3 pupils aged 5 or under}; review 26 F10), so
 * each language writes its own forms.
 */
public final class Messages {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** {@code {name|one|other}}: the form of a word agreeing with the placeholder's count. */
    static final Pattern PLURAL = Pattern.compile("\\{([a-z_]+)\\|([^|{}]*)\\|([^|{}]*)}");

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
        for (Pattern p : new Pattern[] {PLACEHOLDER, PLURAL}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Unknown or absent placeholders render as "?" so a message never shows a raw brace. */
    public static String render(String template, Map<String, String> values) {
        // The agreeing words first: the forms hold no braces, so the placeholders are filled after them.
        Matcher plural = PLURAL.matcher(template);
        StringBuilder words = new StringBuilder();
        while (plural.find()) {
            String v = values.get(plural.group(1));
            plural.appendReplacement(words, Matcher.quoteReplacement("1".equals(v == null ? null : v.strip())
                    ? plural.group(2) : plural.group(3)));
        }
        plural.appendTail(words);
        Matcher m = PLACEHOLDER.matcher(words.toString());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "?" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
