package org.emisworkbench.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern TEXT = Pattern.compile(
            "(?:(.*):)?([A-Za-z0-9_.-]+)\\|([^|]*)\\|(-?\\d+)\\|([^|]*)\\|([FM]?)\\|([^|]*)(?:\\|(.*))?", Pattern.DOTALL);

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
        // A rule id holds no colon and no bar; a pack's id and a sheet's name may hold either.
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a finding key: " + text);
        }
        return new FindingKey(m.group(1), m.group(2), orNull(m.group(3)), Integer.parseInt(m.group(4)),
                orNull(m.group(5)), m.group(6).isEmpty() ? null : Sex.valueOf(m.group(6)), orNull(m.group(7)),
                m.group(8));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
