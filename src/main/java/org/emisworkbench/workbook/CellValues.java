package org.emisworkbench.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Small, allocation-free parsers for what sheet XML holds: cell references ("F17"), ranges
 * ("A1:C3"), and numbers as Excel writes them. Hand-written because they run once per cell.
 */
final class CellValues {
    /** Days between the 1904 and the 1900 date systems: DATE numbers are always given in the 1900 one. */
    static final double DAYS_1904 = 1462;

    private static final double[] POW10 = new double[16];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private CellValues() {
    }

    /**
     * The number a cell's text holds, or NaN. Plain integers and decimals of up to 15 digits (nearly
     * every census figure) are computed exactly here: both the digits and the power of ten are exact
     * doubles, so one division rounds correctly. Anything else (exponents, long fractions) goes to
     * {@link Double#parseDouble}.
     */
    static double parseNumber(String s) {
        return parseNumber(s.toCharArray(), 0, s.length());
    }

    /** {@link #parseNumber(String)} over characters, so sheet values need not become Strings first. */
    static double parseNumber(char[] s, int off, int len) {
        if (len == 0) {
            return Double.NaN;
        }
        int n = off + len;
        int i = off;
        boolean negative = false;
        if (s[off] == '-') {
            negative = true;
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                if (++count > 15) {
                    return slowNumber(new String(s, off, len));
                }
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return slowNumber(new String(s, off, len));
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double v = fraction > 0 ? digits / POW10[fraction] : digits;
        return negative ? -v : v;
    }

    private static double slowNumber(String s) {
        // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd': Excel writes none of them.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The text Excel would write for a number read from a binary .xls: "34", "34.5", "1.0E-5". */
    static String numberText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /** Non-negative decimal integer of at most 9 digits, or -1: row numbers, style and string indexes. */
    static int parseIndex(String s) {
        int n = s.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static int parseIndex(char[] s, int off, int len) {
        if (len == 0 || len > 9) {
            return -1;
        }
        int v = 0;
        for (int i = off; i < off + len; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** 0-based column of a reference such as "F17" or "$F$17", or -1 when it is not one. */
    static int column(String ref) {
        int n = ref.length();
        int col = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                if (++letters > 3) {
                    return -1;
                }
                col = col * 26 + (Character.toUpperCase(c) - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return letters == 0 ? -1 : col - 1;
    }

    /** 0-based row of a reference such as "F17", or -1. */
    static int row(String ref) {
        int i = 0;
        int n = ref.length();
        while (i < n && !Character.isDigit(ref.charAt(i))) {
            i++;
        }
        int r = parseIndex(ref.substring(i));
        return r <= 0 ? -1 : r - 1;
    }

    /** A range such as "A1:C3" (or a single cell "B2"), or null when it is not one. */
    static CellRange range(String ref) {
        int colon = ref.indexOf(':');
        String a = colon < 0 ? ref : ref.substring(0, colon);
        String b = colon < 0 ? ref : ref.substring(colon + 1);
        int r1 = row(a);
        int c1 = column(a);
        int r2 = row(b);
        int c2 = column(b);
        if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0) {
            return null;
        }
        return new CellRange(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
    }

    /** Excel serial day (1900 system) of an ISO 8601 date or date-time, as t="d" cells hold; NaN if not one. */
    static double isoDate(String s) {
        try {
            if (s.indexOf('T') >= 0) {
                String plain = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
                return DateUtil.getExcelDate(LocalDateTime.parse(plain), false);
            }
            return DateUtil.getExcelDate(LocalDate.parse(s), false);
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    /** Decodes the _xHHHH_ escapes OOXML uses for control characters in strings. */
    static String unescape(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.startsWith("_x", i) && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
