package org.emisworkbench.gui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.emisworkbench.model.Numbers;

/** The texts of the window, from {@code i18n/messages*.properties} (UTF-8). */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages(org.emisworkbench.model.Languages.locale(language));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key}, with {@code {0}}-style arguments filled in. A number in a plain
     * {@code {0}} reads as {@link Numbers} writes it (53,941 / 53 941, as the PDF prints it); one
     * with its own format ({@code {0,number,#}} for years) keeps that format.
     */
    public String t(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        MessageFormat format = new MessageFormat(text, locale);
        java.text.Format[] own = format.getFormatsByArgumentIndex();
        Object[] filled = args.clone();
        Numbers numbers = null;
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Number n && (i >= own.length || own[i] == null)) {
                numbers = numbers == null ? Numbers.of(locale) : numbers;
                filled[i] = numbers.figure(n.doubleValue());
            }
        }
        return format.format(filled);
    }
}
