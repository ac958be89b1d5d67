package org.emisworkbench.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip-bomb limits for every .xlsx we open. POI keeps them in JVM-wide statics on
 * {@link ZipSecureFile}, checked while a part is inflated; breaking one raises an IOException
 * starting "Zip bomb detected", which {@link Problems} maps to TOO_LARGE.
 */
final class ZipLimits {
    /**
     * Largest part we inflate. A 50,000 x 120 census sheet is about 210 MB of XML; 2 GB leaves room
     * for Excel's full 1,048,576 rows at some 60 columns, while bounding the work a low-ratio bomb
     * can cause to seconds of parsing.
     */
    static final long MAX_PART_BYTES = 2L * 1024 * 1024 * 1024;
    /**
     * Smallest compressed/expanded ratio accepted (POI's own default). Real sheet XML deflates to
     * roughly 3-20 % of its size; a bomb built from one repeated pattern reaches 0.1 % and is refused
     * once POI's grace size has been inflated, long before it is expanded.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Most zip entries accepted. POI's default of 1,000 is too low for grid-form returns kept as one
     * sheet per school: 600 schools with a sheet and its relationships part each already pass it.
     * Entries cost only a little metadata each, so 20,000 is still far from harmful.
     */
    static final long MAX_ENTRIES = 20_000;

    private ZipLimits() {
    }

    static void apply() {
        if (ZipSecureFile.getMaxEntrySize() != MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() != MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxFileCount() != MAX_ENTRIES) {
            ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        }
    }
}
