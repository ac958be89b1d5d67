package org.emisworkbench.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one sex a table's title or its sheet's name says (decision 0045: an age × grade table given once for boys and
 * once for girls, grades across with no M/F under them): {@code ENROLMENT BY AGE AND CLASS - BOYS}, {@code Effectifs
 * par âge - Filles}, a sheet named {@code Raparigas}. A lone {@code M} or {@code F} counts only as the last word
 * ({@code Enrolment by age (F)}; in Portuguese {@code M} is mulheres, {@code H} homens; in French {@code G} is
 * garçons): inside a title it is too often something else. A text naming both sexes names none.
 */
final class GridSexWords {
    private static final Set<String> GIRLS = Set.of("girl", "girls", "female", "females", "fille", "filles", "feminin",
            "feminine", "feminines", "rapariga", "raparigas", "menina", "meninas", "feminino", "femininos");
    private static final Set<String> BOYS = Set.of("boy", "boys", "male", "males", "garcon", "garcons", "masculin",
            "masculins", "rapaz", "rapazes", "menino", "meninos", "masculino", "masculinos");

    private GridSexWords() {
    }

    /**
     * {@code F} or {@code M} when the text names one sex, else null (none, or both); a lone last letter is read in the
     * workbook's {@code language} (null: English), as its headers' letters are.
     */
    static String of(String text, String language) {
        return of(text, language, true);
    }

    private static String of(String text, String language, boolean lastLetter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> words = List.of(HeaderText.fold(text).split("[^a-z]+")).stream().filter(w -> !w.isEmpty())
                .toList();
        boolean girls = words.stream().anyMatch(GIRLS::contains);
        boolean boys = words.stream().anyMatch(BOYS::contains);
        if (lastLetter && !girls && !boys && words.size() > 1) {
            String letter = letters(language).get(words.get(words.size() - 1));
            girls = "F".equals(letter);
            boys = "M".equals(letter);
        }
        return girls == boys ? null : girls ? "F" : "M";
    }

    /** The lone letters naming a sex in the workbook's language: F and M, French G (garçons), Portuguese H and M. */
    private static Map<String, String> letters(String language) {
        Map<String, String> m = new HashMap<>(Map.of("f", "F", "m", "M"));
        m.putAll(SexLetters.of(language));
        return m;
    }

    /**
     * The sex the title says (lone last letter read in {@code language}), else the one the sheet's name says by its
     * words, else null: a lone last letter of a sheet's name names a section ({@code Section F}, {@code Annexe G}).
     */
    static String of(String title, String sheet, String language) {
        String fromTitle = of(title, language, true);
        return fromTitle != null ? fromTitle : of(sheet, language, false);
    }
}
