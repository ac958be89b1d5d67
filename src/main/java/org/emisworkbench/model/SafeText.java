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

    /**
     * One CSV field: neutralised as above (a plain negative number such as {@code -12} or {@code -0.5}
     * stays a number: Excel reads it as one and runs nothing), then quoted when it holds a separator of
     * either kind — the comma, or the semicolon that French Excel splits on, so that {@code ;=cmd|…}
     * cannot become a field of its own that starts a formula — a quote, a tab or a line break.
     */
    public static String csvField(String text) {
        if (text == null) {
            return "";
        }
        String s = isPlainNumber(text) ? text : forSpreadsheet(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r' || c == '\t') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    private static boolean isPlainNumber(String s) {
        return s.matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?");
    }
}
