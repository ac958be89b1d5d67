package org.emisworkbench.model;

/**
 * One stored figure as an analyst reads it: a school's count for one year, topic, grade (or item),
 * age group and sex, with the cell it was read from.
 *
 * @param item   the grade code for topics counted by grade, else the item ({@code qualified}, {@code good}…)
 * @param age    the age group: {@code all}, {@code unknown}, or the group's code ({@code 7}, {@code 13+})
 * @param sex    null for topics not counted by sex
 * @param value  null when the return left the cell blank (or it could not be read: an import problem)
 * @param source where the figure was read, or null when it has no cell (a template constant)
 */
public record FactLine(String school, String district, int year, Topic topic, String item, String age, Sex sex,
                       Integer value, SourceRef source) {
}
