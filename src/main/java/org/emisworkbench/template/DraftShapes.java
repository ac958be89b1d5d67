package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a drafted column's header: its grade, sex and age written as placeholders ({@code Grade 1 F} →
 * {@code Grade {grade} {sex}}), so that a family of columns sharing one shape is written as one pattern.
 */
final class DraftShapes {
    /** The dimensions a header may show, in the order a pattern names them. */
    static final List<String> DIMENSIONS = List.of("grade", "sex", "age");

    private DraftShapes() {
    }

    static String value(ColumnMapping c, String dim) {
        return switch (dim) {
            case "grade" -> c.grade();
            case "sex" -> c.sex();
            default -> c.age();
        };
    }

    /** The dimensions a shape leaves fixed, so that one family holds one fixed value of each. */
    static String fixedPart(ColumnMapping c, String shape) {
        StringBuilder sb = new StringBuilder();
        for (String dim : DIMENSIONS) {
            if (!shape.contains("{" + dim + "}")) {
                sb.append(dim).append('=').append(value(c, dim)).append(';');
            }
        }
        return sb.toString();
    }

    /**
     * The header with its grade, sex and age written as placeholders ("Grade 1 F" → "Grade {grade} {sex}" with
     * the shortest spelling of each, "{grade} {sex}" with the {@code longest}), or null when the header holds
     * none of them.
     */
    static String shape(ColumnMapping c, boolean longest) {
        String text = TemplateDrafter.oneLine(c.header());
        String lower = text.toLowerCase(Locale.ROOT);
        String plain = text.replace(YearBands.THIS_YEAR, "");
        if (lower.length() != text.length() || plain.indexOf('{') >= 0 || plain.indexOf('}') >= 0) {
            return null;
        }
        CodeLists lists = CodeLists.builtIn();
        List<int[]> taken = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String dim : DIMENSIONS) {
            String code = value(c, dim);
            if (dim.equals("grade") && "new_entrants".equals(c.field())) {
                // New entrants are of grade 1 alone: their grade stays written ("Class 1 {sex} New entrants", grade
                // G1), or the pattern would also claim "Class 2 Male New entrants", a part of class 2's enrolment.
                continue;
            }
            int[] at = code == null ? null : find(lower, lists.require(dim).aliasesOf(code), taken, longest);
            if (at == null) {
                // A dimension the header does not show stays fixed in the column ("New entrants F": G1).
                continue;
            }
            if (lower.startsWith(".0", at[1]) && (at[1] + 2 == lower.length()
                    || !Character.isLetterOrDigit(lower.charAt(at[1] + 2)))) {
                // A number cell read as "1.0": the whole number is the grade (or age), as "1.0" is one of its
                // spellings, so the pattern reads "{grade} {sex}", not "{grade}.0 {sex}".
                at = new int[] {at[0], at[1] + 2};
            }
            taken.add(at);
            names.add(dim);
        }
        if (taken.isEmpty()) {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> taken.get(i)[0]).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (int i : order) {
            sb.replace(taken.get(i)[0], taken.get(i)[1], "{" + names.get(i) + "}");
        }
        return sb.toString();
    }

    /** The shortest (or longest) alias found as a whole word (else anywhere), not overlapping what is taken: [start, end). */
    private static int[] find(String lower, List<String> aliases, List<int[]> taken, boolean longest) {
        List<String> sorted = new ArrayList<>(aliases);
        sorted.sort(longest ? Comparator.comparingInt(String::length).reversed() : Comparator.comparingInt(String::length));
        for (boolean whole : new boolean[] {true, false}) {
            for (String a : sorted) {
                for (int at = lower.indexOf(a); at >= 0; at = lower.indexOf(a, at + 1)) {
                    int end = at + a.length();
                    boolean bounded = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                            && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
                    if ((bounded || !whole) && free(at, end, taken)) {
                        return new int[] {at, end};
                    }
                }
            }
        }
        return null;
    }

    private static boolean free(int start, int end, List<int[]> taken) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return false;
            }
        }
        return true;
    }
}
