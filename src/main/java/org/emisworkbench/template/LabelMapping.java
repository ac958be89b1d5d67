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
 * @param inside     true when the value is written in the label's own cell, after its colon ({@code Titulaires H :
 *                   2}: JSON {@code "position": "inside"})
 */
public record LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                           String codeList, boolean below, double confidence, String column, boolean inside) {
    /** A label of a small table (its value in {@code column}), or read right of it or below it. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence, String column) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, column, false);
    }

    /** A label whose value is right of it or below it. */
    public LabelMapping(String sheet, int row, int col, String label, String value, String field, String sex,
                        String codeList, boolean below, double confidence) {
        this(sheet, row, col, label, value, field, sex, codeList, below, confidence, null);
    }

    /** The label's cell, e.g. {@code Fiche!B3}. */
    public String cell() {
        return sheet + "!" + CellRef.columnLetters(col) + (row + 1);
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
                java.util.Objects.equals(newField, field) ? codeList : null, below, 1, column, inside);
    }
}
