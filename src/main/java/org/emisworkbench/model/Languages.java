package org.emisworkbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The languages the Workbench speaks, read from {@code i18n/languages.properties}: a language is its
 * resource files, never a branch in the code. English is the base: its texts are the files without a
 * language code, and a text missing in another language falls back to it.
 */
public final class Languages {
    /** The base language: every text exists in it, and every other language falls back to it. */
    public static final String BASE = "en";
    private static final List<String> CODES = load();

    private Languages() {
    }

    private static List<String> load() {
        Properties p = new Properties();
        try (InputStream in = Languages.class.getResourceAsStream("/i18n/languages.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/languages.properties is missing from the application");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> codes = Arrays.stream(p.getProperty("languages", BASE).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).distinct().toList();
        return codes.contains(BASE) ? codes : java.util.stream.Stream.concat(java.util.stream.Stream.of(BASE),
                codes.stream()).toList();
    }

    /** The language codes, base first, in the order Settings offers them ({@code en, fr, pt}). */
    public static List<String> codes() {
        return CODES;
    }

    /** Whether {@code code} (as typed: {@code pt}, {@code PT}) is one of the languages. */
    public static boolean supports(String code) {
        return code != null && CODES.contains(code.trim().toLowerCase(Locale.ROOT));
    }

    /** The locale of language {@code code}; the base language for null or a language not spoken. */
    public static Locale locale(String code) {
        return supports(code) ? Locale.forLanguageTag(code.trim().toLowerCase(Locale.ROOT)) : Locale.ENGLISH;
    }

    /** The language of {@code locale} when it is one of the languages, else the base language. */
    public static Locale of(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale(locale.getLanguage());
    }

    /** Whether {@code locale} speaks the base language (or one not spoken, which reads as the base). */
    public static boolean isBase(Locale locale) {
        return BASE.equals(of(locale).getLanguage());
    }
}
