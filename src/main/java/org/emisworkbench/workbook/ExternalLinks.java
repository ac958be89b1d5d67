package org.emisworkbench.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cells whose formula takes its value from another workbook ({@code ='[district.xlsx]Sheet1'!B4}, kept in the file
 * as {@code [1]Sheet1!B4}). The other workbook is never opened, nor anything else outside the file read: such a
 * cell gives the value the file saved with it, which may be out of date, and the import says so naming the cells;
 * one saved without a value is a formula without its result (no figure, decision 0033). Tallied by sheet, each
 * cell once however often the workbook is read (to choose its template, to find its year, to import it).
 */
final class ExternalLinks {
    /** Cells with a saved value, then cells without one, by sheet name, in sheet order. */
    private final Map<String, Set<String>> withValue = new LinkedHashMap<>();
    private final Map<String, Set<String>> withoutValue = new LinkedHashMap<>();

    void add(SheetInfo sheet, List<String> valued, List<String> unvalued) {
        if (!valued.isEmpty()) {
            withValue.computeIfAbsent(sheet.name(), k -> new LinkedHashSet<>()).addAll(valued);
        }
        if (!unvalued.isEmpty()) {
            withoutValue.computeIfAbsent(sheet.name(), k -> new LinkedHashSet<>()).addAll(unvalued);
        }
    }

    WorkbookReader.LinkedCells of(SheetInfo sheet) {
        return new WorkbookReader.LinkedCells(list(withValue.get(sheet.name())), list(withoutValue.get(sheet.name())));
    }

    private static List<String> list(Set<String> cells) {
        return cells == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /**
     * True when a formula refers to another workbook: a book in brackets before a sheet or name and its "!"
     * ({@code [1]Sheet1!B4}, {@code '[district.xlsx]Sheet 1'!B4}, {@code [1]!Total}, a path before the bracket),
     * outside quoted text. A table's structured reference ({@code Table1[Boys]}) has no "!" after its bracket.
     */
    static boolean refersToAnotherWorkbook(char[] f, int length) {
        boolean inText = false;
        for (int i = 0; i < length; i++) {
            char c = f[i];
            if (c == '"') {
                inText = !inText;
            } else if (c == '[' && !inText) {
                int close = i + 1;
                while (close < length && f[close] != ']' && f[close] != '[') {
                    close++;
                }
                if (close >= length || f[close] != ']' || close == i + 1) {
                    continue;
                }
                int j = close + 1;
                while (j < length && f[j] != '!' && f[j] != '[' && f[j] != '(' && f[j] != ',' && f[j] != '"') {
                    j++;
                }
                if (j < length && f[j] == '!') {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean refersToAnotherWorkbook(String formula) {
        return formula != null && refersToAnotherWorkbook(formula.toCharArray(), formula.length());
    }
}
