package org.emisworkbench.template;

import java.util.List;

/**
 * What to read from one sheet.
 *
 * @param names      sheet-name aliases, matched ignoring case and spacing; {@code "*"} any visible sheet
 * @param optional   true when a workbook without this sheet is still acceptable
 * @param headerRow  1-based header row; when null the reader finds it within the first 20 rows
 * @param key        wide/roster/population: header aliases of the key column (school code, area code)
 * @param kind       roster only: {@code pupils} or {@code staff}
 * @param columns    wide/roster: the columns to read
 * @param labels     grid/roster: labelled cells of a header block (value right of, or below, the label)
 * @param grids      grid: age × grade × sex grids
 * @param required   canonical fields that must be found, else the whole file is rejected
 * @param constants  fields set to one value for every school read from this sheet (e.g.
 *                   {@code school.level = primary} when the sheet has no level column); overrides the
 *                   template's own {@code constants}
 * @param ignore     headers of columns left out on purpose ({@link IgnoredHeaders}): never reported as unmatched
 * @param keyContinues wide sheets with several rows per school ({@code row.grade}, {@code row.sex},
 *                   {@code row.age} columns): a row whose key cell is blank continues the school above it
 *                   (the code written only on the first row of each school's block); null or false: a
 *                   blank key stays a row without school code
 * @param tables     wide sheets holding tables one under another, each under its title ({@link TableSpec})
 * @param schoolKey  roster sheets with a {@code key}: {@code name} when the key column names the schools
 *                   instead of giving their codes (each name matched against the master list, decision
 *                   0037); null or {@code code}: the key holds school codes
 * @param schoolsIn  wide sheets: {@code columns} when the sheet is laid out across, one column per school (a row
 *                   of school codes, the figures down the rows: decision 0041); null or {@code rows}: one row per
 *                   school
 * @param every      wide sheets: true to read every sheet the names match (one sheet per zone or level, decision
 *                   0042); otherwise the first, and the others are named NOT READ
 * @param groupRows  wide sheets: the school attribute ({@code school.district}, {@code school.region}…) that rows
 *                   holding one text alone above a group of schools give the schools below them ({@code DISTRICT:
 *                   MONGU}, {@code Kalabo District}); null: such rows are skipped and counted, never schools
 * @param headerRows how many rows the header takes (1 to 3: a grade row above a sex row is 2), null to let the
 *                   reader find out; written by the draft beside {@code headerRow} so that the template reads the
 *                   header it found
 */
public record SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                        List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids,
                        List<String> required, java.util.Map<String, String> constants, List<String> ignore,
                        Boolean keyContinues, List<TableSpec> tables, String schoolKey, String schoolsIn,
                        Boolean every, String groupRows, Integer headerRows) {
    /** The {@code schoolKey} of a key column naming schools by name. */
    public static final String BY_NAME = "name";
    /** The {@code schoolsIn} of a sheet with one column per school. */
    public static final String ACROSS = "columns";

    public SheetSpec {
        tables = tables == null ? List.of() : List.copyOf(tables);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        names = names == null ? List.of("*") : List.copyOf(names);
        key = key == null ? List.of() : List.copyOf(key);
        columns = columns == null ? List.of() : List.copyOf(columns);
        labels = labels == null ? List.of() : List.copyOf(labels);
        grids = grids == null ? List.of() : List.copyOf(grids);
        required = required == null ? List.of() : List.copyOf(required);
        constants = constants == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(constants));
    }

    /** A sheet whose header's depth the reader finds. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required,
                     java.util.Map<String, String> constants, List<String> ignore, Boolean keyContinues,
                     List<TableSpec> tables, String schoolKey, String schoolsIn, Boolean every) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, constants, ignore, keyContinues,
                tables, schoolKey, schoolsIn, every, null, null);
    }

    /** A sheet without columns left out on purpose whose blank keys stay blank. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required,
                     java.util.Map<String, String> constants) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, constants, null, null, null, null,
                null, null, null, null);
    }

    /** A sheet of one table. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required,
                     java.util.Map<String, String> constants, List<String> ignore, Boolean keyContinues) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, constants, ignore, keyContinues,
                null, null, null, null, null, null);
    }

    /** A sheet of tables whose key holds school codes. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required,
                     java.util.Map<String, String> constants, List<String> ignore, Boolean keyContinues,
                     List<TableSpec> tables) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, constants, ignore, keyContinues,
                tables, null, null, null, null, null);
    }

    /**
     * True when the entry reads every sheet its names match ({@code "every": true}): one sheet per zone or level
     * in the same layout (decision 0042). Without it the entry reads the first, and the others are named as not
     * read.
     */
    public boolean everySheet() {
        return Boolean.TRUE.equals(every) || SheetNames.byGrade(names);
    }

    /**
     * True when the entry is named {@link SheetNames#GRADE} ({@code "{grade}"}, {@code "Classe {grade}"}): it reads
     * every sheet named by a grade, each for its grade (decision 0117).
     */
    public boolean byGradeSheet() {
        return SheetNames.byGrade(names);
    }

    /**
     * This entry as read on a sheet named by grade {@code grade}: each column of a graded count ({@code enrolment},
     * {@code repeaters}, their totals) that gives no grade of its own (no {@code "grade"}, no {@code {grade}} in its
     * headers) is that grade's, as if written with {@code "grade": grade}; the other columns stay as they are.
     */
    public SheetSpec forGrade(String grade) {
        List<ColumnSpec> graded = new java.util.ArrayList<>();
        for (ColumnSpec c : columns) {
            graded.add(takesSheetGrade(c) ? new ColumnSpec(c.headers(), c.patterns(), c.field(), c.sex(), grade,
                    c.age(), c.total(), c.codeList(), c.sumOf(), c.defaultValue(), c.differenceOf()) : c);
        }
        return new SheetSpec(names, optional, headerRow, key, kind, graded, labels, grids, required, constants, ignore,
                keyContinues, tables, schoolKey, schoolsIn, every, groupRows, headerRows);
    }

    /** True when a column of a {@code {grade}} entry is read for its sheet's grade (see {@link #forGrade}). */
    static boolean takesSheetGrade(ColumnSpec c) {
        String field = c.field() != null ? c.field() : c.total();
        boolean graded = field != null && CanonicalField.parse(field)
                .map(f -> f.kind() == CanonicalField.Kind.GRADED).orElse(false);
        boolean ownGrade = java.util.stream.Stream.of(c.headers(), c.patterns(), c.parts()).flatMap(List::stream)
                .anyMatch(h -> h.contains(SheetNames.GRADE));
        return graded && c.grade() == null && !ownGrade;
    }

    /** A sheet with one row per school. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required,
                     java.util.Map<String, String> constants, List<String> ignore, Boolean keyContinues,
                     List<TableSpec> tables, String schoolKey) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, constants, ignore, keyContinues,
                tables, schoolKey, null, null, null, null);
    }

    /** True when the sheet holds one column per school, its figures down the rows ({@code schoolsIn: columns}). */
    public boolean schoolsAcross() {
        return ACROSS.equals(schoolsIn);
    }

    /** True when the key column names the schools, to be matched against the master list ({@code schoolKey}). */
    public boolean keyedByName() {
        return BY_NAME.equals(schoolKey) && !key.isEmpty();
    }

    /**
     * True when the sheet requires field {@code field}; false for null (a total column or label reads no field of its
     * own: asking the immutable list about null would throw, review 31 B1).
     */
    public boolean requires(String field) {
        return field != null && required.contains(field);
    }

    /** True when a blank key continues the school of the row above (see {@code keyContinues}). */
    public boolean continuesKey() {
        return Boolean.TRUE.equals(keyContinues);
    }

    /** The row dimensions ({@code grade}, {@code sex}, {@code age}, {@code topic}) some column of the sheet gives. */
    public java.util.Set<String> rowDimensions() {
        java.util.Set<String> dims = new java.util.TreeSet<>();
        for (ColumnSpec c : columns) {
            CanonicalField.parse(c.field()).map(CanonicalField::rowDimensions).ifPresent(dims::addAll);
        }
        return dims;
    }

    /**
     * The sheet's rows of both sexes beside the rows of one sex ({@link ColumnSpec#rowSexDifference}), or null when
     * its rows give no such total.
     */
    public ColumnSpec rowSexDifference() {
        return columns.stream().filter(ColumnSpec::rowSexDifference).findFirst().orElse(null);
    }

    /** A sheet without constants. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, null, null, null);
    }
}
