package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.model.CellRef;

/**
 * A table of a form by age (or one row), grade and sex, found under its title by {@link FormGrids} or set
 * by the officer: the editable form of a {@link GridSpec}.
 *
 * @param row        0-based row of the title
 * @param col        0-based column of the title
 * @param title      the title as written
 * @param field      graded topic ({@code enrolment}, {@code repeaters}, {@code new_entrants}, {@code disabled}),
 *                   or null when the table is not read
 * @param rows       {@code age} or {@code none}
 * @param sexLayout  {@code columns} or {@code rows}
 * @param grade      the single grade of a table without grade headers, else null
 * @param band       the band over this table's columns when topics stand side by side under bands (rows of
 *                   grades, {@code Enrolment | Repeaters} over their sexes; or one row under grades across, each over
 *                   {@code Nouveaux | Redoublants}, decision 0100); empty when the whole header is the table's
 * @param confidence 0 … 1 for a guess; 1 when set by hand
 * @param sex        the one sex ({@code F} or {@code M}) of every figure of a table given once for boys and once for
 *                   girls, grades across with no M/F under them (decision 0045); null when the table gives both sexes
 * @param stream     the heading of the column naming each row's stream in a table with a row per grade ({@code Form |
 *                   Stream | Boys | Girls}; grid {@code stream}, decision 0091); null for a table without one
 * @param adds       whether the table is one of a sheet's blocks of one figure that add up (grid {@code adds},
 *                   decision 0090), set by hand: true or false; null leaves it to the draft's rule (tables of one
 *                   field written alike under titles of their own add up, {@link FormDrafter#addingGrids})
 */
public record GridMapping(int row, int col, String title, String field, String rows, String sexLayout, String grade,
                          List<String> band, double confidence, String sex, String stream, Boolean adds) {
    public GridMapping {
        band = band == null ? List.of() : List.copyOf(band);
    }

    /** A table whose adding up is left to the draft's rule. */
    public GridMapping(int row, int col, String title, String field, String rows, String sexLayout, String grade,
                       List<String> band, double confidence, String sex, String stream) {
        this(row, col, title, field, rows, sexLayout, grade, band, confidence, sex, stream, null);
    }

    /** A table without a stream column. */
    public GridMapping(int row, int col, String title, String field, String rows, String sexLayout, String grade,
                       List<String> band, double confidence, String sex) {
        this(row, col, title, field, rows, sexLayout, grade, band, confidence, sex, null);
    }

    /** The same table, its rows' streams named in the column headed {@code heading}. */
    public GridMapping withStream(String heading) {
        return new GridMapping(row, col, title, field, rows, sexLayout, grade, band, confidence, sex, heading, adds);
    }

    /** The same table adding up with the sheet's other adding tables of its field ({@code true}) or not, set by hand. */
    public GridMapping withAdds(Boolean add) {
        return new GridMapping(row, col, title, field, rows, sexLayout, grade, band, 1, sex, stream, add);
    }

    /** True when a stream column may be named: rows of grades with their sexes in columns, both sexes. */
    public boolean mayHaveStream() {
        return "grade".equals(rows) && !"rows".equals(sexLayout) && sex == null;
    }

    /** A table giving both sexes. */
    public GridMapping(int row, int col, String title, String field, String rows, String sexLayout, String grade,
                       List<String> band, double confidence) {
        this(row, col, title, field, rows, sexLayout, grade, band, confidence, null);
    }

    /** The title's cell, e.g. {@code A12}. */
    public String cell() {
        return CellRef.a1(row, col);
    }

    /** True when the table is read. */
    public boolean reads() {
        return field != null;
    }

    /** True when the officer set what the table is read as (its confidence is then 1, never a guess's). */
    public boolean setByHand() {
        return confidence >= 1;
    }

    /** The same table {@code rows} rows lower (another school's sheet of the same form). */
    public GridMapping movedBy(int rows) {
        return rows == 0 ? this : new GridMapping(row + rows, col, title, field, this.rows, sexLayout, grade, band,
                confidence, sex, stream, adds);
    }

    /** The same table read as {@code newField} (null: not read), set by hand. */
    public GridMapping withField(String newField) {
        return new GridMapping(row, col, title, newField, rows, sexLayout, grade, band, 1, sex, stream, adds);
    }

    /**
     * The same table read as giving one sex only ({@code F} or {@code M}: grades across with no M/F under them), or
     * both sexes (null), set by hand.
     */
    public GridMapping withSex(String newSex) {
        return new GridMapping(row, col, title, field, rows, sexLayout, grade, band, 1, newSex, stream, adds);
    }

    /** True when the table may be read as one sex: a table by age or of one row, its sexes not in rows, no band. */
    public boolean mayHoldOneSex() {
        return !"rows".equals(sexLayout) && grade == null && band.isEmpty() && !"grade".equals(rows);
    }
}
