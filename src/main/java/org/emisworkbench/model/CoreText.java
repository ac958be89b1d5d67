package org.emisworkbench.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s from the core texts, {@code i18n/core*.properties} (UTF-8), in one language.
 * A few sentences advise what to do next, and the command line and the window say it differently
 * ("give it with --year" / "type it in the Year box"): the window's version has the same key plus
 * {@code .window}.
 */
public final class CoreText {
    public static final String BUNDLE = "i18n.core";
    static final CoreText ENGLISH = new CoreText(Locale.ENGLISH, false);
    private static final java.util.Map<String, CoreText> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
    private final Locale locale;
    private final boolean window;
    private final ResourceBundle bundle;

    private CoreText(Locale locale, boolean window) {
        this.locale = locale;
        this.window = window;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CoreText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts in {@code locale}'s language ({@link Languages}; English for one not spoken); the command line's wording. */
    public static CoreText of(Locale locale) {
        return of(locale, false);
    }

    /** The same, with the window's wording where it differs. */
    public static CoreText forWindow(Locale locale) {
        return of(locale, true);
    }

    private static CoreText of(Locale locale, boolean window) {
        Locale l = Languages.of(locale);
        return BY_LANGUAGE.computeIfAbsent(l.getLanguage() + (window ? ".window" : ""), k -> new CoreText(l, window));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The message in this language; a key missing from the texts shows as the key, never as a crash.
     * Phrases inside phrases are worded innermost first without recursion, so a message nested
     * thousands deep (a list built phrase by phrase) cannot overflow the stack.
     */
    public String render(Message m) {
        if (m == null) {
            return null;
        }
        java.util.Map<Message, String> done = new java.util.IdentityHashMap<>();
        for (Message each : m.innermostFirst()) {
            done.put(each, format(each, done));
        }
        return done.get(m);
    }

    /** One message, its inner messages already worded in {@code done}. */
    private String format(Message m, java.util.Map<Message, String> done) {
        String pattern;
        try {
            pattern = window && bundle.containsKey(m.key() + ".window") ? bundle.getString(m.key() + ".window")
                    : bundle.getString(m.key());
        } catch (MissingResourceException e) {
            return "!" + m.key() + "!" + m.args();
        }
        Object[] args = m.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Message inner) {
                args[i] = done.get(inner);
            } else if (args[i] instanceof BulletList bullets) {
                StringBuilder lines = new StringBuilder();
                for (Object x : bullets.items()) {
                    lines.append("\n  - ").append(x instanceof Message mx ? done.get(mx) : String.valueOf(x));
                }
                args[i] = lines.toString();
            } else if (args[i] instanceof java.util.List<?> list) {
                // A list of phrases, each worded on its own, as one comma-separated phrase.
                args[i] = String.join(", ", list.stream().map(x -> x instanceof Message mx ? done.get(mx)
                        : String.valueOf(x)).toList());
            } else if (args[i] instanceof java.nio.file.Path
                    || (args[i] instanceof Integer || args[i] instanceof Long) && !pattern.contains("{" + i + ",")) {
                // Whole numbers as plain digits: years and codes must not read "2,024", and the English
                // sentences stay as the command line always printed them. A number the pattern formats
                // itself ({0,choice,…} to agree a verb with a count) stays a number.
                args[i] = String.valueOf(args[i]);
            }
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** True when the texts have {@code key} (for tests of the keys the code can emit). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
