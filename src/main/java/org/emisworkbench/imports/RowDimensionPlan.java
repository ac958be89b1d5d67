package org.emisworkbench.imports;

import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.HeaderMatcher;

/**
 * The columns of a wide sheet with several rows per school (docs/templates.md, "Several rows per
 * school"): which columns say the grade, sex and age of their row ({@code row.grade}, {@code row.sex},
 * {@code row.age}), and for each count column that leaves one of those open, what it does say. Worked
 * out once after the header, like the rest of {@link WidePlan}.
 */
final class RowDimensionPlan {
    /** The dimensions the template's columns give by row, whether or not the sheet has their column. */
    final Set<String> declared;
    int gradeColumn = -1;
    int sexColumn = -1;
    int ageColumn = -1;
    /** The column naming each row's stream ({@code row.stream}: {@code A}, {@code North}), or -1. */
    int streamColumn = -1;

    /**
     * True when the rows are streams (shifts, sessions, sections) of a school whose grades run across the sheet: a
     * {@code row.stream} column without a {@code row.grade} one. Each row then holds a part of the school's pupils
     * and teachers, added to its other streams' (decision 0094).
     */
    boolean streamsAcross() {
        return declared.contains("stream") && !declared.contains("grade");
    }
    CodeList gradeList;
    CodeList sexList;
    CodeList ageList;
    /** Per column taking a dimension from its row: its field, and the grade, sex and age its header fixes. */
    final CanonicalField[] field;
    final Grade[] grade;
    final Sex[] sex;
    final AgeGroup[] age;

    /**
     * A figure of one sex worked out as the total for both sexes less the other sex given beside it, its grade (or
     * age) taken from its row ({@code differenceOf} on such a sheet, decision 0044).
     *
     * @param grade the grade the headers fix, or null when the row gives it; likewise {@code age}
     */
    record Difference(int totalCol, int sexCol, CanonicalField field, Grade grade, Sex sex, AgeGroup age) {
    }

    final java.util.List<Difference> differences = new java.util.ArrayList<>();

    /**
     * A figure that is the sum of columns of the row ({@code sumOf} on such a sheet: {@code Day Boys} +
     * {@code Boarding Boys}), its grade (sex, age) taken from its row where its headers leave it ({@link PartsSum}).
     *
     * @param parts the columns added, in the order of {@code sumOf}
     * @param grade the grade the headers fix, or null when the row gives it; likewise {@code sex} and {@code age}
     */
    record Sum(int[] parts, CanonicalField field, Grade grade, Sex sex, AgeGroup age) {
    }

    final java.util.List<Sum> sums = new java.util.ArrayList<>();

    /**
     * Rows of both sexes beside rows of one sex ({@code row.sex} {@code differenceOf}, decision 0055): a row whose sex
     * cell reads {@code total} (folded) holds both sexes, and the figures of sex {@code worked} are it less the row of
     * sex {@code given} with the same grade and age.
     */
    record SexRows(String total, Sex given, Sex worked, String totalText, String givenText) {
        /** True when the text of a row's sex cell says both sexes. */
        boolean saysBoth(String text) {
            return org.emisworkbench.template.HeaderText.normalizeLabel(text).equals(total);
        }
    }

    /** The sheet's rows of both sexes, or null when its rows give none. */
    SexRows sexRows;

    RowDimensionPlan(Set<String> declared, int width) {
        this.declared = Set.copyOf(declared);
        field = new CanonicalField[width];
        grade = new Grade[width];
        sex = new Sex[width];
        age = new AgeGroup[width];
    }

    /** The column naming the topic of the row's {@code row.value} figures ({@code dataElement}), or -1. */
    int topicColumn = -1;
    CodeList topicList;
    /** The column giving several dimensions together ({@code Standard 3, Female}), or null. */
    org.emisworkbench.template.CombinedCodes combined;
    int combinedColumn = -1;
    /** Notes the column giving several dimensions of the row together: each is said to be in that column. */
    void combined(int column, org.emisworkbench.template.CombinedCodes codes) {
        combined = codes;
        combinedColumn = column;
        for (String d : codes.dimensions()) {
            dimension(d, column, null);
        }
    }

    /** True when {@code column} is the column giving several dimensions together. */
    boolean isCombined(int column) {
        return column >= 0 && column == combinedColumn;
    }

    /** Notes the column holding a dimension of the row. */
    void dimension(String dim, int column, CodeList list) {
        if (dim.equals("topic")) {
            topicColumn = column;
            topicList = list;
            return;
        }
        switch (dim) {
            case "grade" -> {
                gradeColumn = column;
                gradeList = list;
            }
            case "sex" -> {
                sexColumn = column;
                sexList = list;
            }
            default -> {
                ageColumn = column;
                ageList = list;
            }
        }
    }

    /**
     * True when a count column leaves open a dimension the rows give: a graded count without grade, a
     * count by sex without sex, a graded count without age where rows have ages. Decided on the header
     * found (a pattern's header may say its grade); the template check decides the same on the column
     * spec ({@code RowDimensionRules.takesFromRow}) to refuse defaults and sums there.
     */
    boolean takesFromRow(CanonicalField f, HeaderMatcher.Match m) {
        boolean graded = f.kind() == CanonicalField.Kind.GRADED;
        if (!graded && f.kind() != CanonicalField.Kind.FIXED) {
            return false;
        }
        if (streamsAcross() && (graded || f.topic().bySex())) {
            // A row per school and shift, the grades across: each row's pupils and teachers are a part of the
            // school's, added with the school's other streams (decision 0094).
            return true;
        }
        return graded && m.grade() == null && declared.contains("grade")
                || f.topic().bySex() && m.sex() == null && declared.contains("sex")
                || graded && m.age() == null && declared.contains("age");
    }

    /** Notes a difference of two columns whose grade or age its row gives. */
    void difference(int totalCol, int sexCol, CanonicalField f, Grade g, Sex s, AgeGroup a) {
        differences.add(new Difference(totalCol, sexCol, f, g, s, a));
    }

    /** Notes a sum of columns whose grade (sex, age) its row gives. */
    void sum(int[] parts, CanonicalField f, Grade g, Sex s, AgeGroup a) {
        sums.add(new Sum(parts.clone(), f, g, s, a));
    }

    /** Notes what a count column taking dimensions from its row fixes itself. */
    void count(int column, CanonicalField f, Grade g, Sex s, AgeGroup a) {
        field[column] = f;
        grade[column] = g;
        sex[column] = s;
        age[column] = a;
    }
}
