package org.emisworkbench.store;

/**
 * Per-slot provenance as stored in {@code fact_row.sources}: the slots' sources joined with '/' (a character Excel forbids in sheet names),
 * trailing empty slots left out. See {@link org.emisworkbench.model.FactRecord} for what a source says.
 */
final class Sources {
    static final char SEP = '/';
    private Sources() {
    }

    static String join(String[] sources) {
        int last = sources.length - 1;
        while (last >= 0 && (sources[last] == null || sources[last].isEmpty())) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(8 * (last + 1));
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(SEP);
            }
            if (sources[i] != null) {
                sb.append(sources[i]);
            }
        }
        return sb.toString();
    }

    /** The source of one slot, or null. */
    static String slot(String joined, int slot) {
        if (joined == null) {
            return null;
        }
        int start = 0;
        for (int i = 0; i < slot; i++) {
            int comma = joined.indexOf(SEP, start);
            if (comma < 0) {
                return null;
            }
            start = comma + 1;
        }
        int end = joined.indexOf(SEP, start);
        String s = end < 0 ? joined.substring(start) : joined.substring(start, end);
        return s.isEmpty() ? null : s;
    }
}
