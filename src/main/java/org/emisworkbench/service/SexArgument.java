package org.emisworkbench.service;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CodeLists;

/**
 * A {@code --sex} as an officer types it: the codes M and F mean male and female in every language (as the help
 * and the messages say, {@code --sex M ou F}); besides them the words and letters of the command's {@code --lang}
 * are read as the import reads a form in that language ({@link org.emisworkbench.template.SexLetters}): G is
 * garçons (boys) in French and girls in English, H homens in Portuguese; boys, filles, raparigas… in any.
 * Anything else is refused, saying what is accepted, never read as some sex. Here, not in the command line, as
 * the faces reach the template package only through the services.
 */
public final class SexArgument {
    private SexArgument() {
    }

    /** The sex {@code raw} names in {@code lang}, or null when none was given; refused when it names none. */
    public static Sex parse(String raw, Locale lang) {
        return parse(raw, lang, java.util.List.of());
    }

    /**
     * As {@link #parse(String, Locale)}, and where neither the codes nor the built-in words name a sex, the sex lists
     * of {@code templates} (their {@code codeLists}: Malagasy {@code Zazalahy} given by a Madagascar template, review
     * 34), as the import of a return read them. Refused when no template names it, or two name it as different sexes.
     */
    public static Sex parse(String raw, Locale lang, java.util.List<org.emisworkbench.template.Template> templates) {
        try {
            return builtIn(raw, lang);
        } catch (ServiceException refused) {
            java.util.Set<String> codes = new java.util.TreeSet<>();
            for (org.emisworkbench.template.Template t : templates) {
                t.lists().get("sex").map(l -> l.code(raw.strip())).filter(c -> c.equals("F") || c.equals("M"))
                        .ifPresent(codes::add);
            }
            if (codes.size() != 1) {
                throw refused;
            }
            return Sex.valueOf(codes.iterator().next());
        }
    }

    private static Sex builtIn(String raw, Locale lang) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        if (v.equalsIgnoreCase("M") || v.equalsIgnoreCase("F")) {
            return Sex.valueOf(v.toUpperCase(Locale.ROOT)); // the codes, whatever the language (M never mulheres)
        }
        String language = lang == null ? "en" : lang.getLanguage();
        String code = CodeLists.merge(Map.of(), new ArrayList<>(), "--sex", language).require("sex").code(v);
        if (code == null) {
            throw new ServiceException(Message.of("cli.sex.unknown", raw, Message.of("cli.sex.accepted")));
        }
        return Sex.valueOf(code);
    }
}
