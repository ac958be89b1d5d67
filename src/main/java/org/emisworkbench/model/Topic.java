package org.emisworkbench.model;

import java.util.List;

/**
 * A family of counts stored together. Graded topics have one slot per grade of the workspace's grade
 * system; the others have fixed, named slots. One stored row holds one topic for one school-year,
 * sex and age group, which keeps a national census to a few rows per school (see decision 0003).
 */
public enum Topic {
    ENROLMENT("enrolment", true, true, List.of()),
    REPEATERS("repeaters", true, true, List.of()),
    NEW_ENTRANTS("new_entrants", true, true, List.of()),
    DISABLED("disabled", true, true, List.of()),
    TEACHERS("teachers", false, true,
            List.of("total", "qualified", "trained", "full_time", "part_time", "non_teaching")),
    CLASSROOMS("classrooms", false, false,
            // "total" is last so that the slots stored before it existed keep their places.
            List.of("good", "fair", "poor", "permanent", "semi_permanent", "temporary", "total")),
    FACILITIES("facilities", false, false,
            List.of("electricity", "drinking_water", "handwashing", "internet", "computers",
                    "adapted_infrastructure", "toilets_girls", "toilets_boys", "toilets_mixed",
                    "toilets_staff", "toilets_accessible"));

    /** Most slots any topic may use: the width of the stored row. */
    public static final int MAX_SLOTS = 24;

    private final String code;
    private final boolean graded;
    private final boolean bySex;
    private final List<String> fixedSlots;

    Topic(String code, boolean graded, boolean bySex, List<String> fixedSlots) {
        this.code = code;
        this.graded = graded;
        this.bySex = bySex;
        this.fixedSlots = fixedSlots;
    }

    public String code() {
        return code;
    }

    /** True when the slots are the grades of the grade system. */
    public boolean graded() {
        return graded;
    }

    /** True when the topic is counted separately for girls and boys (women and men). */
    public boolean bySex() {
        return bySex;
    }

    /**
     * True when a return may give the topic's counts for both sexes together, its sex not reported: such a
     * figure is stored as the topic's row without sex (teachers only; decision 0058). It counts in every total
     * of both sexes, and in no figure by sex, which is then partial.
     */
    public boolean sexMayBeUnreported() {
        return this == TEACHERS;
    }

    /** Slot names of a fixed topic; empty for graded topics. */
    public List<String> fixedSlots() {
        return fixedSlots;
    }

    public static Topic fromCode(String code) {
        for (Topic t : values()) {
            if (t.code.equalsIgnoreCase(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown topic: " + code);
    }
}
