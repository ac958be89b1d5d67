package org.emisworkbench.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Aggregates a pupil roster: enrolment by grade × age (completed years at the census reference date)
 * × sex, repeaters and disabled pupils by grade × sex, new entrants (G1, status new) by age × sex.
 * A grade with pupils gets 0 rather than "missing" in the cells nobody falls into.
 */
final class PupilRoster {
    private static final String UNKNOWN_AGE = "?";

    private final RosterTable table;
    /** The rows counted: the whole sheet, or one school's rows of a roster of several schools. */
    private final List<Integer> rows;
    private final CodeLists lists;
    private final ImportContext ctx;
    private final SheetProblems problems;
    private final LocalDate reference;
    /** sex → age code → per grade slot count; ages sorted numerically, "?" last. */
    private final Map<Sex, Map<String, int[]>> enrolment = new java.util.EnumMap<>(Sex.class);
    private final Map<Sex, Map<String, int[]>> newEntrants = new java.util.EnumMap<>(Sex.class);
    private final int[][] repeaters;
    private final int[][] disabled;
    private final boolean[] offered;

    /** Rows read whose pupil is not counted (its sex or grade blank or unknown). */
    private int notCounted;

    PupilRoster(RosterTable table, List<Integer> rows, CodeLists lists, ImportContext ctx, SheetProblems problems, LocalDate reference) {
        this.table = table;
        this.rows = List.copyOf(rows);
        this.lists = lists;
        this.ctx = ctx;
        this.problems = problems;
        this.reference = reference;
        int grades = ctx.grades().size();
        repeaters = new int[2][grades];
        disabled = new int[2][grades];
        offered = new boolean[grades];
    }

    /** Pupils of the rows read that could not be placed (no sex, no grade of the workspace): each reported. */
    int notCounted() {
        return notCounted;
    }

    void read(String school) {
        int done = 0;
        for (int r : rows) {
            if (++done % WideSheetReader.CHECK_EVERY == 0) {
                ctx.cancellation().check();
            }
            Sex sex = RosterSex.of(coded(r, "pupil.sex", "sex", school));
            String gradeCode = coded(r, "pupil.grade", "grade", school);
            // PP1 and PP2 in a workspace of one pre-primary year go into PP, said (IMP-34), as a wide sheet's do.
            Cell gradeCell = gradeCode == null ? null : table.cell(r, "pupil.grade");
            org.emisworkbench.model.Grade placed = gradeCode == null ? null
                    : PrePrimaryYears.grade(ctx.grades(), gradeCode, gradeCell.text());
            Integer slot = placed == null ? null : placed.slot();
            if (gradeCode != null && slot == null) {
                problems.report(ProblemKind.UNKNOWN_CODE, r, gradeCell.col(), school, "pupil.grade", gradeCell.text(),
                        Message.of("import.detail.gradeNotInSystem", gradeCode));
            } else if (placed != null) {
                PrePrimaryYears.summed(ctx.grades(), placed, gradeCode, gradeCell.text()).ifPresent(m -> problems.report(
                        ProblemKind.PRE_PRIMARY_SUMMED, r, gradeCell.col(), school, "pupil.grade", gradeCell.text(), m));
            }
            // A pupil who cannot be placed is never dropped silently: every skip above has its problem.
            if (sex == null || slot == null) {
                notCounted++;
                continue;
            }
            offered[slot] = true;
            String age = age(r, school);
            bucket(enrolment, sex, age)[slot]++;
            String status = coded(r, "pupil.status", "status", school);
            if ("repeater".equals(status)) {
                repeaters[sex.ordinal()][slot]++;
            } else if ("new".equals(status) && "G1".equals(gradeCode)) {
                bucket(newEntrants, sex, age)[slot]++;
            }
            Cell dis = table.cell(r, "pupil.disability");
            if (dis != null && !dis.text().isBlank()) {
                String code = lists.require(table.list("pupil.disability", "disability")).code(dis.text());
                if (code == null) {
                    problems.report(ProblemKind.UNKNOWN_CODE, r, dis.col(), school, "pupil.disability", dis.text(),
                            Message.of("import.detail.disabilityNotInList", table.list("pupil.disability", "disability")));
                }
                if (!"none".equals(code)) {
                    disabled[sex.ordinal()][slot]++;
                }
            }
        }
    }

    private static int[] bucket(Map<Sex, Map<String, int[]>> map, Sex sex, String age) {
        return map.computeIfAbsent(sex, s -> new TreeMap<>(PupilRoster::byAge))
                .computeIfAbsent(age, a -> new int[Topic.MAX_SLOTS]);
    }

    private static int byAge(String a, String b) {
        int x = a.equals(UNKNOWN_AGE) ? Integer.MAX_VALUE : Integer.parseInt(a);
        int y = b.equals(UNKNOWN_AGE) ? Integer.MAX_VALUE : Integer.parseInt(b);
        return Integer.compare(x, y);
    }

    /**
     * The code of a coded cell, or null: blank (a MISSING_REQUIRED_VALUE problem for sex and grade, which
     * a pupil cannot be counted without) or unknown (an UNKNOWN_CODE problem).
     */
    private String coded(int row, String field, String list, String school) {
        Cell c = table.cell(row, field);
        if (c == null || c.text().isBlank()) {
            if ((field.equals("pupil.sex") || field.equals("pupil.grade")) && table.column(field) >= 0) {
                problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row, table.column(field), school, field, "",
                        Message.of("import.detail.pupilBlank", field));
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

    /** The age from the date of birth; a register without one may state the age itself ({@link #statedAge}). */
    private String age(int row, String school) {
        Cell c = table.cell(row, "pupil.birth_date");
        if (c == null) {
            return statedAge(row, school);
        }
        if (RosterDates.yearAlone(c.kind(), c.text(), c.number()) > 0) {
            // Completed years at the reference date need the day and month; the year alone is one year out for
            // every pupil born after the reference day, so the age is not guessed.
            problems.report(ProblemKind.BAD_DATE, row, c.col(), school, "pupil.birth_date", c.text(),
                    Message.of("import.detail.pupilYearAlone"));
            return UNKNOWN_AGE;
        }
        LocalDate birth = RosterDates.parse(c.kind(), c.text(), c.number());
        int age = birth == null ? -1 : RosterDates.age(birth, reference);
        if (age < 0) {
            problems.report(ProblemKind.BAD_DATE, row, c.col(), school, "pupil.birth_date", c.text(),
                    birth == null ? Message.of("import.detail.notADate")
                            : Message.of("import.detail.bornAfter", String.valueOf(reference)));
            return UNKNOWN_AGE;
        }
        return Integer.toString(age);
    }

    /**
     * The age written in a {@code pupil.age} column, taken as the completed years the register states (a
     * whole number, or a word of the age list: "7 ans", "7 years"); age unknown when blank, and reported when
     * it is no age in years (a fraction, a band), never guessed.
     */
    private String statedAge(int row, String school) {
        Cell c = table.cell(row, "pupil.age");
        if (c == null || c.text().isBlank()) {
            return UNKNOWN_AGE;
        }
        double n = c.number();
        String code = c.kind() == CellKind.NUMBER ? (n == Math.rint(n) && n >= 0 && n < 100
                ? Integer.toString((int) n) : null) : lists.require(table.list("pupil.age", "age")).code(c.text());
        if (code != null && code.matches("\\d{1,2}")) {
            return Integer.toString(Integer.parseInt(code));
        }
        problems.report(ProblemKind.UNKNOWN_CODE, row, c.col(), school, "pupil.age", c.text(),
                Message.of("import.detail.notAnAgeInYears"));
        return UNKNOWN_AGE;
    }

    void emit(String school, CensusSink sink) {
        String sheet = table.form.name();
        emitByAge(school, sink, Topic.ENROLMENT, enrolment, table.range("pupil.grade", rows), sheet);
        emitByAge(school, sink, Topic.NEW_ENTRANTS, newEntrants, table.range("pupil.status", rows), sheet);
        for (Sex sex : Sex.values()) {
            if (table.column("pupil.status") >= 0) {
                sink.facts(record(school, Topic.REPEATERS, sex, AgeGroup.ALL, repeaters[sex.ordinal()],
                        table.range("pupil.status", rows), sheet));
            }
            if (table.column("pupil.disability") >= 0) {
                sink.facts(record(school, Topic.DISABLED, sex, AgeGroup.ALL, disabled[sex.ordinal()],
                        table.range("pupil.disability", rows), sheet));
            }
        }
    }

    private void emitByAge(String school, CensusSink sink, Topic topic, Map<Sex, Map<String, int[]>> counts,
                           String source, String sheet) {
        counts.forEach((sex, byAge) -> byAge.forEach((age, values) ->
                sink.facts(record(school, topic, sex, new AgeGroup(age), values, source, sheet))));
    }

    private FactRecord record(String school, Topic topic, Sex sex, AgeGroup age, int[] counts, String source,
                              String sheet) {
        int n = ctx.grades().size();
        int[] values = new int[n];
        String[] sources = new String[n];
        for (int g = 0; g < n; g++) {
            boolean applies = topic == Topic.NEW_ENTRANTS ? "G1".equals(ctx.grades().bySlot(g).code()) : offered[g];
            values[g] = applies ? counts[g] : FactRecord.MISSING;
            sources[g] = applies ? source : null;
        }
        return new FactRecord(school, topic, sex, age, values, sources, sheet, -1);
    }
}
