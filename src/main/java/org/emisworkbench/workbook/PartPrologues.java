package org.emisworkbench.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.emisworkbench.workbook.WorkbookException.Reason;

/**
 * Refuses a workbook one of whose XML parts declares a document type ({@code <!DOCTYPE …>}). Excel
 * never writes one; it is how entity attacks ("billion laughs", external entities) start. Our parsers
 * refuse DTDs anyway, but POI's own parser of the package parts logs a long stack trace for each, so
 * the parts are looked at first and the file refused with one message naming the part.
 */
final class PartPrologues {
    /** Bytes of each part's beginning looked at: a DOCTYPE comes before the root element. */
    static final int HEAD = 64 * 1024;
    /** Parts looked at, at most: bounds the work on a zip of thousands of entries. */
    static final int MAX_PARTS = 25_000;

    private PartPrologues() {
    }

    static void refuseDoctypes(Path file) throws WorkbookException {
        String part = firstWithDoctype(file);
        if (part != null) {
            throw Problems.of(file, Reason.CORRUPT, null, "workbook.doctype", part);
        }
    }

    /** The first XML part declaring a DOCTYPE, or null (also when the zip cannot be read: POI will say why). */
    static String firstWithDoctype(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int seen = 0; entries.hasMoreElements() && seen < MAX_PARTS; seen++) {
                ZipEntry e = entries.nextElement();
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    if (declaresDoctype(in.readNBytes(HEAD))) {
                        return e.getName();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    static boolean declaresDoctype(byte[] head) {
        String utf8 = new String(head, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        if (utf8.contains("<!DOCTYPE")) {
            return true;
        }
        // A part written in UTF-16: every other byte is zero.
        String utf16 = new String(head, StandardCharsets.UTF_16LE) + new String(head, StandardCharsets.UTF_16BE);
        return utf16.toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }
}
