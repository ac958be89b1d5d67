package org.emisworkbench.workbook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what a file is from its first bytes, never from its name: officers rename CSV exports to
 * .xls and save workbooks as .txt. Also says in plain words what a non-Excel file looks like.
 */
final class FileSniffer {
    /** What the leading bytes say. */
    enum Kind { ZIP, OLE2, OTHER }

    static final int HEAD_BYTES = 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private FileSniffer() {
    }

    static Kind kind(byte[] head, int n) {
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.ZIP;
        }
        if (n >= OLE2.length) {
            boolean ole = true;
            for (int i = 0; i < OLE2.length && ole; i++) {
                ole = head[i] == OLE2[i];
            }
            if (ole) {
                return Kind.OLE2;
            }
        }
        return Kind.OTHER;
    }

    /** "a PDF document", "a text file (such as CSV)", ...: completes "it looks like ...". */
    /** What the file looks like, as a key of {@code workbook.looksLike.*} in the core texts. */
    static String describe(byte[] head, int n) {
        String ascii = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        String lower = ascii.toLowerCase(Locale.ROOT).stripLeading();
        if (lower.startsWith("\u00ef\u00bb\u00bf")) {
            lower = lower.substring(3).stripLeading();  // UTF-8 byte order mark
        }
        if (ascii.startsWith("%PDF")) {
            return "pdf";
        }
        if (ascii.startsWith("{\\rtf")) {
            return "rtf";
        }
        if (ascii.startsWith("PK")) {
            return "unusualZip";
        }
        if (n >= 4 && (head[0] & 0xFF) == 0x89 && ascii.startsWith("PNG", 1) || ascii.startsWith("GIF8")
                || n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
            return "image";
        }
        if (lower.startsWith("<")) {
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                return "xml2003";
            }
            // Web systems' "xls" exports are HTML, often without an html element: a table, or a meta tag and a
            // style block long enough to push the table past the bytes looked at.
            if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<table")
                    || lower.startsWith("<meta") || lower.startsWith("<style") || lower.startsWith("<head")
                    || lower.startsWith("<body")) {
                return "html";
            }
            return "xml";
        }
        if (looksLikeText(head, n)) {
            return "text";
        }
        return "other";
    }

    /** Text when it has no NUL and no control characters besides tab, CR, LF (UTF-16 BOM accepted). */
    private static boolean looksLikeText(byte[] head, int n) {
        if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != 0x0C) {
                return false;
            }
        }
        return true;
    }
}
