package org.emisworkbench.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the school the workspace already holds under the same code but for leading zeros, spaces or punctuation
 * ({@code 123} and {@code 00123}; {@code MW 0721}, {@code MW-0721} and {@code MW0721}): one school typed as a number
 * one year and as text the next, a code mistyped on one sheet, or two schools whose codes only look alike. The
 * import never joins them by itself (the master list or the officer says which code is right, decision 0046); it
 * reports each such code (IMP-25), so no second school is made without a word.
 */
final class LookAlikeCodes {
    /** What a code may hold or lack without being another code: spaces, hyphens, dots, slashes, underscores. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-./_]+");

    /** The workspace's codes and those of the file so far: the writer's own set, read live. */
    private final Set<String> known;
    /** Known codes written with leading zeros or separators, by their bare form; built at the first school. */
    private Map<String, String> dressed;

    LookAlikeCodes(Set<String> known) {
        this.known = known;
    }

    /** The other code of the same letters and digits, or null when there is none. */
    String twinOf(String code) {
        String bare = bare(code);
        if (bare.isEmpty()) {
            return null;
        }
        if (!bare.equals(code) && known.contains(bare)) {
            return bare;
        }
        if (dressed == null) {
            dressed = new HashMap<>();
            for (String k : known) {
                remember(k);
            }
        }
        String other = dressed.get(bare);
        return other == null || other.equals(code) ? null : other;
    }

    /** A code now known (a school of the file): later codes of the file are compared with it too. */
    void added(String code) {
        if (dressed != null) {
            remember(code);
        }
    }

    private void remember(String code) {
        String bare = bare(code);
        if (!bare.isEmpty() && !bare.equals(code)) {
            dressed.putIfAbsent(bare, code);
        }
    }

    /** The code without its separators, then without its leading zeros. */
    private static String bare(String code) {
        String compact = SEPARATORS.matcher(code).replaceAll("");
        int i = 0;
        while (i < compact.length() && compact.charAt(i) == '0') {
            i++;
        }
        return compact.substring(i);
    }
}
