package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CodeCase;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellsRow;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.TemplateValue;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.SheetRow;

/**
 * The data rows of one wide sheet, below its header. Per row: the key, then one pass over the present
 * cells with array look-ups into the {@link WidePlan}; values go into reused scratch arrays and are
 * copied out once per stored record. Rows with values but no key are held back until it is known
 * whether they are a total row at the bottom (cross-checked, not stored) or a blank-key row.
 */
final class WideRows {
    private final SheetInfo sheet;
    private final SheetSpec spec;
    private final WidePlan plan;
    private final ImportContext ctx;
    private final CensusSink sink;
    private final WideShared shared;
    private final Set<String> announced;
    private final SheetProblems problems;
    private final Map<String, Integer> keysOfSheet = new HashMap<>();
    /** Hidden rows held back by school, until a visible row of the school sets them aside or the table ends. */
    private final Map<String, CellsRow> heldHidden = new java.util.LinkedHashMap<>();
    /** The columns giving the row's district (code, then name), to match a school's name within it. */
    private final int[] districtColumns;
    /** The schools of the current table (a sheet of stacked tables starts one at each title; else the sheet's). */
    private final Map<String, Integer> keysOfTable = new HashMap<>();
    /**
     * The columns left unread whose header names a sub-group of a school ({@code Shift}, {@code Session},
     * {@code Stream}: {@link org.emisworkbench.template.StreamHeaders}), and per school of the table the texts of its
     * first row there: a school given again on a row that differs in them is named so (decision 0094).
     */
    private final int[] streamColumns;
    private final Map<String, String[]> streamTexts = new HashMap<>();
    /** The graded topic of the current stacked table ({@code tables}), or null to read columns as they say. */
    private org.emisworkbench.model.Topic tableTopic;
    /** True on the rows between a table's title and its first row that is not blank: its header comes there. */
    private boolean titleAbove;
    private final int[][] values;
    private final String[][] sources;
    private final boolean[] touched;
    private final List<List<Cell>> pending = new ArrayList<>();
    private final GroupHeadings groups;
    private final PopulationRows population;
    private final List<Integer> requiredColumns = new ArrayList<>();
    private final WideTotals totals;
    /** Per column, the row stamp when it last held a value (blank cells leave it), and a part's value. */
    private final int[] seen;
    private final int[] partValue;
    /** Per unmatched header column, the figures found below it; the header texts of those columns. */
    private final int[] figuresBelow;
    /** Per unmatched column, the schools' cells below it holding anything (a figure, a name, a remark). */
    private final int[] filledBelow;
    private final Map<Integer, String> unmatchedHeaders = new java.util.TreeMap<>();
    /** Columns of a {@code {year}} header under another school year, with that year as written. */
    private final Map<Integer, String> otherYear = new java.util.HashMap<>();
    /** The header row where each unmatched column's name starts (the upper row of a two-row header). */
    private final Map<Integer, Integer> unmatchedHeaderRow = new java.util.HashMap<>();
    private final boolean[] unmatchedColumn;
    /**
     * Per column, true under a blank header that the template does not read (columns past its end are so too):
     * numbers there are census figures no template can name, counted in {@link #blankHeaded} and reported.
     */
    private boolean[] unheaded;
    private final Map<Integer, org.emisworkbench.template.BlankHeaders.Tally> blankHeaded = new java.util.TreeMap<>();
    /**
     * The header rows' cells: a column under a blank header takes the texts of the merged header cells spanning it
     * from its left ({@code Class 1} over {@code Male} over {@code New | Rep}) as its header only when words stand
     * under it before the first school ({@link #underHeader}): then it has a header the template did not take, and
     * the report names it.
     */
    private List<List<Cell>> headerCells = List.of();
    /** True once a row with a figure or a school's code has been read: no heading stands lower. */
    private boolean underHeaderDone;
    /** Per column under a blank header: the words standing under the header rows, above the first school ({@code Rep}). */
    private final Map<Integer, String> underHeader = new java.util.TreeMap<>();
    private final boolean sheetAttributeConstants;
    /** The figures of a sheet with several rows per school; null on a sheet of one row per school. */
    private final RowDimensionRows byRow;
    /** With {@code keyContinues}: the school of the row above, which a blank key continues. */
    private String keyAbove;
    private int headerRow = -1;
    private RepeatedHeaders repeatedHeaders;
    private int stamp;
    private int schools;
    private int lastRow = -1;
    /** The template's own total words ("Jumlah"), which a subtotal's label may start with ({@link HeaderText#isTotalLabel}). */
    private final List<String> ownTotalWords;

    WideRows(SheetInfo sheet, SheetSpec spec, WidePlan plan, CodeLists lists, ImportContext ctx, CensusSink sink,
             WideShared shared) {
        this.sheet = sheet;
        this.spec = spec;
        this.plan = plan;
        this.ctx = ctx;
        this.sink = sink;
        this.shared = shared;
        this.announced = shared.announced;
        this.seen = new int[plan.width()];
        this.partValue = new int[plan.width()];
        this.figuresBelow = new int[plan.width()];
        this.filledBelow = new int[plan.width()];
        this.unmatchedColumn = new boolean[plan.width()];
        this.rowCountValue = new int[plan.width()];
        this.rowCountStamp = new int[plan.width()];
        this.sheetAttributeConstants = spec.constants().keySet().stream()
                .anyMatch(f -> f.trim().toLowerCase(Locale.ROOT).startsWith("school."));
        this.problems = new SheetProblems(sink, sheet.name(), shared.figures, spec.schoolsAcross());
        this.groups = new GroupHeadings(spec);
        int groups = plan.groups.size();
        values = new int[groups][];
        sources = new String[groups][];
        for (int g = 0; g < groups; g++) {
            values[g] = new int[plan.groups.get(g).slots()];
            sources[g] = new String[plan.groups.get(g).slots()];
        }
        touched = new boolean[groups];
        totals = new WideTotals(plan, problems);
        ownTotalWords = WideSheetReader.ownTotalWords(lists);
        population = new PopulationRows(plan, lists, ctx, sink, problems, sheet.name(), shared.years);
        byRow = plan.rowDimensions == null ? null : new RowDimensionRows(sheet.name(), plan, ctx, sink, problems,
                shared);
        for (int c = 0; c < plan.width(); c++) {
            if (plan.field[c] != null && spec.requires(plan.field[c])) {
                requiredColumns.add(c);
            }
        }
        List<Integer> districts = new ArrayList<>();
        for (SchoolAttribute a : List.of(SchoolAttribute.DISTRICT, SchoolAttribute.DISTRICT_NAME)) {
            for (int c = 0; c < plan.width(); c++) {
                if (plan.kind[c] == WidePlan.ATTRIBUTE && plan.attribute[c] == a) {
                    districts.add(c);
                }
            }
        }
        districtColumns = districts.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> streams = new ArrayList<>();
        for (int c = 0; c < plan.width(); c++) {
            if (plan.kind[c] == WidePlan.IGNORE && org.emisworkbench.template.StreamHeaders.names(plan.headerText[c])) {
                streams.add(c);
            }
        }
        streamColumns = streams.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Header cells that matched no column spec: reported once the rows are read, as unread figures when
     * numbers stand below them (census data the template misses), else as an unmatched column (names,
     * comments), so no column is dropped silently; except the columns the template leaves out on purpose
     * ({@code ignore}). Problems found while planning are reported now.
     */
    void reportUnmatched(HeaderLayout header, List<List<Cell>> buffer, IgnoredHeaders ignored, HeaderMatcher matcher) {
        headerRow = header.lastRow();
        // A column the template reads as {year}, under another school year (last year's figures beside this
        // year's): left out on purpose, as a grid's band of last year is (decision 0032), never a warning.
        for (int c = 0; c < plan.width(); c++) {
            String text = plan.headerText[c];
            boolean unread = c >= header.byColumn().length || header.byColumn()[c] == null;
            if (unread && matcher.namesOtherYear(text)) {
                otherYear.put(c, org.emisworkbench.template.YearBands.yearIn(text));
            }
        }
        // Every header row counts: over a two-row header, a column may be named on the upper row only
        // ("Classrooms" beside "Standard 1 / Girls | Boys") and must not escape the report. A column the
        // template leaves out on purpose (any of its header texts ignored) is not reported.
        java.util.Set<Integer> onPurpose = new java.util.HashSet<>(ignored.bandColumns(buffer, header.firstRow(),
                header.lastRow()));
        for (int r = header.firstRow(); r <= header.lastRow(); r++) {
            for (Cell c : buffer.get(r)) {
                if (ignored.ignores(c.text()) || c.col() < plan.width() && ignored.ignores(plan.headerText[c.col()])) {
                    onPurpose.add(c.col());
                }
            }
        }
        for (int r = header.firstRow(); r <= header.lastRow(); r++) {
            for (Cell c : buffer.get(r)) {
                boolean unmatched = c.col() >= header.byColumn().length || header.byColumn()[c.col()] == null;
                if (unmatched && !c.isBlank() && !(c.col() < plan.width() && plan.part[c.col()])
                        && !onPurpose.contains(c.col())) {
                    unmatchedHeaders.merge(c.col(), c.text(), (upper, lower) -> upper + " " + lower);
                    unmatchedHeaderRow.putIfAbsent(c.col(), r);
                    if (c.col() < unmatchedColumn.length) {
                        unmatchedColumn[c.col()] = true;
                    }
                }
            }
        }
        String[] texts = org.emisworkbench.template.HeaderLocator.columnTexts(buffer, header.firstRow(), header.lastRow());
        unheaded = new boolean[Math.max(texts.length, plan.width())];
        for (int c = 0; c < unheaded.length; c++) {
            boolean read = c < header.byColumn().length && header.byColumn()[c] != null
                    || c < plan.width() && (plan.part[c] || c == plan.keyColumn);
            unheaded[c] = !read && !onPurpose.contains(c) && org.emisworkbench.template.BlankHeaders.blank(texts, c);
        }
        headerCells = List.copyOf(buffer.subList(header.firstRow(), Math.min(buffer.size(), header.lastRow() + 1)));
        for (WidePlan.Unmatched u : plan.unmatched) {
            problems.reportRange(ProblemKind.UNMATCHED_COLUMN, u.letters(), null, null, null,
                    PrePrimaryYears.notInWorkspace(ctx.grades(), u.grade()));
        }
        for (WidePlan.Note n : plan.notes) {
            problems.report(n.kind(), header.lastRow(), n.col(), null, n.field(), n.raw() != null ? n.raw()
                    : plan.headerText[n.col()], n.detail());
        }
    }

    /** The sheet's header, to skip it where it is repeated among the rows (set before the first row). */
    void repeatedHeaders(RepeatedHeaders headers) {
        this.repeatedHeaders = headers;
    }

    private void reportUnreadColumns() {
        for (Map.Entry<Integer, String> e : unmatchedHeaders.entrySet()) {
            int c = e.getKey();
            int figures = c < figuresBelow.length ? figuresBelow[c] : 0;
            int at = unmatchedHeaderRow.getOrDefault(c, headerRow);
            if (otherYear.containsKey(c)) {
                String letters = org.emisworkbench.model.CellRef.columnLetters(c);
                problems.leftOut(letters + (headerRow + 2) + ":" + letters + Math.max(headerRow + 2, lastRow + 1),
                        plan.headerText[c], otherYear.get(c));
                continue;
            }
            // Numbers under a phone, a year or a code are no census figures left unread (CensusHeaders.noFigures).
            if (figures > 0 && !org.emisworkbench.template.CensusHeaders.noFigures(e.getValue())) {
                boolean nextBlank = c + 1 >= unheaded.length || unheaded[c + 1];
                problems.report(ProblemKind.UNREAD_FIGURES, at, c, null, null,
                        org.emisworkbench.template.BlankHeaders.ownHeader(e.getValue(), underHeader.get(c),
                                nextBlank ? underHeader.get(c + 1) : null),
                        figures == 1 ? Message.of("import.detail.figureBelow")
                                : Message.of("import.detail.figuresBelow", figures));
            } else if (c >= filledBelow.length || filledBelow[c] > 0 || schools == 0) {
                problems.report(ProblemKind.UNMATCHED_COLUMN, at, c, null, null, e.getValue(),
                        Message.of("import.detail.columnNotRead"));
            }
            // Else a heading with nothing under it in any school's row ("REPEATERS" over the rows of repeaters of
            // a sheet of one column per school): it holds nothing to read, so nothing is left unread.
        }
        unmatchedHeaders.clear();
        unmatchedHeaderRow.clear();
        reportBlankHeaded();
    }

    /**
     * The words a row above the first school sets under a blank header ({@code New | Rep} under {@code Male}): the
     * column's own header, lower than the rows the template takes.
     */
    private void wordsUnderHeader(SheetRow row) {
        if (unheaded == null || underHeaderDone) {
            return;
        }
        for (int i = 0; i < row.size(); i++) {
            CellKind kind = row.kind(i);
            if (kind == CellKind.NUMBER || row.col(i) == plan.keyColumn && kind != CellKind.BLANK
                    || kind == CellKind.TEXT && problems.value(kind, row.text(i), Double.NaN) >= 0) {
                // A school's row, or any row with a figure: the headings are above it.
                underHeaderDone = true;
                return;
            }
        }
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            // Under an unread header too: the first column of a merged parent over sub-headers (BlankHeaders.ownHeader).
            if ((c >= unheaded.length || unheaded[c] || unmatchedHeaders.containsKey(c)) && row.kind(i) == CellKind.TEXT
                    && !row.text(i).isBlank() && !blankHeaded.containsKey(c)) {
                underHeader.merge(c, row.text(i).strip().replace('\n', ' '), (a, b) -> a + " " + b);
            }
        }
    }

    /**
     * A blank-headed column's header as the sheet writes it: the merged cells spanning it and the words under the
     * header rows ({@code Class 1 Male Rep}); empty when no word stands under it (a column with no header at all).
     */
    private String headerOfBlank(int c) {
        return org.emisworkbench.template.BlankHeaders.header(headerCells, c, underHeader.get(c));
    }

    /**
     * Numbers under a blank header: figures not read, named by the column's letters ("column E (no header)"); an
     * index column (0, 1, 2… counting the rows) is said once as such, no census figures and no warning.
     */
    private void reportBlankHeaded() {
        blankHeaded.forEach((c, tally) -> {
            org.emisworkbench.template.BlankHeaders.Column column = tally.column(c);
            if (column.figures() == 0) {
                return;
            }
            if (column.index()) {
                problems.report(ProblemKind.UNMATCHED_COLUMN, headerRow, c, null, null, "",
                        Message.of("import.detail.indexColumn"));
            } else {
                // Named by the header the sheet gives it below the rows taken, when it has one ("Class 1 Male Rep").
                problems.report(ProblemKind.UNREAD_FIGURES, headerRow, c, null, null, headerOfBlank(c),
                        column.figures() == 1 ? Message.of("import.detail.figureBelow")
                                : Message.of("import.detail.figuresBelow", column.figures()));
            }
        });
        blankHeaded.clear();
    }

    /** A banner row above the header: the sheet's district when it names one and the sheet has groupRows. */
    void bannerAbove(List<Cell> cells) {
        if (!spec.schoolsAcross()) {
            groups.banner(org.emisworkbench.template.GroupRows.banner(cells));
        }
    }

    void row(SheetRow row) {
        if (lastRow >= 0 && row.index() > lastRow + 1) {
            sink.skipped(sheet.name(), lastRow + 1, row.index() - lastRow - 1, SkipReason.BLANK_ROW);
        }
        lastRow = row.index();
        wordsUnderHeader(row);
        org.emisworkbench.template.TableSpec table = tableTitle(row);
        if (table != null) {
            // "TABLE 2: REPEATERS BY CLASS AND SEX": the rows below are that table's, its schools counted anew.
            flushPendingAsBlankKeys();
            releaseHidden();
            tableTopic = org.emisworkbench.model.Topic.fromCode(table.field());
            keysOfTable.clear();
            streamTexts.clear();
            totals.startTable();
            titleAbove = true;
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.BANNER_ROW);
            return;
        }
        if (schools == 0 && pending.isEmpty() && ColumnNumbersRow.is(row)) {
            // "(1) | (2) | (3) …" under the header: the form's column numbers, never a school.
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.COLUMN_NUMBERS);
            return;
        }
        if (!spec.keyedByName() && groups.heads(row, !keysOfSheet.isEmpty(), this::shapedLikeASchool)) {
            // "DISTRICT: MONGU" merged across above its schools: never a school; with groupRows, their district.
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.GROUP_ROW);
            return;
        }
        int alone = GroupHeadings.textAlone(row);
        if (schools > 0 && alone >= 0 && WideSheetReader.startsAsNote(row.text(alone))) {
            // "Sumber: Dapodik" alone under the schools, outside the code column: the table's note, said so (not
            // a blank row, nor a group of schools).
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.NOTE_ROW);
            return;
        }
        int k = plan.keyColumn < 0 ? -1 : row.find(plan.keyColumn);
        if (k >= 0 && titleInKeyColumn(row, k)) {
            // "TABLE 2: REPEATERS BY CLASS AND SEX" alone in the code column: a title, never a school; under the
            // schools, "Source: …" there is the table's note, and said so.
            sink.skipped(sheet.name(), row.index(), 1, isTotalWord(row.text(k)) ? SkipReason.TOTAL_ROW
                    : schools > 0 && WideSheetReader.startsAsNote(row.text(k)) ? SkipReason.NOTE_ROW
                    : SkipReason.BANNER_ROW);
            return;
        }
        String key = k < 0 || row.kind(k) == CellKind.BLANK ? "" : schoolCode(row.cell(k));
        if (repeatedHeaders != null && !isTotalWord(key) && repeatedHeaders.repeats(row, k < 0 ? "" : row.text(k))) {
            if (titleAbove) {
                // A stacked table's own header under its title, every row of it (grades above sexes): expected,
                // skipped as what it is, not reported as a header pasted among the rows.
                sink.skipped(sheet.name(), row.index(), 1, SkipReason.TABLE_HEADER);
                return;
            }
            repeatedHeaders.report(row, plan.keyColumn >= 0 ? plan.keyColumn : row.col(0), problems, sink);
            return;
        }
        titleAbove = false;
        if (key.isEmpty() && schools == 0 && pending.isEmpty() && keysOfSheet.isEmpty()
                && HeadingsUnderHeader.is(row, problems)) {
            // "| | Total | dont filles |" under "Code | Nom | CP1 | | CP2": the header's lower row, not a blank one.
            HeadingsUnderHeader.report(row, problems, sink);
            return;
        }
        if (key.isEmpty() && byRow != null && keyAbove != null && pending.isEmpty() && spec.continuesKey()
                && (byRow.isTotalRow(row) || byRow.bothSexes(row) || !saysTotal(row))) {
            key = keyAbove;
        }
        if (key.isEmpty() && saysTotal(row) && !hasFigure(row)) {
            // "Sub-total St. Mary's SS Kitende" under the name, its figures left empty: a total row with nothing to
            // check, wherever its label stands; never a row of figures without a school code (review 24).
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.TOTAL_ROW);
            return;
        }
        if (key.isEmpty()) {
            if (hasMappedValue(row) && hasFigure(row) && (saysTotal(row)
                    || byRow == null && totals.isSubtotalWithoutCode(row))) {
                // A subtotal or total labelled outside the key column ("Total District North" under the
                // district, "Sous-total" under the name), or a zone's sums under its name alone ("Nyungwe
                // zone", even over one school): checked against the rows it adds up, not stored.
                // Rows without a code above it are rows of the table, not totals: they count first.
                flushPendingAsBlankKeys();
                releaseHidden();
                totals.checkTotalRow(copy(row));
                sink.skipped(sheet.name(), row.index(), 1, SkipReason.TOTAL_ROW);
            } else if (hasMappedValue(row)) {
                pending.add(copy(row));
            } else {
                sink.skipped(sheet.name(), row.index(), 1, SkipReason.BLANK_ROW);
            }
            return;
        }
        if (isTotalWord(key)) {
            flushPendingAsBlankKeys();
            releaseHidden();
            totals.checkTotalRow(copy(row));
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.TOTAL_ROW);
            return;
        }
        // The cheap test first: a code with a digit (nearly every school's) ends it before the row's texts are read.
        boolean totalByShare = byRow == null && !spec.keyedByName() && wordAmongCodes(key) && !saysTotal(row)
                && totals.isTotalByShare(row);
        if (byRow == null && !spec.keyedByName() && (saysTotal(row) || totals.isSubtotal(row) && !shapedLikeASchool(key))
                || totalByShare) {
            // "Z01 | Zone subtotal", or "CHILUMBA" in the code column over the zone's sums: a total row that
            // carries a code is still a total row, checked and never a school counted twice; and named.
            flushPendingAsBlankKeys();
            totals.checkTotalRow(copy(row));
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.TOTAL_ROW);
            problems.report(ProblemKind.TOTAL_ROW_WITH_CODE, row.index(), plan.keyColumn, null, "school.code",
                    row.text(k), Message.of(saysTotal(row) ? "import.detail.totalByLabel" : totalByShare
                            ? "import.detail.totalByShare" : "import.detail.subtotalByFigures"));
            return;
        }
        if (spec.keyedByName()) {
            // The list names its schools: each name read as its master-list school (within the row's district
            // when the row or the template gives one), or reported and left out.
            key = shared.nameKeys.code(row.text(k), district(row), row.index(), k, sheet.name(), problems, sink);
            if (key == null) {
                return;
            }
        }
        flushPendingAsBlankKeys();
        if (byRow != null) {
            rowOfSchool(row, key);
            return;
        }
        if (plan.groups.isEmpty() && !plan.hasAttributes && population.active()) {
            population.row(row, key, k);
            return;
        }
        Integer first = keysOfTable.get(key);
        CellsRow held = heldHidden.get(key);
        if (first == null && held == null && row.hidden()) {
            // A hidden row may be an old figure kept above the school's corrected row: held back until the table
            // shows whether the school is given again on a visible row, which is then its return (decision 0040).
            heldHidden.put(key, new CellsRow(row.index(), copy(row), true));
            return;
        }
        if (held != null && !row.hidden()) {
            heldHidden.remove(key);
            setAside(held, key, row.index());
        } else if (first != null || held != null) {
            Message detail = first == null ? Message.of(problems.across() ? "import.detail.onHiddenColumn"
                    : "import.detail.onHiddenRow", place(held.index()))
                    : row.hidden() ? Message.of(problems.across() ? "import.detail.hiddenColumnAside"
                    : "import.detail.hiddenRowAside", place(first))
                    : streamsDiffer(row, key, first);
            boolean figures = totals.addUnread(copy(row));
            if (figures && first != null && !row.hidden()) {
                // A visible row of a school read already, holding figures: they are lost, not a copy set aside (a
                // hidden row is, decision 0040). Counted with the other rows of figures not stored, so the import
                // says it beside its OK (FileResult, import.rowsLost), never a plain OK.
                detail = Message.of("import.detail.repeatedRowNotImported", detail);
            }
            problems.report(ProblemKind.DUPLICATE_SCHOOL, row.index(), plan.keyColumn, key, "school.code",
                    row.text(k), detail);
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.REPEATED_SCHOOL);
            return;
        }
        store(row, key);
    }

    /**
     * Why a school's later row is not read: it is on an earlier row already; when the two rows differ in a column
     * left unread that names a sub-group ({@code Shift}: {@code Morning}, {@code Afternoon}), that column and the values,
     * and how to add such rows ({@code row.stream}), since that is the likely reason the school is given twice.
     */
    private Message streamsDiffer(SheetRow row, String key, int first) {
        String[] before = streamTexts.get(key);
        String[] here = streamTexts(row);
        for (int s = 0; before != null && s < streamColumns.length; s++) {
            if (!before[s].isEmpty() && !here[s].isEmpty() && !HeaderText.normalizeLabel(before[s]).equals(
                    HeaderText.normalizeLabel(here[s]))) {
                return Message.of("import.detail.alreadyOnRowStreams", place(first),
                        plan.headerText[streamColumns[s]].replaceAll("\\s+", " ").strip(), before[s], here[s]);
            }
        }
        return Message.of(problems.across() ? "import.detail.alreadyInColumn" : "import.detail.alreadyOnRow",
                place(first));
    }

    /** The texts of the row in the columns naming a sub-group ({@link #streamColumns}), "" where blank. */
    private String[] streamTexts(SheetRow row) {
        String[] texts = new String[streamColumns.length];
        for (int s = 0; s < streamColumns.length; s++) {
            int i = row.find(streamColumns[s]);
            texts[s] = i < 0 || row.kind(i) == CellKind.BLANK ? "" : row.text(i).strip();
        }
        return texts;
    }

    /** Reads a row of one school per row: the school announced unless another sheet did, then its figures. */
    private void store(SheetRow row, String key) {
        keysOfTable.put(key, row.index());
        if (streamColumns.length > 0) {
            streamTexts.put(key, streamTexts(row));
        }
        if (firstOfSheet(key, row.index())) {
            schools++;
        }
        totals.schoolRow(row, key);
        boolean announcedHere = announce(row, key);
        values(row, key, announcedHere);
    }

    /**
     * True when {@code key} has no digit while the sheet's school codes so far, three at least, all have one: a word
     * in the code column ({@code जम्मा}, {@code សរុប}: a total in a language whose total word is not known) rather
     * than another school's code.
     */
    private boolean wordAmongCodes(String key) {
        return !hasDigit(key) && keysOfSheet.size() >= 3 && keysWithoutDigit == 0;
    }

    /** Codes of the sheet's schools with no digit, counted as they come (not looked up again on each row). */
    private int keysWithoutDigit;

    /** Notes a school's code met on the sheet; true the first time. */
    private boolean firstOfSheet(String key, int rowIndex) {
        if (keysOfSheet.putIfAbsent(key, rowIndex) != null) {
            return false;
        }
        keysWithoutDigit += hasDigit(key) ? 0 : 1;
        shapesOfSheet.add(shape(key));
        return true;
    }

    private static boolean hasDigit(String key) {
        return key.chars().anyMatch(Character::isDigit);
    }

    /**
     * True when a code has the shape of a school's code read above it on this sheet ({@code SCH01004} after
     * {@code SCH01001}, {@code 1002} after {@code 101}: runs of letters and of digits in the same order). Such a row is a school even when its figures
     * happen to equal the sums above it (small counts such as repeaters often do); only a row whose code is
     * unlike the schools' ({@code Z01}, {@code CHILUMBA} among {@code KR-0101}…) is taken for a subtotal by
     * its figures alone.
     */
    private boolean shapedLikeASchool(String key) {
        return shapesOfSheet.contains(shape(key));
    }

    /** The shapes of the sheet's school codes so far: few, however many schools. */
    private final java.util.Set<String> shapesOfSheet = new java.util.HashSet<>();

    /**
     * A code's runs of letters written {@code A} and of digits {@code 9}, other characters kept ({@code KR-0101} is
     * {@code A-9}): runs collapsed, as codes of one district list differ in length more often than in kind (101, 1002).
     * A walk along the code, as it is taken of every school's.
     */
    static String shape(String code) {
        StringBuilder out = new StringBuilder();
        char run = 0;
        String s = code.strip();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            char kind = Character.isLetter(cp) ? 'A' : cp >= '0' && cp <= '9' ? '9' : 0;
            if (kind == 0) {
                out.appendCodePoint(cp);
            } else if (kind != run) {
                out.append(kind);
            }
            run = kind;
        }
        return out.toString();
    }

    /** Where a row of the reading is on the sheet: {@code 7} (a row), or {@code D} on a sheet read on its side. */
    private String place(int index) {
        return problems.across() ? CellRef.columnLetters(index) : Integer.toString(index + 1);
    }

    /**
     * A hidden row whose school is given again on a visible row below it: the visible row is the school's
     * return; the hidden one is named and not imported (its figures still count towards a total row, which
     * Excel's sums include).
     */
    private void setAside(CellsRow hidden, String key, int visibleRow) {
        int k = hidden.find(plan.keyColumn);
        problems.report(ProblemKind.DUPLICATE_SCHOOL, hidden.index(), plan.keyColumn, key, "school.code",
                k < 0 ? key : hidden.text(k), Message.of(problems.across() ? "import.detail.hiddenColumnAside"
                        : "import.detail.hiddenRowAside", place(visibleRow)));
        sink.skipped(sheet.name(), hidden.index(), 1, SkipReason.REPEATED_SCHOOL);
        totals.addUnread(hidden.cells());
    }

    /**
     * Reads the hidden rows held back whose school no visible row gave: each is the school's return, as any
     * row (decision 0040). Done before a total row is checked and at the end of each table.
     */
    private void releaseHidden() {
        if (heldHidden.isEmpty()) {
            return;
        }
        List<Map.Entry<String, CellsRow>> rows = new ArrayList<>(heldHidden.entrySet());
        heldHidden.clear();
        for (Map.Entry<String, CellsRow> e : rows) {
            store(e.getValue(), e.getKey());
        }
    }

    /**
     * The district a row gives its school (a {@code school.district} or {@code school.district_name} column,
     * code or name), else the one the template or sheet sets as a constant, else null: used to tell apart
     * schools of one name in two districts.
     */
    private String district(SheetRow row) {
        for (int c : districtColumns) {
            int i = row.find(c);
            if (i >= 0 && row.kind(i) != CellKind.BLANK && !row.text(i).isBlank()) {
                return row.text(i).strip();
            }
        }
        String constant = plan.attributeConstants.get(SchoolAttribute.DISTRICT);
        return constant != null ? constant : plan.attributeConstants.get(SchoolAttribute.DISTRICT_NAME);
    }

    /**
     * True when the row holds only a text in its code cell, and that text reads as a title (three words or
     * more, or a label's colon at its end), not a code: a table's title printed in the first column.
     */
    private static boolean titleInKeyColumn(SheetRow row, int k) {
        if (row.kind(k) != CellKind.TEXT) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            if (i != k && row.kind(i) != CellKind.BLANK && !(row.kind(i) == CellKind.TEXT && row.text(i).isBlank())) {
                return false;
            }
        }
        String t = row.text(k).strip();
        return t.endsWith(":") || t.split("\\s+").length >= 3;
    }

    /** The stacked table ({@code tables}) whose title the row holds alone, or null. */
    private org.emisworkbench.template.TableSpec tableTitle(SheetRow row) {
        if (spec.tables().isEmpty()) {
            return null;
        }
        int alone = GroupHeadings.textAlone(row);
        if (alone < 0) {
            return null;
        }
        String title = row.text(alone);
        return spec.tables().stream().filter(t -> t.titles(title)).findFirst().orElse(null);
    }

    /**
     * A row of a sheet with several rows per school: the school is announced on its first row; a row whose
     * grade (sex, age) says "Total" is the school's total row, checked and not stored.
     */
    private void rowOfSchool(SheetRow row, String key) {
        keyAbove = key;
        boolean first = firstOfSheet(key, row.index());
        if (byRow.isTotalRow(row)) {
            byRow.checkTotalRow(row, key);
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.TOTAL_ROW);
            return;
        }
        byRow.startRow(row, key, first);
        boolean announcedHere = false;
        if (first) {
            schools++;
            announcedHere = announce(row, key);
        }
        values(row, key, announcedHere);
    }

    /** True when a text cell of the row is a total label ("Total", "Sub-total South"): a sheet total row. */
    private boolean saysTotal(SheetRow row) {
        for (int i = 0; i < row.size(); i++) {
            if (row.kind(i) == CellKind.TEXT && HeaderText.isTotalLabel(row.text(i), ownTotalWords)) {
                return true;
            }
        }
        return false;
    }

    /** True when a count, total or sum part column of the row holds something (a total row has figures). */
    private boolean hasFigure(SheetRow row) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c < plan.width() && (plan.kind[c] == WidePlan.COUNT || plan.kind[c] == WidePlan.TOTAL
                    || plan.kind[c] == WidePlan.ROW_COUNT || plan.kind[c] == WidePlan.PART)
                    && !CellValues.emptyCell(row.kind(i), row.text(i))) {
                return true;
            }
        }
        return false;
    }

    /** Announces the school unless another sheet did; true when this row announced it. */
    private boolean announce(SheetRow row, String key) {
        if (announced.contains(key)) {
            if (sheetAttributeConstants) {
                problems.report(ProblemKind.VALUE_CLASH, row.index(), plan.keyColumn, key, null, row.text(row.find(
                        plan.keyColumn)), Message.of("import.detail.constantsNotApplied",
                        String.valueOf(plan.attributeConstants)));
            }
            return false;
        }
        Map<SchoolAttribute, String> attrs = new EnumMap<>(SchoolAttribute.class);
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c < plan.width() && plan.kind[c] == WidePlan.ATTRIBUTE && row.kind(i) != CellKind.BLANK) {
                String raw = row.text(i).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                if (row.kind(i) == CellKind.ERROR) {
                    // #REF! or a formula without its result is no name, code or place: reported, never stored.
                    int v = CellValues.count(CellKind.ERROR, raw, Double.NaN);
                    problems.report(CellValues.problem(v), row.index(), c, key, plan.field[c], raw, CellValues.detail(v));
                    continue;
                }
                String v = plan.codeList[c] == null ? raw : plan.codeList[c].code(raw);
                if (v == null) {
                    problems.report(ProblemKind.UNKNOWN_CODE, row.index(), c, key, plan.field[c], raw,
                            Message.of("import.detail.notInList", plan.codeList[c].name()));
                } else {
                    attrs.put(plan.attribute[c], v);
                }
            }
        }
        for (int c : plan.defaultColumns) {
            if (plan.kind[c] == WidePlan.ATTRIBUTE && !attrs.containsKey(plan.attribute[c]) && blank(row, c)) {
                attrs.put(plan.attribute[c], plan.defaults[c].text());
                problems.report(ProblemKind.DEFAULT_USED, row.index(), c, key, plan.field[c], "",
                        plan.field[c] + " = " + plan.defaults[c].text());
            }
        }
        if (groups.current() != null && !attrs.containsKey(groups.attribute())) {
            // The heading above the school's group gives what its own row does not ("DISTRICT: MONGU").
            attrs.put(groups.attribute(), groups.current());
        }
        attrs.putAll(plan.attributeConstants);
        for (int c : requiredColumns) {
            if (plan.kind[c] == WidePlan.ATTRIBUTE && !attrs.containsKey(plan.attribute[c]) && blank(row, c)) {
                problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row.index(), c, key, plan.field[c], "",
                        Message.of("import.detail.required", plan.field[c]));
            }
        }
        // Attributes the return has a column for but left blank: the store says when it fills them from earlier.
        Map<SchoolAttribute, String> blanks = new EnumMap<>(SchoolAttribute.class);
        for (int c = 0; c < plan.width(); c++) {
            if (plan.kind[c] == WidePlan.ATTRIBUTE && !attrs.containsKey(plan.attribute[c]) && blank(row, c)) {
                blanks.putIfAbsent(plan.attribute[c], problems.name(row.index(), c));
            }
        }
        announced.add(key);
        int k = row.find(plan.keyColumn);
        sink.school(new SchoolRecord(key, attrs, sheet.name(), row.index(),
                problems.name(row.index(), plan.keyColumn), blanks, k < 0 ? null : typedCode(row.cell(k))));
        return true;
    }

    private void values(SheetRow row, String key, boolean firstRowOfSchool) {
        countUnread(row);
        if (plan.groups.isEmpty() && byRow == null) {
            return;
        }
        stamp++;
        Arrays.fill(touched, false);
        for (int g = 0; g < values.length; g++) {
            Arrays.fill(values[g], FactRecord.MISSING);
            Arrays.fill(sources[g], null);
        }
        boolean anyTotal = false;
        totals.startRow(row.index(), row.hidden());
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c >= plan.width()) {
                continue;
            }
            byte kind = plan.kind[c];
            if (kind != WidePlan.COUNT && kind != WidePlan.TOTAL && kind != WidePlan.PART
                    && kind != WidePlan.ROW_COUNT) {
                continue;
            }
            CellKind ck = row.kind(i);
            if (ck == CellKind.BLANK) {
                continue;
            }
            int v = value(row, i, c, ck, key);
            if (kind == WidePlan.ROW_COUNT) {
                byRow.value(c, v);
                rowCountValue[c] = v;
                rowCountStamp[c] = stamp;
                totals.add(c, v, ck, row.number(i));
                continue;
            }
            if (v != FactRecord.MISSING) {
                seen[c] = stamp;
                partValue[c] = v;
            }
            // A column added into a sum only is still a member of a total beside it (WidePlan.membersOf).
            totals.add(c, v, ck, row.number(i));
            if (kind == WidePlan.PART) {
                if (byRow != null) {
                    // A total for both sexes whose row gives the grade of the sex worked out from it.
                    byRow.value(c, v);
                }
                continue;
            }
            if (kind == WidePlan.TOTAL) {
                anyTotal = true;
            } else if (v != FactRecord.MISSING || plan.defaults[c] == null) {
                // A cell of spaces only is blank: no source, so the figure is not taken for one left unreadable.
                put(row, key, c, plan.group[c], plan.slot[c], CellValues.isProblem(v) ? FactRecord.MISSING : v,
                        v == FactRecord.MISSING && ck == CellKind.TEXT && CellValues.blankText(row.text(i)) ? null
                        : source(row, c), plan.slotKey[c]);
                if (v >= 0) {
                    noteMergeCandidate(row, i, c, key, v);
                }
            }
        }
        for (WidePlan.Sum s : plan.sums) {
            sum(row, key, s);
        }
        for (int c : plan.defaultColumns) {
            if (plan.kind[c] == WidePlan.COUNT && seen[c] != stamp) {
                int v = plan.defaults[c].count();
                put(row, key, c, plan.group[c], plan.slot[c], v, source(row, c) + TemplateValue.DEFAULT_SUFFIX,
                        plan.slotKey[c]);
                problems.report(ProblemKind.DEFAULT_USED, row.index(), c, key, plan.field[c], "",
                        plan.field[c] + " = " + v);
            }
        }
        for (WidePlan.CountConstant k : plan.countConstants) {
            if (k.everyRow() || firstRowOfSchool) {
                touched[k.group()] = true;
                values[k.group()][k.slot()] = k.value();
                sources[k.group()][k.slot()] = TemplateValue.CONSTANT_SOURCE;
            }
        }
        blanks(row, key);
        for (int g = 0; g < values.length; g++) {
            if (touched[g]) {
                WidePlan.Group gr = plan.groups.get(g);
                // In a stacked table, the sheet's graded columns are the table's topic (repeaters under enrolment).
                org.emisworkbench.model.Topic topic = tableTopic != null && gr.topic().graded() ? tableTopic
                        : gr.topic();
                sink.facts(new FactRecord(key, topic, gr.sex(), gr.age(), values[g].clone(), sources[g].clone(),
                        sheet.name(), row.index()));
            }
        }
        if (byRow != null) {
            byRow.finishRow(row, key);
            noteRowFigures(row, key);
        }
        totals.school(key);
        if (anyTotal) {
            totals.checkRow(row, key);
        }
        mergesDown(row, key);
    }

    /**
     * A figure read from a cell whose right neighbour (a column of another figure) or whose cell below (the same
     * column of the next row of figures) is blank: the first cell of a merge across figures is one such, but the
     * sheet's merged regions come after its rows, so it is noted here and judged at the sheet's end ({@link #merged},
     * decisions 0104 and 0111). A few numbers per such cell. On a sheet of one column per school the row is a column
     * of the sheet, its merges turned likewise, so right is down the sheet and below is the next school's column; on
     * a sheet of several rows per school ({@link RowDimensionRows}) the row below is the school's next figure's.
     *
     * @param row the row of the record the figure is stored in (the school's first row on a sheet of several)
     * @param rowName the row as its figures are named when a merge goes down (the school, or the row's grade and sex)
     * @param below the name of the row below when its cell is blank, else null
     * @param totals the total columns of the row adding this figure up, as read ({@link WideTotals#totalsOver})
     */
    private record MergeCandidate(String school, org.emisworkbench.model.Topic topic, org.emisworkbench.model.Sex sex,
                                  org.emisworkbench.model.AgeGroup age, int col, int slot, String field, int value,
                                  String shown, int row, String rowName, String below, List<WideTotals.Over> totals) {
        MergeCandidate with(String below, List<WideTotals.Over> totals) {
            return new MergeCandidate(school, topic, sex, age, col, slot, field, value, shown, row, rowName, below,
                    totals);
        }
    }

    private final Map<Long, MergeCandidate> mergeCandidates = new HashMap<>();
    /** Figures above a blank cell of the next row: candidates of a merge down, held compact ({@link #mergesDown}). */
    private long[] downAt = new long[0];
    private int[] downValue = new int[0];
    private int[] downHeld = new int[0];
    private String[] downSchool = new String[0];
    private String[] downName = new String[0];
    private String[] downBelow = new String[0];
    private RowDimensionRows.Placed[] downPlaced = new RowDimensionRows.Placed[0];
    private int downCount;
    private final Map<Long, String> downShown = new HashMap<>();
    private final Map<Long, List<WideTotals.Over>> downTotals = new HashMap<>();

    /** The candidate of a merge down at a cell, made from its compact entry, or null when none was noted. */
    private MergeCandidate down(long at) {
        int n = Arrays.binarySearch(downAt, 0, downCount, at);
        if (n < 0) {
            return null;
        }
        int c = CellKeys.col(at);
        String shown = downShown.getOrDefault(at, String.valueOf(downValue[n]));
        List<WideTotals.Over> over = downTotals.getOrDefault(at, List.of());
        RowDimensionRows.Placed p = downPlaced[n];
        MergeCandidate k = p != null
                ? new MergeCandidate(downSchool[n], p.topic(), p.sex(), p.age(), c, p.slot(), plan.field[c],
                        downValue[n], shown, downHeld[n], downName[n], null, over)
                : candidate(downSchool[n], c, downValue[n], shown, null, downHeld[n], downName[n], over);
        return k.with(downBelow[n], over);
    }
    /** The candidates noted on the current row, whose totals are known once the row is read. */
    private final List<Long> rowCandidates = new ArrayList<>();
    /**
     * The figures stored on the current and the previous row of figures: columns, values, texts as shown and, on a
     * sheet of several rows per school, where each was stored; swapped at each row's end, allocated once.
     */
    private int[] storedCols = new int[0];
    private int[] storedValues = new int[0];
    private String[] storedShown = new String[0];
    private RowDimensionRows.Placed[] storedPlaced = new RowDimensionRows.Placed[0];
    private int storedCount;
    private int[] previousCols = new int[0];
    private int[] previousValues = new int[0];
    private String[] previousShown = new String[0];
    private RowDimensionRows.Placed[] previousPlaced = new RowDimensionRows.Placed[0];
    private int previousCount;
    private int previousRow = -2;
    private String previousKey;
    private String previousName;
    private int previousHeld;
    /** A row-dimension count column's value on the current row ({@link #stamp}ed), for its merges. */
    private int[] rowCountValue;
    private int[] rowCountStamp;

    /** A figure of a sheet of one row per school, as {@link #put} stored it. */
    private void noteMergeCandidate(SheetRow row, int i, int c, String key, int v) {
        if (byRow != null) {
            return;
        }
        int g = plan.group[c];
        if (values[g][plan.slot[c]] != v || sources[g][plan.slot[c]] == null) {
            return; // not stored (another sheet gave it first): nothing to take back
        }
        note(row, i, c, key, v, null);
    }

    /** The figures of a row of a sheet of several rows per school, as {@link RowDimensionRows} stored them. */
    private void noteRowFigures(SheetRow row, String key) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c >= plan.width() || plan.kind[c] != WidePlan.ROW_COUNT || rowCountStamp[c] != stamp
                    || rowCountValue[c] < 0) {
                continue;
            }
            RowDimensionRows.Placed p = byRow.placed(c);
            if (p != null) {
                note(row, i, c, key, rowCountValue[c], p);
            }
        }
    }

    private void note(SheetRow row, int i, int c, String key, int v, RowDimensionRows.Placed placed) {
        // As the officer sees it: a number as the figure read (34, not 34.0), a text as typed (34*).
        String shown = row.kind(i) == CellKind.TEXT && row.text(i) != null ? row.text(i).strip() : null;
        if (storedCols.length < plan.width()) {
            storedCols = new int[plan.width()];
            storedValues = new int[plan.width()];
            storedShown = new String[plan.width()];
            storedPlaced = new RowDimensionRows.Placed[plan.width()];
        }
        storedCols[storedCount] = c;
        storedValues[storedCount] = v;
        storedPlaced[storedCount] = placed;
        storedShown[storedCount++] = shown;
        int next = c + 1;
        if (next >= plan.width() || !readsFigure(next) || sameFigure(c, next)) {
            return;
        }
        if (i + 1 < row.size() && row.col(i + 1) == next && !CellValues.emptyCell(row.kind(i + 1), row.text(i + 1))) {
            return; // the neighbour holds something: no merge covers it (Excel keeps a merge's first value only)
        }
        long at = CellKeys.of(row.index(), c);
        mergeCandidates.put(at, candidate(key, c, v, shown, placed, row.index(),
                placed == null ? key : key + " " + byRow.rowName(row), List.of()));
        rowCandidates.add(at);
    }

    private MergeCandidate candidate(String key, int c, int v, String shown, RowDimensionRows.Placed placed, int row,
                                     String rowName, List<WideTotals.Over> over) {
        String text = shown == null ? String.valueOf(v) : shown;
        if (placed != null) {
            return new MergeCandidate(key, placed.topic(), placed.sex(), placed.age(), c, placed.slot(), plan.field[c],
                    v, text, byRow.heldRow(), rowName, null, over);
        }
        WidePlan.Group gr = plan.groups.get(plan.group[c]);
        org.emisworkbench.model.Topic topic = tableTopic != null && gr.topic().graded() ? tableTopic : gr.topic();
        return new MergeCandidate(key, topic, gr.sex(), gr.age(), c, plan.slot[c], plan.field[c], v, text, row,
                rowName, null, over);
    }

    /**
     * At a row of figures' end: the totals of its candidates (right merges), and the figures of the row just above
     * whose cell in this row is blank, noted as candidates of a merge down two rows (two schools', or on a sheet of
     * several rows per school two of its figures').
     */
    private void mergesDown(SheetRow row, String key) {
        for (long at : rowCandidates) {
            MergeCandidate k = mergeCandidates.get(at);
            mergeCandidates.put(at, k.with(k.below(), totals.totalsOver(k.col(), false)));
        }
        rowCandidates.clear();
        String name = byRow == null ? key : key + " " + byRow.rowName(row);
        if (previousRow == row.index() - 1) {
            for (int n = 0; n < previousCount; n++) {
                int c = previousCols[n];
                boolean filled = plan.kind[c] == WidePlan.ROW_COUNT
                        ? rowCountStamp[c] == stamp && rowCountValue[c] != FactRecord.MISSING : seen[c] == stamp;
                if (filled) {
                    continue; // this row has its own figure there: no merge covers it
                }
                long at = CellKeys.of(previousRow, c);
                MergeCandidate k = mergeCandidates.get(at);
                if (k != null) {
                    mergeCandidates.put(at, k.with(name, k.totals())); // across and down (C3:D4)
                    continue;
                }
                // Kept compact, in the order met (so sorted by cell): a sheet with schools of several levels has many
                // figures above a blank cell, a few merged at most; each becomes a candidate only at the sheet's end.
                if (downCount == downAt.length) {
                    int n2 = Math.max(64, downCount * 2);
                    downAt = Arrays.copyOf(downAt, n2);
                    downValue = Arrays.copyOf(downValue, n2);
                    downHeld = Arrays.copyOf(downHeld, n2);
                    downSchool = Arrays.copyOf(downSchool, n2);
                    downName = Arrays.copyOf(downName, n2);
                    downBelow = Arrays.copyOf(downBelow, n2);
                    downPlaced = Arrays.copyOf(downPlaced, n2);
                }
                downAt[downCount] = at;
                downValue[downCount] = previousValues[n];
                downHeld[downCount] = previousHeld;
                downSchool[downCount] = previousKey;
                downName[downCount] = previousName;
                downBelow[downCount] = name;
                downPlaced[downCount++] = previousPlaced[n];
                if (previousShown[n] != null) {
                    downShown.put(at, previousShown[n]);
                }
                List<WideTotals.Over> over = totals.totalsOver(c, true);
                if (!over.isEmpty()) {
                    downTotals.put(at, over);
                }
            }
        }
        int[] cols = previousCols;
        int[] vals = previousValues;
        String[] shown = previousShown;
        RowDimensionRows.Placed[] placed = previousPlaced;
        previousCols = storedCols;
        previousValues = storedValues;
        previousShown = storedShown;
        previousPlaced = storedPlaced;
        previousCount = storedCount;
        storedCols = cols;
        storedValues = vals;
        storedShown = shown;
        storedPlaced = placed;
        storedCount = 0;
        previousRow = row.index();
        previousKey = key;
        previousName = name;
        previousHeld = byRow == null ? row.index() : byRow.heldRow();
    }

    private boolean readsFigure(int c) {
        byte k = plan.kind[c];
        return k == WidePlan.COUNT || k == WidePlan.TOTAL || k == WidePlan.PART || k == WidePlan.ROW_COUNT;
    }

    private boolean sameFigure(int a, int b) {
        // A column whose figure its row's grade or sex says is a figure of its own (Boys, Girls beside a Grade cell).
        return a == b || plan.kind[a] != WidePlan.ROW_COUNT && plan.kind[a] == plan.kind[b]
                && plan.group[a] == plan.group[b] && plan.slot[a] == plan.slot[b]
                && java.util.Objects.equals(plan.slotKey[a], plan.slotKey[b]);
    }

    /**
     * The sheet's merged regions, known once its rows are read (on a sheet of one column per school, turned as its
     * rows are): a figure read from the first cell of one spanning two figures or more (Boys and Girls of a grade, two
     * grades, two ages, or one figure of two schools' rows) is taken back from the sink and reported (decisions 0104,
     * 0111); a total of the row that agreed with it as the first figure's is said again, its parts missing. A merge
     * over one figure's cells, or over cells not read, changes nothing.
     *
     * @param headers the header's texts per column as written ({@link WideSheetReader#headerTexts}), to name them
     */
    void merged(List<org.emisworkbench.workbook.CellRange> regions, String[] headers) {
        if (!mergeCandidates.isEmpty() || downCount > 0) {
            for (org.emisworkbench.workbook.CellRange m : regions) {
                long start = CellKeys.of(m.firstRow(), m.firstCol());
                MergeCandidate noted = mergeCandidates.get(start);
                MergeCandidate k = noted != null ? noted : m.lastRow() > m.firstRow() ? down(start) : null;
                if (k == null) {
                    continue;
                }
                boolean down = m.lastRow() > m.firstRow();
                List<String> figures = MergedFigures.spanned(m, (r, c) -> {
                    if (c >= plan.width() || !readsFigure(c)) {
                        return null;
                    }
                    int first = m.firstCol();
                    while (!sameFigure(first, c)) {
                        first++; // a figure is named by its first column the merge covers
                    }
                    String h = first < headers.length && headers[first] != null ? headers[first] : plan.headerText[first];
                    String name = h == null || h.isBlank() ? plan.letters[first] : h.strip().replaceAll("\\s+", " ");
                    String of = r == m.firstRow() ? k.rowName() : r == m.firstRow() + 1 ? k.below() : null;
                    return !down ? name : of == null ? null : of + " " + name;
                });
                if (figures.size() < 2) {
                    continue;
                }
                sink.withdraw(k.school(), k.topic(), k.sex(), k.age(), sheet.name(), k.row(), k.slot());
                problems.mergedFigure(m, k.school(), k.field(), k.shown(), figures);
                String range = problems.name(m.firstRow(), m.firstCol()) + ":" + problems.name(m.lastRow(), m.lastCol());
                for (WideTotals.Over t : k.totals()) {
                    if (t.total() != t.sum()) {
                        continue; // said already as it was read: a mismatch with the figure counted
                    }
                    problems.report(ProblemKind.TOTAL_MISMATCH, m.firstRow(), t.col(), k.school(), plan.field[t.col()],
                            String.valueOf(t.total()), WideTotals.withMerged(WideTotals.mismatch(t.total(),
                                    t.sum() - k.value(), plan.members[t.col()], plan.sex, m.firstRow(), problems),
                                    List.of(range)));
                }
            }
        }
        mergeCandidates.clear();
        downCount = 0;
        downShown.clear();
        downTotals.clear();
    }

    /**
     * Says each blank cell of a count column whose figures the row gives in part (its group touched), where a figure
     * of one grade and sex is expected: whether it is reported is decided at the file's end ({@link BlankFigures}).
     */
    private void blanks(SheetRow row, String key) {
        // The grades the row gives a figure of: a grade wholly blank on the row (a class the school lacks, most of a
        // national sheet's blank cells) is not said at all, so that it costs nothing.
        long gradesGiven = 0;
        for (int c = 0; c < plan.width(); c++) {
            if (plan.kind[c] == WidePlan.COUNT && seen[c] == stamp && plan.slot[c] < Long.SIZE) {
                gradesGiven |= 1L << plan.slot[c];
            }
        }
        for (int c = 0; gradesGiven != 0 && c < plan.width(); c++) {
            if (plan.kind[c] != WidePlan.COUNT || !touched[plan.group[c]] || plan.slot[c] >= Long.SIZE
                    || (gradesGiven & 1L << plan.slot[c]) == 0) {
                continue;
            }
            int g = plan.group[c];
            WidePlan.Group gr = plan.groups.get(g);
            org.emisworkbench.model.Topic topic = tableTopic != null && gr.topic().graded() ? tableTopic : gr.topic();
            int i = row.find(c);
            boolean blank = i < 0 || CellValues.emptyCell(row.kind(i), row.text(i));
            if (blank && topic.graded() && gr.sex() != null && gr.age().isAll()
                    && values[g][plan.slot[c]] == FactRecord.MISSING && sources[g][plan.slot[c]] == null) {
                sink.blankFigure(key, topic, gr.sex(), gr.age(), plan.slot[c], sheet.name(), problems.name(row.index(), c));
            }
        }
    }

    /**
     * Puts a figure in its slot, unless another sheet gave this school's figure already: then the first
     * stays and this one is reported, not stored (one figure, one value).
     */
    private void put(SheetRow row, String key, int col, int g, int slot, int v, String source, String slotKey) {
        if (v != FactRecord.MISSING && slotKey != null && shared.claims(slotKey)) {
            // Claimed at the sheet's own cell, so that a clash met on another sheet names it as it stands.
            FigureClaims.Given before = problems.across()
                    ? shared.claim(key, slotKey, sheet.name(), col, row.index(), v)
                    : shared.claim(key, slotKey, sheet.name(), row.index(), col, v);
            // On a sheet of several rows per school, a whole figure (Classrooms) repeated on each row is one giving.
            if (before != null && byRow != null && before.sheet().equals(sheet.name()) && before.value() == v) {
                return;
            }
            if (before != null) {
                problems.report(ProblemKind.VALUE_CLASH, row.index(), col, key, slotKey.substring(0,
                        slotKey.indexOf('|')), String.valueOf(v), Message.of("import.detail.readAlready",
                        HeaderMatcher.describe(slotKey), before.toString()));
                return;
            }
        }
        touched[g] = true;
        values[g][slot] = v;
        sources[g][slot] = source;
    }

    /** A sum of columns ({@link PartsSum}), or a difference of two ({@link SexDifference}). */
    private void sum(SheetRow row, String key, WidePlan.Sum s) {
        if (s.difference()) {
            int t = s.parts()[0];
            int o = s.parts()[1];
            SexDifference.read(s.field(), s.slotKey(), key, new SexDifference.Cells(row.index(), t, o,
                    partSource(row, t), partSource(row, o)), partOf(t), partOf(o), problems,
                    (v, from) -> put(row, key, t, s.group(), s.slot(), v, from, s.slotKey()));
            return;
        }
        PartsSum.read(s.field(), s.slotKey(), key, row.index(), s.parts(), this::partOf, p -> partSource(row, p),
                problems, (v, from) -> put(row, key, s.parts()[0], s.group(), s.slot(), v, from, s.slotKey()));
    }

    /**
     * A part's value in this row: as read; blank, the default of the column that reads it ({@code "default": "0"}
     * on {@code Redoublants G}, also added into the enrolment): the template says a blank there is that figure, so
     * the sum is no partial one (review 33); else {@link FactRecord#MISSING}.
     */
    private int partOf(int p) {
        return seen[p] == stamp ? partValue[p] : defaultOfPart(p) ? plan.defaults[p].count() : FactRecord.MISSING;
    }

    /** A part's cell as a source, marked {@code (default)} where its column's default stood for a blank. */
    private String partSource(SheetRow row, int p) {
        return source(row, p) + (seen[p] != stamp && defaultOfPart(p) ? TemplateValue.DEFAULT_SUFFIX : "");
    }

    private boolean defaultOfPart(int p) {
        return plan.defaults[p] != null && plan.kind[p] == WidePlan.COUNT;
    }

    /**
     * Where column {@code c} of the row is, as a figure's source: its column letters (the record's row says the
     * rest); on a sheet of one column per school, the sheet's own cell ({@code D7}), as the row read is a column.
     */
    private String source(SheetRow row, int c) {
        return problems.across() ? problems.name(row.index(), c) : plan.letters[c];
    }

    /** Counts the figures under columns the template does not read (see {@link #reportUnmatched}). */
    private void countUnread(SheetRow row) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            // One array lookup per cell; only cells under a blank header go further.
            if (unheaded != null && (c >= unheaded.length || unheaded[c])) {
                CellKind ck = row.kind(i);
                String text = ck == CellKind.TEXT || ck == CellKind.ERROR ? row.text(i) : null;
                if (ck != CellKind.BLANK && !(text != null && text.isBlank())) {
                    blankHeaded.computeIfAbsent(c, k -> new org.emisworkbench.template.BlankHeaders.Tally())
                            .add(ck, text, row.number(i));
                }
            }
        }
        if (unmatchedHeaders.isEmpty()) {
            return;
        }
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c < unmatchedColumn.length && unmatchedColumn[c]) {
                CellKind ck = row.kind(i);
                if (problems.figure(ck, row.text(i))) {
                    figuresBelow[c]++;
                }
                if (ck != CellKind.BLANK && !(ck == CellKind.TEXT && row.text(i).isBlank())) {
                    filledBelow[c]++;
                }
            }
        }
    }

    /** The count of a cell, reporting its problem; coded count columns (Yes/No) go through their list. */
    private int value(SheetRow row, int i, int c, CellKind ck, String key) {
        int v;
        if (plan.codeList[c] != null && ck == CellKind.TEXT) {
            String code = plan.codeList[c].code(row.text(i));
            v = code == null ? problems.count(row.index(), c, key, plan.field[c], ck, row.text(i), Double.NaN)
                    : "yes".equals(code) ? 1 : "no".equals(code) ? 0 : CellValues.NOT_A_NUMBER;
            if (code == null && CellValues.isProblem(v)) {
                problems.report(ProblemKind.UNKNOWN_CODE, row.index(), c, key, plan.field[c], row.text(i),
                        Message.of("import.detail.notInList", plan.codeList[c].name()));
                return v;
            }
        } else {
            v = problems.count(row.index(), c, key, plan.field[c], ck,
                    ck == CellKind.TEXT || ck == CellKind.ERROR ? row.text(i) : null, row.number(i));
        }
        if (CellValues.isProblem(v)) {
            problems.report(CellValues.problem(v), row.index(), c, key, plan.field[c], row.text(i),
                    plan.kind[c] == WidePlan.TOTAL ? CellValues.totalDetail(v) : CellValues.detail(v));
        }
        return v;
    }

    void finish() {
        releaseHidden();
        if (byRow != null) {
            byRow.finish();
        }
        reportUnreadColumns();
        // Blank-key rows at the very bottom are a total row when their figures are the column sums.
        for (List<Cell> cells : pending) {
            if (totals.looksLikeTotal(cells, schools)) {
                totals.checkTotalRow(cells);
                sink.skipped(sheet.name(), cells.get(0).row(), 1, SkipReason.TOTAL_ROW);
            } else if (WideSheetReader.isNote(cells)) {
                // A source or footnote under the table: one text alone, no figure; skipped, and said so.
                sink.skipped(sheet.name(), cells.get(0).row(), 1, SkipReason.NOTE_ROW);
            } else {
                blankKey(cells);
            }
        }
        pending.clear();
        totals.endTable();
    }

    private void flushPendingAsBlankKeys() {
        for (List<Cell> cells : pending) {
            blankKey(cells);
        }
        pending.clear();
    }

    private void blankKey(List<Cell> cells) {
        int row = cells.get(0).row();
        totals.addUnread(cells);
        sink.skipped(sheet.name(), row, 1, SkipReason.NO_SCHOOL_CODE);
        // Under a school's rows on a sheet of several rows per school, the code is most often written (or merged)
        // on the first row only: say the setting that reads such rows as that school's (review 30, D2).
        problems.report(ProblemKind.BLANK_KEY, row, Math.max(plan.keyColumn, 0), null, "school.code",
                problems.describeRead(cells), byRow != null && keyAbove != null && !spec.continuesKey()
                        ? Message.of("import.detail.valuesNoCodeBelowSchool", keyAbove)
                        : Message.of("import.detail.valuesNoCode"));
    }

    private boolean hasMappedValue(SheetRow row) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c < plan.width() && plan.kind[c] != WidePlan.IGNORE && row.kind(i) != CellKind.BLANK
                    && !(row.kind(i) == CellKind.TEXT && row.text(i).isBlank())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(SheetRow row, int col) {
        int i = row.find(col);
        return i < 0 || row.kind(i) == CellKind.BLANK || row.text(i).isBlank();
    }

    private static List<Cell> copy(SheetRow row) {
        List<Cell> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.cell(i));
        }
        return cells;
    }

    private boolean isTotalWord(String key) {
        return HeaderText.isTotalLabel(key, ownTotalWords);
    }

    /**
     * School codes are compared trimmed and upper-cased: " sch01004" is SCH01004; a generated identifier such as
     * DiszpKrYNg8 keeps its case ({@link CodeCase}, decision 0050).
     */
    static String schoolCode(String raw) {
        return CodeCase.schoolCode(raw);
    }

    /** The school code of a cell as it is written there, in its own case: what messages show ({@link CodeCase#typed}). */
    static String typedCode(Cell cell) {
        return CodeCase.typed(cell.kind() == CellKind.NUMBER ? cell.shown() : cell.text());
    }

    /**
     * The school code of a cell: a whole number typed as a number ({@code 40101}, which some writers store as
     * {@code 40101.0}) is the code its digits show, as it would be typed as text.
     */
    static String schoolCode(Cell cell) {
        return schoolCode(cell.kind() == CellKind.NUMBER ? cell.shown() : cell.text());
    }

    int schools() {
        return schools;
    }

    int problemCount() {
        return problems.count();
    }
}
