package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A school's code given by the name of its file ({@code "position": "fileName"}): a one-school form whose code is
 * written nowhere on it, the school having sent {@code Kasese_U310452_ASC2024.xlsx}. The code is the one word of the
 * name (words cut at spaces, underscores, dots, commas and brackets) that carries a digit and is neither a year
 * ({@code 2024}, {@code 2024-25}, {@code ASC2024}) nor a copy's or version's number ({@code v2}, {@code (3)}); a name
 * with none or several such words gives no code, and the file is refused naming them. As with a sheet's name, the
 * file's name has no cell: problems with it are reported at the first sheet's A1.
 */
public final class FileNameLabels {
    /** The label {@code position} of a value taken from the file's name. */
    public static final String FILE_NAME = "fileName";

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s_.,;()\\[\\]]+");
    /** A year, a school year, or a year with letters about it ({@code ASC2024}, {@code v2023template}). */
    private static final Pattern YEAR_WORD = Pattern.compile(
            "(?i)\\p{L}*(19|20)\\d\\d([-/](\\d\\d|(19|20)\\d\\d))?\\p{L}*");
    /** A copy's, version's or revision's number ({@code 2}, {@code v3}, {@code rev1}). */
    private static final Pattern VERSION = Pattern.compile("(?i)(v|ver|rev|version|copy|final)?-?\\d{1,2}");

    private FileNameLabels() {
    }

    /** True when the label's value is the file's name. */
    public static boolean fromFileName(LabelSpec l) {
        return l.position() != null && FILE_NAME.equalsIgnoreCase(l.position().strip());
    }

    /** The words of the file's name (its extension left out) that can be a school's code, in order. */
    public static List<String> candidates(String fileName) {
        String base = fileName == null ? "" : fileName.strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(base)) {
            if (!w.isEmpty() && w.chars().anyMatch(Character::isDigit) && !YEAR_WORD.matcher(w).matches()
                    && !VERSION.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The file's name as the value of such a label, at A1: its one code word, else the whole name. */
    public static Cell value(String fileName) {
        List<String> words = candidates(fileName);
        return new Cell(0, 0, CellKind.TEXT, words.size() == 1 ? words.get(0) : String.valueOf(fileName).strip(), 0);
    }
}
