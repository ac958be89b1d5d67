package org.emisworkbench.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the school the workspace already holds under the same code but for leading zeros ({@code 123} and
 * {@code 00123}): one school typed as a number one year and as text the next, or two schools whose codes only
 * look alike. The import never joins them by itself (the master list or the officer says which code is right,
 * decision 0046); it reports each such code (IMP-25), so no second school is made without a word.
 */
final class LeadingZeroTwins {
    /** The workspace's codes and those of the file so far: the writer's own set, read live. */
    private final Set<String> known;
    /** Known codes that start with a zero, by their code without leading zeros; built at the first school. */
    private Map<String, String> zeroLed;

    LeadingZeroTwins(Set<String> known) {
        this.known = known;
    }

    /** The other code of the same digits, or null when there is none. */
    String twinOf(String code) {
        String bare = bare(code);
        if (bare.isEmpty()) {
            return null;
        }
        if (!bare.equals(code) && known.contains(bare)) {
            return bare;
        }
        if (zeroLed == null) {
            zeroLed = new HashMap<>();
            for (String k : known) {
                remember(k);
            }
        }
        String other = zeroLed.get(bare);
        return other == null || other.equals(code) ? null : other;
    }

    /** A code now known (a school of the file): later codes of the file are compared with it too. */
    void added(String code) {
        if (zeroLed != null) {
            remember(code);
        }
    }

    private void remember(String code) {
        if (!code.isEmpty() && code.charAt(0) == '0') {
            String bare = bare(code);
            if (!bare.isEmpty()) {
                zeroLed.putIfAbsent(bare, code);
            }
        }
    }

    private static String bare(String code) {
        int i = 0;
        while (i < code.length() && code.charAt(i) == '0') {
            i++;
        }
        return code.substring(i);
    }
}
