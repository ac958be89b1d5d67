package org.emisworkbench.model;

/**
 * Text written into a spreadsheet or CSV that a school or an officer typed. A value starting with
 * {@code = + - @} (or a tab or carriage return) would be run as a formula by Excel; prefixing it with
 * an apostrophe keeps it text ("formula injection", OWASP).
 */
public final class SafeText {
    private SafeText() {
    }

    public static String forSpreadsheet(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + text;
        }
        return text;
    }

    /** One CSV field: neutralised as above, then quoted when it holds a comma, quote or line break. */
    public static String csvField(String text) {
        String s = forSpreadsheet(text);
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
