package org.emisworkbench.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --lang}, the one way a command is told the officer's language: its notes, warnings, summaries and
 * messages come out in it ({@link TerminalText#text}); JSON and CSV keep their keys, so scripts read them
 * whatever the language.
 */
final class LanguageOption {
    @Option(names = "--lang", defaultValue = "en", converter = LanguageCodes.class,
            completionCandidates = LanguageCodes.class,
            description = "Language of the messages, notes and summaries: ${COMPLETION-CANDIDATES}"
                    + " (default ${DEFAULT-VALUE}); JSON and CSV keep their keys")
    Locale lang;

    /**
     * The language {@code cmd} was given with {@code --lang} (looked for in its mixins, and theirs), or English
     * for a command without the option: an error is then worded as the rest of that command's output.
     */
    static Locale of(CommandLine cmd) {
        return of(cmd.getCommandSpec()).orElse(Locale.ENGLISH);
    }

    private static java.util.Optional<Locale> of(CommandLine.Model.CommandSpec spec) {
        if (spec.userObject() instanceof LanguageOption option && option.lang != null) {
            return java.util.Optional.of(option.lang);
        }
        for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
            var found = of(mixin);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }
}
