package org.emisworkbench.samples;

import static org.emisworkbench.samples.Lumeria.GRADES;

/**
 * The enrolment and repeaters grids of a form. Totals are formulas (cached by evaluation on save):
 * a Total column summing the grades of a row and a Total row summing the ages of a column.
 */
abstract class GridBlocks {
    final SheetWriter w;
    final SchoolProfile s;
    final SchoolYear y;
    final int year;

    GridBlocks(SheetWriter w, SchoolProfile s, SchoolYear y, int year) {
        this.w = w;
        this.s = s;
        this.y = y;
        this.year = year;
    }

    /** Writes the enrolment block from its title row; returns the first row after it. */
    abstract int enrolment(int row);

    /** Writes the repeaters block from its title row; returns the first row after it. */
    abstract int repeaters(int row);

    static String sum(Iterable<String> cells) {
        return "SUM(" + String.join(",", cells) + ")";
    }

    Object enrolValue(int g, int sex, int ageRow) {
        return s.offers(g) ? Targets.gridCount(y, g, sex, ageRow) : null;
    }

    Object repeaterValue(int g, int sex) {
        return s.offers(g) && g > 0 ? y.repeaters[g][sex] : null;
    }

    /** D03: each grade a merged header over M and F sub-columns. */
    static final class SexColumns extends GridBlocks {
        static final int TOTAL_COL = 1 + 2 * GRADES;

        SexColumns(SheetWriter w, SchoolProfile s, SchoolYear y, int year) {
            super(w, s, y, year);
        }

        private int headers(int row, String corner) {
            w.header(row, 0, corner);
            w.merge(row, row + 1, 0, 0);
            for (int g = 0; g <= GRADES; g++) {
                int col = 1 + 2 * g;
                w.header(row, col, g == GRADES ? "Total" : Lumeria.gradeLabel(g));
                w.merge(row, row, col, col + 1);
                w.header(row + 1, col, "M");
                w.header(row + 1, col + 1, "F");
            }
            return row + 2;
        }

        private void rowTotals(int row) {
            for (int sex = 0; sex < 2; sex++) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (int g = 0; g < GRADES; g++) {
                    cells.add(SheetWriter.a1(row, 1 + 2 * g + sex));
                }
                w.value(row, TOTAL_COL + sex, new SheetWriter.Formula(sum(cells)));
            }
        }

        @Override
        int enrolment(int row) {
            w.styled(row, 0, GridFormWriter.ENROLMENT_TITLE, w.book().headerStyle());
            int first = headers(row + 1, "Age");
            for (int r = 0; r < Targets.GRID_ROWS; r++) {
                w.value(first + r, 0, Targets.gridRowLabel(r));
                for (int g = 0; g < GRADES; g++) {
                    for (int sex = 0; sex < 2; sex++) {
                        w.put(first + r, 1 + 2 * g + sex, s.code(), year, Targets.enrol(g, sex, r), enrolValue(g, sex, r));
                    }
                }
                rowTotals(first + r);
            }
            int total = first + Targets.GRID_ROWS;
            w.value(total, 0, "Total");
            for (int col = 1; col <= TOTAL_COL + 1; col++) {
                String c = SheetWriter.col(col);
                SheetWriter.Formula f = new SheetWriter.Formula("SUM(" + c + (first + 1) + ":" + c + total + ")");
                int g = (col - 1) / 2;
                int sex = (col - 1) % 2;
                w.put(total, col, s.code(), year, g == GRADES ? Targets.total(sex) : Targets.columnTotal(g, sex), f);
            }
            return total + 1;
        }

        @Override
        int repeaters(int row) {
            w.styled(row, 0, GridFormWriter.REPEATERS_TITLE, w.book().headerStyle());
            int data = headers(row + 1, "");
            w.value(data, 0, "Repeaters");
            for (int g = 0; g < GRADES; g++) {
                for (int sex = 0; sex < 2; sex++) {
                    w.put(data, 1 + 2 * g + sex, s.code(), year, Targets.repeaters(g, sex), repeaterValue(g, sex));
                }
            }
            rowTotals(data);
            return data + 1;
        }
    }

    /** D04: one column per grade, each age label merged over an M row and an F row. */
    static final class SexRows extends GridBlocks {
        static final int TOTAL_COL = 2 + GRADES;

        SexRows(SheetWriter w, SchoolProfile s, SchoolYear y, int year) {
            super(w, s, y, year);
        }

        private int headers(int row, String corner) {
            w.header(row, 0, corner);
            w.header(row, 1, "Sex");
            for (int g = 0; g <= GRADES; g++) {
                w.header(row, 2 + g, g == GRADES ? "Total" : Lumeria.gradeLabel(g));
            }
            return row + 1;
        }

        private void label(int row, String label) {
            w.value(row, 0, label);
            w.merge(row, row + 1, 0, 0);
            w.value(row, 1, "M");
            w.value(row + 1, 1, "F");
        }

        private void rowTotal(int row) {
            w.value(row, TOTAL_COL, new SheetWriter.Formula("SUM(C" + (row + 1) + ":" + SheetWriter.col(TOTAL_COL - 1)
                    + (row + 1) + ")"));
        }

        @Override
        int enrolment(int row) {
            w.styled(row, 0, GridFormWriter.ENROLMENT_TITLE, w.book().headerStyle());
            int first = headers(row + 1, "Age");
            for (int r = 0; r < Targets.GRID_ROWS; r++) {
                int top = first + 2 * r;
                label(top, Targets.gridRowLabel(r));
                for (int sex = 0; sex < 2; sex++) {
                    for (int g = 0; g < GRADES; g++) {
                        w.put(top + sex, 2 + g, s.code(), year, Targets.enrol(g, sex, r), enrolValue(g, sex, r));
                    }
                    rowTotal(top + sex);
                }
            }
            int total = first + 2 * Targets.GRID_ROWS;
            label(total, "Total");
            for (int sex = 0; sex < 2; sex++) {
                for (int col = 2; col <= TOTAL_COL; col++) {
                    java.util.List<String> cells = new java.util.ArrayList<>();
                    for (int r = 0; r < Targets.GRID_ROWS; r++) {
                        cells.add(SheetWriter.a1(first + 2 * r + sex, col));
                    }
                    int g = col - 2;
                    w.put(total + sex, col, s.code(), year,
                            g == GRADES ? Targets.total(sex) : Targets.columnTotal(g, sex),
                            new SheetWriter.Formula(sum(cells)));
                }
            }
            return total + 2;
        }

        @Override
        int repeaters(int row) {
            w.styled(row, 0, GridFormWriter.REPEATERS_TITLE, w.book().headerStyle());
            int data = headers(row + 1, "");
            label(data, "Repeaters");
            for (int sex = 0; sex < 2; sex++) {
                for (int g = 0; g < GRADES; g++) {
                    w.put(data + sex, 2 + g, s.code(), year, Targets.repeaters(g, sex), repeaterValue(g, sex));
                }
                rowTotal(data + sex);
            }
            return data + 2;
        }
    }
}
