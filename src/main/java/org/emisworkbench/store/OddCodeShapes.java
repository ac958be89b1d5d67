package org.emisworkbench.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lone code typo, for {@link SchoolCodeChecks} (IMP-35): a code whose shape, the run of digits and letters it is
 * written in, differs from the one a clear majority of the other codes of its length share only where it has a
 * look-alike character ({@code PS04O1026} among {@code PS0401023}, {@code PS0401024}, {@code PS0401025}: the letter O
 * where they all have a digit). No twin school is needed, the intended code being nobody's yet.
 * <p>
 * A shape is the file's only when at least {@value #MIN_ALIKE} codes of a length share it and they are at least
 * two thirds of the codes of that length (of the file and the workspace): codes generated at random (DHIS2's
 * {@code Hq3kPz9aLmt}: eleven letters and digits) never share one shape that widely, so none of them is said.
 */
final class OddCodeShapes {
    /** Fewest codes of one shape for it to be the rule: two alike are a coincidence. */
    static final int MIN_ALIKE = 3;
    /** Look-alike characters in capitals and the digit each is mistaken for (as {@link SchoolCodeChecks#look}). */
    private final String looks;
    private final String like;

    /**
     * A code written against the shape of the others.
     *
     * @param code      the code
     * @param suggested the code with each look-alike character read as the others have it there ({@code PS0401026})
     * @param chars     the look-alike characters as written, in order ({@code O})
     * @param direction 1: letters where the others have digits; 2: digits where they have letters; 3: both
     * @param alike     how many codes of its length share the others' shape
     * @param others    how many other codes have its length
     * @param example   one of the codes of the others' shape (the first in order)
     */
    record Odd(String code, String suggested, String chars, int direction, int alike, int others, String example) {
    }

    OddCodeShapes(String looks, String like) {
        this.looks = looks;
        this.like = like;
    }

    /** The class of each character: {@code 9} a digit, {@code A} a letter, any other character itself. */
    static String shape(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            b.append(c >= '0' && c <= '9' ? '9' : Character.isLetter(c) ? 'A' : c);
        }
        return b.toString();
    }

    /**
     * The candidates written against their length's shape.
     *
     * @param candidates the codes to judge (a file's new codes), in order
     * @param typed      a code's text as typed in its cell (the code when it was typed so)
     * @param all        every code the shape is taken from (the file's and the workspace's), candidates included
     */
    List<Odd> find(Collection<String> candidates, java.util.function.UnaryOperator<String> typed,
                   Collection<String> all) {
        Set<Integer> lengths = new HashSet<>();
        candidates.forEach(c -> lengths.add(c.length()));
        Map<Integer, String> rule = new HashMap<>();
        Map<Integer, int[]> ruleCount = new HashMap<>();
        Map<String, String> firstOfShape = new HashMap<>();
        rules(lengths, all, rule, ruleCount, firstOfShape);
        List<Odd> odd = new ArrayList<>();
        candidates.forEach(code -> {
            String s = rule.get(code.length());
            if (s != null) {
                String t = typed.apply(code);
                Odd o = against(code, t != null && t.length() == code.length() ? t : code, s,
                        ruleCount.get(code.length()), firstOfShape.get(s));
                if (o != null) {
                    odd.add(o);
                }
            }
        });
        return odd;
    }

    /**
     * Whether {@code code} has the shape a clear majority of the codes of its length in {@code all} share (as
     * {@link #find} takes it): null when its length has no such shape.
     */
    static Boolean fitsShape(String code, Collection<String> all) {
        Map<Integer, String> rule = new HashMap<>();
        rules(Set.of(code.length()), all, rule, new HashMap<>(), new HashMap<>());
        String s = rule.get(code.length());
        return s == null ? null : s.equals(shape(code));
    }

    /** The shape of each length a clear majority of {@code all}'s codes of that length share, with their counts. */
    private static void rules(Set<Integer> lengths, Collection<String> all, Map<Integer, String> rule,
                              Map<Integer, int[]> ruleCount, Map<String, String> firstOfShape) {
        Map<Integer, Map<String, int[]>> counts = new HashMap<>();
        for (String code : all) {
            if (lengths.contains(code.length())) {
                String s = shape(code);
                counts.computeIfAbsent(code.length(), l -> new HashMap<>()).computeIfAbsent(s, x -> new int[1])[0]++;
                firstOfShape.merge(s, code, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        counts.forEach((length, shapes) -> {
            int n = shapes.values().stream().mapToInt(v -> v[0]).sum();
            shapes.entrySet().stream().max((a, b) -> a.getValue()[0] != b.getValue()[0]
                    ? Integer.compare(a.getValue()[0], b.getValue()[0]) : b.getKey().compareTo(a.getKey()))
                    .filter(top -> top.getValue()[0] >= MIN_ALIKE && 3 * top.getValue()[0] >= 2 * n)
                    .ifPresent(top -> {
                        rule.put(length, top.getKey());
                        ruleCount.put(length, new int[] {top.getValue()[0], n});
                    });
        });
    }

    /** The code judged against the shape {@code rule}, or null when it has it or differs otherwise. */
    private Odd against(String code, String typed, String rule, int[] count, String example) {
        String mine = shape(code);
        if (mine.equals(rule)) {
            return null;
        }
        StringBuilder suggested = new StringBuilder(typed);
        StringBuilder chars = new StringBuilder();
        int direction = 0;
        for (int i = 0; i < mine.length(); i++) {
            if (mine.charAt(i) == rule.charAt(i)) {
                continue;
            }
            char t = typed.charAt(i);
            int at;
            if (rule.charAt(i) == '9' && (at = looks.indexOf(Character.toUpperCase(t))) >= 0) {
                suggested.setCharAt(i, like.charAt(at));
                direction |= 1;
            } else if (rule.charAt(i) == 'A' && (at = like.indexOf(t)) >= 0) {
                suggested.setCharAt(i, looks.charAt(at));
                direction |= 2;
            } else {
                return null; // another character, a separator elsewhere: another kind of code, not a typo
            }
            chars.append(chars.length() == 0 ? "" : ", ").append(t);
        }
        return new Odd(code, suggested.toString(), chars.toString(), direction, count[0], count[1] - 1, example);
    }
}
