package org.emisworkbench.model;

/**
 * Where layout interpreters put what they read. The store implements it inside one transaction per
 * file; tests implement it with lists. Calls come from one thread, in reading order.
 */
public interface CensusSink {
    /** A school's identity and attributes. Called before the school's facts. */
    void school(SchoolRecord school);

    /** A row of counts for a school already announced through {@link #school}. */
    void facts(FactRecord facts);

    /**
     * Takes back one figure handed on earlier in {@link #facts}: slot {@code slot} of the record of {@code school},
     * {@code topic}, {@code sex}, {@code age} read on {@code row} (0-based) of {@code sheet} is stored as missing,
     * its source kept, as a cell that could not be read. A streaming reader calls it at a sheet's end, for a figure
     * read from a cell merged across several figures, which it learns of only there (decision 0104); the reader
     * reports the problem. Every sink implements it: a figure taken back must never stay stored.
     */
    void withdraw(String schoolCode, Topic topic, Sex sex, AgeGroup age, String sheet, int row, int slot);

    /** A population figure (population workbooks only). */
    void population(PopulationRecord population);

    /** A cell-level problem; never stops the file. */
    void problem(ImportProblem problem);

    /**
     * {@code count} rows from {@code firstRow} (0-based) read but not imported as data, and why, so the
     * summary can say why rows were skipped.
     */
    default void skipped(String sheet, int firstRow, int count, SkipReason reason) {
    }

    /**
     * {@code sheet} is read with one column per school ({@code "schoolsIn": "columns"}): the rows it reports
     * skipped are the sheet's columns, and the summary says so.
     */
    default void readAcross(String sheet) {
    }

    /**
     * A block of figures on {@code sheet} ({@code cells}, e.g. {@code E7:F14}, under {@code headers}) that the
     * template leaves out on purpose ({@code ignore}): not imported and no problem, so an import says nothing;
     * a template check lists it as left out, so that nothing is hidden from the officer.
     *
     * @param lastYear the school year of the band over the block ({@code 2023-24}) when the block is last year's
     *                 figures, left unread because the template reads the census year's ({@code {year}}); null when
     *                 the template leaves it out with {@code ignore}
     */
    default void leftOut(String sheet, String cells, String headers, String lastYear) {
    }

    /**
     * A form's label on {@code sheet} at {@code cell} ({@code A6}) with a value beside it ({@code State | Koror})
     * that the template does not read: not imported and no problem, so an import says nothing; a template check
     * lists it, so that no label is left out in silence.
     */
    default void labelNotRead(String sheet, String cell, String label, String value) {
    }

    /**
     * Figures on {@code sheet} ({@code cells}, e.g. {@code D7:D9}, under {@code header}) read as a check: a total of
     * both sexes of {@code totalOf} ({@code enrolment G1}) compared with the figures it adds up, never stored. An
     * import says nothing unless a total differs (a problem then); a template check lists it as read.
     */
    default void checked(String sheet, String cells, String header, String totalOf) {
    }

    /**
     * A cell on {@code sheet} at {@code cell} ({@code I12}) where the template expects a figure of a graded topic for
     * one grade ({@code slot}), one sex and {@code age} (all ages, or one age of a form's table by age and grade), that
     * the return left blank: nothing is stored (missing, not 0). Said by the readers for each such cell of a row
     * holding figures; whether it is reported is decided once for every layout ({@code BlankFigures}, IMP-36): when
     * the school gave other figures of that grade (of that age).
     */
    default void blankFigure(String schoolCode, Topic topic, Sex sex, AgeGroup age, int slot, String sheet,
                             String cell) {
    }

    /**
     * As {@link #blankFigure}, for a figure of {@code sex} worked out from a total of both sexes at {@code cell} less
     * the other sex at {@code sexCell}, both left blank ({@code MF | F} of a Lusophone form, review 32): the other
     * sex's blank is said at {@code sexCell}, this one at the total's cell, so that both blank cells are named.
     */
    default void blankWorkedOut(String schoolCode, Topic topic, Sex sex, AgeGroup age, int slot, String sheet,
                                String cell, String sexCell) {
    }

    /**
     * The {@code grid}-th grid of the template's sheet (0 for its first) was looked for on {@code sheet}: {@code read}
     * when the reading found its table (title and header) and read it, false when it read nothing there
     * ({@code GRID_NOT_FOUND}, or a required grid refusing the file). An import says nothing more; a template check
     * lists a grid as found only where it was read, as the import reads it.
     */
    default void gridRead(String sheet, int grid, boolean read) {
    }

    /**
     * A figure at {@code cell} of {@code sheet} written in other digits ({@code ٣٠}) and read as {@code value}
     * ({@link Digits}): said by the readers at each such cell; the reading says it once per file (IMP-41).
     */
    default void otherDigits(String sheet, String cell, String school, String field, String raw, int value) {
    }

    /**
     * A roster's list read: its {@code rows} of people and how many of them are not counted ({@code notCounted}: no
     * school code, or a pupil without sex or grade; each reported as a problem). The import says nothing more; a
     * template check fails when most rows of a list are not counted (decision 0107).
     */
    default void rosterRows(String sheet, int rows, int notCounted) {
    }
}
