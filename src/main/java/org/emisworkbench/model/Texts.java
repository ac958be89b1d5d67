package org.emisworkbench.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * One text in several languages, by language code ({@code en}, {@code fr}, {@code pt}): a rule's title or
 * message, an indicator's title, a finding's message. A language the map lacks reads in the base
 * language (English); a map without English reads in its first language.
 */
public record Texts(Map<String, String> byLanguage) {
    public static final Texts NONE = new Texts(Map.of());

    public Texts {
        Map<String, String> copy = new LinkedHashMap<>();
        if (byLanguage != null) {
            String base = byLanguage.get(Languages.BASE);
            if (base != null && !base.isBlank()) {
                copy.put(Languages.BASE, base);
            }
            byLanguage.forEach((lang, text) -> {
                if (lang != null && text != null && !text.isBlank()) {
                    copy.putIfAbsent(lang.toLowerCase(Locale.ROOT), text);
                }
            });
        }
        byLanguage = java.util.Collections.unmodifiableMap(copy);
    }

    /** A text in the base language only. */
    public static Texts of(String english) {
        return english == null ? NONE : new Texts(Map.of(Languages.BASE, english));
    }

    /**
     * The text of {@code key} in every language whose {@code bundle} has it (the base bundle for English);
     * empty when none has.
     */
    public static Texts fromBundle(String bundle, String key) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String lang : Languages.codes()) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(bundle, Languages.locale(lang), Texts.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (b.containsKey(key) && (lang.equals(Languages.BASE) || lang.equals(b.getLocale().getLanguage()))) {
                    m.put(lang, b.getString(key));
                }
            } catch (MissingResourceException e) {
                // no texts in that language: it reads in English
            }
        }
        return new Texts(m);
    }

    /** The text in {@code locale}'s language, else in English; null when there is no text at all. */
    public String in(Locale locale) {
        return in(locale == null ? Languages.BASE : locale.getLanguage());
    }

    /** The text in language {@code code}, else in English; null when there is no text at all. */
    public String in(String code) {
        String t = code == null ? null : byLanguage.get(code);
        return t != null ? t : english();
    }

    /** The base-language text (or the first one given); null when there is none. */
    public String english() {
        String t = byLanguage.get(Languages.BASE);
        return t != null || byLanguage.isEmpty() ? t : byLanguage.values().iterator().next();
    }

    /** Whether the map has its own text in {@code code} (not a fallback). */
    public boolean has(String code) {
        return byLanguage.containsKey(code);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /** Each language's text changed by {@code f} (language code, text). */
    public Texts map(BiFunction<String, String, String> f) {
        Map<String, String> m = new LinkedHashMap<>();
        byLanguage.forEach((lang, text) -> m.put(lang, f.apply(lang, text)));
        return new Texts(m);
    }
}
