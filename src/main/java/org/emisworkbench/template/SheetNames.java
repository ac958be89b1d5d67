package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/** Finds the sheet a spec names, and samples a sheet's first rows. */
public final class SheetNames {
    private SheetNames() {
    }

    /** Sheet names compare ignoring case, spaces, '_' and '-': "New entrants" = "new_entrants". */
    static String key(String name) {
        return HeaderText.normalize(name).replaceAll("[\\s_\\-]", "");
    }

    /** Accents on Latin letters: "1ère année" is written "1ere annee" by many clerks (review 33). */
    private static final java.util.regex.Pattern LATIN_ACCENT = java.util.regex.Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

    /**
     * {@link #key} without the accents of Latin letters, tried when no sheet has the name as written: the marks of
     * other scripts (Devanagari or Khmer vowel signs) are letters of the word and stay.
     */
    static String looseKey(String name) {
        String decomposed = java.text.Normalizer.normalize(key(name), java.text.Normalizer.Form.NFD);
        return java.text.Normalizer.normalize(LATIN_ACCENT.matcher(decomposed).replaceAll(""),
                java.text.Normalizer.Form.NFC);
    }

    /**
     * The first sheet matching one of {@code names} and not already in {@code taken}; {@code "*"} takes the
     * first visible sheet not taken. Hidden sheets are only used when named.
     */
    public static SheetInfo find(List<SheetInfo> sheets, List<String> names, List<SheetInfo> taken) {
        return find(sheets, names, taken, ANY_YEAR, 0);
    }

    /**
     * In a sheet entry's name, the grade the sheet is named by ({@code "{grade}"}, {@code "Classe {grade}"}): the entry
     * reads every sheet whose name, the words around the placeholder taken away, is a grade of the template's grade
     * list ({@code 1ère année}, {@code CE1}, {@code Grade 3}), and its columns without a grade of their own are read
     * for that sheet's grade (decision 0117).
     */
    public static final String GRADE = "{grade}";

    /** True when one of a sheet entry's names stands for the grade its sheet is named by ({@link #GRADE}). */
    public static boolean byGrade(List<String> names) {
        return names.stream().anyMatch(n -> n.contains(GRADE));
    }

    /**
     * The grade code the sheet named {@code sheetName} is named by under the entry name {@code name} (holding
     * {@link #GRADE}), read through {@code grades}; null when the name is not that pattern's or its grade part is no
     * grade of the list. The words around the placeholder compare as sheet names do, accents of Latin letters left out.
     */
    public static String gradeOf(String sheetName, String name, CodeList grades) {
        int at = name.indexOf(GRADE);
        if (at < 0 || grades == null) {
            return null;
        }
        String before = looseKey(name.substring(0, at));
        String after = looseKey(name.substring(at + GRADE.length()));
        // The sheet's name compared piece by piece: a word kept whole ("1ère année") for the grade list, which has
        // the accented and unaccented spellings both.
        String whole = HeaderText.normalize(sheetName).strip();
        String loose = looseKey(whole);
        if (!loose.startsWith(before) || !loose.endsWith(after) || loose.length() <= before.length() + after.length()) {
            return null;
        }
        String middle = stripAffixes(whole, before, after);
        return middle == null || middle.isBlank() ? null : grades.code(middle);
    }

    /**
     * True when the sheet's name has the words around {@link #GRADE} of one of {@code names} ({@code "Classe {grade}"}:
     * {@code Classe X}; {@code "{grade}"}: any name), whether or not the rest names a grade: a sheet the entry would
     * read if its name were a grade of the list.
     */
    public static boolean namedLike(String sheetName, List<String> names) {
        String loose = looseKey(sheetName);
        for (String n : names) {
            int at = n.indexOf(GRADE);
            if (at >= 0) {
                String before = looseKey(n.substring(0, at));
                String after = looseKey(n.substring(at + GRADE.length()));
                if (loose.startsWith(before) && loose.endsWith(after)
                        && loose.length() > before.length() + after.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code text} without the leading and trailing words whose loose keys are {@code before} and {@code after}. */
    private static String stripAffixes(String text, String before, String after) {
        int start = 0;
        while (start <= text.length() && !looseKey(text.substring(0, start)).equals(before)) {
            start++;
        }
        int end = text.length();
        while (end >= start && !looseKey(text.substring(end)).equals(after)) {
            end--;
        }
        return start > text.length() || end < start ? null : text.substring(start, end).strip();
    }

    /** The built-in grade list, for entries looked up without a template's own lists. */
    private static CodeList builtInGrades() {
        return CodeLists.builtIn().require("grade");
    }

    /**
     * True when entry {@code i} of {@code t} is a list of people ({@code kind}: staff or pupils) of a roster naming the
     * sheet an earlier entry of labels names: the list standing on a survey form under its tables (issue #11,
     * decision 0119). The import reads it from that form, from its own header row down to its first blank row
     * ({@code RosterTable.onForm}); it takes no sheet of its own.
     */
    public static boolean listOnLabels(Template t, int i) {
        SheetSpec list = t.sheets().get(i);
        if (t.layout() != Layout.ROSTER || list.kind() == null) {
            return false;
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        list.names().stream().filter(n -> !n.equals("*") && !n.equals(YEAR)).forEach(n -> own.add(key(n)));
        return t.sheets().subList(0, i).stream().anyMatch(s -> s.kind() == null
                && s.names().stream().anyMatch(n -> own.contains(key(n))));
    }

    /** A sheet entry's name standing for the census year: the sheet named by that year ({@code 2024}, {@code 2024-25}). */
    public static final String YEAR = "{year}";
    private static final SchoolYears ANY_YEAR = SchoolYears.of(null, null, null);

    /**
     * As {@link #find(List, List, List)}, a name {@code {year}} taking the visible sheet whose name reads as the census
     * year ({@code years} says how a school year {@code 2024-25} reads); {@code censusYear} 0: any sheet named by a year.
     */
    public static SheetInfo find(List<SheetInfo> sheets, List<String> names, List<SheetInfo> taken, SchoolYears years,
                                 int censusYear) {
        return find(sheets, names, taken, years, censusYear, builtInGrades());
    }

    /**
     * As {@link #find(List, List, List, SchoolYears, int)}, a name holding {@link #GRADE} taking the visible sheet
     * named by a grade of {@code grades} (the template's grade list).
     */
    public static SheetInfo find(List<SheetInfo> sheets, List<String> names, List<SheetInfo> taken, SchoolYears years,
                                 int censusYear, CodeList grades) {
        for (String n : names) {
            if (n.contains(GRADE)) {
                for (SheetInfo s : sheets) {
                    if (s.visible() && !taken.contains(s) && gradeOf(s.name(), n, grades) != null) {
                        return s;
                    }
                }
                continue;
            }
            if (n.equals(YEAR)) {
                for (SheetInfo s : sheets) {
                    if (s.visible() && !taken.contains(s) && namedYear(s, years, censusYear)) {
                        return s;
                    }
                }
                continue;
            }
            if (n.equals("*")) {
                for (SheetInfo s : sheets) {
                    if (s.visible() && !taken.contains(s)) {
                        return s;
                    }
                }
                continue;
            }
            String k = key(n);
            for (SheetInfo s : sheets) {
                if (key(s.name()).equals(k) && !taken.contains(s)) {
                    return s;
                }
            }
            String loose = looseKey(n);
            for (SheetInfo s : sheets) {
                if (looseKey(s.name()).equals(loose) && !taken.contains(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * True when a sheet entry's {@code names} take this sheet: one of them is its name (compared as {@link #find}
     * does), or {@code "*"} and the sheet is visible.
     */
    public static boolean matches(SheetInfo sheet, List<String> names) {
        return matches(sheet, names, builtInGrades());
    }

    /** As {@link #matches(SheetInfo, List)}, a name holding {@link #GRADE} read through {@code grades}. */
    public static boolean matches(SheetInfo sheet, List<String> names, CodeList grades) {
        for (String n : names) {
            if (n.contains(GRADE)) {
                if (sheet.visible() && gradeOf(sheet.name(), n, grades) != null) {
                    return true;
                }
                continue;
            }
            if (n.equals("*") ? sheet.visible() : n.equals(YEAR) ? sheet.visible() && namedYear(sheet, ANY_YEAR, 0)
                    : looseKey(sheet.name()).equals(looseKey(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grade the sheet is named by under the first of {@code names} holding {@link #GRADE} that reads it, or null.
     */
    public static String gradeOf(SheetInfo sheet, List<String> names, CodeList grades) {
        for (String n : names) {
            String g = gradeOf(sheet.name(), n, grades);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** True when the sheet's name reads as a year ({@code 2024}, {@code SY2024-25}): the census year, or any when 0. */
    public static boolean namedYear(SheetInfo sheet, SchoolYears years, int censusYear) {
        java.util.OptionalInt y = years.fromLabel(sheet.name());
        return y.isPresent() && (censusYear == 0 || y.getAsInt() == censusYear);
    }

    /**
     * The first {@code max} rows of a sheet, streamed: index = 0-based row, each row its non-blank cells in
     * column order (empty list for an absent row).
     */
    public static List<List<Cell>> firstRows(WorkbookReader workbook, SheetInfo sheet, int max)
            throws WorkbookException {
        List<List<Cell>> rows = new ArrayList<>();
        workbook.read(sheet, row -> {
            if (row.index() >= max) {
                return false;
            }
            while (rows.size() < row.index()) {
                rows.add(List.of());
            }
            List<Cell> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.cell(i);
                if (!c.isBlank()) {
                    cells.add(c);
                }
            }
            rows.add(cells);
            return true;
        });
        return rows;
    }
}
