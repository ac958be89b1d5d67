package org.emisworkbench.cli;

import java.util.Iterator;
import java.util.Locale;
import org.emisworkbench.model.Languages;
import picocli.CommandLine;

/**
 * The values of {@code --lang}: the languages of {@code i18n/languages.properties} ({@link Languages}),
 * listed in the help; a language the Workbench does not speak is refused with the list, never read as
 * English behind the user's back.
 */
final class LanguageCodes implements Iterable<String>, CommandLine.ITypeConverter<Locale> {
    @Override
    public Iterator<String> iterator() {
        return Languages.codes().iterator();
    }

    @Override
    public Locale convert(String value) {
        if (!Languages.supports(value)) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language of the Workbench;"
                    + " the languages are " + String.join(", ", Languages.codes()));
        }
        return Languages.locale(value);
    }
}
