package org.emisworkbench.workbook;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell's number format does to the number it shows, as one int per style: {@link #DATE}, {@link #PLAIN},
 * or a width above 1 for a format of zeros alone ({@code 00000}), which Excel shows as the number padded with
 * leading zeros ({@code 123} as {@code 00123}). School and district codes are often typed as numbers under such a
 * format: the cell's text is then the text Excel shows, so a code read from it keeps its zeros (templates.md §6).
 * Only plain formats of zeros count; any other format (with text, decimals, sections) leaves the number as it is.
 */
final class NumberStyles {
    static final int DATE = -1;
    static final int PLAIN = 0;
    /** Wider than any code: a format of more zeros than this is not taken for a code's width. */
    private static final int MAX_WIDTH = 30;

    private NumberStyles() {
    }

    /** The style of a format with this id and code (null when unknown). */
    static int of(int id, String code) {
        if (code == null) {
            return PLAIN;
        }
        if (DateUtil.isADateFormat(id, code)) {
            return DATE;
        }
        int width = zeros(code);
        return width >= 2 ? width : PLAIN;
    }

    /** The number of zeros of a format made of zeros alone, else 0. */
    private static int zeros(String code) {
        int n = code.length();
        if (n < 2 || n > MAX_WIDTH) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            if (code.charAt(i) != '0') {
                return 0;
            }
        }
        return n;
    }

    /**
     * The text Excel shows for {@code number} under a format of {@code width} zeros, or null when it shows the number
     * as it is (not a whole number of 0 or more, or already as wide).
     */
    static String padded(double number, int width) {
        if (number < 0 || number != Math.rint(number) || number >= 1e15) {
            return null;
        }
        String digits = Long.toString((long) number);
        if (digits.length() >= width) {
            return null;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
