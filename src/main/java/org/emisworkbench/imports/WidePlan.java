package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.ColumnSpec;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.TemplateValue;

/**
 * What each column of a wide sheet means, worked out once after the header so that the row loop is
 * array look-ups only: no string matching or maps per cell (a national file has millions of cells).
 */
final class WidePlan {
    static final byte IGNORE = 0;
    static final byte KEY = 1;
    static final byte ATTRIBUTE = 2;
    static final byte COUNT = 3;
    static final byte TOTAL = 4;
    static final byte POP_YEAR = 5;
    static final byte POP_AGE = 6;
    static final byte POP_COUNT = 7;
    /** A column read only as a part of a sum ({@code sumOf}). */
    static final byte PART = 8;
    /** A column saying the grade, sex or age of its row ({@code row.grade}…). */
    static final byte ROW_DIMENSION = 9;
    /** A count whose grade, sex or age is given by its row ({@link RowDimensionPlan}). */
    static final byte ROW_COUNT = 10;

    /** A stored row of a sheet row: one (topic, sex, age). */
    record Group(Topic topic, Sex sex, AgeGroup age, int slots) {
    }

    /**
     * A figure that is the sum of columns of the same row.
     *
     * @param parts      the columns added, in the order of {@code sumOf}; for a difference, the total for both
     *                   sexes and the one sex given ({@code differenceOf})
     * @param slotKey    the figure as {@link HeaderMatcher#slotKey}
     * @param difference true when the figure is the first part less the second ({@link SexDifference})
     */
    record Sum(String field, int group, int slot, int[] parts, String slotKey, boolean difference) {
    }

    /**
     * A count set by a constant: a sheet's own in every school row of the sheet, the template's once per
     * school (in the row that announces it).
     */
    record CountConstant(int group, int slot, int value, boolean everyRow) {
    }

    /** A problem about a header cell, found while planning, reported once with the unmatched columns. */
    record Note(ProblemKind kind, int col, String field, String raw, Message detail) {
    }

    /** A column whose header names a grade the workspace does not have: not read, reported as unmatched. */
    record Unmatched(String letters, String grade) {
    }

    final byte[] kind;
    final String[] field;
    /**
     * Each column's name in problems: its letters; on a sheet of one column per school read on its side
     * ({@code schoolsIn}), the sheet's row number, as the column read is a row of the sheet.
     */
    final String[] letters;
    /** True on a sheet of one column per school, read on its side. */
    private final boolean across;
    final SchoolAttribute[] attribute;
    final CodeList[] codeList;
    final int[] group;
    final int[] slot;
    final Sex[] sex;
    final String[] grade;
    /** For a COUNT column, its figure as {@link HeaderMatcher#slotKey}. */
    final String[] slotKey;
    /** For a TOTAL column, the COUNT columns it adds up. */
    final int[][] members;
    /** True for a column some sum adds (whether or not it is also read as its own field). */
    final boolean[] part;
    /** A column's default: the attribute code, or the count as text; null when none. */
    final TemplateValue[] defaults;
    /** Columns with a default, to fill the ones a row leaves blank. */
    final int[] defaultColumns;
    /** The header text of each column, for unread columns. */
    final String[] headerText;
    final List<Group> groups = new ArrayList<>();
    final List<Sum> sums = new ArrayList<>();
    final List<CountConstant> countConstants = new ArrayList<>();
    final Map<SchoolAttribute, String> attributeConstants = new EnumMap<>(SchoolAttribute.class);
    final List<Unmatched> unmatched = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final int keyColumn;
    final boolean hasAttributes;
    /** The row dimensions of a sheet with several rows per school; null on a sheet of one row per school. */
    final RowDimensionPlan rowDimensions;

    /**
     * @param texts     the header texts per column ({@link org.emisworkbench.template.HeaderLocator#texts})
     * @param matcher   the sheet's matcher (for the parts of sums)
     * @param constants the constants in force on the sheet (template's and sheet's)
     */
    WidePlan(HeaderLayout header, String[][] texts, SheetSpec spec, HeaderMatcher matcher,
             Map<String, TemplateValue> constants, CodeLists lists, ImportContext ctx) {
        HeaderMatcher.Match[] by = header.byColumn();
        int width = Math.max(by.length, texts[0].length);
        kind = new byte[width];
        field = new String[width];
        letters = new String[width];
        attribute = new SchoolAttribute[width];
        codeList = new CodeList[width];
        group = new int[width];
        slot = new int[width];
        sex = new Sex[width];
        grade = new String[width];
        slotKey = new String[width];
        members = new int[width][];
        part = new boolean[width];
        defaults = new TemplateValue[width];
        headerText = new String[width];
        keyColumn = header.keyColumn();
        across = spec.schoolsAcross();
        boolean attrs = false;
        rowDimensions = spec.rowDimensions().isEmpty() ? null : new RowDimensionPlan(spec.rowDimensions(), width);
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            letters[c] = across ? String.valueOf(c + 1) : CellRef.columnLetters(c);
            headerText[c] = texts[0][c];
            HeaderMatcher.Match m = c < by.length ? by[c] : null;
            if (m == null) {
                continue;
            }
            if (m.column() == HeaderMatcher.KEY) {
                kind[c] = KEY;
                continue;
            }
            ColumnSpec col = spec.columns().get(m.column());
            String name = col.field() != null ? col.field() : col.total();
            CanonicalField f = CanonicalField.parse(name).orElseThrow();
            field[c] = f.name();
            sex[c] = m.sex() == null ? null : Sex.ofTemplate(m.sex());
            grade[c] = m.grade();
            String listName = col.codeList() != null ? col.codeList() : defaultList(f);
            codeList[c] = listName == null ? null : lists.require(listName);
            if (col.total() != null) {
                kind[c] = TOTAL;
                continue;
            }
            if (rowDimensions != null && planByRow(c, f, m, col, lists, ctx, owners)) {
                continue;
            }
            if (col.defaultValue() != null) {
                defaults[c] = TemplateValue.of(f.name(), col.codeList(), col.defaultValue(), lists).orElse(null);
            }
            switch (f.kind()) {
                case SCHOOL -> {
                    if (f.attribute() != SchoolAttribute.CODE && !firstOwner(owners, f.name() + "|||", c)) {
                        continue;
                    }
                    kind[c] = f.attribute() == SchoolAttribute.CODE ? KEY : ATTRIBUTE;
                    attribute[c] = f.attribute();
                    attrs |= f.attribute() != SchoolAttribute.CODE;
                }
                case GRADED -> {
                    Grade g = ctx.grades().byCode(m.grade()).orElse(null);
                    if (g == null) {
                        unmatched.add(new Unmatched(letters[c], m.grade()));
                        continue;
                    }
                    if (!firstOwner(owners, HeaderMatcher.slotKey(f.name(), m), c)) {
                        continue;
                    }
                    kind[c] = COUNT;
                    slot[c] = g.slot();
                    group[c] = groupOf(f.topic(), sex[c], age(m), ctx.grades().size());
                    slotKey[c] = HeaderMatcher.slotKey(f.name(), m);
                }
                case FIXED -> {
                    if (!firstOwner(owners, HeaderMatcher.slotKey(f.name(), m), c)) {
                        continue;
                    }
                    kind[c] = COUNT;
                    slot[c] = f.slot();
                    group[c] = groupOf(f.topic(), f.topic().bySex() ? sex[c] : null, AgeGroup.ALL,
                            f.topic().fixedSlots().size());
                    slotKey[c] = HeaderMatcher.slotKey(f.name(), m);
                }
                case POPULATION_COUNT -> kind[c] = POP_COUNT;
                case POPULATION_DIMENSION -> kind[c] = f.name().equals("population.year") ? POP_YEAR
                        : f.name().equals("population.area") ? KEY : POP_AGE;
                default -> {
                    // Roster fields never reach a wide sheet: the loader refuses them.
                }
            }
        }
        hasAttributes = attrs;
        planSums(texts, spec, matcher, ctx);
        ColumnSpec both = spec.rowSexDifference();
        if (both != null && rowDimensions != null && rowDimensions.sexList != null) {
            // Checked when the template was loaded: the second text is a sex of the list, the other one.
            String given = rowDimensions.sexList.code(both.differenceOf().get(1));
            if (given != null && both.sex() != null) {
                rowDimensions.sexRows = new RowDimensionPlan.SexRows(
                        org.emisworkbench.template.HeaderText.normalizeLabel(both.differenceOf().get(0)),
                        Sex.valueOf(given), Sex.valueOf(both.sex()), both.differenceOf().get(0).strip(),
                        both.differenceOf().get(1).strip());
            }
        }
        for (int c = 0; c < width; c++) {
            if (kind[c] == TOTAL) {
                members[c] = membersOf(c, by[c]);
            }
        }
        List<Integer> withDefault = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (defaults[c] != null && (kind[c] == COUNT || kind[c] == ATTRIBUTE)) {
                withDefault.add(c);
            }
        }
        defaultColumns = withDefault.stream().mapToInt(Integer::intValue).toArray();
        for (TemplateValue v : constants.values()) {
            CanonicalField f = v.field();
            if (!v.isCount()) {
                attributeConstants.put(f.attribute(), v.text());
            } else {
                Topic t = f.topic();
                boolean own = spec.constants().keySet().stream().anyMatch(k -> k.trim().equalsIgnoreCase(f.name()));
                countConstants.add(new CountConstant(groupOf(t, null, AgeGroup.ALL, t.fixedSlots().size()), f.slot(),
                        v.count(), own));
            }
        }
    }

    /**
     * Plans a column of a sheet with several rows per school when it is a row dimension or a count taking
     * one from its row; false for any other column (planned as on any wide sheet).
     */
    private boolean planByRow(int c, CanonicalField f, HeaderMatcher.Match m, ColumnSpec col, CodeLists lists,
                              ImportContext ctx, Map<String, Integer> owners) {
        if (f.kind() == CanonicalField.Kind.ROW_DIMENSION) {
            if (firstOwner(owners, HeaderMatcher.slotKey(f.name(), m), c)) {
                kind[c] = ROW_DIMENSION;
                if (f.rowDimension().equals("stream")) {
                    // The stream tells the parts of a grade apart; its text is read by no list.
                    rowDimensions.streamColumn = c;
                    return true;
                }
                if (f.rowDimensions().size() > 1) {
                    // "Standard 3, Female": one column, each part read through its own list.
                    List<CodeList> each = f.rowDimensions().stream().map(lists::require).toList();
                    rowDimensions.combined(c, new org.emisworkbench.template.CombinedCodes(f.rowDimensions(), each));
                    return true;
                }
                codeList[c] = lists.require(col.codeList() != null ? col.codeList() : f.rowDimension());
                rowDimensions.dimension(f.rowDimension(), c, codeList[c]);
            }
            return true;
        }
        if (!rowDimensions.takesFromRow(f, m)) {
            return false;
        }
        Grade g = null;
        if (m.grade() != null) {
            g = ctx.grades().byCode(m.grade()).orElse(null);
            if (g == null) {
                unmatched.add(new Unmatched(letters[c], m.grade()));
                return true;
            }
        }
        if (firstOwner(owners, HeaderMatcher.slotKey(f.name(), m), c)) {
            kind[c] = ROW_COUNT;
            slotKey[c] = HeaderMatcher.slotKey(f.name(), m);
            rowDimensions.count(c, f, g, sex[c], m.age() == null ? null : new AgeGroup(m.age()));
        }
        return true;
    }

    /**
     * True when column {@code c} is the first of the sheet to give figure {@code key}; a later one (an
     * alias of the same spec also present) is not read, and said so, rather than overwrite the first.
     */
    private boolean firstOwner(Map<String, Integer> owners, String key, int c) {
        Integer first = owners.putIfAbsent(key, c);
        if (first == null) {
            return true;
        }
        notes.add(new Note(ProblemKind.VALUE_CLASH, c, key.substring(0, key.indexOf('|')), null,
                Message.of("import.detail.sameFigure", line(c), line(first), HeaderMatcher.describe(key))));
        return false;
    }

    /** Finds the columns of each sum in the header; a sum whose parts are not all there is not computed. */
    private void planSums(String[][] texts, SheetSpec spec, HeaderMatcher matcher, ImportContext ctx) {
        Map<HeaderMatcher.Match, int[]> found = new LinkedHashMap<>();
        for (int c = 0; c < texts[0].length; c++) {
            List<HeaderMatcher.Part> ps = matcher.parts(texts[0][c], texts[1][c]);
            for (HeaderMatcher.Part p : ps) {
                int[] cols = found.computeIfAbsent(p.sum(), k -> {
                    int[] a = new int[spec.columns().get(p.column()).parts().size()];
                    java.util.Arrays.fill(a, -1);
                    return a;
                });
                if (cols[p.part()] >= 0) {
                    notes.add(new Note(ProblemKind.VALUE_CLASH, c, spec.columns().get(p.column()).field(), texts[0][c],
                            Message.of("import.detail.samePart", line(c), line(cols[p.part()]),
                                    spec.columns().get(p.column()).parts().get(p.part()))));
                    continue;
                }
                cols[p.part()] = c;
                part[c] = true;
                if (kind[c] == IGNORE) {
                    kind[c] = PART;
                    field[c] = spec.columns().get(p.column()).field();
                }
            }
        }
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (int c = 0; c < kind.length; c++) {
            if (slotKey[c] != null) {
                owners.put(slotKey[c], c);
            }
        }
        for (Map.Entry<HeaderMatcher.Match, int[]> e : found.entrySet()) {
            HeaderMatcher.Match m = e.getKey();
            ColumnSpec col = spec.columns().get(m.column());
            CanonicalField f = CanonicalField.parse(col.field()).orElseThrow();
            int[] cols = e.getValue();
            String key = HeaderMatcher.slotKey(f.name(), m);
            int at = java.util.Arrays.stream(cols).filter(c -> c >= 0).findFirst().orElse(0);
            List<String> absent = new ArrayList<>();
            for (int i = 0; i < cols.length; i++) {
                if (cols[i] < 0) {
                    absent.add("\"" + col.parts().get(i) + "\"");
                }
            }
            if (!absent.isEmpty()) {
                notes.add(new Note(ProblemKind.PARTIAL_SUM, at, f.name(), texts[0][at], Message.of(col.difference() ? "import.detail.differencePartsAbsent" : "import.detail.sumPartsAbsent",
                        HeaderMatcher.describe(key), String.join(", ", absent))));
                continue;
            }
            Integer owner = owners.get(key);
            if (owner != null) {
                notes.add(new Note(ProblemKind.VALUE_CLASH, at, f.name(), texts[0][at], Message.of(col.difference() ? "import.detail.differenceNotUsed" : "import.detail.sumNotUsed",
                        HeaderMatcher.describe(key), line(owner))));
                continue;
            }
            if (!col.difference() && rowDimensions != null && rowDimensions.takesFromRow(f, m)) {
                // Day + Boarding of the row's grade: added row by row by the reader of such sheets.
                Grade gr = m.grade() == null ? null : ctx.grades().byCode(m.grade()).orElse(null);
                if (m.grade() != null && gr == null) {
                    unmatched.add(new Unmatched(letters[at], m.grade()));
                    continue;
                }
                owners.put(key, -1);
                rowDimensions.sum(cols, f, gr, m.sex() == null ? null : Sex.valueOf(m.sex()),
                        m.age() == null ? null : new AgeGroup(m.age()));
                continue;
            }
            if (col.difference() && rowDimensions != null && rowDimensions.takesFromRow(f, m)) {
                // The boys of the row's grade: worked out row by row by the reader of such sheets.
                Grade gr = m.grade() == null ? null : ctx.grades().byCode(m.grade()).orElse(null);
                if (m.grade() != null && gr == null) {
                    unmatched.add(new Unmatched(letters[at], m.grade()));
                    continue;
                }
                owners.put(key, -1);
                rowDimensions.difference(cols[0], cols[1], f, gr, Sex.valueOf(m.sex()),
                        m.age() == null ? null : new AgeGroup(m.age()));
                continue;
            }
            int g;
            int s;
            if (f.kind() == CanonicalField.Kind.GRADED) {
                Grade gr = ctx.grades().byCode(m.grade()).orElse(null);
                if (gr == null) {
                    unmatched.add(new Unmatched(letters[at], m.grade()));
                    continue;
                }
                s = gr.slot();
                g = groupOf(f.topic(), m.sex() == null ? null : Sex.valueOf(m.sex()), age(m), ctx.grades().size());
            } else {
                s = f.slot();
                g = groupOf(f.topic(), f.topic().bySex() ? Sex.ofTemplate(m.sex()) : null, AgeGroup.ALL,
                        f.topic().fixedSlots().size());
            }
            owners.put(key, -1);
            sums.add(new Sum(f.name(), g, s, cols, key, col.difference()));
        }
    }

    private static String defaultList(CanonicalField f) {
        if (f.attribute() != null) {
            return TemplateValue.attributeList(f.attribute());
        }
        if (f.name().equals("population.age")) {
            return "age";
        }
        return null;
    }

    private static AgeGroup age(HeaderMatcher.Match m) {
        return m.age() == null ? AgeGroup.ALL : new AgeGroup(m.age());
    }

    private int groupOf(Topic topic, Sex s, AgeGroup age, int slots) {
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.topic() == topic && g.sex() == s && g.age().equals(age)) {
                return i;
            }
        }
        groups.add(new Group(topic, s, age, slots));
        return groups.size() - 1;
    }

    /**
     * COUNT columns of the total's field, same sex, grade and age where the total says them; and the columns
     * added into sums of that field ({@code teachers.total} as qualified + unqualified, whose Total beside
     * them adds up all four), when the total names no grade or age, or names the sum's grade ({@code Class 1 Male
     * Total} beside {@code Class 1 Male New} and {@code Class 1 Male Rep}, decision 0060).
     */
    private int[] membersOf(int totalCol, HeaderMatcher.Match m) {
        String f = field[totalCol];
        java.util.function.Predicate<String> adds = addedInto(f);
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < kind.length; c++) {
            if ((kind[c] == COUNT || kind[c] == ROW_COUNT) && adds.test(field[c]) && (sex[totalCol] == null || sex[totalCol] == sex[c])
                    && (m.age() == null || m.age().equals(ageOf(c)))
                    && (m.grade() == null || m.grade().equals(grade[c]))) {
                cols.add(c);
            }
        }
        if (m.age() == null && rowDimensions != null) {
            // Sums whose grade the row gives ({@code Day {sex}} + {@code Boarding {sex}} beside {@code Total {sex}}).
            for (RowDimensionPlan.Sum s : rowDimensions.sums) {
                if (s.field().name().equals(f) && s.age() == null && (sex[totalCol] == null || sex[totalCol] == s.sex())
                        && (m.grade() == null || s.grade() != null && m.grade().equals(s.grade().code()))) {
                    for (int p : s.parts()) {
                        if (!cols.contains(p)) {
                            cols.add(p);
                        }
                    }
                }
            }
        }
        if (m.age() == null) {
            for (Sum s : sums) {
                Group g = groups.get(s.group());
                // A difference's parts are a total for both sexes and one sex: not figures a total adds up.
                if (!s.difference() && adds.test(s.field()) && g.age().equals(AgeGroup.ALL) && (sex[totalCol] == null
                        || sex[totalCol] == g.sex()) && (m.grade() == null
                        || s.slotKey().split("\\|", -1)[1].equals(m.grade()))) {
                    for (int p : s.parts()) {
                        if (!cols.contains(p)) {
                            cols.add(p);
                        }
                    }
                }
            }
        }
        if (sex[totalCol] == null && m.age() == null) {
            bothSexesOfDifferences(f, m.grade(), cols);
        }
        return cols.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Which fields a total column of {@code total} adds up: that field; for the classrooms' total ({@code "total":
     * "classrooms.total"}, review 34: {@code Bon état + Mauvais état = Total}) the rooms of one breakdown on the
     * sheet, by condition if it has any, else by construction, as the school's classrooms are counted
     * ({@link org.emisworkbench.model.ClassroomCount}); a column read as the classrooms' total is then not one of them.
     */
    private java.util.function.Predicate<String> addedInto(String total) {
        if (!"classrooms.total".equals(total)) {
            return total::equals;
        }
        for (List<String> breakdown : org.emisworkbench.model.ClassroomCount.BREAKDOWNS) {
            java.util.Set<String> fields = new java.util.HashSet<>();
            breakdown.forEach(b -> fields.add("classrooms." + b));
            boolean present = java.util.stream.IntStream.range(0, kind.length)
                    .anyMatch(c -> kind[c] == COUNT && fields.contains(field[c]))
                    || sums.stream().anyMatch(x -> fields.contains(x.field()));
            if (present) {
                return fields::contains;
            }
        }
        return total::equals;
    }

    /**
     * A total for both sexes beside {@code HM | M} pairs read by {@code differenceOf} ({@code Total HM}): it adds up
     * each pair's total for both sexes, which holds the sex worked out of it (the men) and the one sex given (the
     * women), so the pair's both-sexes column replaces the one-sex column among the members (review 33: {@code Total
     * HM} was checked against the women alone).
     *
     * @param grade the grade the total's header fixes, or null for all grades
     */
    private void bothSexesOfDifferences(String f, String grade, List<Integer> cols) {
        List<int[]> pairs = new ArrayList<>();
        if (rowDimensions != null) {
            for (RowDimensionPlan.Difference d : rowDimensions.differences) {
                if (d.field().name().equals(f) && d.age() == null
                        && (grade == null || d.grade() != null && grade.equals(d.grade().code()))) {
                    pairs.add(new int[] {d.totalCol(), d.sexCol()});
                }
            }
        }
        for (Sum s : sums) {
            Group g = groups.get(s.group());
            if (s.difference() && s.field().equals(f) && g.age().equals(AgeGroup.ALL)
                    && (grade == null || s.slotKey().split("\\|", -1)[1].equals(grade))) {
                pairs.add(s.parts());
            }
        }
        for (int[] pair : pairs) {
            cols.remove(Integer.valueOf(pair[1]));
            if (!cols.contains(pair[0])) {
                cols.add(pair[0]);
            }
        }
    }

    /** The age code a count column fixes; null when its row gives it. */
    private String ageOf(int c) {
        if (kind[c] == ROW_COUNT) {
            return rowDimensions.age[c] == null ? null : rowDimensions.age[c].code();
        }
        return groups.get(group[c]).age().code();
    }

    int width() {
        return kind.length;
    }

    /** A column as problems speak of it: {@code column D}, or {@code row 5} on a sheet read on its side. */
    /** A column of the header as the sheet names it: column D, or row 7 on a sheet read on its side. */
    private Message line(int c) {
        return Message.of(across ? "import.detail.row" : "import.detail.column", letters[c]);
    }
}
