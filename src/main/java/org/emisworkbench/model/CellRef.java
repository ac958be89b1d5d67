package org.emisworkbench.model;

import java.util.Objects;

/**
 * A cell of a worksheet: sheet name, 0-based row and column. Prints as Excel does: {@code Pupils!F17}.
 */
public record CellRef(String sheet, int row, int col) {
    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("Negative cell position");
        }
    }

    /** Column letters of a 0-based column index: 0 → A, 26 → AA. */
    public static String columnLetters(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /** 0-based column index of column letters: A → 0, AA → 26. */
    public static int columnIndex(String letters) {
        int col = 0;
        for (int i = 0; i < letters.length(); i++) {
            char ch = Character.toUpperCase(letters.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                throw new IllegalArgumentException("Not column letters: " + letters);
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return col - 1;
    }

    /** A1 notation without the sheet: {@code F17}. */
    public String a1() {
        return a1(row, col);
    }

    /** A1 notation of a 0-based row and column, without the sheet: (16, 5) → {@code F17}. */
    public static String a1(int row, int col) {
        return columnLetters(col) + (row + 1);
    }

    @Override
    public String toString() {
        return sheet + "!" + a1();
    }
}
