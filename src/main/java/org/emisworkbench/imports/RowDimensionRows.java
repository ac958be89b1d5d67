package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CanonicalField;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;

/**
 * The figures of a wide sheet with several rows per school, where a column of the row says their grade,
 * sex or age ({@link RowDimensionPlan}). The figures of a school's rows, one after another, are stored together,
 * one stored row per topic, sex and age, each value with its own cell as source. A figure of the school given a
 * second time (same field, grade, sex and age) is a VALUE_CLASH, not stored — unless both rows are streams of one
 * grade, their grade cells saying it differently ({@code Form 1A}, {@code Form 1B}): then the figures are added,
 * the source naming both cells ({@code D2+D3}). A grade, sex or age not in its code list is an UNKNOWN_CODE at its
 * cell and the row's figures are not stored; a row whose grade (or sex, age) cell says "Total" is checked against
 * the school's rows above it and not stored.
 *
 * <p>Streaming: only the rows of the current school block are held (for its total rows and its streams), and one
 * short text per figure read (to find a figure given twice).
 */
final class RowDimensionRows {
    /** A stored row of a school's rows: one topic, sex and age. */
    private record Group(Topic topic, Sex sex, AgeGroup age) {
    }

    /**
     * The grade, sex and age a row gives (null where it has no such column); {@code both} for a row of both sexes
     * ({@link RowDimensionPlan.SexRows}), whose sex is null.
     */
    private record Dims(Grade grade, Sex sex, AgeGroup age, boolean both, String topic) {
        Dims(Grade grade, Sex sex, AgeGroup age, boolean both) {
            this(grade, sex, age, both, null);
        }
    }


    /** A row of the current school's block, kept for its total rows. */
    /** {@code label}: the row's grade as written, normalised ({@code pp2}): PP1 and PP2 summed into PP stay apart here. */
    private record BlockRow(Dims dims, int[] values, String label) {
    }

    private final String sheet;
    private final WidePlan plan;
    private final RowDimensionPlan dims;
    /** A topic cell's reading as a topic with its sex ({@code Teachers (female)}), made once when first needed. */
    private org.emisworkbench.template.CombinedCodes topicAndSex;
    private final ImportContext ctx;
    private final CensusSink sink;
    private final SheetProblems problems;
    private final WideShared shared;
    private final int[] countColumns;
    /** The columns a school's total row is checked in: {@link #countColumns} and the parts of sums of the row. */
    private final int[] checkedColumns;
    private final int[] attributeColumns;
    private final int[] rowValue;
    private String blockKey;
    private List<BlockRow> block = new ArrayList<>();
    /**
     * The block before the current one, and its school: a school whose rows come back after one row of another
     * school (a code mistyped on one row) has its rows above that row again for its total row.
     */
    private String previousKey;
    private List<BlockRow> previousBlock = new ArrayList<>();
    /**
     * Each school's first row on the sheet and the attributes read there (name, district…), by school: a school's rows
     * may come back after another school's row (a code mistyped on one row of a long export), and are still its rows.
     */
    private final Map<String, FirstRow> firstRows = new HashMap<>();

    /** A school's first row (0-based) and the attribute columns' texts there, in {@link #attributeColumns}' order. */
    private record FirstRow(int row, String[] attributes) {
    }
    /*
     * The figures of the school's rows read so far, held until its rows end (another school's row, a total row, the
     * sheet's end) and then stored as one row per topic, sex and age, each figure naming its own cell: a later row
     * may be another stream of a grade already given (Form 1A, then Form 1B), whose figures are added to them. With
     * the rows held, the text of each one's grade cell.
     */
    private final Map<String, Held> held = new LinkedHashMap<>();

    /**
     * The figures of one school held back, from its first row: one row per topic, sex and age, each figure's source,
     * and the text of each row's grade (and stream) cell, by row.
     */
    private static final class Held {
        final int row;
        final Map<Group, int[]> values = new LinkedHashMap<>();
        final Map<Group, String[]> sources = new LinkedHashMap<>();
        final Map<Integer, String> grades = new HashMap<>();
        /**
         * Figures a row of the school left in part blank ({@code HM} given, {@code M} blank) on a sheet of rows by
         * stream: that stream's part is not known, so the school's figure added over its rows is not either.
         */
        final java.util.Set<Slot> unknown = new java.util.LinkedHashSet<>();
        /** What is said of the school's figures once all its rows are read, given how many rows it had. */
        final List<java.util.function.IntConsumer> notes = new ArrayList<>();

        Held(int row) {
            this.row = row;
        }
    }

    /** One figure of a school: its stored row and its grade's (or fixed field's) slot. */
    private record Slot(Group group, int slot) {
    }
    private int streamsAdded;
    /* Rows of both sexes and of the one sex given beside them, waiting for their other half in the school's rows. */
    private final SexRowPairs pairs;

    /** @param shared where the workbook's figures were first given, to find a second giving */
    RowDimensionRows(String sheet, WidePlan plan, ImportContext ctx, CensusSink sink, SheetProblems problems,
                     WideShared shared) {
        this.sheet = sheet;
        this.plan = plan;
        this.dims = plan.rowDimensions;
        this.ctx = ctx;
        this.sink = sink;
        this.problems = problems;
        this.shared = shared;
        List<Integer> counts = new ArrayList<>();
        List<Integer> attrs = new ArrayList<>();
        for (int c = 0; c < plan.width(); c++) {
            if (plan.kind[c] == WidePlan.ROW_COUNT) {
                counts.add(c);
            } else if (plan.kind[c] == WidePlan.ATTRIBUTE) {
                attrs.add(c);
            }
        }
        countColumns = counts.stream().mapToInt(Integer::intValue).toArray();
        // A school's total row checks the figures of the row and the parts of its sums (Day Boys, Boarding Boys).
        java.util.Set<Integer> checked = new java.util.LinkedHashSet<>(counts);
        dims.sums.forEach(s -> Arrays.stream(s.parts()).forEach(checked::add));
        checkedColumns = checked.stream().mapToInt(Integer::intValue).toArray();
        attributeColumns = attrs.stream().mapToInt(Integer::intValue).toArray();
        rowValue = new int[plan.width()];
        pairs = new SexRowPairs(dims, Arrays.stream(countColumns).filter(this::sexOfRow).toArray(), plan.letters,
                problems);
    }

    /**
     * A row of school {@code key} begins: a new block when the school changes. On a school's later row (next to
     * its first or coming back after other rows: in this layout a school has many rows by design), a school attribute
     * (name, district…) that differs from the one read on its first row is reported, naming that first row:
     * attributes are read from the first row only. The same value again is no duplicate school.
     */
    void startRow(SheetRow row, String key, boolean firstOfSchool) {
        Arrays.fill(rowValue, FactRecord.MISSING);
        rowPlaced.clear();
        if (!key.equals(blockKey)) {
            pairs.end();
            List<BlockRow> ended = block;
            if (key.equals(previousKey)) {
                block = previousBlock; // the school's rows come back: its rows above still count
            } else {
                block = new ArrayList<>();
            }
            previousBlock = ended;
            previousKey = blockKey;
            blockKey = key;
        }
        if (attributeColumns.length == 0) {
            return;
        }
        String[] texts = new String[attributeColumns.length];
        for (int a = 0; a < attributeColumns.length; a++) {
            int i = row.find(attributeColumns[a]);
            texts[a] = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        }
        FirstRow first = firstRows.get(key);
        if (firstOfSchool || first == null) {
            firstRows.put(key, new FirstRow(row.index(), texts));
            return;
        }
        for (int a = 0; a < attributeColumns.length; a++) {
            int c = attributeColumns[a];
            String raw = texts[a];
            if (!raw.isEmpty() && !HeaderText.normalizeLabel(raw).equals(
                    HeaderText.normalizeLabel(first.attributes()[a]))) {
                // As on a roster of several schools: the first value is kept, another one later is said.
                problems.report(ProblemKind.DUPLICATE_SCHOOL, row.index(), c, key, plan.field[c], raw,
                        Message.of("import.detail.fromFirstRow", plan.field[c], first.row() + 1));
            }
        }
    }

    /** A count cell of the current row, as read (a problem code when unreadable: reported already). */
    void value(int col, int v) {
        rowValue[col] = v;
    }

    /**
     * True when the row's grade, sex or age cell says "Total": a school total row. A sex cell saying both sexes where
     * the template works the other sex out of such rows ({@link RowDimensionPlan.SexRows}) is a row of figures.
     */
    boolean isTotalRow(SheetRow row) {
        // A stream cell saying "Total" (Shift: Total) is the school's total of its streams, never one more stream.
        return (says(row, dims.gradeColumn) || says(row, dims.sexColumn) && !bothSexes(row)
                || says(row, dims.ageColumn) || says(row, dims.streamColumn)) && !teachersOrClassrooms(row);
    }

    /**
     * True when the row's topic cell names teachers or classrooms ({@code Teachers}, {@code Teachers (female)}): its
     * combo {@code Total} says both sexes together (decision 0058), not that the row is the school's total of the rows
     * above it.
     */
    private boolean teachersOrClassrooms(SheetRow row) {
        if (dims.topicColumn < 0 || dims.topicList == null || dims.isCombined(dims.topicColumn)) {
            return false;
        }
        int i = row.find(dims.topicColumn);
        String topic = i < 0 || row.kind(i) != CellKind.TEXT ? null : dims.topicList.code(row.text(i));
        return topic != null && CanonicalField.parse(topic).map(f -> f.kind() == CanonicalField.Kind.FIXED)
                .orElse(false) || topicWithSex(row) != null;
    }

    /** True when the row's sex cell says both sexes, the template working the other sex out of such rows. */
    boolean bothSexes(SheetRow row) {
        int i = dims.sexRows == null || dims.sexColumn < 0 ? -1 : row.find(dims.sexColumn);
        return i >= 0 && row.kind(i) != CellKind.BLANK && dims.sexRows.saysBoth(row.text(i));
    }

    /** True for a count column whose sex its row gives: the figures a row of both sexes holds. */
    private boolean sexOfRow(int c) {
        return dims.sex[c] == null && dims.field[c] != null && dims.field[c].topic() != null
                && dims.field[c].topic().bySex();
    }

    private static boolean says(SheetRow row, int col) {
        int i = col < 0 ? -1 : row.find(col);
        // "Total", and as on a sheet's total rows "Sub-total", "Sous-total", "Total Std 1-8" (review 20: a school's
        // sub-total row with its code written on it is still its total row, checked against its rows).
        return i >= 0 && row.kind(i) == CellKind.TEXT && HeaderText.isTotalLabel(row.text(i));
    }

    /** Stores the current row's figures under the grade, sex and age its cells say. */
    void finishRow(SheetRow row, String key) {
        int present = 0;
        for (int c : countColumns) {
            present += rowValue[c] != FactRecord.MISSING ? 1 : 0;
        }
        for (RowDimensionPlan.Difference d : dims.differences) {
            present += rowValue[d.totalCol()] != FactRecord.MISSING ? 1 : 0;
        }
        for (RowDimensionPlan.Sum sum : dims.sums) {
            present += Arrays.stream(sum.parts()).anyMatch(p -> rowValue[p] != FactRecord.MISSING) ? 1 : 0;
        }
        if (present == 0) {
            // A blank row of one sex (or of both) is still the other half of its row: its blanks are said there. Its
            // blank cells are said too: a girls' row left blank where the boys' row of the grade is given (IMP-36).
            Dims quiet = dims(row, key, null, false);
            if (quiet != null) {
                blanks(row, key, quiet);
            }
            if (quiet != null && dims.sexRows != null) {
                pair(row, key, quiet, new Figures(new LinkedHashMap<>(), new LinkedHashMap<>()));
            }
            return;
        }
        Message lost = present == 1 ? Message.of("import.detail.rowFigureLost")
                : Message.of("import.detail.rowFiguresLost", present);
        Dims d = dims(row, key, lost, false);
        if (d == null) {
            return;
        }
        if (!holdsSheet() && !held.containsKey(key)) {
            flush();
        }
        Held h = held.computeIfAbsent(key, k -> new Held(row.index()));
        heldRow = h.row;
        Figures figures = new Figures(new LinkedHashMap<>(), new LinkedHashMap<>());
        int[] kept = new int[plan.width()];
        Arrays.fill(kept, FactRecord.MISSING);
        for (int c : countColumns) {
            int v = rowValue[c];
            if (d.both() && sexOfRow(c)) {
                // Both sexes: not stored, the other sex is worked out of it with the row of the one sex given.
                kept[c] = CellValues.isProblem(v) ? FactRecord.MISSING : v;
                continue;
            }
            if (v != FactRecord.MISSING && take(row, key, d, c, dims.field[c], dims.grade[c], dims.sex[c], dims.age[c],
                    CellValues.isProblem(v) ? FactRecord.MISSING : v, plan.letters[c], figures)) {
                kept[c] = CellValues.isProblem(v) ? FactRecord.MISSING : v;
            }
        }
        for (RowDimensionPlan.Difference diff : dims.differences) {
            int t = diff.totalCol();
            int o = diff.sexCol();
            Grade g = diff.grade() != null ? diff.grade() : d.grade();
            AgeGroup a = diff.age() != null ? diff.age() : d.age() != null ? d.age() : AgeGroup.ALL;
            String figure = HeaderMatcher.slotKey(diff.field().name(), new HeaderMatcher.Match(t,
                    g == null ? null : g.code(), diff.sex().name(), a.isAll() ? null : a.code()));
            // Full cells: the figures of a school's later rows are stored with its first row.
            SexDifference.Cells cells = new SexDifference.Cells(row.index(), t, o, plan.letters[t] + (row.index() + 1),
                    plan.letters[o] + (row.index() + 1));
            if (dims.streamColumn >= 0 && SexDifference.onePartBlank(rowValue[t], rowValue[o])) {
                streamPartBlank(row, key, d, diff, figure, cells, h);
                continue;
            }
            SexDifference.read(diff.field().name(), figure, key, cells, rowValue[t], rowValue[o],
                    problems, (v, from) -> take(row, key, d, t, diff.field(), diff.grade(), diff.sex(), diff.age(), v,
                            from, figures));
        }
        for (RowDimensionPlan.Sum sum : dims.sums) {
            sum(row, key, d, sum, figures, h);
            for (int p : sum.parts()) {
                kept[p] = CellValues.isProblem(rowValue[p]) ? FactRecord.MISSING : rowValue[p]; // for a total row
            }
        }
        blanks(row, key, d);
        pair(row, key, d, figures);
        Map<Group, int[]> values = figures.values();
        Map<Group, String[]> sources = figures.sources();
        for (Map.Entry<Group, int[]> e : values.entrySet()) {
            int[] vs = e.getValue();
            String[] src = sources.get(e.getKey());
            int[] heldVs = h.values.computeIfAbsent(e.getKey(), k -> {
                int[] fresh = new int[vs.length];
                Arrays.fill(fresh, FactRecord.MISSING);
                return fresh;
            });
            String[] heldSrc = h.sources.computeIfAbsent(e.getKey(), k -> new String[vs.length]);
            for (int slot = 0; slot < vs.length; slot++) {
                // A slot given before is claimed: this row's is MISSING there (a clash, reported) or a stream, added.
                if (src[slot] != null && heldSrc[slot] == null) {
                    heldVs[slot] = vs[slot];
                    heldSrc[slot] = cells(src[slot], row.index());
                }
            }
        }
        h.grades.put(row.index(), gradeText(row));
        block.add(new BlockRow(d, kept, HeaderText.normalizeLabel(gradeText(row))));
    }

    /**
     * A sum of the row's columns ({@link PartsSum}) under the grade, sex and age the row gives where its headers leave
     * them; its source names every cell added in full ({@code F7+H7}): a school's later rows are stored with its first.
     */
    private void sum(SheetRow row, String key, Dims d, RowDimensionPlan.Sum sum, Figures figures, Held h) {
        Grade g = sum.grade() != null ? sum.grade() : d.grade();
        Sex s = sum.sex() != null ? sum.sex() : d.sex();
        AgeGroup a = sum.age() != null ? sum.age() : d.age() != null ? d.age() : AgeGroup.ALL;
        boolean graded = sum.field().kind() == CanonicalField.Kind.GRADED;
        String figure = HeaderMatcher.slotKey(sum.field().name(), new HeaderMatcher.Match(sum.parts()[0],
                graded && g != null ? g.code() : null, s == null ? null : s.name(), a.isAll() ? null : a.code()));
        String field = sum.field().name();
        int r = row.index(); // the row read is reused for the next: its number taken now, for the message said later
        Slot slot = slotOf(d, sum.field(), sum.grade(), sum.sex(), sum.age());
        PartsSum.read(sum.parts(), p -> rowValue[p], p -> plan.letters[p] + (row.index() + 1),
                (v, from, blank) -> h.notes.add(rows -> {
                    // Said once the school's rows are read: on rows by stream the figure stored is the sum over its
                    // rows, and the message gives that figure and all its cells, not this row's part alone.
                    int[] vs = slot == null ? null : h.values.get(slot.group());
                    String[] src = slot == null ? null : h.sources.get(slot.group());
                    if (vs != null && src != null && vs[slot.slot()] != FactRecord.MISSING && src[slot.slot()] != null
                            && Arrays.asList(src[slot.slot()].split("\\+")).containsAll(Arrays.asList(
                            from.split("\\+")))) {
                        PartsSum.report(field, figure, key, r, problems, vs[slot.slot()], src[slot.slot()],
                                blank);
                    } else if (slot == null || !h.unknown.contains(slot)) {
                        PartsSum.report(field, figure, key, r, problems, v, from, blank);
                    }
                }), (v, from) -> take(row, key, d, sum.parts()[0], sum.field(), sum.grade(), sum.sex(), sum.age(), v,
                        from, figures));
    }

    /**
     * A row by stream whose figure of one sex is worked out from the total for both sexes, one of the two cells blank
     * ({@code HM} 78, {@code M} blank): this stream's part of the figure is not known, nor, where the one sex's cell is
     * the blank one, that sex's part; so the school's figures added over its rows are not known either, and none of
     * its rows' parts is stored (a blank is not 0, as on a sheet of one row per school). Said at the blank cell once
     * the school's rows are read: a school with one row only has the message of a one-row sheet.
     */
    private void streamPartBlank(SheetRow row, String key, Dims d, RowDimensionPlan.Difference diff, String figure,
                                 SexDifference.Cells cells, Held h) {
        int t = diff.totalCol();
        int o = diff.sexCol();
        List<Slot> lost = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Slot worked = slotOf(d, diff.field(), diff.grade(), diff.sex(), diff.age());
        if (worked != null) {
            lost.add(worked);
            named.add(HeaderMatcher.describe(figure));
        }
        boolean sexBlank = rowValue[o] == FactRecord.MISSING;
        if (sexBlank && dims.field[o] != null) {
            Slot given = slotOf(d, dims.field[o], dims.grade[o], dims.sex[o], dims.age[o]);
            if (given != null) {
                lost.add(given);
                CanonicalField f = ofRow(dims.field[o], d);
                boolean graded = f.kind() == CanonicalField.Kind.GRADED;
                named.add(HeaderMatcher.describe(HeaderMatcher.slotKey(f.name(), new HeaderMatcher.Match(o,
                        graded ? ctx.grades().bySlot(given.slot()).code() : null,
                        given.group().sex() == null ? null : given.group().sex().name(),
                        given.group().age().isAll() ? null : given.group().age().code()))));
            }
        }
        h.unknown.addAll(lost);
        int total = rowValue[t];
        int oneSex = rowValue[o];
        String field = diff.field().name();
        int r = row.index(); // the row read is reused for the next: its number taken now, for the message said later
        h.notes.add(rows -> {
            if (rows <= 1) {
                SexDifference.reportBlank(field, HeaderMatcher.describe(figure), key, cells, total, oneSex, problems);
                return;
            }
            int blankCol = sexBlank ? o : t;
            int filledCol = sexBlank ? t : o;
            problems.report(ProblemKind.PARTIAL_SUM, r, blankCol, key, field, "", Message.of(
                    sexBlank ? "import.detail.streamSexBlank" : "import.detail.streamTotalBlank",
                    String.join(", ", named), problems.name(r, blankCol),
                    problems.name(r, filledCol), String.valueOf(sexBlank ? total : oneSex),
                    plan.headerText[dims.streamColumn].replaceAll("\\s+", " ").strip(), named.size()));
        });
    }

    /**
     * The stored row and slot of a figure of the row: the grade, sex and age its header fixes (null: the row's); null
     * for a graded figure whose row gives no grade.
     */
    private Slot slotOf(Dims d, CanonicalField field, Grade grade, Sex sex, AgeGroup age) {
        CanonicalField f = ofRow(field, d);
        Topic t = f.topic();
        boolean graded = f.kind() == CanonicalField.Kind.GRADED;
        Sex s = !t.bySex() ? null : sex != null ? sex : d.sex();
        AgeGroup a = !graded ? AgeGroup.ALL : age != null ? age : d.age() != null ? d.age() : AgeGroup.ALL;
        Grade g = grade != null ? grade : d.grade();
        if (graded && g == null) {
            return null;
        }
        return new Slot(new Group(t, s, a), !graded ? f.slot() : g.slot());
    }

    /**
     * True when the school's figures are held until the sheet's end, not only until its rows end: on a sheet whose
     * rows say their stream ({@code row.stream}), a school's rows by stream are added wherever they stand (all the
     * day rows, then all the night rows), decision 0114.
     */
    private boolean holdsSheet() {
        return dims.streamColumn >= 0;
    }

    /**
     * Says each blank count cell of a row holding figures where a figure of one grade and sex is expected: whether it
     * is reported is decided for every layout at the file's end ({@link BlankFigures}, IMP-36).
     */
    private void blanks(SheetRow row, String key, Dims d) {
        if (d.both()) {
            return;
        }
        for (int c : countColumns) {
            CanonicalField f = dims.field[c];
            if (rowValue[c] != FactRecord.MISSING || f == null || f.topic() == null
                    || f.kind() != CanonicalField.Kind.GRADED || !f.topic().bySex()) {
                continue;
            }
            Sex s = dims.sex[c] != null ? dims.sex[c] : d.sex();
            AgeGroup a = dims.age[c] != null ? dims.age[c] : d.age() != null ? d.age() : AgeGroup.ALL;
            Grade g = dims.grade[c] != null ? dims.grade[c] : d.grade();
            if (s != null && g != null && a.isAll()) {
                sink.blankFigure(key, f.topic(), s, a, g.slot(), sheet, plan.letters[c] + (row.index() + 1));
            }
        }
    }

    /**
     * A row of both sexes, or of the one sex given beside them ({@link RowDimensionPlan.SexRows}): the other sex is
     * worked out with its other half ({@link SexRowPairs}) into this row's figures.
     */
    private void pair(SheetRow row, String key, Dims d, Figures figures) {
        RowDimensionPlan.SexRows sexRows = dims.sexRows;
        if (sexRows == null) {
            return;
        }
        String at = HeaderText.normalizeLabel(gradeText(row)) + "|" + d.grade() + "|" + d.age();
        if (!d.both() && d.sex() == sexRows.worked()) {
            pairs.otherSexRow(at); // the girls' own row: a boys' row beside it needs no total
            return;
        }
        if (!d.both() && d.sex() != sexRows.given()) {
            return;
        }
        Dims worked = new Dims(d.grade(), sexRows.worked(), d.age(), false, d.topic());
        pairs.add(at, key, row.index(),
                d.both(), rowValue, c -> figure(c, worked), (c, v, from) -> take(row, key, worked, c, dims.field[c],
                        dims.grade[c], sexRows.worked(), dims.age[c], v, from, figures));
    }

    /** The figure of count column {@code c} under the grade, sex and age of {@code d} where its header leaves them. */
    private String figure(int c, Dims d) {
        CanonicalField f = ofRow(dims.field[c], d);
        boolean graded = f.kind() == CanonicalField.Kind.GRADED;
        Grade g = dims.grade[c] != null ? dims.grade[c] : d.grade();
        AgeGroup a = !graded ? AgeGroup.ALL : dims.age[c] != null ? dims.age[c] : d.age() != null ? d.age()
                : AgeGroup.ALL;
        return HeaderMatcher.slotKey(f.name(), new HeaderMatcher.Match(c, graded && g != null ? g.code() : null,
                d.sex() == null ? null : d.sex().name(), a.isAll() ? null : a.code()));
    }

    /** Each topic's field, parsed once: a {@code row.value} asks for it on every row of an export. */
    private final Map<String, CanonicalField> topicFields = new java.util.HashMap<>();

    /** The field of a count on the row: a {@code row.value}'s is the row's topic ({@code row.topic}). */
    private CanonicalField ofRow(CanonicalField f, Dims d) {
        return f.topicByRow() && d.topic() != null
                ? topicFields.computeIfAbsent(d.topic(), t -> CanonicalField.parse(t).orElseThrow()) : f;
    }

    /** The figures of one row, by stored row, with their sources. */
    private record Figures(Map<Group, int[]> values, Map<Group, String[]> sources) {
    }

    /**
     * Takes one figure of the row into {@code into}: column {@code c}'s, or one worked out from it; the grade, sex
     * and age its header fixes (null: the row's). A figure given before is a stream added to it, or a clash reported.
     *
     * @param v    the figure, {@link FactRecord#MISSING} when unreadable (its problem reported)
     * @param here its source: column letters, or the cells it was worked out from
     * @return true when the figure is this row's (taken, or added to another stream), false when it clashed
     */
    private boolean take(SheetRow row, String key, Dims d, int c, CanonicalField f, Grade grade, Sex sex, AgeGroup age,
                         int v, String here, Figures into) {
        f = ofRow(f, d);
        Topic t = f.topic();
        boolean graded = f.kind() == CanonicalField.Kind.GRADED;
        Sex s = !t.bySex() ? null : sex != null ? sex : d.sex();
        AgeGroup a = !graded ? AgeGroup.ALL : age != null ? age : d.age() != null ? d.age() : AgeGroup.ALL;
        int slot = !graded ? f.slot() : (grade != null ? grade : d.grade()).slot();
        if (v != FactRecord.MISSING) {
            String figure = HeaderMatcher.slotKey(f.name(), new HeaderMatcher.Match(c, graded
                    ? ctx.grades().bySlot(slot).code() : null, s == null ? null : s.name(), a.isAll() ? null
                    : a.code()));
            FigureClaims.Given before = shared.claim(key, figure, sheet, row.index(), c, v);
            if (before != null && addStream(before, row, key, new Group(t, s, a), slot, c, v, here)) {
                return true;
            }
            if (before != null) {
                problems.report(ProblemKind.VALUE_CLASH, row.index(), c, key, f.name(), String.valueOf(v),
                        Message.of("import.detail.readAlready", HeaderMatcher.describe(figure), before.toString()));
                return false;
            }
        }
        Group g = new Group(t, s, a);
        int slots = graded ? ctx.grades().size() : t.fixedSlots().size();
        int[] vs = into.values().computeIfAbsent(g, k -> {
            int[] fresh = new int[slots];
            Arrays.fill(fresh, FactRecord.MISSING);
            return fresh;
        });
        vs[slot] = v;
        into.sources().computeIfAbsent(g, k -> new String[slots])[slot] = here;
        if (v >= 0) {
            rowPlaced.put(c, new Placed(t, s, a, slot));
        }
        return true;
    }

    /**
     * Where a figure of the current row was stored: its record's topic, sex and age and its slot; the record is the
     * school's, at its first row ({@link #heldRow()}). Kept for the row only, to take back a figure typed into a cell
     * merged across several (decision 0111).
     */
    record Placed(Topic topic, Sex sex, AgeGroup age, int slot) {
    }

    private final Map<Integer, Placed> rowPlaced = new HashMap<>();

    /** The figure of column {@code col} of the current row as stored, or null (blank, a clash, a stream added). */
    Placed placed(int col) {
        return rowPlaced.get(col);
    }

    /** The first row (0-based) of the school of the row read last, whose record its figures are stored under. */
    private int heldRow = -1;

    /** The row (0-based) of the record the current school's figures are stored under: its first row. */
    int heldRow() {
        return heldRow;
    }

    /** The row's grade, sex, age, stream and topic as written ({@code Grade 1 Boys}), to name its figures. */
    String rowName(SheetRow row) {
        StringBuilder out = new StringBuilder();
        for (int c : new int[] {dims.topicColumn, dims.gradeColumn, dims.streamColumn, dims.sexColumn, dims.ageColumn}) {
            int i = c < 0 ? -1 : row.find(c);
            if (i >= 0 && row.kind(i) != CellKind.BLANK && row.text(i) != null && !row.text(i).isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(row.text(i).strip());
            }
        }
        return out.toString();
    }

    /**
     * Adds a figure given a second time to the held one when both are streams of one grade: rows of the same
     * school, the first still held, whose grade cells say the grade differently ({@code Form 1A}, {@code Form 1B},
     * both Form 1 by the code list). The source names every cell added ({@code D2+D3}). Two rows saying the grade
     * alike are no streams: a figure given twice, reported by the caller.
     */
    private boolean addStream(FigureClaims.Given before, SheetRow row, String key, Group g, int slot, int col,
                              int value, String here) {
        Held h = held.get(key);
        String first = h == null ? null : h.grades.get(before.row());
        boolean streamed = dims.streamsAcross() || dims.gradeColumn >= 0 && dims.grade[col] == null;
        if (first == null || !before.sheet().equals(sheet) || !streamed
                || HeaderText.normalizeLabel(first).equals(
                HeaderText.normalizeLabel(gradeText(row)))) {
            return false;
        }
        int[] vs = h.values.get(g);
        String[] src = h.sources.get(g);
        if (vs == null || src == null || vs[slot] == FactRecord.MISSING) {
            return false;
        }
        vs[slot] += value;
        src[slot] = cells(src[slot], h.row) + "+" + cells(here, row.index());
        streamsAdded++;
        return true;
    }

    /** A held source as cells of the sheet: column letters of the held row ({@code D} → {@code D2}), or as is. */
    private static String cells(String source, int row) {
        return source.matches("[A-Z]{1,3}") ? source + (row + 1) : source;
    }

    private String gradeText(SheetRow row) {
        int i = dims.gradeColumn < 0 ? -1 : row.find(dims.gradeColumn);
        String text = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        int s = dims.streamColumn < 0 ? -1 : row.find(dims.streamColumn);
        if (s >= 0 && row.kind(s) != CellKind.BLANK) {
            // "S1" in Class, "A" then "B" in Stream: the streams of one grade, told apart by their stream cells.
            return gradeOnly(row, text) + " | " + row.text(s).strip();
        }
        return gradeOnly(row, text);
    }

    private String gradeOnly(SheetRow row, String text) {
        if (dims.isCombined(dims.gradeColumn)) {
            // "Standard 3, Male" and "Male, Standard 3" say one grade alike: its part of the cell, not the whole.
            org.emisworkbench.template.CombinedCodes.Reading r = dims.combined.read(text);
            return r == null ? text : r.texts().getOrDefault("grade", text);
        }
        return text;
    }

    /** The sheet's end: the halves left unpaired are said, the figures held back stored. */
    void finish() {
        pairs.end();
        flush();
    }

    /** Stores the figures held back ({@link #finishRow}); at every school's end, total row and the sheet's end. */
    void flush() {
        held.forEach(this::store);
        held.clear();
    }

    /** Stores one school's figures held back, those a row left in part blank taken out, and says what is to say. */
    private void store(String key, Held h) {
        for (Slot u : h.unknown) {
            int[] vs = h.values.get(u.group());
            if (vs != null) {
                vs[u.slot()] = FactRecord.MISSING;
                h.sources.get(u.group())[u.slot()] = null;
            }
        }
        int rows = h.grades.size();
        h.notes.forEach(n -> n.accept(rows));
        for (Map.Entry<Group, int[]> e : h.values.entrySet()) {
            Group g = e.getKey();
            sink.facts(new FactRecord(key, g.topic(), g.sex(), g.age(), e.getValue(), h.sources.get(g), sheet, h.row));
        }
    }

    /** How many figures were added to another stream's of the same grade. */
    int streamsAdded() {
        return streamsAdded;
    }

    /**
     * A school total row: each figure is compared with the sum of the school's rows above it that share
     * the grade, sex and age the total row gives (a cell saying "Total" or left blank gives none).
     */
    void checkTotalRow(SheetRow row, String key) {
        Dims d = dims(row, key, Message.of("import.detail.totalRowNotChecked"), true);
        if (d == null || d.grade() == null) {
            flush();
        }
        if (d == null) {
            return;
        }
        // A grade's own total row (PP2 | Total under PP2's boys and girls) ends nothing: the school's figures stay held,
        // so that PP1 and PP2 read into a one-year pre-primary grade are still added together (review 30, A2), and it
        // is checked against the rows of that grade as written, not of every year summed into the workspace's grade.
        String label = d.grade() == null ? null : HeaderText.normalizeLabel(gradeText(row));
        boolean labelled = label != null && block.stream().anyMatch(b -> b.label().equals(label));
        for (int c : checkedColumns) {
            int i = row.find(c);
            if (i < 0 || row.kind(i) == CellKind.BLANK) {
                continue;
            }
            int v = problems.value(row.kind(i), row.text(i), row.number(i));
            if (row.kind(i) == CellKind.ERROR && CellValues.isProblem(v)) {
                // An error or a formula without its result: this total cannot be checked; said at its cell.
                problems.report(CellValues.problem(v), row.index(), c, key, plan.field[c], row.text(i),
                        CellValues.totalDetail(v));
            }
            if (v < 0) {
                continue;
            }
            long sum = 0;
            boolean any = false;
            for (BlockRow b : block) {
                if (covers(d, b.dims()) && (!labelled || b.label().equals(label)) && b.values()[c] >= 0) {
                    sum += b.values()[c];
                    any = true;
                }
            }
            if (any && sum != v) {
                problems.report(ProblemKind.TOTAL_MISMATCH, row.index(), c, key, plan.field[c], row.text(i),
                        label == null ? Message.of("import.detail.schoolTotalRow", v, sum)
                                : Message.of("import.detail.gradeTotalRow", v, sum, gradeText(row)));
            }
        }
    }

    private static boolean covers(Dims total, Dims row) {
        return total.both() == row.both() && (total.grade() == null || Objects.equals(total.grade(), row.grade()))
                && (total.sex() == null || total.sex() == row.sex())
                && (total.age() == null || Objects.equals(total.age(), row.age()));
    }

    /**
     * The grade, sex and age the row's cells say; null, with the problem reported at the cell, when one
     * is blank or not in its code list. On a total row, blank and "Total" cells say nothing.
     *
     * @param consequence what the problem does to the row; null to say nothing (a row without figures)
     */
    private Dims dims(SheetRow row, String key, Message consequence, boolean totalRow) {
        org.emisworkbench.template.CombinedCodes.Reading combined = null;
        String topic;
        if (dims.isCombined(dims.topicColumn)) {
            // The data element names its topic with its grade and sex (Enrolment Grade 1 Female).
            combined = combined(row, key, consequence, totalRow);
            if (combined == null) {
                return null;
            }
            topic = combined.codes().getOrDefault("topic", "");
        } else {
            org.emisworkbench.template.CombinedCodes.Reading named = topicWithSex(row);
            if (named != null) {
                // Teachers (female) beside the combo default: a teachers' data element naming its own sex.
                return fixedDims(row, key, consequence, named.codes().get("topic"),
                        Sex.valueOf(named.codes().get("sex")));
            }
            topic = dims.topicColumn < 0 ? ""
                    : code(row, key, dims.topicColumn, dims.topicList, "row.topic", consequence, totalRow);
        }
        if (topic == null) {
            return null;
        }
        if (!topic.isEmpty() && CanonicalField.parse(topic).map(f -> f.kind() == CanonicalField.Kind.FIXED).orElse(false)) {
            return fixedDims(row, key, consequence, topic, null);
        }
        if (dims.combined != null && combined == null) {
            combined = combined(row, key, consequence, totalRow);
            if (combined == null) {
                return null;
            }
        }
        Dims d = dimsOf(row, key, consequence, totalRow, combined);
        return d == null || topic.isEmpty() ? d : new Dims(d.grade(), d.sex(), d.age(), d.both(), topic);
    }

    /**
     * The row of a teachers' or classrooms' figure ({@code row.topic} naming {@code Qualified teachers},
     * {@code Classrooms}): no grade or age; for the teachers, the sex its sex cell (or the sex word of the cell giving
     * several dimensions, {@code Female}) says, none when the cell is blank or names no sex ({@code default},
     * {@code Total}: teachers of both sexes, their sex not reported, decision 0058). A cell naming something else is
     * reported and the row's figure not read; the classrooms' sex cell says nothing.
     */
    private Dims fixedDims(SheetRow row, String key, Message consequence, String topic, Sex named) {
        Topic t = CanonicalField.parse(topic).orElseThrow().topic();
        int col = dims.combined != null ? dims.combinedColumn : dims.sexColumn;
        CodeList sexes = dims.combined != null ? dims.combined.list("sex") : dims.sexList;
        int i = col < 0 ? -1 : row.find(col);
        String raw = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        if (!t.bySex() || raw.isEmpty() || sexes == null) {
            return new Dims(null, named, null, false, topic);
        }
        java.util.Set<String> said = new java.util.LinkedHashSet<>();
        String whole = sexes.code(raw);
        if (whole != null) {
            said.add(whole);
        } else {
            for (String w : raw.split("[\\s,;/()\\-]+")) {
                String c = w.isEmpty() ? null : sexes.code(w);
                if (c != null) {
                    said.add(c);
                }
            }
        }
        if (said.size() == 1 && (named == null || named == Sex.valueOf(said.iterator().next()))) {
            return new Dims(null, Sex.valueOf(said.iterator().next()), null, false, topic);
        }
        if (said.size() == 1) {
            // Teachers (female) with the combo Male: which sex the figure counts is not clear, so it is not read.
            if (consequence != null) {
                problems.report(ProblemKind.UNKNOWN_CODE, row.index(), col, key, "row.sex", raw, Message.of(
                        "import.detail.andThen", Message.of("import.detail.sexNamedOtherwise",
                        row.text(row.find(dims.topicColumn)).strip()),
                        consequence));
            }
            return null;
        }
        String folded = HeaderText.normalizeLabel(raw);
        if (said.isEmpty() && (folded.equals("default") || HeaderText.isTotalLabel(raw))) {
            return new Dims(null, named, null, false, topic);
        }
        if (consequence != null) {
            problems.report(ProblemKind.UNKNOWN_CODE, row.index(), col, key, "row.sex", raw,
                    Message.of("import.detail.andThen", Message.of("import.detail.notInList", "sex"), consequence));
        }
        return null;
    }

    /**
     * The topic and sex a row's topic cell names together when its topic list does not know it as written
     * ({@code Teachers (female)}, {@code Female teachers}): a topic counted by sex without grade or age, read with
     * the sex list of the sheet's sex (or grade-and-sex) column; null otherwise, and when the sheet gives no sex.
     */
    private org.emisworkbench.template.CombinedCodes.Reading topicWithSex(SheetRow row) {
        CodeList sexes = dims.combined != null ? dims.combined.list("sex") : dims.sexList;
        if (dims.topicColumn < 0 || dims.topicList == null || sexes == null) {
            return null;
        }
        int i = row.find(dims.topicColumn);
        String raw = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        if (raw.isEmpty() || dims.topicList.code(raw) != null) {
            return null;
        }
        if (topicAndSex == null) {
            topicAndSex = new org.emisworkbench.template.CombinedCodes(List.of("topic", "sex"),
                    List.of(dims.topicList, sexes));
        }
        org.emisworkbench.template.CombinedCodes.Reading r = topicAndSex.read(raw);
        String topic = r == null || !r.codes().containsKey("sex") ? null : r.codes().get("topic");
        return topic != null && CanonicalField.parse(topic).map(f -> f.kind() == CanonicalField.Kind.FIXED
                && f.topic().bySex()).orElse(false) ? r : null;
    }

    /**
     * What the row's cell giving several dimensions together says ({@code Standard 3, Female}); null, reported at the
     * cell, when blank or not exactly one code of each dimension. On a total row, a blank or {@code Total} cell says
     * nothing (an empty reading).
     */
    private org.emisworkbench.template.CombinedCodes.Reading combined(SheetRow row, String key, Message consequence,
                                                                     boolean totalRow) {
        int col = dims.combinedColumn;
        int i = row.find(col);
        String raw = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        String field = "row." + String.join("+row.", dims.combined.dimensions());
        if (totalRow && (raw.isEmpty() || HeaderText.isTotalLabel(raw))) {
            return new org.emisworkbench.template.CombinedCodes.Reading(Map.of(), Map.of());
        }
        if (raw.isEmpty()) {
            if (consequence != null) {
                problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row.index(), col, key, field, "",
                        Message.of("import.detail.andThen", Message.of("import.detail.rowDimensionBlank."
                                + dims.combined.dimensions().get(0)), consequence));
            }
            return null;
        }
        org.emisworkbench.template.CombinedCodes.Reading r = dims.combined.read(raw);
        if (r == null && consequence != null) {
            problems.report(ProblemKind.UNKNOWN_CODE, row.index(), col, key, field, raw, Message.of(
                    "import.detail.andThen", Message.of("import.detail.notCombined",
                            String.join(", ", dims.combined.dimensions())), consequence));
        }
        return r;
    }

    private Dims dimsOf(SheetRow row, String key, Message consequence, boolean totalRow,
                        org.emisworkbench.template.CombinedCodes.Reading combined) {
        String grade = code(row, key, dims.gradeColumn, dims.gradeList, "row.grade", consequence, totalRow, combined);
        // A row of both sexes (or, on a total row, a sex cell saying nothing) where the other sex is worked out of them.
        boolean both = dims.sexRows != null && (bothSexes(row) || totalRow && blankOrTotal(row, dims.sexColumn));
        String sex = both ? "" : code(row, key, dims.sexColumn, dims.sexList, "row.sex", consequence, totalRow,
                combined);
        String age = code(row, key, dims.ageColumn, dims.ageList, "row.age", consequence, totalRow, combined);
        if (grade == null || sex == null || age == null) {
            return null;
        }
        Grade g = null;
        if (!grade.isEmpty()) {
            int i = row.find(dims.gradeColumn);
            String raw = combined != null && combined.texts().containsKey("grade") ? combined.texts().get("grade")
                    : i < 0 ? null : row.text(i);
            g = PrePrimaryYears.grade(ctx.grades(), grade, raw);
            if (g == null && consequence != null) {
                problems.report(ProblemKind.UNKNOWN_CODE, row.index(), dims.gradeColumn, key, "row.grade",
                        raw, Message.of("import.detail.andThen", PrePrimaryYears.notInWorkspace(ctx.grades(), grade),
                        consequence));
            }
            if (g != null && consequence != null && !totalRow) {
                PrePrimaryYears.summed(ctx.grades(), g, grade, raw).ifPresent(m -> problems.report(
                        ProblemKind.PRE_PRIMARY_SUMMED, row.index(), dims.gradeColumn, key, "row.grade", raw, m));
            }
            if (g == null) {
                return null;
            }
        }
        return new Dims(g, sex.isEmpty() ? null : Sex.valueOf(sex), age.isEmpty() ? null : new AgeGroup(age), both);
    }

    private static boolean blankOrTotal(SheetRow row, int col) {
        int i = col < 0 ? -1 : row.find(col);
        return i < 0 || row.kind(i) == CellKind.BLANK || says(row, col);
    }

    /** The code of a dimension cell, or of its part of a cell giving several ({@code combined}). */
    private String code(SheetRow row, String key, int col, CodeList list, String field, Message consequence,
                        boolean totalRow, org.emisworkbench.template.CombinedCodes.Reading combined) {
        if (combined != null && dims.isCombined(col)) {
            return combined.codes().getOrDefault(field.substring(4), "");
        }
        return code(row, key, col, list, field, consequence, totalRow);
    }

    /** The code of a dimension cell; "" when the sheet has no such column; null when reported. */
    private String code(SheetRow row, String key, int col, CodeList list, String field, Message consequence,
                        boolean totalRow) {
        if (col < 0) {
            return "";
        }
        int i = row.find(col);
        String raw = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        // A total row's sex cell saying both sexes (L+P, M+F) gives no sex: the row is checked against both (review 34).
        if (totalRow && (raw.isEmpty() || HeaderText.isTotalLabel(raw) || "row.sex".equals(field)
                && HeaderText.BOTH_SEXES_WORDS.contains(HeaderText.normalizeLabel(raw)))) {
            return "";
        }
        if (raw.isEmpty() && consequence == null) {
            return null;
        }
        if (raw.isEmpty()) {
            problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row.index(), col, key, field, "",
                    Message.of("import.detail.andThen", Message.of("import.detail.rowDimensionBlank."
                            + field.substring(4)), consequence));
            return null;
        }
        String code = list.code(raw);
        if (code == null && consequence != null) {
            problems.report(ProblemKind.UNKNOWN_CODE, row.index(), col, key, field, raw,
                    Message.of("import.detail.andThen", Message.of("import.detail.notInList", list.name()), consequence));
        }
        return code;
    }
}
