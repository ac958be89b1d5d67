package org.emisworkbench.template;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the banners over a table's sexes say, for the drafter to decide whether their figures add up. Bands of
 * one topic add up when each banner either names the topic (`Enrolment`, `Repeaters`…) or names a part of the
 * pupils (`Day`, `Boarding`, `Morning shift`, `Public`…); a banner that does neither (`Doublants`, `Abandons`,
 * a word no list knows) may be another topic entirely, so its figures are never added into the title's topic
 * unasked: the table is left whole, its clashes reported, for the officer to split on the mapping screen. Bands
 * of different topics (`Redoublants | Abandons`) stay apart whatever their words.
 */
final class BandWords {
    /** Words of a banner naming a topic (folded: lower case, no accents). */
    private static final List<String> TOPIC = List.of("repe", "redoubl", "repet", "new entr", "nouveau", "intake",
            "admis", "ingress", "disab", "handicap", "deficien", "enrol", "inscri", "effectif", "matric", "pupil",
            "eleve", "aluno", "learner", "student");
    /** Words of a banner naming a part of the pupils: its figures and the other parts' add up. */
    private static final List<String> PART = Stream.concat(Stream.of("boarding", "boarder",
            "externe", "interne", "internat", "externat", "demi-pension", "demi pension", "shift", "session", "public",
            "private", "government", "urban", "rural", "regular", "special", "internato", "externato"),
            StreamHeaders.SHIFT_WORDS.stream()).toList();

    private BandWords() {
    }

    /** Whether a banner names a topic or a part of the pupils, so that its figures may be added up. */
    static boolean known(String banner) {
        String f = HeaderText.fold(banner);
        return TOPIC.stream().anyMatch(f::contains) || PART.stream().anyMatch(w -> hasWord(f, w));
    }

    /** {@code word} as a word of {@code text}, not inside another ("day" is not in "today"). */
    static boolean hasWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end)) || text.startsWith("s", end);
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }
}
