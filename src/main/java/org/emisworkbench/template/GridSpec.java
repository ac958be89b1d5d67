package org.emisworkbench.template;

import java.util.List;

/**
 * A grid of a form: rows are ages (or a single row), columns are grades, and sex is split either as
 * M/F sub-columns under a merged grade header ({@code sexLayout = "columns"}) or as alternating M/F rows
 * under a merged age label ({@code sexLayout = "rows"}). Row and column totals are recognised and
 * cross-checked, not stored.
 *
 * @param field     graded topic: {@code enrolment}, {@code repeaters}, {@code new_entrants}, {@code disabled}
 * @param titles    text above the grid that tells it from the other grids of the sheet
 * @param rows      {@code age} (one row per age or band), {@code none} (one row of values) or {@code grade}
 *                  (one row per grade, sexes or ages across: read by the importer's grade-rows reader)
 * @param sexLayout {@code columns} or {@code rows}
 * @param grade     the single grade of a grid without grade headers (new entrants to G1 by age: header
 *                  {@code Age, M, F}); null when the grid has a grade header row
 * @param band      a table whose rows are grades and whose columns hold several topics side by side
 *                  ({@code Enrolment} merged over {@code Boys | Girls}, then {@code Repeaters} over its own): the
 *                  texts of the band over this grid's columns; empty when every column of the header is the grid's.
 *                  In a grid of one sex whose rows are grades, the headings of the columns it reads, whose figures
 *                  add up ({@code ["New", "Repeaters"]}; decision 0061). In a grid of one row ({@code "rows": "none"})
 *                  with its sexes in columns, the bands between its grades across and its sexes ({@code CI} over
 *                  {@code Nouveaux | Redoublants} over {@code G | F}), several adding up (decision 0100)
 * @param sex       the one sex of every figure of a grid given once for boys and once for girls (an age × grade
 *                  block titled {@code … - BOYS} above its twin {@code … - GIRLS}): its header is one row of grades,
 *                  with no M/F under them; or a table with a row per grade ({@code "rows": "grade"}) titled {@code BOYS} beside its
 *                  twin {@code GIRLS}, its ages or its figures ({@code New | Repeaters | Total}, read through
 *                  {@code band}) across; null when the grid gives both sexes (decisions 0045, 0061)
 * @param adds      true when the grid is one of several blocks of one figure by sub-group ({@code General},
 *                  {@code SC}, {@code ST}, {@code OBC} under one another, each {@code Class | Boys | Girls}): the
 *                  figures of the sheet's adding grids of the same field, grade, sex and age are added up, the
 *                  source naming every cell added. Without it, two grids giving one figure from two cells refuse the
 *                  file (decision 0090)
 * @param stream    with {@code "rows": "grade"}: the heading of the column naming each row's stream ({@code Form |
 *                  Stream | Boys | Girls}, {@code Form 1} written on its first stream's row only): a row whose grade
 *                  cell is blank and whose stream cell is filled is another stream of the grade above, and the
 *                  streams of one grade add up, the source naming every cell (as a wide sheet's {@code row.stream},
 *                  decision 0091); empty for a table with a grade on every row
 */
public record GridSpec(String field, List<String> titles, String rows, String sexLayout, String grade,
                       List<String> band, String sex, boolean adds, List<String> stream) {
    public GridSpec {
        stream = stream == null ? List.of() : List.copyOf(stream);
        titles = titles == null ? List.of() : List.copyOf(titles);
        band = band == null ? List.of() : List.copyOf(band);
        rows = rows == null ? "age" : rows;
        sexLayout = sexLayout == null ? "columns" : sexLayout;
    }

    /** A grid whose figures are its own, never added to another grid's. */
    public GridSpec(String field, List<String> titles, String rows, String sexLayout, String grade,
                    List<String> band, String sex) {
        this(field, titles, rows, sexLayout, grade, band, sex, false, null);
    }

    /** A grid whose rows give a grade each (no stream column). */
    public GridSpec(String field, List<String> titles, String rows, String sexLayout, String grade,
                    List<String> band, String sex, boolean adds) {
        this(field, titles, rows, sexLayout, grade, band, sex, adds, null);
    }

    /** The original contract's constructor: a grid with a grade header row. */
    public GridSpec(String field, List<String> titles, String rows, String sexLayout) {
        this(field, titles, rows, sexLayout, null, null, null);
    }

    /** A grid that is every column of its header (no band). */
    public GridSpec(String field, List<String> titles, String rows, String sexLayout, String grade) {
        this(field, titles, rows, sexLayout, grade, null, null);
    }

    /** A grid of both sexes. */
    public GridSpec(String field, List<String> titles, String rows, String sexLayout, String grade,
                    List<String> band) {
        this(field, titles, rows, sexLayout, grade, band, null);
    }

    /**
     * Which table under the grid's title the grid at {@code index} of a sheet's grids reads, 0 for the first:
     * grids of one sex each sharing their titles (the boys' block, then the girls' block under the same title)
     * read the tables under that title in turn, one table per sex in the order the sexes first come; grids of the
     * same sex under the same title read the same table (the boys' enrolment and the boys' repeaters of one
     * {@code BOYS} table, decision 0061). Every other grid reads the first (grids side by side under one title's
     * bands read the same table).
     */
    public static int occurrence(List<GridSpec> grids, int index) {
        GridSpec g = grids.get(index);
        if (g.sex() == null) {
            return 0;
        }
        List<String> sexes = new java.util.ArrayList<>();
        for (int i = 0; i <= index; i++) {
            GridSpec o = grids.get(i);
            if (o.sex() != null && o.titles().equals(g.titles()) && !sexes.contains(o.sex())) {
                sexes.add(o.sex());
            }
        }
        return sexes.indexOf(g.sex());
    }
}
