package org.emisworkbench.samples;

import java.util.List;

/** Fixed facts of the fictional country Lumeria (docs/design/sample-country.md). */
final class Lumeria {
    static final int[] YEARS = {2024, 2025};
    static final int GRADES = 13;
    /** Sex index inside figure arrays: wide files and forms list males first. */
    static final int M = 0;
    static final int F = 1;
    /** Single ages kept by the model: 3..24, plus one slot for "Age unknown". */
    static final int MIN_AGE = 3;
    static final int MAX_AGE = 24;
    static final int UNKNOWN_AGE = MAX_AGE - MIN_AGE + 1;
    static final int AGE_SLOTS = UNKNOWN_AGE + 1;
    static final List<String> OWNERSHIPS = List.of("public", "private", "community", "faith");
    static final List<String> LOCALITIES = List.of("urban", "rural");
    static final List<String> FACILITIES = List.of("Electricity", "Drinking water", "Handwashing", "Internet",
            "Computers for teaching", "Adapted infrastructure");

    enum Layout { WIDE, GRID_MF, GRID_ALT, ROSTER }

    record District(String code, String name, String region, Layout layout, double sizeFactor) { }

    static final List<District> DISTRICTS = List.of(
            new District("D01", "Akuna", "R1", Layout.WIDE, 1.10),
            new District("D02", "Bessa", "R1", Layout.WIDE, 0.90),
            new District("D03", "Coral Bay", "R1", Layout.GRID_MF, 1.15),
            new District("D04", "Doma", "R2", Layout.GRID_ALT, 0.85),
            new District("D05", "Ewe Hills", "R2", Layout.ROSTER, 0.70));

    private Lumeria() {
    }

    static int firstGrade(String level) {
        return level.equals("secondary") ? 7 : 0;
    }

    static int lastGrade(String level) {
        return level.equals("primary") ? 6 : 12;
    }

    static boolean offers(String level, int grade) {
        return grade >= firstGrade(level) && grade <= lastGrade(level);
    }

    static String gradeCode(int grade) {
        return grade == 0 ? "PP" : "G" + grade;
    }

    /** Label used by forms and wide headers: "Pre-primary", "Grade 1" ... */
    static String gradeLabel(int grade) {
        return grade == 0 ? "Pre-primary" : "Grade " + grade;
    }

    static int officialAge(int grade) {
        return 5 + grade;
    }

    static int ageIndex(int age) {
        return age - MIN_AGE;
    }
}
