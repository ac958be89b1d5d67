package org.emisworkbench.model;

/**
 * How far apart two texts are, for "did you mean" hints (a field name mistyped in a rule, a header mistyped in a
 * template): the Levenshtein distance, in two rows of memory. The one copy the rule checker and the import share.
 */
public final class TextDistance {
    private TextDistance() {
    }

    /** The fewest insertions, deletions and substitutions of one character that turn {@code a} into {@code b}. */
    public static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
