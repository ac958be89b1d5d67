package org.emisworkbench.template;

import org.emisworkbench.model.CellRef;

/**
 * What one column of a sheet is read as, guessed from its header or set by the officer.
 *
 * @param col        0-based column
 * @param header     the header text as read (a two-row header combined: "Grade 1 F")
 * @param field      canonical field, or null when the column is not read (and it is not the key)
 * @param key        true for the school-code column
 * @param total      true for a total column of {@code field} (compared with the columns it adds up, never stored)
 * @param sex        F/M when the field is counted by sex
 * @param grade      grade code (G1…) for graded fields
 * @param age        age group code, or null for all ages
 * @param codeList   code list the values go through (yesno for facility columns answered Yes/No), or null
 * @param confidence 0 … 1 for a guess; 1 when set by hand; 0 when nothing was guessed
 * @param leftOut    true for a column not read on purpose (names, phone, remarks): written into the
 *                   template's {@code ignore}, so imports do not report it as unmatched
 */
public record ColumnMapping(int col, String header, String field, boolean key, boolean total, String sex, String grade,
                            String age, String codeList, double confidence, boolean leftOut) {
    /** A column read, or left unread without saying so. */
    public ColumnMapping(int col, String header, String field, boolean key, boolean total, String sex, String grade,
                         String age, String codeList, double confidence) {
        this(col, header, field, key, total, sex, grade, age, codeList, confidence, false);
    }

    /** A column left unread. */
    public static ColumnMapping unread(int col, String header) {
        return new ColumnMapping(col, header, null, false, false, null, null, null, null, 0);
    }

    /** A column left out on purpose, with how sure the guess is (1 when set by hand). */
    public static ColumnMapping leftOut(int col, String header, double confidence) {
        return new ColumnMapping(col, header, null, false, false, null, null, null, null, confidence, true);
    }

    /** True when the column is the key or read into a field. */
    public boolean reads() {
        return key || field != null;
    }

    /** The column's letters, as Excel shows them. */
    public String letters() {
        return CellRef.columnLetters(col);
    }

    /** The same column read as {@code field} (null: not read), set by hand. */
    public ColumnMapping withField(String newField, String newSex, String newGrade, String newAge) {
        return new ColumnMapping(col, header, newField, false, false, newSex, newGrade, newAge,
                java.util.Objects.equals(newField, field) ? codeList : null, 1);
    }

    /** The same column as a total column of {@code newField} (of one sex, or both when null), set by hand. */
    public ColumnMapping asTotal(String newField, String newSex) {
        return new ColumnMapping(col, header, newField, false, true, newSex, null, null, null, 1);
    }

    /** The same column as the school-code key, set by hand. */
    public ColumnMapping asKey() {
        return new ColumnMapping(col, header, null, true, false, null, null, null, null, 1);
    }
}
