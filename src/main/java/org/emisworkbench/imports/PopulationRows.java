package org.emisworkbench.imports;

import java.util.OptionalInt;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.SchoolYears;

/**
 * Rows of a population sheet: area code (the key), year, single age, and one count column per sex.
 * A population workbook may hold several years; only the rows of the census year being imported are
 * kept (a sheet without a year column belongs to that year). A year cell is read as enrolment's years are
 * ({@link SchoolYears}): under {@code "schoolYear": "end"}, {@code 2024-25} is 2025.
 */
final class PopulationRows {
    private final WidePlan plan;
    private final CodeList ages;
    private final ImportContext ctx;
    private final CensusSink sink;
    private final SheetProblems problems;
    private final String sheet;
    private final int yearColumn;
    private final int ageColumn;
    private final boolean active;
    private final SchoolYears years;

    PopulationRows(WidePlan plan, CodeLists lists, ImportContext ctx, CensusSink sink, SheetProblems problems,
                   String sheet, SchoolYears years) {
        this.years = years;
        this.plan = plan;
        this.ages = lists.require("age");
        this.ctx = ctx;
        this.sink = sink;
        this.problems = problems;
        this.sheet = sheet;
        int year = -1;
        int age = -1;
        boolean counts = false;
        for (int c = 0; c < plan.width(); c++) {
            year = plan.kind[c] == WidePlan.POP_YEAR ? c : year;
            age = plan.kind[c] == WidePlan.POP_AGE ? c : age;
            counts |= plan.kind[c] == WidePlan.POP_COUNT;
        }
        this.yearColumn = year;
        this.ageColumn = age;
        this.active = counts;
    }

    boolean active() {
        return active;
    }

    void row(SheetRow row, String area, int keyIndex) {
        int rowYear = ctx.censusYear();
        if (yearColumn >= 0) {
            int yi = row.find(yearColumn);
            String raw = yi < 0 ? "" : row.text(yi);
            OptionalInt year = years.fromLabel(raw);
            if (year.isEmpty()) {
                problems.report(ProblemKind.NOT_A_NUMBER, row.index(), yearColumn, area, "population.year", raw,
                        Message.of("import.detail.expectedYear"));
                return;
            }
            // A population sheet often covers several years: keep each row under its own year.
            rowYear = year.getAsInt();
        }
        if (rowYear <= 0) {
            problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row.index(), Math.max(yearColumn, 0), area,
                    "population.year", "", Message.of("import.detail.noYear"));
            return;
        }
        int ai = ageColumn < 0 ? -1 : row.find(ageColumn);
        String rawAge = ai < 0 ? "" : row.text(ai);
        String code = ages.code(rawAge);
        int age;
        try {
            age = code == null ? -1 : Integer.parseInt(code);
        } catch (NumberFormatException e) {
            age = -1;
        }
        if (age < 0) {
            problems.report(ProblemKind.UNKNOWN_CODE, row.index(), Math.max(ageColumn, 0), area, "population.age",
                    rawAge, Message.of("import.detail.singleAges"));
            return;
        }
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c >= plan.width() || plan.kind[c] != WidePlan.POP_COUNT || row.kind(i) == CellKind.BLANK) {
                continue;
            }
            int v = problems.count(row.index(), c, area, "population", row.kind(i), row.text(i), row.number(i));
            if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), row.index(), c, area, "population", row.text(i),
                        CellValues.detail(v));
            } else if (v >= 0) {
                sink.population(new PopulationRecord(area, rowYear, age, plan.sex[c], v, sheet,
                        CellRef.a1(row.index(), c)));
            }
        }
    }
}
