package org.emisworkbench.report;

/**
 * One school of a district summary's schools table. Counts are null when the return left them blank.
 *
 * @param level          the level holding most of the school's pupils, null without enrolment
 * @param pupils         pupils of all grades
 * @param levelPupils    pupils of the summary's level (null when the return gives none)
 * @param usableRooms    classrooms in good or fair condition
 * @param electricity    null when the return does not say
 */
public record SchoolRow(String code, String name, String ownership, String locality, String level, Integer pupils,
                        Integer levelPupils, Integer teachers, Integer qualified, Integer usableRooms, Boolean electricity,
                        Boolean water) {
    /** Pupils per teacher; null when teachers are not reported or 0 (never shown as 0). */
    public Double ptr() {
        return ratio(pupils, teachers);
    }

    /** Pupils per usable classroom; null without rooms. */
    public Double pupilsPerRoom() {
        return ratio(pupils, usableRooms);
    }

    /** Qualified teachers as a percentage of teachers; null without teachers. */
    public Double qualifiedPct() {
        Double r = ratio(qualified, teachers);
        return r == null ? null : r * 100;
    }

    private static Double ratio(Integer num, Integer den) {
        return num == null || den == null || den == 0 ? null : (double) num / den;
    }
}
