package org.emisworkbench.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.emisworkbench.model.Refusal;

/**
 * A package's zip entries read as untrusted data: flat names only, each once, not too many, and a small
 * entry read only up to its limit.
 */
final class PackageEntries {
    private PackageEntries() {
    }

    static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only: nothing to lose
        }
    }

    static String stem(String entry) {
        return entry.endsWith(PackageZip.EXTENSION) ? entry.substring(0, entry.length() - PackageZip.EXTENSION.length()) : entry;
    }

    /** The entries by name; a path, a folder, a name twice or too many entries refuse the package. */
    static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> out = new HashMap<>();
        int n = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            if (++n > PackageZip.MAX_ENTRIES) {
                throw new Refusal("package.tooManyEntries", PackageZip.MAX_ENTRIES);
            }
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..")
                    || name.contains(":") || entry.isDirectory() || name.chars().anyMatch(ch -> ch < 0x20)) {
                throw new Refusal("package.unsafeEntry", printable(name));
            }
            if (out.put(name, entry) != null) {
                throw new Refusal("package.duplicateEntry", name);
            }
        }
        return out;
    }

    /** A name or text from the package made safe to print: no control characters, at most 120 characters. */
    static String printable(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }

    static byte[] readSmall(ZipFile zip, ZipEntry e, int max, String name) {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new Refusal("package.partSize", name, max);
            }
            return b;
        } catch (IOException ex) {
            throw new Refusal("package.cannotReadPart", name, ex.getMessage());
        }
    }
}
