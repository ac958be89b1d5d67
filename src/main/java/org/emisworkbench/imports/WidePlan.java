package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Grade;
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

    /** A stored row of a sheet row: one (topic, sex, age). */
    record Group(Topic topic, Sex sex, AgeGroup age, int slots) {
    }

    final byte[] kind;
    final String[] field;
    final String[] letters;
    final SchoolAttribute[] attribute;
    final CodeList[] codeList;
    final int[] group;
    final int[] slot;
    final Sex[] sex;
    final String[] grade;
    /** For a TOTAL column, the COUNT columns it adds up. */
    final int[][] members;
    final List<Group> groups = new ArrayList<>();
    final List<String> unmatched = new ArrayList<>();
    final int keyColumn;
    final boolean hasAttributes;

    WidePlan(HeaderLayout header, SheetSpec spec, CodeLists lists, ImportContext ctx) {
        HeaderMatcher.Match[] by = header.byColumn();
        int width = by.length;
        kind = new byte[width];
        field = new String[width];
        letters = new String[width];
        attribute = new SchoolAttribute[width];
        codeList = new CodeList[width];
        group = new int[width];
        slot = new int[width];
        sex = new Sex[width];
        grade = new String[width];
        members = new int[width][];
        keyColumn = header.keyColumn();
        boolean attrs = false;
        for (int c = 0; c < width; c++) {
            letters[c] = CellRef.columnLetters(c);
            HeaderMatcher.Match m = by[c];
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
            sex[c] = m.sex() == null ? null : Sex.valueOf(m.sex());
            grade[c] = m.grade();
            String listName = col.codeList() != null ? col.codeList() : defaultList(f);
            codeList[c] = listName == null ? null : lists.require(listName);
            if (col.total() != null) {
                kind[c] = TOTAL;
                continue;
            }
            switch (f.kind()) {
                case SCHOOL -> {
                    kind[c] = f.attribute() == SchoolAttribute.CODE ? KEY : ATTRIBUTE;
                    attribute[c] = f.attribute();
                    attrs |= f.attribute() != SchoolAttribute.CODE;
                }
                case GRADED -> {
                    Grade g = ctx.grades().byCode(m.grade()).orElse(null);
                    if (g == null) {
                        unmatched.add(letters[c] + ": grade " + m.grade() + " is not in the workspace's grades");
                        continue;
                    }
                    kind[c] = COUNT;
                    slot[c] = g.slot();
                    group[c] = groupOf(f.topic(), sex[c], age(m), ctx.grades().size());
                }
                case FIXED -> {
                    kind[c] = COUNT;
                    slot[c] = f.slot();
                    group[c] = groupOf(f.topic(), f.topic().bySex() ? sex[c] : null, AgeGroup.ALL,
                            f.topic().fixedSlots().size());
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
        for (int c = 0; c < width; c++) {
            if (kind[c] == TOTAL) {
                members[c] = membersOf(c, by[c]);
            }
        }
    }

    private static String defaultList(CanonicalField f) {
        if (f.attribute() == SchoolAttribute.OWNERSHIP) {
            return "ownership";
        }
        if (f.attribute() == SchoolAttribute.LOCALITY) {
            return "locality";
        }
        if (f.attribute() == SchoolAttribute.LEVEL) {
            return "level";
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

    /** COUNT columns of the total's field, same sex and age when the total says them. */
    private int[] membersOf(int totalCol, HeaderMatcher.Match m) {
        String f = field[totalCol];
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < kind.length; c++) {
            if (kind[c] == COUNT && f.equals(field[c]) && (sex[totalCol] == null || sex[totalCol] == sex[c])
                    && (m.age() == null || m.age().equals(groups.get(group[c]).age().code()))
                    && (m.grade() == null || m.grade().equals(grade[c]))) {
                cols.add(c);
            }
        }
        return cols.stream().mapToInt(Integer::intValue).toArray();
    }

    int width() {
        return kind.length;
    }
}
