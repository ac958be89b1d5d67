package org.emisworkbench.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.workbook.Cell;

/**
 * Aggregates a staff roster into teachers by sex: total, qualified (highest qualification through the
 * qualification list), trained (certified), full time, part time, and non-teaching staff. "x" marks in
 * the grade-taught columns are checked; a person with marks and no staff type is a teacher.
 */
final class StaffRoster {
    private static final String[] SLOT_FIELDS = {"staff.sex", "staff.qualification", "staff.certified",
        "staff.employment", "staff.employment", "staff.type"};

    private final RosterTable table;
    /** The rows counted: the whole sheet, or one school's rows of a roster of several schools. */
    private final List<Integer> rows;
    private final CodeLists lists;
    private final ImportContext ctx;
    private final SheetProblems problems;
    /** The census reference date, against which a date of birth must be possible. */
    private final LocalDate reference;
    private final int[][] counts = new int[2][Topic.TEACHERS.fixedSlots().size()];
    private boolean any;

    StaffRoster(RosterTable table, List<Integer> rows, CodeLists lists, ImportContext ctx, SheetProblems problems,
            LocalDate reference) {
        this.table = table;
        this.rows = List.copyOf(rows);
        this.lists = lists;
        this.ctx = ctx;
        this.problems = problems;
        this.reference = reference;
    }

    void read(String school) {
        int done = 0;
        for (int r : rows) {
            if (++done % WideSheetReader.CHECK_EVERY == 0) {
                ctx.cancellation().check();
            }
            checkBirth(r, school);
            boolean marks = gradeMarks(r, school);
            Sex sex = RosterSex.of(coded(r, "staff.sex", "sex", school));
            if (sex == null) {
                continue;
            }
            any = true;
            int[] c = counts[sex.ordinal()];
            String type = coded(r, "staff.type", "staff_type", school);
            if ("non_teaching".equals(type) && !marks) {
                c[5]++;
                continue;
            }
            c[0]++;
            if ("yes".equals(coded(r, "staff.qualification", "qualification", school))) {
                c[1]++;
            }
            if ("yes".equals(coded(r, "staff.certified", "yesno", school))) {
                c[2]++;
            }
            String employment = coded(r, "staff.employment", "employment", school);
            if ("full_time".equals(employment)) {
                c[3]++;
            } else if ("part_time".equals(employment)) {
                c[4]++;
            }
        }
    }

    /**
     * Reports a date of birth that is no date ({@code 31/02/1990}, {@code 1990-13-01}) or not possible at the
     * reference date. No staff figure is by age, so the person is counted all the same; a year alone
     * ({@code 1985}) is a year of birth, the age known to the year (docs/templates.md).
     */
    private void checkBirth(int row, String school) {
        Cell c = table.cell(row, "staff.birth_date");
        if (c == null || c.text().isBlank()) {
            return;
        }
        int year = RosterDates.yearAlone(c.kind(), c.text(), c.number());
        LocalDate birth = year > 0 ? null : RosterDates.parse(c.kind(), c.text(), c.number());
        if (year == 0 && birth == null) {
            problems.report(ProblemKind.BAD_DATE, row, c.col(), school, "staff.birth_date", c.text(),
                    Message.of("import.detail.staffNotADate"));
        } else if (year > 0 ? year > reference.getYear() || reference.getYear() - year > 99
                : RosterDates.age(birth, reference) < 0) {
            problems.report(ProblemKind.BAD_DATE, row, c.col(), school, "staff.birth_date", c.text(),
                    Message.of("import.detail.staffBirthImpossible", String.valueOf(reference)));
        }
    }

    /** True when the person has an "x" in some grade column; other marks are reported. */
    private boolean gradeMarks(int row, String school) {
        boolean marked = false;
        for (Map.Entry<Integer, String> e : table.gradeColumns.entrySet()) {
            Cell c = table.form.at(row, e.getKey());
            if (c == null || c.text().isBlank()) {
                continue;
            }
            String mark = c.text().strip();
            if (mark.equalsIgnoreCase("x") || mark.equals("✓") || mark.equals("✔")) {
                marked = true;
            } else {
                problems.report(ProblemKind.UNKNOWN_CODE, row, c.col(), school, "staff.grade_taught", c.text(),
                        Message.of("import.detail.markGradesTaught"));
            }
        }
        return marked;
    }

    private String coded(int row, String field, String list, String school) {
        Cell c = table.cell(row, field);
        if (c == null || c.text().isBlank()) {
            if (field.equals("staff.sex") && table.column(field) >= 0) {
                problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row, table.column(field), school, field, "",
                        Message.of("import.detail.staffSexBlank"));
            }
            return null;
        }
        String code = lists.require(table.list(field, list)).code(c.text());
        if (code == null) {
            problems.report(ProblemKind.UNKNOWN_CODE, row, c.col(), school, field, c.text(),
                    Message.of("import.detail.notInList", table.list(field, list)));
        }
        return code;
    }

    void emit(String school, CensusSink sink) {
        if (!any) {
            return;
        }
        for (Sex sex : Sex.values()) {
            int n = counts[sex.ordinal()].length;
            int[] values = new int[n];
            String[] sources = new String[n];
            for (int s = 0; s < n; s++) {
                String range = table.range(SLOT_FIELDS[s], rows);
                values[s] = range == null && s > 0 ? FactRecord.MISSING : counts[sex.ordinal()][s];
                sources[s] = range;
            }
            sink.facts(new FactRecord(school, Topic.TEACHERS, sex, AgeGroup.ALL, values, sources, table.form.name(), -1));
        }
    }
}
