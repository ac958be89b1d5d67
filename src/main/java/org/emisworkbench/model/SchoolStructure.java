package org.emisworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a country divides its grades into levels, and the age pupils start: years of primary, years of
 * lower secondary (upper secondary is the rest up to the last grade), the official entrance age of G1 and the years of
 * pre-primary before it. The grades after pre-primary run G1…G12, or G1…G13 for a country of thirteen years of
 * schooling (Uganda's 7+4+2, Sri Lanka's grades 1–13; decision 0072): the 13th grade is added after the others, so
 * no stored figure moves. Changing the levels or the age keeps every grade's code and slot (decision 0039);
 * the years of pre-primary decide the slots themselves (one year: {@code PP}; two or three: {@code PP1},
 * {@code PP2}…, then G1…G12 after them, decision 0066), so they are changed only while no figures are stored.
 *
 * @param primaryYears        grades of primary, G1 onwards
 * @param lowerSecondaryYears grades of lower secondary after primary
 * @param entranceAge         official age of G1; the last pre-primary year's is one below, each later grade's
 *                            one above
 * @param prePrimaryYears     years of pre-primary before G1 (1 to {@link #MAX_PRE_PRIMARY})
 * @param lastGrade           the number of the last grade: {@link #GRADES} (G12) or {@link #MAX_GRADES} (G13)
 */
public record SchoolStructure(int primaryYears, int lowerSecondaryYears, int entranceAge, int prePrimaryYears,
                              int lastGrade) {
    /** Grades after pre-primary in every workspace: G1 to G12. */
    public static final int GRADES = 12;
    /** Most grades after pre-primary a workspace may hold: G1 to G13 (decision 0072). */
    public static final int MAX_GRADES = 13;
    public static final int MIN_PRIMARY = 4;
    public static final int MAX_PRIMARY = 9;
    public static final int MIN_LOWER_SECONDARY = 1;
    public static final int MIN_ENTRANCE_AGE = 4;
    public static final int MAX_ENTRANCE_AGE = 9;
    public static final int MAX_PRE_PRIMARY = 3;
    public static final String PRE_PRIMARY = "pre_primary";
    public static final String PRIMARY = "primary";
    public static final String LOWER_SECONDARY = "lower_secondary";
    public static final String UPPER_SECONDARY = "upper_secondary";

    /** A structure with one year of pre-primary ({@code PP}), the shape of every workspace before decision 0066. */
    public SchoolStructure(int primaryYears, int lowerSecondaryYears, int entranceAge) {
        this(primaryYears, lowerSecondaryYears, entranceAge, 1);
    }

    /** A structure of twelve grades after pre-primary (G1…G12), the shape of every workspace before decision 0072. */
    public SchoolStructure(int primaryYears, int lowerSecondaryYears, int entranceAge, int prePrimaryYears) {
        this(primaryYears, lowerSecondaryYears, entranceAge, prePrimaryYears, GRADES);
    }

    /**
     * The structure of {@code upperSecondaryYears} years of upper secondary after the others: its last grade is
     * their sum (12 or 13; another sum is refused by {@link #problem}).
     */
    public static SchoolStructure withUpper(int primaryYears, int lowerSecondaryYears, int upperSecondaryYears,
                                            int entranceAge, int prePrimaryYears) {
        return new SchoolStructure(primaryYears, lowerSecondaryYears, entranceAge, prePrimaryYears,
                primaryYears + lowerSecondaryYears + upperSecondaryYears);
    }

    /** The sample country's, and a new workspace's: six years of primary from age 6, three of lower secondary. */
    public static SchoolStructure standard() {
        return new SchoolStructure(6, 3, 6);
    }

    /**
     * The code of pre-primary year {@code year} (1-based) in a structure of {@code years} pre-primary years:
     * {@code PP} when there is one, else {@code PP1}, {@code PP2}…
     */
    public static String prePrimaryCode(int year, int years) {
        return years == 1 ? "PP" : "PP" + year;
    }

    /** Years of upper secondary: the grades left up to the last (G12 or G13). */
    public int upperSecondaryYears() {
        return lastGrade - primaryYears - lowerSecondaryYears;
    }

    /**
     * Why this structure cannot be kept, in the officer's words; empty when it can. A structure of more than
     * thirteen grades (7 + 4 + 3 years) is refused: only G1–G13 exist to hold the figures (decision 0072); one of
     * fewer than twelve too, as every workspace holds G1–G12.
     *
     * @param upperSecondaryYears the years of upper secondary the officer gave, or null when left to the rest
     */
    public Optional<Message> problem(Integer upperSecondaryYears) {
        if (primaryYears < MIN_PRIMARY || primaryYears > MAX_PRIMARY) {
            return Optional.of(Message.of("structure.primaryRange", primaryYears, MIN_PRIMARY, MAX_PRIMARY));
        }
        if (lastGrade > MAX_GRADES) {
            return Optional.of(Message.of("structure.tooManyGrades", primaryYears, lowerSecondaryYears,
                    upperSecondaryYears(), lastGrade, Math.max(0, MAX_GRADES - primaryYears - lowerSecondaryYears)));
        }
        if (lastGrade < GRADES) {
            return Optional.of(Message.of("structure.upperIsTheRest", upperSecondaryYears(),
                    GRADES - primaryYears - lowerSecondaryYears, MAX_GRADES - primaryYears - lowerSecondaryYears));
        }
        int maxLower = lastGrade - primaryYears - 1;
        if (lowerSecondaryYears < MIN_LOWER_SECONDARY || lowerSecondaryYears > maxLower) {
            return Optional.of(Message.of("structure.lowerRange", lowerSecondaryYears, MIN_LOWER_SECONDARY, maxLower,
                    primaryYears));
        }
        if (entranceAge < MIN_ENTRANCE_AGE || entranceAge > MAX_ENTRANCE_AGE) {
            return Optional.of(Message.of("structure.ageRange", entranceAge, MIN_ENTRANCE_AGE, MAX_ENTRANCE_AGE));
        }
        if (prePrimaryYears < 1 || prePrimaryYears > MAX_PRE_PRIMARY || entranceAge - prePrimaryYears < 2) {
            return Optional.of(Message.of("structure.prePrimaryRange", prePrimaryYears, 1, MAX_PRE_PRIMARY));
        }
        if (upperSecondaryYears != null && upperSecondaryYears != upperSecondaryYears()) {
            return withUpper(primaryYears, lowerSecondaryYears, upperSecondaryYears, entranceAge, prePrimaryYears)
                    .problem(null);
        }
        return Optional.empty();
    }

    /**
     * The grade system of this structure: the pre-primary years (PP, or PP1, PP2…) then G1…G12 (or G13), each grade's
     * level and official age following.
     *
     * @throws IllegalArgumentException when {@link #problem} finds one
     */
    public GradeSystem grades() {
        problem(null).ifPresent(m -> {
            throw new IllegalArgumentException(m.english());
        });
        List<Grade> list = new ArrayList<>();
        for (int y = 1; y <= prePrimaryYears; y++) {
            list.add(new Grade(prePrimaryCode(y, prePrimaryYears), y - 1, PRE_PRIMARY,
                    entranceAge - prePrimaryYears - 1 + y));
        }
        for (int g = 1; g <= lastGrade; g++) {
            String level = g <= primaryYears ? PRIMARY
                    : g <= primaryYears + lowerSecondaryYears ? LOWER_SECONDARY : UPPER_SECONDARY;
            list.add(new Grade("G" + g, prePrimaryYears - 1 + g, level, entranceAge - 1 + g));
        }
        return new GradeSystem(list);
    }

    /**
     * The structure a workspace's grade system follows; empty when it follows none (its grade table was
     * changed by hand into something this cannot describe).
     */
    public static Optional<SchoolStructure> of(GradeSystem grades) {
        int primary = grades.gradesOf(PRIMARY).size();
        int lower = grades.gradesOf(LOWER_SECONDARY).size();
        if (primary == 0 || grades.byCode("G1").isEmpty()) {
            return Optional.empty();
        }
        int last = grades.byCode("G" + MAX_GRADES).isPresent() ? MAX_GRADES : GRADES;
        SchoolStructure s = new SchoolStructure(primary, lower, grades.byCode("G1").get().officialAge(),
                Math.max(1, grades.gradesOf(PRE_PRIMARY).size()), last);
        if (s.problem(null).isPresent() || !s.grades().grades().equals(grades.grades())) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
