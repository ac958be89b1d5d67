package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A {@code District} / {@code Distrito} column holding the districts' names ({@code Mecúfi}, {@code Kitui Central})
 * rather than their codes ({@code MZ-0301}, {@code D12}, {@code KTU}): drafted as {@code school.district_name}, the
 * name, never as {@code school.district}, the code a district's schools are grouped and reported by (review 20 §7).
 */
final class DistrictNames {
    private DistrictNames() {
    }

    /**
     * The field a column guessed as {@code field} is drafted as: {@code school.district_name} for a
     * {@code school.district} column below which at least half of the values read as names; else {@code field}.
     */
    static String field(String field, List<List<Cell>> rows, int lastHeaderRow, int col) {
        if (!"school.district".equals(field)) {
            return field;
        }
        int names = 0;
        int seen = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    seen++;
                    names += c.kind() == CellKind.TEXT && isName(c.text()) ? 1 : 0;
                }
            }
        }
        return seen > 0 && 2 * names >= seen ? "school.district_name" : field;
    }

    /**
     * True for a text that reads as a place's name: letters without a digit, and either written in lower case
     * ({@code Mecúfi}), of several words ({@code KITUI CENTRAL}) or longer than a code's few capitals
     * ({@code PIKINE}); {@code KTU}, {@code D12}, {@code MZ-0301} are codes.
     */
    static boolean isName(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() < 3 || t.chars().anyMatch(Character::isDigit) || t.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean lower = t.chars().anyMatch(Character::isLowerCase);
        return lower || t.contains(" ") || t.length() > 5 && t.chars().allMatch(ch -> Character.isLetter(ch)
                || ch == '-' || ch == '\'');
    }
}
