package org.emisworkbench.template;

import org.emisworkbench.model.CellRef;

/**
 * A labelled cell of a form ("Code école :" with its value to the right, or "Électricité" above "Oui"),
 * as guessed by {@link FormDrafter} or set by the officer on the mapping screen.
 *
 * @param sheet      the sheet's name
 * @param row        0-based row of the label
 * @param col        0-based column of the label
 * @param label      the label as written, trailing colon dropped
 * @param value      the value found next to it, as shown
 * @param field      canonical field ({@code school.code} for the key), or null when the label is not read
 * @param sex        F/M for teacher counts
 * @param codeList   code list of the value (yesno for facilities answered Oui/Non), or null
 * @param below      true when the value is the cell below the label (labels side by side)
 * @param confidence 0 … 1 for a guess; 1 when set by hand; 0 when nothing was guessed
 * @param column     for a label of a small table ({@code Qualified | 4 | 5} under {@code | Female | Male}): the
 *                   header of the value's column ({@code Male}); null for a value right of or below the label
 * @param inside     true when the value is written in the label's own cell after its colon ({@code School: Akuna
 *                   Primary (GH-1200)}, JSON {@code "position": "inside"}; {@link InsideLabels})
 * @param others     other spellings of the label on the sheet, written into the template beside it (blocks opening
 *                   {@code School:} and {@code École :} on one sheet); usually empty
 * @param ticks      an answer marked in one of several columns ({@code Question | Yes | No}): each column's heading
 *                   and the code a mark there means, written as the label's {@code ticks}; usually empty
 * @param band       with {@code column}: the band over the column's heading ({@code Total} over {@code Male |
 *                   Female} beside {@code Qualified}), written as the label's {@code band} (decision 0091); several
 *                   texts add up; usually empty
 */
public record LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                           String codeList, boolean below, double confidence, String column, boolean inside,
                           java.util.List<String> others, java.util.Map<String, String> ticks,
                           java.util.List<String> band) {
    public LabelMapping {
        others = others == null ? java.util.List.of() : java.util.List.copyOf(others);
        ticks = ticks == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(ticks));
        band = band == null ? java.util.List.of() : java.util.List.copyOf(band);
    }

    /** A label without a band over its column. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence, String column, boolean inside,
                        java.util.List<String> others, java.util.Map<String, String> ticks) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, column, inside, others, ticks,
                null);
    }

    /** A label not answered by marks in named columns. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence, String column, boolean inside,
                        java.util.List<String> others) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, column, inside, others, null);
    }

    /** The same label answered by a mark in one of the columns {@code newTicks} names (heading → code). */
    public LabelMapping withTicks(java.util.Map<String, String> newTicks) {
        return new LabelMapping(sheet, row, col, label, value, field, sex, codeList, below, confidence, column, inside,
                others, newTicks, band);
    }

    /** The same label read in its column under the bands {@code newBand} (empty: under no band), set by hand. */
    public LabelMapping withBand(java.util.List<String> newBand) {
        return new LabelMapping(sheet, row, col, label, value, field, sex, codeList, below, 1, column, inside,
                others, ticks, newBand);
    }

    /** A label without other spellings. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence, String column, boolean inside) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, column, inside, null);
    }

    /** A label whose value is right of it, below it, or in a small table's column. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence, String column) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, column, false);
    }

    /** The label's texts for the template: as written here, then its other spellings on the sheet. */
    public java.util.List<String> labels() {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(label);
        others.stream().filter(o -> !out.contains(o)).forEach(out::add);
        return out;
    }

    /** A label whose value is right of it or below it. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, null);
    }

    /** The row of a label whose value is the sheet's name: no row of the sheet holds it. */
    private static final int SHEET_NAME_ROW = -1;

    /**
     * The school code read from the name of {@code sheet} ({@code "position": "sheetName"}, {@link SheetNameLabels}):
     * a form one per sheet, each sheet named by its school's code and no code written on it. Its text is the
     * position's JSON word, the same on every sheet (so that a change made on one school's sheet is made on each),
     * and its value the sheet's name.
     */
    public static LabelMapping codeFromSheetName(String sheet, double confidence) {
        return new LabelMapping(sheet, SHEET_NAME_ROW, 0, SheetNameLabels.SHEET_NAME, sheet, "school.code", null, null,
                false, confidence, null, false);
    }

    /** True when the label's value is the name of its sheet, not a cell ({@link #codeFromSheetName}). */
    public boolean fromSheetName() {
        return row == SHEET_NAME_ROW;
    }

    /** The row of a label whose value is the file's name: no row of the sheet holds it. */
    private static final int FILE_NAME_ROW = -2;

    /**
     * The school code read from the name of the file ({@code "position": "fileName"}, {@link FileNameLabels}): a
     * one-school form whose code is written nowhere on it. Its text is the position's JSON word, and its value the
     * code the file's name {@code fileName} gives (or the whole name when it gives none or several), set by hand.
     */
    public static LabelMapping codeFromFileName(String sheet, String fileName) {
        return new LabelMapping(sheet, FILE_NAME_ROW, 0, FileNameLabels.FILE_NAME,
                FileNameLabels.value(fileName).text(), "school.code", null, null, false, 1, null, false);
    }

    /** True when the label's value is the name of the file, not a cell ({@link #codeFromFileName}). */
    public boolean fromFileName() {
        return row == FILE_NAME_ROW;
    }

    /**
     * The label's cell, e.g. {@code Fiche!B3}; for a value taken from the sheet's or the file's name, A1, which
     * stands for it in every problem the import reports.
     */
    public String cell() {
        return sheet + "!" + CellRef.a1(row < 0 ? 1 : row, col);
    }

    /** True when the label is read into a field. */
    public boolean reads() {
        return field != null;
    }

    /** True for the school code's label. */
    public boolean key() {
        return "school.code".equals(field);
    }

    /** The same label read as {@code newField} (null: not read), set by hand. */
    public LabelMapping withField(String newField, String newSex) {
        return new LabelMapping(sheet, row, col, label, value, newField, newField == null ? null : newSex,
                java.util.Objects.equals(newField, field) ? codeList : null, below, 1, column, inside, others,
                java.util.Objects.equals(newField, field) ? ticks : null, band);
    }

    /**
     * The same label with its value read inside its own cell ({@code true}) or where the reader finds it, set by
     * hand; {@code value} is what the officer is shown of it.
     */
    public LabelMapping withInside(boolean newInside, String newValue) {
        // A value inside the label's own cell stands in no column, so under no band.
        return new LabelMapping(sheet, row, col, label, newValue, field, sex, codeList, !newInside && below, 1,
                newInside ? null : column, newInside, newInside ? others : null, null, newInside ? null : band);
    }
}
