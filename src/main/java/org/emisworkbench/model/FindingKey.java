package org.emisworkbench.model;

import java.util.Objects;

/**
 * The identity of a finding across runs and re-imports, so follow-up marks stay attached: the rule,
 * the school (or district), year and dimensions. The workspace keeps it as {@link #text()}
 * ({@code finding_key}), the form it has always had: {@code RULE|place|year|grade|sex|age}, then
 * {@code |Sheet!A1} for an import problem, with {@code pack:} in front for a pack other than the
 * built-in one.
 *
 * @param pack  the id of the pack that raised it, or null for the built-in pack (whose keys predate packs)
 * @param place the school code, or the district code of a district finding; null when neither is known
 * @param grade grade code, else null
 * @param sex   sex, else null
 * @param age   age-group code, else null
 * @param cell  for an import problem, the sheet and cell it was met in ({@code Pupils!F17}; empty when
 *              no sheet is known): one finding per cell; else null
 */
public record FindingKey(String pack, String ruleId, String place, int year, String grade, Sex sex, String age,
                         String cell) {
    public FindingKey {
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** Whether the finding is about one cell met at import, which is then the whole of it. */
    public boolean aboutOneCell() {
        return cell != null;
    }

    /** The key as the workspace keeps it. */
    public String text() {
        return (pack == null ? "" : pack + ":") + ruleId + "|" + blank(place) + "|" + year + "|" + blank(grade) + "|"
                + (sex == null ? "" : sex.code()) + "|" + blank(age) + (cell == null ? "" : "|" + cell);
    }

    /** The key of {@link #text()}; null for null. */
    public static FindingKey parse(String text) {
        if (text == null) {
            return null;
        }
        String[] p = text.split("\\|", 7); // a sheet's name may hold a bar: the cell is the rest
        int colon = p[0].lastIndexOf(':'); // rule ids hold no colon
        return new FindingKey(colon < 0 ? null : p[0].substring(0, colon), p[0].substring(colon + 1), orNull(p[1]),
                Integer.parseInt(p[2]), orNull(p[3]), p[4].isEmpty() ? null : Sex.valueOf(p[4]), orNull(p[5]),
                p.length > 6 ? p[6] : null);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
