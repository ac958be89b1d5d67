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
        for (String n : names) {
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
        for (String n : names) {
            if (n.equals("*") ? sheet.visible() : n.equals(YEAR) ? sheet.visible() && namedYear(sheet, ANY_YEAR, 0)
                    : looseKey(sheet.name()).equals(looseKey(n))) {
                return true;
            }
        }
        return false;
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
