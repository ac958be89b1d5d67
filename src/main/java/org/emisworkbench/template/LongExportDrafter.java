package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Recognises a long export by its shape (docs/templates.md, "Several rows per school"; decision 0045): one
 * row per school × grade × sex (or age), as the exports of other EMIS systems and survey tools write them
 * ({@code org_unit_code | grade | sex | enrolment}, {@code orgUnit | dataElement | categoryOptionCombo | value}).
 * Its headers need not be known words: the school code is a column of code-like values repeated down the
 * rows, the grade, sex and age columns are told by their values, and the one remaining column of numbers
 * holds counts well above 1. A register of pupils has a school code, a grade and a sex on each row too,
 * but no such count (or a count of 1 per person), and its rows repeat the same school, grade and sex many
 * times where an export gives each once: by those two tests a register is never read as an export.
 */
final class LongExportDrafter {
    /** Headers of an export's school column, folded with the spaces taken out (camel case split first). */
    private static final Set<String> KEY_HEADERS = Set.of("orgunitcode", "orgunit", "ou", "organisationunit",
            "organizationunit", "organisationunitcode", "organizationunitcode", "orgunitid", "oucode", "ouid",
            "orgunituid", "schoolid", "emiscode", "schoolcode", "schoolemiscode", "codeecole", "codigoescola");
    /** Share of sample rows whose school, grade, sex and age must be given once only. */
    private static final double DISTINCT_ROWS = 0.9;
    /** Share of the figures that must be above 1, and their least mean: counts, not one person a row. */
    private static final double ABOVE_ONE = 0.5;
    private static final double LEAST_MEAN = 2;
    private static final int LEAST_ROWS = 4;
    private static final double CONFIDENCE = 0.8;

    private LongExportDrafter() {
    }

    /**
     * What the shape says of a sheet: the mapping drafted and the column of figures it relies on; or, for a sheet
     * that has an export's school column and one column of counts but no row giving the grade or age, no mapping
     * and what is missing ({@code missing}), so the draft says that rather than that no school code was found.
     */
    record Found(SheetMapping mapping, ColumnMapping key, ColumnMapping figure, List<String> dimensions,
                 org.emisworkbench.model.Message missing) {
        Found(SheetMapping mapping, ColumnMapping key, ColumnMapping figure, List<String> dimensions) {
            this(mapping, key, figure, dimensions, null);
        }
    }

    /**
     * The sheet read as a long export, its header the first row (of the first {@link HeaderLocator#SEARCH_ROWS})
     * below which the shape holds; null when no row does.
     */
    static Found guess(String sheet, List<List<Cell>> rows) {
        Found nearly = null;
        for (int r = 0; r < Math.min(rows.size(), HeaderLocator.SEARCH_ROWS); r++) {
            Found f = at(sheet, rows, r);
            if (f != null && f.mapping() != null) {
                return f;
            }
            nearly = nearly == null ? f : nearly;
        }
        return nearly;
    }

    private static Found at(String sheet, List<List<Cell>> rows, int header) {
        Map<Integer, String> headers = new java.util.TreeMap<>();
        for (Cell c : rows.get(header)) {
            if (!c.isBlank()) {
                if (c.kind() != CellKind.TEXT) {
                    return null; // a header row is words
                }
                headers.put(c.col(), TemplateDrafter.oneLine(c.text()));
            }
        }
        if (headers.size() < 3 || rows.size() - header - 1 < LEAST_ROWS) {
            return null;
        }
        Map<Integer, String> dims = new HashMap<>();
        // Data elements naming a topic then a grade ("Enrolment Grade 1"): the topics of each such column.
        Map<Integer, java.util.Set<String>> topicGrades = new HashMap<>();
        String rowTopic = null;
        List<Integer> figures = new ArrayList<>();
        Integer key = null;
        boolean keyByHeader = false;
        for (var e : headers.entrySet()) {
            int col = e.getKey();
            List<Cell> below = LongExportColumns.below(rows, header, col);
            String dim = dimension(e.getValue(), rows, header, col, dims.values());
            java.util.Set<String> topics = dim != null ? java.util.Set.of() : TopicGrades.topics(rows, header, col);
            // "Standard 3, Female" (grade and sex in one cell), "Enrolment" / "Repeaters" (the topic of the row).
            Integer topicCol = dims.entrySet().stream().filter(x -> x.getValue().equals("topic")).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            String combined = dim != null || !topics.isEmpty() ? null : LongExportColumns.combined(topicCol == null
                    ? below : LongExportColumns.ofGradedTopics(below, rows, header, topicCol), dims.values());
            java.util.Set<String> named = dim != null || !topics.isEmpty() || combined != null ? java.util.Set.of()
                    : LongExportColumns.topics(below);
            if (dim != null) {
                dims.put(col, dim);
            } else if (combined != null) {
                dims.put(col, combined);
            } else if (named.size() > 1 && !gives(dims, "topic")) {
                dims.put(col, "topic");
            } else if (named.size() == 1) {
                rowTopic = named.iterator().next(); // one topic throughout: the count is of it, whatever the sheet's name
            } else if (!topics.isEmpty()) {
                topicGrades.put(col, topics);
                if (topics.size() == 1 && !dims.containsValue("grade")) {
                    dims.put(col, "grade");
                }
            } else if (isDate(below)) {
                return null; // a date of birth: a list of people
            } else if (LongExportColumns.years(e.getValue(), below)) {
                continue; // the period (2024 on every row): the census year, read by the template's year columns
            } else if (numbers(below) && !constant(below) && !knownKey(e.getValue())) {
                figures.add(col);
            } else if (codes(below, knownKey(e.getValue())
                            ? below.size() + ContinuedKeys.rows(rows, header + 1, col, c -> true) : below.size(),
                    knownKey(e.getValue())) && (key == null || !keyByHeader && knownKey(e.getValue()))) {
                keyByHeader = knownKey(e.getValue());
                key = col;
            }
        }
        List<Integer> numbered = figures;
        figures = thisYearsFigures(headers, figures);
        if (key != null && keyByHeader && figures.size() == 1 && !gives(dims, "grade")
                && !gives(dims, "age") && counts(LongExportColumns.below(rows, header, figures.get(0)))) {
            // An export's school column and its counts, but nothing giving each row's grade: say what is missing.
            return new Found(null, keyColumn(headers, key), figureColumn(headers, figures.get(0)), List.of(),
                    noGrade(sheet, headers, topicGrades));
        }
        // Grade or age given by the row, and exactly one column of counts: else a wide sheet or a register.
        if (key == null || figures.size() != 1 || !gives(dims, "grade") && !gives(dims, "age")
                || !counts(LongExportColumns.below(rows, header, figures.get(0))) || !givenOnce(rows, header, key, dims.keySet())) {
            return null;
        }
        int figure = figures.get(0);
        // "Enrolment Grade 1" on every row: the count is of that topic, whatever the sheet is called.
        String topicNamed = dims.entrySet().stream().filter(d -> d.getValue().equals("grade")
                && topicGrades.containsKey(d.getKey())).map(d -> topicGrades.get(d.getKey()).iterator().next())
                .findFirst().orElse(null);
        String topic = topicNamed != null ? topicNamed : rowTopic != null ? rowTopic : DraftVocabulary.sheetTopic(sheet);
        DraftVocabulary.Guess g = DraftVocabulary.guess(headers.get(figure), topic);
        // The count's header names its topic when it can ("Repeaters"); "value" or "enrolment" leave it to the sheet.
        String field = g != null && !g.key() && !g.total() && g.sex() == null && g.grade() == null
                && g.age() == null && CanonicalField.parse(g.field()).map(f -> f.kind() == CanonicalField.Kind.GRADED)
                .orElse(false) ? g.field() : topic;
        if (gives(dims, "topic")) {
            field = CanonicalField.ROW_VALUE; // several topics down the rows: each row's from its topic column
        }
        List<ColumnMapping> columns = new ArrayList<>();
        ColumnMapping keyColumn = null;
        ColumnMapping figureColumn = null;
        boolean named = false;
        for (var e : headers.entrySet()) {
            int col = e.getKey();
            String text = e.getValue();
            ColumnMapping m;
            if (col == key) {
                m = new ColumnMapping(col, text, null, true, false, null, null, null, null, CONFIDENCE);
                keyColumn = m;
            } else if (col == figure) {
                m = new ColumnMapping(col, text, field, false, false, null, null, null, null, CONFIDENCE);
                figureColumn = m;
            } else if (dims.containsKey(col)) {
                m = new ColumnMapping(col, text, "row." + dims.get(col).replace("+", "+row."), false, false, null,
                        null, null, null, CONFIDENCE);
            } else if (!named && isName(text)) {
                m = new ColumnMapping(col, text, "school.name", false, false, null, null, null, null, CONFIDENCE);
                named = true;
            } else if (numbered.contains(col)) {
                m = ColumnMapping.unread(col, text); // another year's counts: not read, and said so by check and import
            } else {
                // A period, a data element's name, an org unit's path: the same for every figure, read by nobody.
                m = ColumnMapping.leftOut(col, text, CONFIDENCE);
            }
            columns.add(m);
        }
        List<String> order = DraftShapes.DIMENSIONS.stream().filter(d -> gives(dims, d)).toList();
        // "H" then "HM" in the sex column: the other sex is the rows of both sexes less the one given.
        List<SumMapping> sums = new java.util.ArrayList<>();
        RowDimensionDrafter.sexRows(columns, rows, header, sums, RowDimensionDrafter.sexesOf(rows));
        return new Found(new SheetMapping(sheet, header, header, false, columns, Map.of(), sums), keyColumn,
                figureColumn, order);
    }

    /** True when some column gives dimension {@code dim} of the row, alone or with others ({@code grade+sex}). */
    private static boolean gives(Map<Integer, String> dims, String dim) {
        return dims.values().stream().anyMatch(v -> CanonicalField.joinedParts(v).contains(dim));
    }

    private static ColumnMapping keyColumn(Map<Integer, String> headers, int col) {
        return new ColumnMapping(col, headers.get(col), null, true, false, null, null, null, null, CONFIDENCE);
    }

    private static ColumnMapping figureColumn(Map<Integer, String> headers, int col) {
        return ColumnMapping.leftOut(col, headers.get(col), CONFIDENCE);
    }

    /**
     * Why an export with a school column and counts cannot be drafted: its data elements name several topics with
     * their grades (the row gives the topic, which a template reads from the count's column only), or no column
     * gives a grade or an age.
     */
    private static org.emisworkbench.model.Message noGrade(String sheet, Map<Integer, String> headers,
                                                           Map<Integer, java.util.Set<String>> topicGrades) {
        for (var e : topicGrades.entrySet()) {
            if (e.getValue().size() > 1) {
                return org.emisworkbench.model.Message.of("draft.longExportTopics", sheet,
                        org.emisworkbench.model.CellRef.columnLetters(e.getKey()), headers.get(e.getKey()),
                        String.join(", ", e.getValue()));
            }
        }
        return org.emisworkbench.model.Message.of("draft.longExportNoGrade", sheet);
    }

    /** The grade, sex or age the column gives, by its values (a number is a grade or an age only as its header says). */
    private static String dimension(String header, List<List<Cell>> rows, int headerRow, int col,
                                    java.util.Collection<String> taken) {
        if (DraftVocabulary.serial(header) && SerialColumn.numbersRows(header, rows, headerRow, col)) {
            return null; // "No" numbering the rows 1, 2, 3 …: a serial, never a grade or an age (review 29)
        }
        for (String dim : List.of("sex", "grade", "age")) {
            if (taken.contains(dim) || !RowDimensionDrafter.valuesAre(rows, headerRow, col, dim)) {
                continue;
            }
            boolean said = RowDimensionDrafter.saysDimension(header, dim);
            boolean numbers = numbers(LongExportColumns.below(rows, headerRow, col));
            // "1", "2" … are grades and ages alike: the header must say which; "Class 1" or "Female" says it itself.
            if (said || !numbers && !dim.equals("age")) {
                return dim;
            }
        }
        return null;
    }

    /** A header folded to plain words, its camel case split ({@code orgUnit} → {@code org unit}). */
    private static String words(String header) {
        return DraftVocabulary.fold(header.replaceAll("([a-z])([A-Z])", "$1 $2"));
    }

    private static boolean knownKey(String header) {
        if (knownKeyWhole(header)) {
            return true;
        }
        // "UPI/School code" (Kenya's NEMIS export): a slash between names means one or the other, and the column
        // holds the school's code when one side is a school code's header and no side names anything else the
        // draft knows (UPI, the pupil's id, is no census field). The values must still be codes repeated down the
        // rows ({@link #codes}); "School code/Name" names a name too and is no key.
        String[] sides = header.split("/");
        if (sides.length < 2) {
            return false;
        }
        boolean key = false;
        for (String side : sides) {
            String s = side.strip();
            if (s.isEmpty()) {
                return false;
            }
            if (knownKeyWhole(s)) {
                key = true;
            } else if (DraftVocabulary.guess(s, null) != null) {
                return false;
            }
        }
        return key;
    }

    private static boolean knownKeyWhole(String header) {
        String tight = words(header).replace(" ", "");
        return KEY_HEADERS.contains(tight) || DraftVocabulary.KEY.stream()
                .anyMatch(k -> words(k).replace(" ", "").equals(tight));
    }

    /**
     * True when the column below {@code header} holds counts ({@link #counts}: most above 1, their mean at least 2),
     * not one value throughout: what a list of pupils never has beside its grade and sex (review 30, A1).
     */
    static boolean countColumn(List<List<Cell>> rows, int header, int col) {
        List<Cell> below = LongExportColumns.below(rows, header, col);
        return numbers(below) && !constant(below) && counts(below);
    }

    /** A name's header: a word saying so, or one written as a single word ({@code orgunitname}, {@code ouname}). */
    private static boolean isName(String header) {
        List<String> w = List.of(words(header).split(" "));
        DraftVocabulary.Guess g = DraftVocabulary.guess(header, null);
        return w.contains("name") || w.contains("nom") || w.contains("nome")
                || g != null && "school.name".equals(g.field());
    }

    private static boolean isDate(List<Cell> cells) {
        return cells.stream().filter(c -> c.kind() == CellKind.DATE).count() * 2 > cells.size();
    }

    private static boolean numbers(List<Cell> cells) {
        // Figures exported as text ("81"), as DHIS2 writes them, are numbers all the same.
        long n = cells.stream().filter(LongExportColumns::isNumber).count();
        return cells.size() >= LEAST_ROWS && n >= 0.9 * cells.size();
    }

    /** One value all the way down (a period, {@code 2024} on every row): no figure. */
    private static boolean constant(List<Cell> cells) {
        return cells.stream().map(Cell::shown).distinct().count() == 1;
    }

    /** Counts of several people a row: most above 1, their mean at least 2. */
    private static boolean counts(List<Cell> cells) {
        List<Double> n = cells.stream().filter(LongExportColumns::isNumber).map(LongExportColumns::number).toList();
        double mean = n.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return n.stream().filter(x -> x > 1).count() >= ABOVE_ONE * n.size() && mean >= LEAST_MEAN;
    }

    /**
     * Code-like values (one word, or carrying a digit), each school's written on several rows; two schools at
     * least, unless the header says it is the school's code (a period or a data element is one value throughout).
     */
    private static boolean codes(List<Cell> cells, int rows, boolean known) {
        if (cells.size() < LEAST_ROWS && !(known && cells.size() >= 2 && rows >= LEAST_ROWS)) {
            return false;
        }
        Set<String> distinct = new HashSet<>();
        boolean wordsOnly = true;
        for (Cell c : cells) {
            String s = c.shown();
            if (!s.chars().anyMatch(Character::isDigit) && s.contains(" ")) {
                return false;
            }
            wordsOnly &= s.strip().matches("\\p{Lu}?\\p{Ll}+");
            distinct.add(s);
        }
        // "Negeri", "Swasta" repeated down a Dapodik export's Status column: ordinary words, a category of the
        // schools, never their codes (a code without digits is written as one: KAMWALA, DiszpKrYNg8; review 29).
        if (wordsOnly && !known) {
            return false;
        }
        return distinct.size() * 2 <= rows && (known || distinct.size() >= 2);
    }

    /**
     * The columns of counts less those whose header names a year ({@code Enrolment 2023} beside {@code Enrolment}),
     * when exactly one is left: another year's figures kept beside the export's own count, left unread (so the check
     * and the import report them) rather than making the sheet look like no export at all.
     */
    private static List<Integer> thisYearsFigures(Map<Integer, String> headers, List<Integer> figures) {
        if (figures.size() < 2) {
            return figures;
        }
        List<Integer> unyeared = figures.stream().filter(f -> YearBands.yearIn(headers.get(f)) == null).toList();
        return unyeared.size() == 1 ? unyeared : figures;
    }

    /** True when nearly every row gives a school, grade, sex and age not given on another row. */
    private static boolean givenOnce(List<List<Cell>> rows, int header, int key, Set<Integer> dims) {
        Set<String> seen = new HashSet<>();
        int given = 0;
        int once = 0;
        for (int r = header + 1; r < rows.size(); r++) {
            StringBuilder sb = new StringBuilder();
            boolean hasKey = false;
            for (Cell c : rows.get(r)) {
                if (c.col() == key && !c.isBlank()) {
                    hasKey = true;
                }
                if ((c.col() == key || dims.contains(c.col())) && !c.isBlank()) {
                    sb.append(c.col()).append('=').append(c.shown()).append('|');
                }
            }
            if (hasKey) {
                given++;
                once += seen.add(sb.toString()) ? 1 : 0;
            }
        }
        return given >= LEAST_ROWS && once >= DISTINCT_ROWS * given;
    }
}
