package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one sheet of a form (one school per workbook) is read: its labelled cells and its tables by age,
 * grade and sex, drafted by {@link FormDrafter} and changed by the officer on the mapping screen. In a
 * roster workbook the same mapping describes the sheet of labels beside the pupil and staff lists.
 *
 * @param sheet     the sheet's name
 * @param labels    every labelled cell found, read or not, in reading order
 * @param grids     every table found, read or not, in reading order
 * @param yearLabel the label of the census year found on the sheet ("Année scolaire"), or null
 * @param constants fields set to one value for the school (JSON {@code constants})
 * @param sums      fields read as the sum of labelled values (JSON label {@code sumOf})
 * @param schools   how many schools the sheet's form stands for ({@link SchoolsPer}): {@code sheet} when
 *                  other sheets of the workbook are forms with the same school-code label (one school per
 *                  sheet), {@code block} when the label is repeated down this sheet (the mapping then holds
 *                  the first block), null for one school per workbook
 * @param yearCalendar the calendar the year beside {@code yearLabel} is written in ({@link YearCalendar#id}:
 *                  {@code solar-hijri}, {@code bikram-sambat}), or null for the Gregorian one (or a year that says its calendar itself, {@code 2016 E.C.})
 */
public record FormMapping(String sheet, List<LabelMapping> labels, List<GridMapping> grids, String yearLabel,
                          Map<String, String> constants, List<SumMapping> sums, SchoolsPer schools,
                          String yearCalendar) {
    /** A sheet of a one-school workbook. */
    public FormMapping(String sheet, List<LabelMapping> labels, List<GridMapping> grids, String yearLabel,
                       Map<String, String> constants, List<SumMapping> sums) {
        this(sheet, labels, grids, yearLabel, constants, sums, null, null);
    }

    /** A sheet whose year is written in the Gregorian calendar. */
    public FormMapping(String sheet, List<LabelMapping> labels, List<GridMapping> grids, String yearLabel,
                       Map<String, String> constants, List<SumMapping> sums, SchoolsPer schools) {
        this(sheet, labels, grids, yearLabel, constants, sums, schools, null);
    }

    public FormMapping {
        schools = schools == SchoolsPer.WORKBOOK ? null : schools;
        labels = List.copyOf(labels);
        grids = List.copyOf(grids);
        constants = constants == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(constants));
        sums = sums == null ? List.of() : List.copyOf(sums);
    }

    /** True when a label of the sheet is read as the school code. */
    public boolean hasKey() {
        return labels.stream().anyMatch(LabelMapping::key);
    }

    /** True when anything of the sheet is read. */
    public boolean readsAnything() {
        return labels.stream().anyMatch(LabelMapping::reads) || grids.stream().anyMatch(GridMapping::reads)
                || !sums.isEmpty();
    }

    /** The same sheet with label {@code index} replaced; a second school-code label stops the first. */
    public FormMapping withLabel(int index, LabelMapping label) {
        List<LabelMapping> list = new ArrayList<>(labels);
        if (label.key()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).key()) {
                    list.set(i, list.get(i).withField(null, null));
                }
            }
        }
        list.set(index, label);
        return new FormMapping(sheet, list, grids, yearLabel, constants, sums, schools, yearCalendar);
    }

    /**
     * The same sheet reading its school code from {@code key} first: a code no cell of the form holds, taken from
     * the sheet's name or the file's name ({@link LabelMapping#codeFromSheetName}, {@link
     * LabelMapping#codeFromFileName}).
     */
    public FormMapping withCodeFirst(LabelMapping key) {
        List<LabelMapping> list = new ArrayList<>(labels.size() + 1);
        list.add(key);
        list.addAll(labels);
        return new FormMapping(sheet, list, grids, yearLabel, constants, sums, schools, yearCalendar);
    }

    /** The same sheet without the labels {@code leave} says to drop. */
    public FormMapping withoutLabels(java.util.function.Predicate<LabelMapping> leave) {
        List<LabelMapping> list = new ArrayList<>(labels);
        list.removeIf(leave);
        return new FormMapping(sheet, list, grids, yearLabel, constants, sums, schools, yearCalendar);
    }

    /** The same sheet with table {@code index} replaced. */
    public FormMapping withGrid(int index, GridMapping grid) {
        List<GridMapping> list = new ArrayList<>(grids);
        list.set(index, grid);
        return new FormMapping(sheet, labels, list, yearLabel, constants, sums, schools, yearCalendar);
    }

    /**
     * The same sheet with table {@code index} replaced by {@code parts} (a table split into the topics standing
     * side by side under its banners, or such tables joined into one again).
     */
    public FormMapping withGrids(int index, int count, List<GridMapping> parts) {
        List<GridMapping> list = new ArrayList<>(grids.subList(0, index));
        list.addAll(parts);
        list.addAll(grids.subList(index + count, grids.size()));
        return new FormMapping(sheet, labels, list, yearLabel, constants, sums, schools, yearCalendar);
    }

    /** The same sheet standing for schools per workbook (null), per sheet or per block. */
    public FormMapping withSchools(SchoolsPer per) {
        return new FormMapping(sheet, labels, grids, yearLabel, constants, sums, per, yearCalendar);
    }

    /** The school-code label read, or null. */
    public LabelMapping keyLabel() {
        return labels.stream().filter(LabelMapping::key).findFirst().orElse(null);
    }

    /** The same sheet with other constants and sums. */
    public FormMapping withExtras(Map<String, String> newConstants, List<SumMapping> newSums) {
        return new FormMapping(sheet, labels, grids, yearLabel, newConstants, newSums, schools, yearCalendar);
    }
}
