package org.emisworkbench.template;

import java.util.List;

/**
 * How one sheet spec of a template meets a workbook, without reading past the sheet's first rows:
 * produced by the import's column report (the same sheet finding and header search as the import).
 *
 * @param names          the spec's sheet names
 * @param sheet          the sheet it takes, or null when none is found
 * @param optional       whether the spec may be missing
 * @param headerFirstRow 1-based first header row, or null when no header was found
 * @param headerLastRow  1-based last header row, or null
 * @param missing        required fields with no column, label or grid (the import refuses the file)
 * @param labelsFound    labels of a form found ("School code → school.code")
 * @param labelsMissing  labels of the template not found
 * @param gridsFound     grid titles found
 * @param gridsMissing   grid titles not found
 * @param across         true for a sheet of one column per school read on its side: its header is in columns (the
 *                       header "rows" are column numbers, 1 = A) and each "column" read is a row of the sheet
 */
public record SheetFit(List<String> names, String sheet, boolean optional, Integer headerFirstRow,
                          Integer headerLastRow, List<ColumnRead> read, List<ColumnNotRead> notRead,
                          List<String> missing, List<String> labelsFound, List<String> labelsMissing,
                          List<String> gridsFound, List<String> gridsMissing, boolean across) {
    /** A sheet of one row per school. */
    public SheetFit(List<String> names, String sheet, boolean optional, Integer headerFirstRow, Integer headerLastRow,
                    List<ColumnRead> read, List<ColumnNotRead> notRead, List<String> missing, List<String> labelsFound,
                    List<String> labelsMissing, List<String> gridsFound, List<String> gridsMissing) {
        this(names, sheet, optional, headerFirstRow, headerLastRow, read, notRead, missing, labelsFound, labelsMissing,
                gridsFound, gridsMissing, false);
    }

    public SheetFit {
        names = List.copyOf(names);
        read = List.copyOf(read);
        notRead = List.copyOf(notRead);
        missing = List.copyOf(missing);
        labelsFound = List.copyOf(labelsFound);
        labelsMissing = List.copyOf(labelsMissing);
        gridsFound = List.copyOf(gridsFound);
        gridsMissing = List.copyOf(gridsMissing);
    }

    /**
     * A column read.
     *
     * @param field    canonical field, or null for the key column
     * @param total    true for a total column (compared, never stored)
     * @param examples the first values below the header
     * @param part     for a column read only as a part of a {@code sumOf} or {@code differenceOf}, what it is to
     *                 the figure worked out ({@code field}, {@code sex}… are that figure's); null otherwise
     */
    public record ColumnRead(String letters, String header, boolean key, String field, boolean total, String sex,
                             String grade, String age, List<String> examples, PartRole part) {
        public ColumnRead {
            examples = List.copyOf(examples);
        }

        /** A column read as its own field (or the key, or a total). */
        public ColumnRead(String letters, String header, boolean key, String field, boolean total, String sex,
                          String grade, String age, List<String> examples) {
            this(letters, header, key, field, total, sex, grade, age, examples, null);
        }

        /** True for a column read only as a part of a sum or difference (kept in the check's JSON as before). */
        @com.fasterxml.jackson.annotation.JsonProperty("partOfSum")
        public boolean partOfSum() {
            return part != null;
        }
    }

    /** What a column read only as a part is to the figure worked out from it. */
    public enum PartRole {
        /** Added into a sum ({@code sumOf}). */
        ADDED,
        /** The total for both sexes a figure of one sex is worked out from ({@code differenceOf}, first). */
        BOTH_SEXES,
        /** The one sex taken from that total ({@code differenceOf}, second). */
        TAKEN_AWAY
    }

    /**
     * A column with a header that the template does not read.
     *
     * @param numbersBelow true when numbers stand below the header: census data left unread
     * @param onPurpose    true when the template leaves the column out on purpose ({@code ignore})
     * @param gradeNotKept the grade the template reads the column as when the workspace does not keep it ({@code
     *                     G13} in a workspace of twelve grades): the header matches, yet nothing is stored, so the
     *                     column is not read (review 32); null otherwise
     */
    public record ColumnNotRead(String letters, String header, boolean numbersBelow, List<String> examples,
                                boolean onPurpose, String gradeNotKept) {
        public ColumnNotRead {
            examples = List.copyOf(examples);
        }

        /** A column the template does not read, or leaves out on purpose. */
        public ColumnNotRead(String letters, String header, boolean numbersBelow, List<String> examples,
                             boolean onPurpose) {
            this(letters, header, numbersBelow, examples, onPurpose, null);
        }

        /** A column not read that the template does not mention. */
        public ColumnNotRead(String letters, String header, boolean numbersBelow, List<String> examples) {
            this(letters, header, numbersBelow, examples, false);
        }

        /**
         * Numbers below a header the template does not mean to leave out and that names no phone, year or code
         * ({@link CensusHeaders#noFigures}): census data it misses, as the import reports it. A column of a grade
         * the workspace does not keep is counted apart, with the figures the workspace cannot hold.
         */
        public boolean unreadNumbers() {
            return numbersBelow && !onPurpose && gradeNotKept == null && !CensusHeaders.noFigures(header);
        }
    }
}
