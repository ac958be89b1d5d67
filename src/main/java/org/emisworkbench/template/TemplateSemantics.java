package org.emisworkbench.template;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.template.CanonicalField.Kind;

/**
 * Checks what a bound template means: canonical fields allowed for its layout and role, codes that
 * exist, patterns that expand without clashes, a key for every wide sheet. Collects every problem.
 */
final class TemplateSemantics {
    private final List<String> errors;
    private final CodeLists lists;

    TemplateSemantics(CodeLists lists, List<String> errors) {
        this.lists = lists;
        this.errors = errors;
    }

    /** A nil mark is a text that is no number: "0" or "12" read as zero would change figures. */
    private void nilMarks(List<String> marks) {
        for (int i = 0; i < marks.size(); i++) {
            String m = marks.get(i);
            if (m == null || m.isBlank()) {
                errors.add("$.nilMarks[" + i + "]: blank; a blank cell is already a missing figure (give a column a"
                        + " \"default\" to read it as 0)");
            } else if (!CellValues.isProblem(CellValues.count(org.emisworkbench.workbook.CellKind.TEXT, m, Double.NaN))) {
                errors.add("$.nilMarks[" + i + "]: \"" + m + "\" is a number; a nil mark is a text such as \"-\"");
            }
        }
    }

    void check(Template t) {
        if (t.layout() != null && t.role() != Role.CENSUS && t.layout() != Layout.WIDE) {
            errors.add("$.layout: a " + t.role().name().toLowerCase().replace('_', '-') + " template must be wide");
        }
        for (int i = 0; i < t.sheets().size(); i++) {
            sheet(t, t.sheets().get(i), "$.sheets[" + i + "]");
        }
        sheetsListedTwice(t);
        nilMarks(t.nilMarks());
        constants(t, t.constants(), null, "$.constants");
        for (int i = 0; i < t.sheets().size(); i++) {
            constants(t, t.sheets().get(i).constants(), t.sheets().get(i), "$.sheets[" + i + "].constants");
        }
        if (t.layout() == Layout.ROSTER) {
            severalSchools(t);
            gridsBesidePupils(t);
        }
        schoolsPer(t);
        codeFromFileName(t);
    }

    /**
     * A school code from the file's name names one school for the whole file: a grid form of one school, never
     * one school per sheet or per block, nor a register or a list of schools.
     */
    private void codeFromFileName(Template t) {
        for (int i = 0; i < t.sheets().size(); i++) {
            if (t.sheets().get(i).labels().stream().noneMatch(FileNameLabels::fromFileName)) {
                continue;
            }
            if (t.layout() != Layout.GRID || t.schoolsPer() != SchoolsPer.WORKBOOK) {
                errors.add("$.sheets[" + i + "]: a school code from the file's name is for a grid form of one school"
                        + " (\"layout\": \"grid\", no \"schools\"): one file, one school");
            }
        }
    }

    /**
     * A template of one school per sheet or per block is a grid form, and each of its sheets reads a
     * school's form: without a school-code label a sheet could not say whose figures it holds.
     */
    private void schoolsPer(Template t) {
        if (t.schools() == null || !SchoolsPer.VALUES.contains(t.schools()) || t.schoolsPer() == SchoolsPer.WORKBOOK) {
            return;
        }
        if (t.layout() != null && t.layout() != Layout.GRID) {
            errors.add("$.schools: only grid forms hold one school per sheet or per block; a " + t.layout().name()
                    .toLowerCase(java.util.Locale.ROOT) + " template says which school a row is by its key");
            return;
        }
        for (int i = 0; i < t.sheets().size(); i++) {
            boolean byName = t.sheets().get(i).labels().stream().anyMatch(l -> "school.code".equalsIgnoreCase(l.field())
                    && SheetNameLabels.fromSheetName(l));
            if (byName && t.schoolsPer() != SchoolsPer.SHEET) {
                errors.add("$.sheets[" + i + "]: a school code from the sheet's name needs \"schools\": \"sheet\" (one"
                        + " school per sheet); the blocks of one sheet cannot share its name");
            }
            boolean code = byName || t.sheets().get(i).labels().stream().anyMatch(l -> "school.code".equalsIgnoreCase(
                    l.field()) && !l.labels().isEmpty());
            if (!code) {
                errors.add("$.sheets[" + i + "]: with \"schools\": \"" + t.schools() + "\" every sheet read is "
                        + "schools' forms: give it the label of the school code ({\"labels\": [\"School code\"], "
                        + "\"field\": \"school.code\"})");
            }
        }
    }

    /**
     * One sheet of a workbook is read by one sheet spec: a second spec naming it would find it taken and
     * report it missing. Its columns belong in the first spec. {@code "*"} (any sheet) may repeat.
     */
    private void sheetsListedTwice(Template t) {
        java.util.Map<String, String> first = new java.util.HashMap<>();
        java.util.Set<String> listsOnLabels = new java.util.HashSet<>();
        for (int i = 0; i < t.sheets().size(); i++) {
            List<String> names = t.sheets().get(i).names();
            java.util.Set<String> own = new java.util.HashSet<>();
            for (int j = 0; j < names.size(); j++) {
                String n = names.get(j);
                if (n == null || n.isBlank() || n.equals("*") || !own.add(SheetNames.key(n))) {
                    continue;
                }
                String path = "$.sheets[" + i + "]";
                String before = first.putIfAbsent(SheetNames.key(n), path);
                if (before != null && SheetNames.listOnLabels(t, i)
                        && listsOnLabels.add(SheetNames.key(n) + "|" + t.sheets().get(i).kind().toLowerCase(
                        java.util.Locale.ROOT))) {
                    continue; // the list on a form's sheet (decision 0119): one per kind and sheet
                }
                if (before != null) {
                    errors.add(path + ".names[" + j + "]: the sheet \"" + n + "\" is also listed by " + before
                            + "; one sheet is read by one sheet spec: put all its columns in " + before);
                }
            }
        }
    }

    /**
     * Constants: known fields that hold one value per school (attributes; classroom and facility counts),
     * values read through the field's code list, and no field the same sheet also reads from a column or
     * label (that is a {@code default}). A template's constant meets every sheet.
     */
    private void constants(Template t, java.util.Map<String, String> constants, SheetSpec only, String path) {
        for (java.util.Map.Entry<String, String> e : constants.entrySet()) {
            String p = path + "." + e.getKey();
            Optional<CanonicalField> parsed = CanonicalField.parse(e.getKey());
            if (parsed.isEmpty()) {
                errors.add(p + ": unknown canonical field \"" + e.getKey() + "\" (see docs/templates.md)");
                continue;
            }
            CanonicalField f = parsed.get();
            if (t.role() == Role.POPULATION || f.kind() != Kind.SCHOOL && f.kind() != Kind.FIXED
                    || t.role() == Role.MASTER_LIST && f.kind() != Kind.SCHOOL) {
                errors.add(p + ": a constant sets a school attribute or a classroom/facility count, not "
                        + f.name() + (f.kind() == Kind.GRADED ? " (counted by grade)" : ""));
                continue;
            }
            if (f.attribute() == org.emisworkbench.model.SchoolAttribute.CODE) {
                errors.add(p + ": the school code is read from each school's row or form, never a constant");
                continue;
            }
            if (f.kind() == Kind.FIXED && f.topic().bySex()) {
                errors.add(p + ": " + f.name() + " is counted by sex; a constant cannot say for which sex");
                continue;
            }
            TemplateValue.parse(f, null, e.getValue(), lists, p, errors);
            for (int i = 0; i < t.sheets().size(); i++) {
                SheetSpec s = t.sheets().get(i);
                if (only != null && s != only) {
                    continue;
                }
                String reader = readerOf(s, f.name(), "$.sheets[" + i + "]");
                if (reader != null) {
                    errors.add(p + ": " + reader + " reads " + f.name() + " from the workbook; a field is read"
                            + " or constant, not both: to fill its blanks give that column or label a \"default\"");
                }
            }
        }
    }

    /** Path of the column or label of a sheet that reads {@code field}, or null. */
    private static String readerOf(SheetSpec s, String field, String path) {
        for (int i = 0; i < s.columns().size(); i++) {
            if (field.equalsIgnoreCase(s.columns().get(i).field())) {
                return path + ".columns[" + i + "]";
            }
        }
        for (int i = 0; i < s.labels().size(); i++) {
            if (field.equalsIgnoreCase(s.labels().get(i).field())) {
                return path + ".labels[" + i + "]";
            }
        }
        return null;
    }

    /**
     * A roster whose pupils or staff sheets have a {@code key} holds several schools: every such sheet
     * needs the key (else its rows would belong to no school), and the label block may only give
     * attributes shared by every school (a labelled code or count could not say whose it is).
     */
    private void severalSchools(Template t) {
        boolean keyed = t.sheets().stream().anyMatch(s -> s.kind() != null && !s.key().isEmpty());
        for (int i = 0; i < t.sheets().size(); i++) {
            SheetSpec s = t.sheets().get(i);
            String path = "$.sheets[" + i + "]";
            if (s.kind() == null && !s.key().isEmpty()) {
                errors.add(path + ".key: a key is for the pupils and staff lists of a roster, not a label block");
            }
            if (!keyed) {
                continue;
            }
            if (s.kind() != null && s.key().isEmpty()) {
                errors.add(path + ".key: another roster sheet has a school code column (key); this " + s.kind()
                        + " sheet needs one too, or its rows would belong to no school");
            }
            for (int j = 0; j < s.labels().size(); j++) {
                Optional<CanonicalField> f = CanonicalField.parse(String.valueOf(s.labels().get(j).field()));
                if (f.isPresent() && (f.get().kind() != Kind.SCHOOL || f.get().attribute() == SchoolAttribute.CODE)) {
                    errors.add(path + ".labels[" + j + "]: this roster holds several schools (key): a label cannot "
                            + "give " + f.get().name() + ", which belongs to one school; use a column of the lists");
                }
            }
            notAllowed(s.required().stream().anyMatch("school.code"::equalsIgnoreCase), path + ".required",
                    "school.code comes from the key column of a roster of several schools");
            notAllowed(!s.grids().isEmpty(), path + ".grids", "this roster holds several schools (key): a table of"
                    + " counts on the label block could not say which school it belongs to");
        }
    }

    /**
     * A roster of one school may read tables of counts on its label block (decision 0083), but not a figure its
     * pupils list counts: the list gives enrolment, with a {@code pupil.status} column repeaters and new entrants,
     * with a {@code pupil.disability} column disabled pupils. A figure is read once.
     */
    private void gridsBesidePupils(Template t) {
        java.util.Map<String, String> counted = new java.util.HashMap<>();
        for (int i = 0; i < t.sheets().size(); i++) {
            SheetSpec s = t.sheets().get(i);
            if (!"pupils".equalsIgnoreCase(s.kind())) {
                continue;
            }
            String path = "$.sheets[" + i + "]";
            counted.putIfAbsent("enrolment", path);
            for (ColumnSpec c : s.columns()) {
                if ("pupil.status".equalsIgnoreCase(c.field())) {
                    counted.putIfAbsent("repeaters", path);
                    counted.putIfAbsent("new_entrants", path);
                } else if ("pupil.disability".equalsIgnoreCase(c.field())) {
                    counted.putIfAbsent("disabled", path);
                }
            }
        }
        for (int i = 0; i < t.sheets().size(); i++) {
            List<GridSpec> grids = t.sheets().get(i).grids();
            for (int j = 0; j < grids.size(); j++) {
                String field = String.valueOf(grids.get(j).field()).toLowerCase(java.util.Locale.ROOT);
                if (counted.containsKey(field)) {
                    errors.add("$.sheets[" + i + "].grids[" + j + "].field: the pupils list " + counted.get(field)
                            + " counts " + field + " pupil by pupil; a figure is read once: leave out this grid"
                            + " (or the list's column that gives it)");
                }
            }
        }
    }

    private void sheet(Template t, SheetSpec s, String path) {
        if (s.names().isEmpty() || s.names().stream().anyMatch(n -> n == null || n.isBlank())) {
            errors.add(path + ".names: give at least one sheet name (or \"*\")");
        }
        Set<Kind> columnKinds = columnKinds(t, s);
        if (t.layout() != null) {
            layoutRules(t.layout(), s, path);
        }
        Set<String> byRow = s.rowDimensions();
        if (s.byGradeSheet()) {
            // An entry named "{grade}" gives its columns the grade its sheet is named by (decision 0117).
            byRow = new java.util.TreeSet<>(byRow);
            byRow.add("grade");
            if (t.layout() != Layout.WIDE || s.schoolsAcross() || !s.rowDimensions().isEmpty()) {
                errors.add(path + ".names: \"" + SheetNames.GRADE + "\" (one sheet per grade) is for a wide sheet entry"
                        + " of one row per school, without row.grade, row.sex or row.age columns");
            }
        }
        for (int i = 0; i < s.columns().size(); i++) {
            column(s.columns().get(i), columnKinds, byRow, path + ".columns[" + i + "]");
        }
        RowDimensionRules.check(t, s, path, errors);
        if (s.everySheet() && t.layout() != Layout.WIDE) {
            errors.add(path + ".every: only a wide sheet entry reads every sheet it matches (one sheet per zone or"
                    + " level, the same layout)");
        }
        if (SheetSpec.BY_NAME.equals(s.schoolKey()) && (t.layout() == Layout.GRID || s.key().isEmpty())) {
            errors.add(path + ".schoolKey: \"name\" is for a roster or wide sheet whose key column names the schools"
                    + " (give its headers as key); the names are matched against the master list at import");
        }
        if (s.schoolsAcross() && (t.layout() != Layout.WIDE || !s.rowDimensions().isEmpty() || !s.tables().isEmpty())) {
            // One column per school is the wide sheet turned on its side: nothing else turns with it yet.
            errors.add(path + ".schoolsIn: \"columns\" (one column per school) is for a wide sheet of one table with"
                    + " one column per school; not with a row.grade, row.sex or row.age column, nor with tables");
        }
        if (s.groupRows() != null && (t.layout() != Layout.WIDE || s.schoolsAcross()
                || GroupRows.attribute(s.groupRows()) == null)) {
            errors.add(path + ".groupRows: \"" + s.groupRows() + "\" is not what rows above a group of schools can give"
                    + " them: one of " + GroupRows.ATTRIBUTES.stream().map(SchoolAttribute::field).toList()
                    + ", on a wide sheet of one row per school");
        }
        for (int i = 0; i < s.labels().size(); i++) {
            label(s.labels().get(i), path + ".labels[" + i + "]");
        }
        differenceClashes(s, path);
        for (int i = 0; i < s.grids().size(); i++) {
            grid(s.grids().get(i), path + ".grids[" + i + "]");
        }
        for (int i = 0; i < s.required().size(); i++) {
            field(s.required().get(i), path + ".required[" + i + "]");
        }
        if (!s.key().isEmpty() || !s.columns().isEmpty()) {
            HeaderMatcher m = HeaderMatcher.compile(s, lists, errors, path);
            ignored(t.ignore(), m, path, "$.ignore");
            ignored(s.ignore(), m, path, path + ".ignore");
        }
    }

    /**
     * An ignored header that a column reads would be read and ignored at once; an entry of stars alone
     * would leave every column out unseen. Both are refused, naming the entry.
     */
    private void ignored(List<String> entries, HeaderMatcher m, String sheetPath, String path) {
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            if (e == null || IgnoredHeaders.ignoresEverything(e)) {
                errors.add(path + "[" + i + "]: \"" + e + "\" would leave out every column; name the headers left out");
            } else if (e.indexOf('*') < 0 && m.match(HeaderText.normalizeLabel(e)) != null) {
                int col = m.match(HeaderText.normalizeLabel(e)).column();
                errors.add(path + "[" + i + "]: \"" + e + "\" is read by " + sheetPath
                        + (col == HeaderMatcher.KEY ? ".key" : ".columns[" + col + "]")
                        + "; a header is either read or left out on purpose, not both");
            }
        }
    }

    /** The graded topics a stacked table of a wide sheet may be read as. */
    private static final List<String> TABLE_TOPICS = List.of("enrolment", "repeaters", "new_entrants", "disabled");

    /** Checks that depend on the layout; skipped when the layout itself is unusable (already reported). */
    private void layoutRules(Layout layout, SheetSpec s, String path) {
        switch (layout) {
            case WIDE -> {
                if (s.key().isEmpty()) {
                    errors.add(path + ".key: a wide sheet needs the header aliases of its key column");
                }
                if (s.columns().isEmpty()) {
                    errors.add(path + ".columns: a wide sheet needs at least one column");
                }
                notAllowed(!s.labels().isEmpty() || !s.grids().isEmpty(), path, "labels and grids are for grid forms");
                for (int i = 0; i < s.tables().size(); i++) {
                    TableSpec t = s.tables().get(i);
                    if (t.titles().stream().allMatch(x -> x == null || HeaderText.fold(x).isEmpty())) {
                        errors.add(path + ".tables[" + i + "].titles: give the text of the table's title");
                    }
                    if (!TABLE_TOPICS.contains(t.field())) {
                        errors.add(path + ".tables[" + i + "].field: one of " + TABLE_TOPICS + ", not " + t.field());
                    }
                }
            }
            case GRID -> {
                if (s.kind() != null) {
                    // Said once, with the cure: its columns would only repeat that they are no grid form's.
                    errors.add(path + ".kind: a " + s.kind() + " list is read by a roster template: write \"layout\":"
                            + " \"roster\"; its label block may hold the grids (docs/templates.md, section 8)");
                    return;
                }
                if (s.grids().isEmpty() && s.labels().isEmpty()) {
                    errors.add(path + ": a grid sheet needs labels or grids");
                }
                notAllowed(!s.columns().isEmpty(), path, "columns are for wide and roster sheets");
                notAllowed(!s.tables().isEmpty(), path, "tables are for wide sheets");
            }
            case ROSTER -> {
                if (s.kind() == null && s.labels().isEmpty()) {
                    errors.add(path + ": a roster sheet is a pupils or staff list (kind) or a label block (labels)");
                }
                if (s.kind() != null && s.columns().isEmpty()) {
                    errors.add(path + ".columns: a " + s.kind() + " sheet needs its columns");
                }
                notAllowed(!s.grids().isEmpty() && s.kind() != null, path, "grids are read on a sheet of labels (a"
                        + " grid form's, or a roster's label block), not on a " + s.kind() + " list; a " + s.kind()
                        + " list standing on the form's sheet under its tables is read by a second entry naming that"
                        + " sheet, after its entry of labels and grids (docs/templates.md, decision 0119)");
                notAllowed(!s.tables().isEmpty(), path, "tables are for wide sheets");
            }
        }
    }

    private Set<Kind> columnKinds(Template t, SheetSpec s) {
        if (t.role() == Role.MASTER_LIST) {
            return EnumSet.of(Kind.SCHOOL);
        }
        if (t.role() == Role.POPULATION) {
            return EnumSet.of(Kind.POPULATION_COUNT, Kind.POPULATION_DIMENSION);
        }
        if (t.layout() == null) {
            return EnumSet.allOf(Kind.class);
        }
        // A list on a grid template is refused once by layoutRules, not again for each of its columns.
        if (t.layout() == Layout.ROSTER || t.layout() == Layout.GRID && s.kind() != null) {
            Set<Kind> kinds = "staff".equalsIgnoreCase(s.kind()) ? EnumSet.of(Kind.STAFF) : EnumSet.of(Kind.PUPIL);
            if (!s.key().isEmpty()) {
                // A roster of several schools: the school's own columns (name, district…) on its rows.
                kinds.add(Kind.SCHOOL);
            }
            return kinds;
        }
        return EnumSet.of(Kind.SCHOOL, Kind.GRADED, Kind.FIXED, Kind.ROW_DIMENSION);
    }

    private void notAllowed(boolean present, String path, String why) {
        if (present) {
            errors.add(path + ": " + why);
        }
    }

    /** @param byRow the dimensions the sheet's rows give ({@code row.grade}…): a count may leave them open */
    private void column(ColumnSpec c, Set<Kind> allowed, Set<String> byRow, String path) {
        if (c.rowSexDifference()) {
            // Values of the sex column, not headers: checked against the sex list (decision 0055).
            notAllowed(!allowed.contains(Kind.ROW_DIMENSION), path, "rows of both sexes are for a wide sheet whose"
                    + " row gives the sex (a row.sex column)");
            SexDifferenceRules.checkRows(c, lists.require(c.codeList() != null && lists.get(c.codeList()).isPresent()
                    ? c.codeList() : "sex"), path, errors);
            return;
        }
        boolean sum = !c.parts().isEmpty();
        String parts = path + "." + c.partsName();
        if (c.headers().isEmpty() && c.patterns().isEmpty() && !sum) {
            errors.add(path + ": give headers, patterns or sumOf");
        }
        if (sum && (!c.headers().isEmpty() || !c.patterns().isEmpty())) {
            errors.add(parts + ": a " + (c.difference() ? "difference" : "sum") + " is read from the columns it names:"
                    + " give " + c.partsName() + " or headers/patterns, not both");
        }
        if (sum && c.total() != null) {
            errors.add(parts + ": a total column is compared with its parts, not a sum of named columns");
        }
        if (!c.sumOf().isEmpty() && c.difference()) {
            errors.add(path + ".differenceOf: give sumOf or differenceOf, not both");
        }

        if ((c.field() == null) == (c.total() == null)) {
            errors.add(path + ": give either field or total (the field a total column adds up)");
        }
        Optional<CanonicalField> f = field(c.field() != null ? c.field() : c.total(),
                path + (c.field() != null ? ".field" : ".total"));
        if (!org.emisworkbench.model.Sex.BOTH_TOGETHER.equals(c.sex())) {
            codes(c.sex(), "sex", path + ".sex");
        }
        codes(c.grade(), "grade", path + ".grade");
        codes(c.age(), "age", path + ".age");
        if (c.codeList() != null && lists.get(c.codeList()).isEmpty()) {
            errors.add(path + ".codeList: no code list \"" + c.codeList() + "\" (known: " + lists.names() + ")");
        }
        if (f.isEmpty()) {
            return;
        }
        CanonicalField cf = f.get();
        if (!allowed.contains(cf.kind())) {
            errors.add(path + ": field " + cf.name() + " does not belong on this sheet"
                    + (cf.kind() == Kind.SCHOOL && (allowed.contains(Kind.PUPIL) || allowed.contains(Kind.STAFF))
                    ? " (school columns on a pupils or staff list need the sheet's key: a roster of several schools)"
                    : ""));
        } else if (cf.attribute() == SchoolAttribute.CODE && (allowed.contains(Kind.PUPIL)
                || allowed.contains(Kind.STAFF))) {
            errors.add(path + ": the school code of a pupils or staff list is its key column; give its headers in key");
        }
        listFits(cf, c.codeList(), path + ".codeList");
        if (c.total() != null && !cf.isCount()) {
            errors.add(path + ".total: only counts have totals, not " + cf.name());
        }
        if (sum && (cf.kind() != Kind.GRADED && cf.kind() != Kind.FIXED)) {
            errors.add(parts + ": only a count is a sum of columns, not " + cf.name());
        }
        if (c.difference()) {
            SexDifferenceRules.check(c, cf, path, errors);
        }
        if (org.emisworkbench.model.Sex.BOTH_TOGETHER.equals(c.sex())) {
            List<String> texts = new java.util.ArrayList<>(c.headers());
            texts.addAll(c.patterns());
            texts.addAll(c.parts());
            bothTogether(cf, c.total() != null || c.difference() || byRow.contains("sex")
                    || texts.stream().anyMatch(t -> t != null && t.contains("{sex}")), path + ".sex");
        }
        if (cf.kind() == Kind.GRADED && c.total() == null && !byRow.contains("grade")) {
            needs(c, "grade", c.grade(), path);
        }
        // A total column may leave the sex (or grade) open: "Total" beside "Grade 1 F … Grade 6 M" adds both.
        if (cf.isCount() && (cf.topic() == null || cf.topic().bySex()) && c.total() == null
                && !byRow.contains("sex")) {
            needs(c, "sex", c.sex(), path);
        }
        if (c.defaultValue() != null) {
            if (c.total() != null || sum) {
                errors.add(path + ".default: a " + (sum ? "sum" : "total column") + " has no default");
            } else if (cf.attribute() == org.emisworkbench.model.SchoolAttribute.CODE) {
                errors.add(path + ".default: a row without school code is not given one");
            } else if (allowed.contains(cf.kind()) && cf.kind() != Kind.PUPIL && cf.kind() != Kind.STAFF
                    && cf.kind() != Kind.POPULATION_COUNT && cf.kind() != Kind.POPULATION_DIMENSION) {
                TemplateValue.parse(cf, c.codeList(), c.defaultValue(), lists, path + ".default", errors);
            } else {
                errors.add(path + ".default: defaults are for school attributes and counts of a wide sheet");
            }
        }
        if (cf.name().equals("staff.grade_taught")) {
            needs(c, "grade", c.grade(), path);
        }
    }

    /**
     * A label's figure worked out by difference may not also be read by another label of the sheet (as it stands or
     * as a sum): one of the two would be stored over the other (decision 0044, as for columns).
     */
    private void differenceClashes(SheetSpec s, String path) {
        for (int i = 0; i < s.labels().size(); i++) {
            LabelSpec d = s.labels().get(i);
            if (!d.difference() || d.field() == null) {
                continue;
            }
            for (int j = 0; j < s.labels().size(); j++) {
                LabelSpec o = s.labels().get(j);
                if (j != i && d.field().equalsIgnoreCase(o.field()) && java.util.Objects.equals(d.sex(), o.sex())) {
                    errors.add(path + ".labels[" + i + "]: gives the same figure as " + path + ".labels[" + j + "] ("
                            + d.field() + " " + d.sex() + "); a figure is read once: leave one of them out");
                    break;
                }
            }
        }
    }

    /** A dimension must come from the column or from a placeholder in every header. */
    private void needs(ColumnSpec c, String dim, String fixed, String path) {
        if (fixed != null) {
            return;
        }
        if (!c.headers().isEmpty()) {
            errors.add(path + ": literal headers need a fixed " + dim + " (or use a pattern with {" + dim + "})");
        }
        for (int j = 0; j < c.patterns().size(); j++) {
            if (!c.patterns().get(j).contains("{" + dim + "}")) {
                errors.add(path + ".patterns[" + j + "]: no {" + dim + "} and no fixed " + dim);
            }
        }
        for (int j = 0; j < c.parts().size(); j++) {
            if (!c.parts().get(j).contains("{" + dim + "}")) {
                errors.add(path + "." + c.partsName() + "[" + j + "]: no {" + dim + "} and no fixed " + dim
                        + " (e.g. \"Qualified {" + dim + "}\")");
            }
        }
    }

    /** A value from the file's name: a school's code, and nothing else said of it. */
    private void fileNameLabel(LabelSpec l, String path) {
        if (!"school.code".equalsIgnoreCase(l.field())) {
            errors.add(path + ".position: only school.code is read from the file's name, not " + l.field());
        }
        if (!l.labels().isEmpty() || !l.parts().isEmpty() || !l.column().isEmpty() || l.defaultValue() != null
                || l.sex() != null || l.codeList() != null) {
            errors.add(path + ".position: a value read from the file's name has no labels, sumOf, column, default,"
                    + " sex or codeList");
        }
    }

    /** A value from the sheet's name: a school's code or name, and nothing else said of it. */
    private void sheetNameLabel(LabelSpec l, String path) {
        if (!"school.code".equalsIgnoreCase(l.field()) && !"school.name".equalsIgnoreCase(l.field())) {
            errors.add(path + ".position: only school.code or school.name is read from the sheet's name, not "
                    + l.field());
        }
        if (!l.labels().isEmpty() || !l.parts().isEmpty() || !l.column().isEmpty() || l.defaultValue() != null
                || l.sex() != null || l.codeList() != null) {
            errors.add(path + ".position: a value read from the sheet's name has no labels, sumOf, column, default,"
                    + " sex or codeList");
        }
    }

    private void label(LabelSpec l, String path) {
        boolean sum = !l.sumOf().isEmpty();
        if (SheetNameLabels.fromSheetName(l)) {
            sheetNameLabel(l, path);
            return;
        }
        if (FileNameLabels.fromFileName(l)) {
            fileNameLabel(l, path);
            return;
        }
        boolean difference = l.difference();
        if (l.labels().isEmpty() && !sum && !difference) {
            errors.add(path + ".labels: give at least one label text (or sumOf, or differenceOf)");
        }
        if (sum && !l.labels().isEmpty()) {
            errors.add(path + ".sumOf: a sum is read from the labels it names: give sumOf or labels, not both");
        }
        if (difference && (!l.labels().isEmpty() || sum) && !l.column().isEmpty()) {
            errors.add(path + ".differenceOf: with labels, differenceOf names the headings of the two columns of the"
                    + " label's row (the total for both sexes first, e.g. [\"HM\", \"M\"]): give differenceOf or"
                    + " column, not both");
        }
        if (sum && l.sumOf().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(path + ".sumOf: empty label text");
        }
        if (!l.column().isEmpty() && l.position() != null) {
            errors.add(path + ".column: the value is in the column headed by this text; give column or position,"
                    + " not both");
        }
        if (l.column().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(path + ".column: empty header text");
        }
        if (!l.band().isEmpty() && (l.column().isEmpty() || difference || l.ticked())) {
            errors.add(path + ".band: a band is the heading over a column's heading (Qualified over Male | Female):"
                    + " give it with column, without differenceOf or ticks");
        }
        if (l.band().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(path + ".band: empty band text");
        }
        Optional<CanonicalField> f = field(l.field(), path + ".field");
        if (l.ticked()) {
            ticks(l, f.orElse(null), path + ".ticks");
        }
        boolean together = org.emisworkbench.model.Sex.BOTH_TOGETHER.equals(l.sex());
        if (!together) {
            codes(l.sex(), "sex", path + ".sex");
        }
        if (l.codeList() != null && lists.get(l.codeList()).isEmpty()) {
            errors.add(path + ".codeList: no code list \"" + l.codeList() + "\"");
        }
        f.ifPresent(cf -> listFits(cf, l.codeList(), path + ".codeList"));
        f.ifPresent(cf -> {
            if (cf.kind() != Kind.SCHOOL && cf.kind() != Kind.FIXED) {
                errors.add(path + ".field: a label holds a school attribute or a teachers/classrooms/facilities count,"
                        + " not " + cf.name());
            } else if (cf.kind() == Kind.FIXED && cf.topic().bySex() && l.sex() == null) {
                errors.add(path + ".sex: " + cf.name() + " is counted by sex; give F or M"
                        + (cf.topic().sexMayBeUnreported() ? ", or \"both\" for teachers of both sexes together whose"
                        + " sex the return does not give" : ""));
            } else if (together && bothTogether(cf, difference, path + ".sex")) {
                return;
            } else if (difference) {
                SexDifferenceRules.check(l, cf, path, errors);
                if (l.defaultValue() != null) {
                    errors.add(path + ".default: a difference has no default");
                }
            } else if (sum && cf.kind() != Kind.FIXED) {
                errors.add(path + ".sumOf: only a count is a sum of labels, not " + cf.name());
            } else if (l.defaultValue() != null && sum) {
                errors.add(path + ".default: a sum has no default");
            } else if (l.defaultValue() != null && cf.attribute() == org.emisworkbench.model.SchoolAttribute.CODE) {
                errors.add(path + ".default: a form without school code is not given one");
            } else if (l.defaultValue() != null) {
                TemplateValue.parse(cf, l.codeList(), l.defaultValue(), lists, path + ".default", errors);
            }
        });
    }

    /**
     * An answer marked in one of several columns ({@code ticks}): a yes/no count of a label of its own, two columns
     * or more, each mark's meaning a code of the label's list (the field's own, yesno, when it names none).
     */
    private void ticks(LabelSpec l, CanonicalField f, String path) {
        if (l.labels().isEmpty() || !l.sumOf().isEmpty() || l.difference() || !l.column().isEmpty()
                || l.position() != null || l.defaultValue() != null) {
            errors.add(path + ": an answer marked in one of several columns is read on its label's row: give labels"
                    + " and ticks, without sumOf, differenceOf, column, position or default");
        }
        if (l.ticks().size() < 2) {
            errors.add(path + ": name two columns or more, each with the answer a mark there means (e.g. {\"Yes\":"
                    + " \"yes\", \"No\": \"no\"})");
        }
        if (f != null && !f.answeredYesOrNo()) {
            errors.add(path + ": only a yes/no count (facilities.*) is answered by a mark, not " + f.name());
        }
        String listName = l.codeList() != null ? l.codeList() : "yesno";
        lists.get(listName).ifPresent(list -> l.ticks().forEach((heading, code) -> {
            if (heading == null || heading.isBlank()) {
                errors.add(path + ": empty column heading");
            }
            if (code == null || !list.codes().contains(code)) {
                errors.add(path + "." + heading + ": \"" + code + "\" is not a code of the " + listName + " list "
                        + list.codes());
            }
        }));
    }

    /**
     * A column's or label's own code list must give the codes its field is read with (for
     * {@code staff.qualification}: yes / no), or the values it maps would never count.
     */
    private void listFits(CanonicalField f, String codeList, String path) {
        Optional<CodeList> given = lists.get(codeList);
        if (codeList == null || given.isEmpty()) {
            return;
        }
        if (f.name().endsWith(".birth_date") || f.name().equals("staff.grade_taught")) {
            errors.add(path + ": " + f.name() + " is not read through a code list ("
                    + (f.name().endsWith(".birth_date") ? "it holds dates" : "it holds x marks") + ")");
            return;
        }
        String builtIn = builtInList(f);
        if (builtIn == null) {
            return;
        }
        List<String> wanted = lists.require(builtIn).codes();
        List<String> foreign = given.get().codes().stream().filter(c -> !wanted.contains(c)).toList();
        if (!foreign.isEmpty()) {
            errors.add(path + ": list \"" + codeList + "\" has codes " + foreign + " that " + f.name()
                    + " does not know; its codes must be those of the " + builtIn + " list " + wanted);
        }
    }

    /** The list whose codes a field is read with, or null when any codes will do (names, districts). */
    static String builtInList(CanonicalField f) {
        return switch (f.name()) {
            case "pupil.sex", "staff.sex", "row.sex" -> "sex";
            case "pupil.grade", "row.grade" -> "grade";
            case "row.age", "pupil.age" -> "age";
            case "pupil.status" -> "status";
            case "row.topic" -> "topic";
            case "pupil.disability" -> "disability";
            case "staff.qualification" -> "qualification";
            case "staff.certified" -> "yesno";
            case "staff.type" -> "staff_type";
            case "staff.employment" -> "employment";
            case "school.ownership" -> "ownership";
            case "school.locality" -> "locality";
            case "school.level" -> "level";
            case "school.gender" -> "gender";
            default -> f.isCount() ? "yesno" : null;
        };
    }

    private void grid(GridSpec g, String path) {
        field(g.field(), path + ".field").ifPresent(cf -> {
            if (cf.kind() != Kind.GRADED) {
                errors.add(path + ".field: a grid holds enrolment, repeaters, new_entrants or disabled, not "
                        + cf.name());
            }
        });
        codes(g.grade(), "grade", path + ".grade");
        if (g.grade() != null && g.sexLayout().equals("rows")) {
            errors.add(path + ".grade: a single-grade grid has its sexes in columns (Age, M, F)");
        }
        if (g.titles().isEmpty() && (g.grade() != null || g.sex() != null || "grade".equals(g.rows()))) {
            // Without titles a grid is found at the form's one header row of grades (GridAnchor): a grid of one
            // grade or one sex, or with a row per grade, has no such row of its own to be found by.
            errors.add(path + ".titles: give the title text above the grid (only a grid with its grades across, of"
                    + " both sexes, may leave its titles out: its header row of grades is then found by itself)");
        }
        if (!g.rows().equals("age") && !g.rows().equals("none") && !g.rows().equals("grade")) {
            errors.add(path + ".rows: \"" + g.rows() + "\" is not one of age, none, grade");
        }
        if (g.grade() != null && g.rows().equals("grade")) {
            errors.add(path + ".grade: a table whose rows are grades has no single grade");
        }
        if (!g.sexLayout().equals("columns") && !g.sexLayout().equals("rows")) {
            errors.add(path + ".sexLayout: \"" + g.sexLayout() + "\" is not one of columns, rows");
        }
        boolean sideBySide = g.rows().equals("grade") && g.sexLayout().equals("columns");
        boolean topicSexRows = g.rows().equals("none") && g.sexLayout().equals("rows");
        // One row of figures under grades across, each over bands of topics over the sexes (decision 0100).
        boolean gradeBands = g.rows().equals("none") && g.sexLayout().equals("columns");
        if (!g.band().isEmpty() && !sideBySide && !topicSexRows && !gradeBands) {
            errors.add(path + ".band: only a table whose rows are grades, with its sexes in columns (\"rows\": \"grade\"),"
                    + " has topics side by side under bands; a table of one row (\"rows\": \"none\") has them under"
                    + " each grade across, over its sexes, or, with \"sexLayout\": \"rows\", in rows naming a topic"
                    + " and a sex");
        }
        codes(g.sex(), "sex", path + ".sex");
        boolean byGrade = g.rows().equals("grade");
        if (g.sex() != null && (g.grade() != null || g.sexLayout().equals("rows") || !g.band().isEmpty() && !byGrade)) {
            errors.add(path + ".sex: a grid of one sex has either its grades across one header row and its ages (or one"
                    + " row) down, or a row per grade (\"rows\": \"grade\") with its ages, or the headings its"
                    + " \"band\" names (New, Repeaters), across; never with \"grade\" or \"sexLayout\": \"rows\"");
        }
        if (g.band().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(path + ".band: a band's text may not be blank");
        }
        if (!g.stream().isEmpty() && (!sideBySide || g.sex() != null)) {
            errors.add(path + ".stream: only a table whose rows are grades, with its sexes in columns (\"rows\":"
                    + " \"grade\"), has a stream column (Form | Stream | Boys | Girls)");
        }
        if (g.stream().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(path + ".stream: the stream column's heading may not be blank");
        }
    }

    /**
     * {@code "sex": "both"}: a count of both sexes together whose sex the return does not give, stored without sex
     * (decision 0058); only for teachers' counts read as they stand (not a total column, a difference or a header
     * naming a sex). Says whether it was refused.
     */
    private boolean bothTogether(CanonicalField cf, boolean sexGivenOtherwise, String path) {
        if (cf.kind() != Kind.FIXED || !cf.topic().sexMayBeUnreported()) {
            errors.add(path + ": \"both\" (both sexes together, the sex not reported) is for teachers' counts only,"
                    + " not " + cf.name() + "; give F or M");
            return true;
        }
        if (sexGivenOtherwise) {
            errors.add(path + ": \"both\" is for a count of both sexes together read as it stands; a total column,"
                    + " a difference, a {sex} placeholder or a sex column in the rows says the sex otherwise");
            return true;
        }
        return false;
    }

    private Optional<CanonicalField> field(String name, String path) {
        if (name == null) {
            errors.add(path + ": missing");
            return Optional.empty();
        }
        Optional<CanonicalField> f = CanonicalField.parse(name);
        if (f.isEmpty()) {
            // "total": "classrooms" (review 34): a topic of named slots is totalled by its total slot.
            String topic = java.util.Arrays.stream(org.emisworkbench.model.Topic.values())
                    .filter(t -> !t.graded() && t.code().equalsIgnoreCase(name.strip())
                            && t.fixedSlots().contains("total"))
                    .map(t -> t.code() + ".total").findFirst().orElse(null);
            errors.add(path + ": unknown canonical field \"" + name + "\" (see docs/templates.md)"
                    + (topic == null ? "" : "; the total of " + name.strip() + " is written \"" + topic + "\""));
        }
        return f;
    }

    private void codes(String code, String list, String path) {
        if (code != null && !lists.require(list).codes().contains(code)) {
            errors.add(path + ": \"" + code + "\" is not a " + list + " code (codes: "
                    + String.join(", ", lists.require(list).codes().stream().limit(16).toList()) + ")");
        }
    }
}
