package org.emisworkbench.model;

/**
 * The codes of {@link SchoolAttribute#GENDER}, the sexes a school admits (decision 0116), as the built-in
 * {@code gender} code list gives them. A boys' or girls' school has no pupil of the other sex by design: its blank
 * cells of that sex are not figures left out, and rule packs spare it what only a mixed school can be.
 */
public final class SchoolGender {
    public static final String BOYS = "boys";
    public static final String GIRLS = "girls";
    public static final String MIXED = "mixed";

    private SchoolGender() {
    }

    /** The sex a school of this gender does not admit: M for a girls' school, F for a boys' one; else null. */
    public static Sex absentSex(String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender.strip().toLowerCase(java.util.Locale.ROOT)) {
            case BOYS -> Sex.F;
            case GIRLS -> Sex.M;
            default -> null;
        };
    }
}
