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
    /** Teachers of each sex whose value of a slot's field was read (a code of its list), slot by slot. */
    private final int[][] read = new int[2][Topic.TEACHERS.fixedSlots().size()];
    /** Cells of each sex and slot whose value no code of the list names: those teachers are counted in no slot. */
    private final List<List<List<Integer>>> unknown = List.of(cellsBySlot(), cellsBySlot());
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

    /** Staff of the rows read that are not counted (their sex blank or unknown): each reported. */
    int notCounted() {
        return notCounted;
    }

    /** Rows read whose staff member is not counted. */
    private int notCounted;

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
                notCounted++;
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
            if ("yes".equals(tally(sex, r, 1, coded(r, "staff.qualification", "qualification", school)))) {
                c[1]++;
            }
            if ("yes".equals(tally(sex, r, 2, coded(r, "staff.certified", "yesno", school)))) {
                c[2]++;
            }
            String employment = tally(sex, r, 4, tally(sex, r, 3, coded(r, "staff.employment", "employment", school)));
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

    private static List<List<Integer>> cellsBySlot() {
        List<List<Integer>> l = new java.util.ArrayList<>();
        for (int s = 0; s < Topic.TEACHERS.fixedSlots().size(); s++) {
            l.add(new java.util.ArrayList<>());
        }
        return l;
    }

    /**
     * Notes whether a teacher's value of slot {@code slot}'s field was read ({@code code} not null) or is a value no
     * code names (a non-blank cell): a count none of whose values could be read is missing, never 0 (decision 0043).
     */
    private String tally(Sex sex, int row, int slot, String code) {
        Cell c = table.cell(row, SLOT_FIELDS[slot]);
        if (code != null) {
            read[sex.ordinal()][slot]++;
        } else if (c != null && !c.text().isBlank()) {
            unknown.get(sex.ordinal()).get(slot).add(row);
        }
        return code;
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
                List<Integer> notRead = unknown.get(sex.ordinal()).get(s);
                if (range != null && s > 0 && !notRead.isEmpty()) {
                    // Every value unreadable: missing with its range as source, so the store keeps it unreadable.
                    values[s] = read[sex.ordinal()][s] == 0 ? FactRecord.MISSING : values[s];
                    partial(school, sex, s, values[s], notRead);
                }
            }
            sink.facts(new FactRecord(school, Topic.TEACHERS, sex, AgeGroup.ALL, values, sources, table.form.name(), -1));
        }
    }

    /**
     * Says a count some of whose teachers' values could not be read: partial when others were read (the count of
     * those read, {@code PARTIAL_SUM} as a sum with parts missing), missing when none was.
     */
    private void partial(String school, Sex sex, int slot, int value, List<Integer> notRead) {
        int col = table.column(SLOT_FIELDS[slot]);
        List<String> cells = notRead.stream().map(r -> problems.name(r, col)).toList();
        String figure = "teachers." + Topic.TEACHERS.fixedSlots().get(slot) + " " + sex.code();
        problems.report(ProblemKind.PARTIAL_SUM, notRead.get(0), col, school, figure, "",
                value == FactRecord.MISSING
                        ? Message.of("import.detail.staffNoneRead", figure, cells.size(), String.join(", ", cells))
                        : Message.of("import.detail.staffPartlyRead", figure, value, read[sex.ordinal()][slot],
                                cells.size(), String.join(", ", cells)));
    }
}
