package org.emisworkbench.template;

import java.util.List;
import java.util.Set;

/**
 * The one sex a table's title or its sheet's name says (decision 0045: an age × grade table given once for boys and
 * once for girls, grades across with no M/F under them): {@code ENROLMENT BY AGE AND CLASS - BOYS}, {@code Effectifs
 * par âge - Filles}, a sheet named {@code Raparigas}. A lone {@code M} or {@code F} counts only as the last word
 * ({@code Enrolment by age (F)}): inside a title it is too often something else. A text naming both sexes names none.
 */
final class GridSexWords {
    private static final Set<String> GIRLS = Set.of("girl", "girls", "female", "females", "fille", "filles", "feminin",
            "feminine", "feminines", "rapariga", "raparigas", "menina", "meninas", "feminino", "femininos");
    private static final Set<String> BOYS = Set.of("boy", "boys", "male", "males", "garcon", "garcons", "masculin",
            "masculins", "rapaz", "rapazes", "menino", "meninos", "masculino", "masculinos");

    private GridSexWords() {
    }

    /** {@code F} or {@code M} when the text names one sex, else null (none, or both). */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> words = List.of(HeaderText.fold(text).split("[^a-z]+")).stream().filter(w -> !w.isEmpty())
                .toList();
        boolean girls = words.stream().anyMatch(GIRLS::contains);
        boolean boys = words.stream().anyMatch(BOYS::contains);
        if (!girls && !boys && words.size() > 1) {
            String last = words.get(words.size() - 1);
            girls = last.equals("f");
            boys = last.equals("m");
        }
        return girls == boys ? null : girls ? "F" : "M";
    }

    /** The sex the title says, else the one the sheet's name says, else null. */
    static String of(String title, String sheet) {
        String fromTitle = of(title);
        return fromTitle != null ? fromTitle : of(sheet);
    }
}
