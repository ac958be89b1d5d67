package org.emisworkbench.gui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
        return new Messages("fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code {0}}-style arguments filled in. */
    public String t(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(text, locale).format(args);
    }
}
