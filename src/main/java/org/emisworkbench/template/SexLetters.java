package org.emisworkbench.template;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lone sex letter means depends on the language of the form: English G is girls, French G is
 * garçons (boys); Portuguese H/M are homens/mulheres, so M is female there, while everywhere else (and
 * in Portuguese forms written F/M, masculino) it is male; Spanish reads them as Portuguese does (H/M hombres/mujeres,
 * V varones); Indonesian L/P are laki-laki/perempuan. A template says its language ({@code
 * "language": "fr"}) and the letters follow it; a letter the template's own {@code sex} list names is
 * the template's to decide.
 */
public final class SexLetters {
    /** The languages a template may declare. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "pt", "es", "id");

    /**
     * The letters a language reads otherwise than English, and how a drafted template tells from a workbook's
     * letters that they are meant so.
     *
     * @param meaning    the letters (normalised, lower case) whose meaning the language changes, with their code
     * @param sign       the letter whose presence makes the question: G in French, M in Portuguese
     * @param confirming letters that, beside the sign, say the language's reading holds (H: homens/mulheres; HM,
     *                   homens e mulheres, the total a Portuguese M goes with); none
     *                   when the sign says it alone (a French G beside F is garçons)
     * @param english    letters that, beside the sign, say it is read as in English (F beside M: feminino/masculino)
     */
    record Table(Map<String, String> meaning, String sign, Set<String> confirming, Set<String> english) {
    }

    /** The sex-letter table, by language; a language not in it reads the letters as English does. */
    private static final Map<String, Table> TABLES = Map.of(
            "fr", new Table(Map.of("g", "M"), "g", Set.of(), Set.of()),
            "pt", new Table(Map.of("m", "F", "h", "M"), "m", Set.of("h", "hm"), Set.of("f")),
            // Bahasa Indonesia (Dapodik's "Kelas 1 L | P"): L laki-laki (male), P perempuan (female), read so only
            // beside each other, as English knows neither letter for a sex (review 29). The words themselves are
            // read in that language only too: every spelling of the built-in sex list multiplies what a template's
            // {grade} {sex} patterns expand to, and the built-in templates must load in a small heap
            // (MemoryStarvedImportTest).
            "id", new Table(Map.of("l", "M", "p", "F", "laki-laki", "M", "perempuan", "F"), "l", Set.of("p"),
                    Set.of()),
            // Spanish H/M are hombres/mujeres, V/M varones/mujeres: M is female beside H, HM or V, male beside F
            // (femenino/masculino), as in Portuguese (review 28, F6).
            // The words hombres, varones, mujeres, niños, niñas and femenino are read in Spanish only, as id's words
            // are (memory; masculino is Portuguese too, so built in for every language already).
            "es", new Table(Map.ofEntries(Map.entry("m", "F"), Map.entry("h", "M"), Map.entry("v", "M"),
                    Map.entry("hombres", "M"), Map.entry("varones", "M"), Map.entry("mujeres", "F"),
                    Map.entry("niños", "M"), Map.entry("niñas", "F"), Map.entry("ninos", "M"), Map.entry("ninas", "F"),
                    Map.entry("femenino", "F")), "m",
                    Set.of("h", "hm", "v"), Set.of("f")));

    private SexLetters() {
    }

    /**
     * The language whose lone M could be read as male unseen under this template: {@code pt} (mulheres) or {@code
     * es} (mujeres, review 28: a Spanish sheet's M beside H or V), by the language the sheet's texts are in; null
     * when neither, or when the template declares its language or says in its {@code sex} list what M is. The
     * import's refusal names that language, and the template line that settles it.
     */
    public static String misreadMLanguage(Template t, List<String> sheetTexts) {
        for (String language : List.of("pt", "es")) {
            if (mayMisread(t, sheetTexts, "m", language)) {
                return language;
            }
        }
        return null;
    }

    /**
     * The same for a lone G on a French sheet: garçons (male) there, girls (female) as the template reads it
     * when it declares no language. An import then refuses rather than count boys as girls silently.
     */
    public static boolean mayMisreadG(Template t, List<String> sheetTexts) {
        return mayMisread(t, sheetTexts, "g", "fr");
    }

    private static boolean mayMisread(Template t, List<String> sheetTexts, String letter, String language) {
        if (t.language() != null) {
            return false;
        }
        Map<String, List<String>> own = t.codeLists().get("sex");
        if (own != null && own.values().stream().anyMatch(a -> a != null && a.stream().anyMatch(
                x -> HeaderText.normalizeLabel(x).equals(letter)))) {
            return false;
        }
        return language.equals(HeaderLanguage.guess(sheetTexts));
    }

    /** True when the text holds M as a word of its own ("1ª classe M", "M"). */
    public static boolean hasLoneM(String text) {
        return hasLone(text, "m");
    }

    /** True when the text holds G as a word of its own ("CP1 G", "G"). */
    public static boolean hasLoneG(String text) {
        return hasLone(text, "g");
    }

    private static boolean hasLone(String text, String letter) {
        for (String w : HeaderText.fold(text).split(" ")) {
            if (w.equals(letter)) {
                return true;
            }
        }
        return false;
    }

    /** The letters (normalised, lower case) whose meaning the language changes, with their code. */
    static Map<String, String> of(String language) {
        Table t = table(language);
        return t == null ? Map.of() : t.meaning();
    }

    /**
     * The sex words (not letters) every language of the table reads ({@code hombres}, {@code perempuan}): what the
     * draft recognises in any workbook before it knows the workbook's language, and then writes that language into
     * the template for the import to read them.
     */
    static Map<String, String> wordsOfEveryLanguage() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        TABLES.values().forEach(t -> t.meaning().forEach((w, code) -> {
            if (w.length() > 2) {
                out.put(w, code);
            }
        }));
        return out;
    }

    /** The language's row of the sex-letter table; null for a language that reads the letters as English does. */
    static Table table(String language) {
        return language == null ? null : TABLES.get(language);
    }
}
