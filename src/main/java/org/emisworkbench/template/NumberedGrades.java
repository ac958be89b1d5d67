package org.emisworkbench.template;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a number written alone is a grade. Forms and district files often head their grade columns
 * {@code 1}, {@code 2}, … {@code 6} under a merged {@code Grade}, {@code Classe} or {@code Standard}, and label the rows
 * of a table {@code 1} … {@code 6} under a {@code Grade} heading; but the same numbers under {@code Age} are ages, and
 * under nothing at all they say neither. The drafter takes a lone number for a grade only when words beside it
 * (a banner, the table's title or heading, the sheet's name) name grades, and no word names ages.
 */
public final class NumberedGrades {
    /** Folded words naming grades or classes in English, French and Portuguese ({@code Gr. 2}, {@code P 3}, {@code Pry 1} too). */
    private static final Set<String> GRADE_WORDS = Set.of("grade", "grades", "class", "classes", "classe", "std",
            "stds", "standard", "standards", "year", "level", "levels", "niveau", "niveaux", "annee", "ano", "serie",
            "series", "primary", "primaire", "cours", "gr", "p",
            // "Pry 1", "Pri 2", "Pr. 3" (primary years); "CP 1", "CE 2", "CM 1" (French grades written apart).
            "pry", "pri", "prim", "pr", "cp", "ce", "cm",
            // Bahasa Indonesia's "Kelas 1" (Dapodik); Spanish "Grado 1" (review 31).
            "kelas", "grado", "grados",
            // Arabic levels and classes (المستوى, review 32 B1), as folded: alef maqsura typed as ya too.
            "المستوى", "المستوي", "المستويات", "الصف", "القسم",
            // Nepali कक्षा and Khmer ថ្នាក់ (class, issue #11), folded as the texts are: their vowel signs dropped.
            HeaderText.fold("कक्षा"), HeaderText.fold("ថ្នាក់"),
            // Vietnamese lớp, Lao ຊັ້ນ, Bengali শ্রেণি (শ্রেণী folds alike) and Urdu جماعت (class, review 33), folded.
            "lop", HeaderText.fold("ຊັ້ນ"), HeaderText.fold("শ্রেণি"), "جماعت");
    /** Folded words naming ages. */
    private static final Set<String> AGE_WORDS = Set.of("age", "ages", "aged", "ans", "years", "yrs", "idade",
            "idades", "anos", "edad", "edades");
    /** A number standing alone: not part of a word or code ({@code G1}, {@code 1st}, {@code 1ª}, {@code CP1}). */
    private static final Pattern LONE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.])\\d+(\\.0)?(?![\\p{L}\\p{N}ªº°])");

    private NumberedGrades() {
    }

    /** True when the text holds a number standing alone ({@code 1}, {@code 1.0 Boys}, {@code Grade 3 F}). */
    static boolean loneNumber(String text) {
        return text != null && LONE_NUMBER.matcher(text).find();
    }

    /** True when one of the texts names grades and none names ages. */
    static boolean saysGrades(List<String> texts) {
        return texts.stream().noneMatch(NumberedGrades::saysAges)
                && texts.stream().anyMatch(t -> any(t, GRADE_WORDS));
    }

    /** True when the text holds a word naming ages ({@code Age}, {@code ans}, {@code years}). */
    static boolean saysAges(String text) {
        return any(text, AGE_WORDS);
    }

    private static boolean any(String text, Set<String> words) {
        for (String w : HeaderText.fold(text).split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text is nothing but words naming grades or ages ({@code Classe}, {@code Grade}, {@code Age}). */
    static boolean headingOnly(String text) {
        String folded = HeaderText.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        for (String w : folded.split(" ")) {
            if (!GRADE_WORDS.contains(w) && !AGE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text is a heading naming grades and nothing else ({@code Class}, {@code Std}, {@code Grade}): the
     * numbers down the column under it name the rows' grades ({@code 1} … {@code 7}), they are no figures.
     */
    public static boolean gradesHeading(String text) {
        return text != null && headingOnly(text) && saysGrades(List.of(text));
    }

    /** True when the cell value is a whole number a grade can be (1 … 12). */
    static boolean gradeNumber(double n) {
        return n == Math.rint(n) && n >= 1 && n <= BuiltInCodeLists.MAX_GRADE;
    }
}
