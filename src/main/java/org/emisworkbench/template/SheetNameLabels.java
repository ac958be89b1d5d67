package org.emisworkbench.template;

import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A school's code (or name) given by the name of its sheet ({@code "position": "sheetName"}): a district's
 * workbook of its schools' forms, one sheet per school, each sheet named by the school's code ({@code 40101},
 * {@code GH-04}) and no code written on the form itself. The sheet name has no cell: its value is read as if
 * written in the sheet's first cell, A1, which is where a problem with it is reported.
 */
public final class SheetNameLabels {
    /** The label {@code position} of a value taken from the sheet's name. */
    public static final String SHEET_NAME = "sheetName";

    /**
     * Names a spreadsheet program gives a new sheet, in the languages of the field, and a bare year: never a
     * school's code, though they carry a digit.
     */
    private static final Pattern NOT_A_CODE = Pattern.compile(
            "(?iu)(sheet|feuil|feuille|folha|planilha|hoja|tabelle|foglio|blad)\\s*\\d+|(19|20)\\d\\d");

    /** Words of a sheet's name that say it adds or sums up the others, in the languages of the field (folded). */
    private static final java.util.Set<String> SUMMARY_WORDS = java.util.Set.of("total", "totals", "totaux", "totale",
            "subtotal", "sum", "summary", "recap", "recapitulatif", "recapitulation", "synthese", "resume", "resumo",
            "soma", "sintese", "district", "distrito", "region", "province", "provincia", "zone", "zona", "all",
            "ensemble", "todos", "todas");

    private SheetNameLabels() {
    }

    /** True when the label's value is the sheet's name. */
    public static boolean fromSheetName(LabelSpec l) {
        return l.position() != null && SHEET_NAME.equalsIgnoreCase(l.position().strip());
    }

    /** The sheet's name as the value of such a label, at A1. */
    public static Cell value(String sheetName) {
        return new Cell(0, 0, CellKind.TEXT, sheetName.strip(), 0);
    }

    /**
     * Whether a sheet's name can be a school's code: it carries a digit (a cover, {@code Summary} or
     * {@code Listes} sheet is then no school) and is not a name a program gave the sheet ({@code Sheet3}) or a year.
     */
    public static boolean couldBeCode(String sheetName) {
        String s = sheetName.strip();
        return s.chars().anyMatch(Character::isDigit) && !NOT_A_CODE.matcher(s).matches() && !summary(s);
    }

    /**
     * Whether a sheet's name says it sums or sums up others ({@code Total 2024}, {@code Summary 2024}, {@code
     * Récap 2024}, {@code Resumo}): a district's total is never one school, though its name carries a digit.
     */
    private static boolean summary(String sheetName) {
        for (String word : HeaderText.fold(sheetName).split("[^\\p{L}]+")) {
            if (SUMMARY_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
