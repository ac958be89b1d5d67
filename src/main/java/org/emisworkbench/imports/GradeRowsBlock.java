package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.FormCells;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.OfWhichSex;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.YearBands;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A table of a form whose rows are grades ({@code "rows": "grade"}): the most common enrolment table of a
 * school return, {@code Grade | Boys | Girls | Total} with a row per grade. Its columns are
 * <ul>
 *   <li>sexes ({@code Boys | Girls}, perhaps a {@code Total} of both), or</li>
 *   <li>ages with M/F sub-columns under each (merged) age label, perhaps a {@code Total} age, or</li>
 *   <li>ages only, with an M row and an F row under each (merged) grade label
 *       ({@code "sexLayout": "rows"}).</li>
 * </ul>
 * A table of one sex ({@code "sex": "M"}: {@code BOYS} over {@code Class | New | Repeaters | Total} beside its twin
 * {@code GIRLS}, decision 0061) takes only the columns its title heads, and reads across either ages or the columns
 * whose headings its {@code band} names, adding them up ({@code New + Repeaters}).
 * A {@code Total} column is compared with the row's figures it adds up and a {@code Total} row with the
 * column above it; totals are never stored. The table ends at a blank row or where its header is written again (the
 * next block of the same table stacked right under it, decision 0057). Sources are full cell references.
 */
final class GradeRowsBlock {
    /**
     * A value column: its sex (null when the row gives it, or for a total of both), its age, a total, and the
     * band it stands under (its index in the grid's {@code band}; 0 without bands): the figures of one grade,
     * sex and age under several bands (Day, Boarding) add up, and a total adds up its own band.
     */
    record Column(int col, Sex sex, AgeGroup age, boolean total, int band) {
        /** The band of a total that adds up every band of a table of one sex ({@code New + Repeaters = Total}). */
        static final int ALL_BANDS = -1;

        Column(int col, Sex sex, AgeGroup age, boolean total) {
            this(col, sex, age, total, 0);
        }

        Column inBand(int b) {
            return new Column(col, sex, age, total, b);
        }
    }

    /**
     * The bands a figure of one row took in so far, and whether each part could be read; shared with {@link GridBlock}'s
     * grades across over bands (decision 0100), which add their bands the same way.
     */
    record BandParts(java.util.Set<Integer> bands, boolean readable) {
    }

    private final FormSheet form;
    private final GridSpec spec;
    private final Topic topic;
    private final CodeList grades;
    private final CodeList sexes;
    private final CodeList ages;
    /** The headings of a total of both sexes, the template's own among them ({@code total} list). */
    private final CodeList totals;
    /** Header columns naming their band in the cell itself ({@code Repeaters Boys}): column → band index. */
    private final java.util.Map<Integer, Integer> bandsInCells = new java.util.HashMap<>();
    /** Both-sexes columns (HM) beside one sex under bands, kept only where their band pairs them with it. */
    private final java.util.Set<Integer> bothSexesCols = new java.util.HashSet<>();
    private final ImportContext ctx;
    /** Reads a band naming a school year ({@link YearBands#THIS_YEAR}) as the template's years are read. */
    private final SchoolYears years;
    private final SheetProblems problems;
    private final List<Column> columns = new ArrayList<>();
    /** Totals of both sexes beside one sex only: the other sex worked out from them ({@link GradeRowsDifferences}). */
    private List<GradeRowsDifferences.Pair> differences = List.of();
    private final Map<String, FactRecord> records = new LinkedHashMap<>();
    private int firstValueCol;
    /** The table's header rows, to tell where the next block of the table starts (decision 0057). */
    private RepeatedHeaders header;
    /** Per column and sex (both, in the sexes-in-columns layouts): our sum and Excel's SUM of the rows. */
    private long[][] sums;
    private double[][] excelSums;
    /** Per column, both sexes since the last total row of both sexes (a {@code Total} row under each grade). */
    private long[] sectionSums;
    /** Per column and sex, {@link #sums} at the last total or subtotal row: what a {@code Sub-Total} row adds. */
    private long[][] subtotalBase;
    private double[][] subtotalExcel;
    private double[] sectionExcel;
    /**
     * Per column and sex, the cells above that could not be read (a formula saved without its result, a word): a
     * total row is not checked against parts it could not read (review 25, F9), unless the parts read already
     * exceed it. Each of those cells is reported on its own, its detail saying what it costs.
     */
    private List<List<List<String>>> unreadable;
    /** The columns the table may take: those its title heads for a table of one sex beside its twin, else all. */
    private int fromCol;
    private int toCol = Integer.MAX_VALUE;
    /** The title found when the header under it is not (the grid then reads nothing), else null. */
    private Cell titleFound;
    /** What the header under {@link #titleFound} lacks, for {@code GRID_NOT_FOUND}. */
    private Message missing;

    GradeRowsBlock(FormSheet form, GridSpec spec, Topic topic, CodeList grades, CodeList sexes, CodeList ages,
                   CodeList totals, ImportContext ctx, SchoolYears years, SheetProblems problems) {
        this.totals = totals;
        this.form = form;
        this.years = years;
        this.spec = spec;
        this.topic = topic;
        this.grades = grades;
        this.sexes = sexes;
        this.ages = ages;
        this.ctx = ctx;
        this.problems = problems;
    }

    /**
     * Reads the table into facts for {@code school}; false when its title or header is not on the sheet. A table of
     * one sex reads the {@code occurrence}-th table under its title ({@link GridSpec#occurrence}), in the columns
     * {@code span} gives for its title (first and last).
     */
    /** Where the blank cells of the table's rows are said ({@link BlankFigures}): the sink of the reading. */
    private CensusSink blanks;

    boolean read(String school, CensusSink sink, int occurrence, java.util.function.Function<Cell, int[]> span) {
        blanks = sink;
        Cell title = FormCells.findTitle(form.rows, spec.titles(), 0);
        for (int n = 0; oneSex() && n < occurrence && title != null; n++) {
            title = FormCells.findTitle(form.rows, spec.titles(), title.row() + 1);
        }
        if (title == null) {
            return false;
        }
        int[] cols = span.apply(title);
        if (oneSex()) {
            fromCol = cols[0];
            toCol = cols[1];
        }
        // A table with no title above it is titled by its grade heading (Classe | HM | M): its header is that row.
        boolean headingTitle = !oneSex()
                && org.emisworkbench.template.NumberedGrades.gradesHeading(title.text());
        // Or by the corner cell of its header whatever word the template names (Grado | Hombres | Mujeres, review 28
        // F6): the header is then the title's own row, looked at first, before any row under it.
        int start = headingTitle || oneSex() ? -1 : locate(title.row() - 1, title.row());
        if (start < 0) {
            start = locate(headingTitle ? title.row() - 1 : title.row());
        }
        if (start < 0) {
            titleFound = title;
            String under = rowUnder(title.row(), cols[0], cols[1]);
            missing = !oneSex() ? Message.of("import.detail.gridNoHeader.sexes", under)
                    : spec.band().isEmpty() ? Message.of("import.detail.gridNoHeader.ages", under)
                    : Message.of("import.detail.gridNoHeader.band", String.join(" | ", spec.band()), under);
            return false;
        }
        // The header's rows under the title (bands, ages, sexes), to tell where they are written again.
        header = RepeatedHeaders.ofTable(form.rows, Math.min(title.row() + 1, start - 1), start - 1, fromCol,
                columns.stream().mapToInt(Column::col).max().orElse(0));
        sums = new long[form.grid.lastCol() + 1][2];
        excelSums = new double[form.grid.lastCol() + 1][2];
        sectionSums = new long[form.grid.lastCol() + 1];
        sectionExcel = new double[form.grid.lastCol() + 1];
        unreadable = new java.util.ArrayList<>();
        for (int c = 0; c <= form.grid.lastCol(); c++) {
            unreadable.add(List.of(new java.util.ArrayList<>(), new java.util.ArrayList<>()));
        }
        String label = null;
        // A stream column (grid stream): the grade is read beside it, left (Form | Stream) or right (Shift | Grade),
        // and the rows of one grade in different streams add up.
        int streamCol = streamColumn(title.row(), start);
        boolean streamFirst = streamCol >= 0 && gradesRightOf(streamCol, start);
        int labelsFrom = streamFirst ? streamCol + 1 : fromCol;
        int labelsTo = streamCol >= 0 && !streamFirst ? streamCol : firstValueCol;
        // Per grade, the figures its rows began and the streams they named: a grade's streams may stand apart
        // (Morning: Grade 1…6, then Afternoon: Grade 1…6), each added to the others as it comes.
        Map<Integer, Map<FactRecord, BandParts>> begunOfGrade = new java.util.HashMap<>();
        Map<Integer, List<String>> streamsOfGrade = new java.util.HashMap<>();
        // Shift | Grade: the stream written on its block's first row only (blank below, or merged down) holds for
        // the rows under it until another is written or a total row closes the block.
        Cell carried = null;
        Integer gradeSlot = null;
        int r = start;
        for (; r <= form.lastRow(); r++) {
            if (r > start && header.startsOver(form.rows, r)) {
                // The next block of the same table (last year's, another school's) with no blank row between: it
                // ends this one as a blank row does, its figures are reported unread, never read as this table's.
                break;
            }
            String own = FormRows.label(form, r, labelsFrom, labelsTo, sexes, sexInRows());
            Sex rowSex = sexInRows() ? FormRows.sex(form, r, firstValueCol, sexes) : null;
            boolean values = hasValues(r);
            Cell stream = streamCol < 0 ? null : form.at(r, streamCol);
            if (streamFirst) {
                stream = stream != null ? stream : mergedDown(r, streamCol);
                stream = stream != null ? stream : own == null && !values ? null : carried;
                carried = stream;
            }
            if (stream != null && stream.kind() == CellKind.TEXT && (isTotal(stream.text())
                    || HeaderText.isTotalLabel(stream.text()))) {
                // Shift: Total (or Stream: Total under a grade's streams): the total of the rows since the last total
                // row, or of the whole table; checked, never one more stream.
                checkTotalRow(r, rowSex, school, true);
                blanks.skipped(form.name(), r, 1, org.emisworkbench.model.SkipReason.TOTAL_ROW);
                carried = null;
                continue;
            }
            if (stream != null && (own == null || own.equals(label)) && gradeSlot != null && values) {
                // Form | Stream with the form written on its first stream's row only (or merged down, or written
                // again): another stream of that grade.
                streamRow(r, gradeSlot, stream, streamsOfGrade.get(gradeSlot), begunOfGrade.get(gradeSlot), school);
                continue;
            }
            if (own == null && sexInRows() && rowSex != null) {
                own = label;
            }
            if (own == null && !values) {
                break;
            }
            label = own;
            if (own != null && isTotal(own)) {
                // With streams, a Total row may close each stream's block (Morning … Total, Afternoon … Total) or
                // the whole table: either is right.
                checkTotalRow(r, rowSex, school, streamCol >= 0);
                carried = null;
                continue;
            }
            String grade = own == null ? null : grades.code(own);
            Integer slot = grade == null ? null : ctx.grades().byCode(grade).map(g -> g.slot()).orElse(null);
            if (slot == null && own != null && HeaderText.isTotalLabel(own)) {
                // Sub-Total, Subtotal, Sous-total: a total of the grades since the last one, not a grade (review 28,
                // F8); checked like a Total row and counted among the rows not imported as figures.
                checkTotalRow(r, rowSex, school, true);
                blanks.skipped(form.name(), r, 1, org.emisworkbench.model.SkipReason.TOTAL_ROW);
                continue;
            }
            if (slot == null) {
                if (!values) {
                    break;
                }
                if (!leftOut(r, rowSex, own)) {
                    problems.report(ProblemKind.UNKNOWN_CODE, r, labelCol(r), school, "grade",
                            own == null ? "" : own, Message.of("import.detail.notAGrade"));
                }
                continue;
            }
            if (sexInRows() && rowSex == null) {
                problems.report(ProblemKind.UNKNOWN_CODE, r, Math.max(firstValueCol - 1, 0), school, "sex",
                        form.grid.cell(r, Math.max(firstValueCol - 1, 0)).text(), Message.of("import.detail.expectedSex"));
                continue;
            }
            gradeSlot = slot;
            if (stream != null) {
                streamRow(r, slot, stream, streamsOfGrade.computeIfAbsent(slot, k -> new ArrayList<>()),
                        begunOfGrade.computeIfAbsent(slot, k -> new java.util.IdentityHashMap<>()), school);
                continue;
            }
            // A row without a stream starts its grade afresh: a stream of it later is another giving of the grade.
            begunOfGrade.put(slot, new java.util.IdentityHashMap<>());
            streamsOfGrade.put(slot, new ArrayList<>());
            dataRow(r, slot, rowSex, school, new java.util.IdentityHashMap<>(), 0);
        }
        unknownRows(school, List.of());
        // The table, its title, header, row labels, total rows and columns: read, or checked.
        java.util.Set<Integer> readCols = new java.util.HashSet<>();
        columns.forEach(c -> readCols.add(c.col()));
        FormRows.markTableRead(form, title.row(), start - 1, r - 1, columns.stream().mapToInt(Column::col).max().orElse(0),
                readCols::contains);
        records.values().forEach(sink::facts);
        return true;
    }

    private boolean sexInRows() {
        return spec.sexLayout().equals("rows");
    }

    /** True for a table of one sex ({@code "sex": "M"}), its grades down and its ages or band's columns across. */
    private boolean oneSex() {
        return spec.sex() != null;
    }

    /** The column of the row's first filled cell among those the table may take: where its label is reported. */
    private int labelCol(int r) {
        for (Cell c : form.rows.get(r)) {
            if (c.col() >= fromCol && !c.isBlank()) {
                return c.col();
            }
        }
        return fromCol;
    }

    /** The title found when the header under it was not, or null: {@code GRID_NOT_FOUND} is said at its cell. */
    Cell titleFound() {
        return titleFound;
    }

    /** What the header under {@link #titleFound()} lacks (a phrase of {@code GRID_NOT_FOUND}), or null. */
    Message missing() {
        return missing;
    }

    /**
     * The header of a table of one sex on row {@code h}, in the columns its title heads: the columns headed by its
     * band's texts, every one of them, each a band whose figures add up (a {@code Total} beside them is checked
     * when the grid reads every other column there), or, without a band, two ages or more (a {@code Total} checked).
     */
    private boolean oneSexHeader(int h) {
        Sex sex = Sex.valueOf(spec.sex());
        List<String> texts = spec.band().stream().map(HeaderText::normalizeLabel).toList();
        List<Cell> cells = form.rows.get(h).stream().filter(c -> c.col() >= fromCol && c.col() <= toCol
                && !c.isBlank()).toList();
        Column total = null;
        boolean others = false;
        java.util.Set<Integer> bandsSeen = new java.util.HashSet<>();
        for (Cell c : cells) {
            String text = c.kind() == CellKind.NUMBER ? c.shown() : c.text();
            if (!texts.isEmpty()) {
                int b = texts.indexOf(HeaderText.normalizeLabel(text));
                if (b >= 0) {
                    columns.add(new Column(c.col(), sex, AgeGroup.ALL, false, b));
                    bandsSeen.add(b);
                } else if (isTotal(text)) {
                    total = new Column(c.col(), sex, AgeGroup.ALL, true, Column.ALL_BANDS);
                } else if (c != cells.get(0)) {
                    others = true; // the first cell heads the rows' labels (Class)
                }
                continue;
            }
            AgeGroup age = ageOrTotal(c);
            if (age != null) {
                columns.add(new Column(c.col(), sex, age, false));
            } else if (isTotal(text)) {
                columns.add(new Column(c.col(), sex, null, true));
            }
        }
        if (texts.isEmpty()) {
            // Ages going up (6 | 7 | 8), on a row that is no grade's row of figures (P2 | 20 | 5 | 25).
            List<AgeGroup> read = columns.stream().filter(c -> !c.total()).map(Column::age).toList();
            boolean upward = java.util.stream.IntStream.range(1, read.size())
                    .allMatch(i -> ages.codes().indexOf(read.get(i).code()) > ages.codes().indexOf(read.get(i - 1).code()));
            Cell first = cells.isEmpty() ? null : cells.get(0);
            boolean gradeRow = first != null && first.kind() == CellKind.TEXT && grades.code(first.text()) != null
                    || first != null && first.kind() == CellKind.NUMBER && columns.stream().noneMatch(c -> c.col() == first.col());
            return read.size() >= 2 && upward && !gradeRow;
        }
        if (bandsSeen.size() < texts.size()) {
            // New + Repeaters with one of them missing would store half the pupils: not this table.
            return false;
        }
        if (total != null && !others) {
            columns.add(total);
        }
        return true;
    }

    /** The first non-blank row under the title, in the columns its title heads, as {@code A | B | C}. */
    private String rowUnder(int titleRow, int fromCol, int toCol) {
        for (int r = titleRow + 1; r <= FormRows.headerSearchEnd(form, titleRow); r++) {
            List<String> texts = form.rows.get(r).stream().filter(c -> c.col() >= fromCol && c.col() <= toCol
                    && !c.isBlank()).limit(8).map(c -> c.kind() == CellKind.NUMBER ? c.shown() : c.text().strip())
                    .toList();
            if (!texts.isEmpty()) {
                return String.join(" | ", texts);
            }
        }
        return "";
    }

    /** Maps the value columns from the header under the title; returns the first data row, or -1. */
    private int locate(int titleRow) {
        return locate(titleRow, FormRows.headerSearchEnd(form, titleRow));
    }

    /** As {@link #locate(int)}, the header looked for on the rows after {@code titleRow} up to {@code last}. */
    private int locate(int titleRow, int last) {
        for (int h = titleRow + 1; h <= last; h++) {
            if (oneSex()) {
                if (oneSexHeader(h)) {
                    return found(h + 1);
                }
            } else if (sexInRows()) {
                for (Cell c : form.rows.get(h)) {
                    AgeGroup age = ageOrTotal(c);
                    if (age != null || isTotal(c.text())) {
                        columns.add(new Column(c.col(), null, age, age == null));
                    }
                }
                if (columns.size() >= 2) {
                    return found(h + 1);
                }
            } else if (h + 1 <= form.lastRow() && ageCount(h) >= 2) {
                for (Cell c : form.rows.get(h + 1)) {
                    String s = OfWhichSex.code(sexes, c.text());
                    if (s != null) {
                        Cell above = FormRows.headerAbove(form, h, c.col());
                        AgeGroup age = above == null ? null : ageOrTotal(above);
                        boolean total = above != null && isTotal(above.text());
                        if (age != null || total) {
                            columns.add(new Column(c.col(), Sex.valueOf(s), age, total));
                        }
                    } else if (isTotal(c.text())) {
                        columns.add(new Column(c.col(), null, null, true));
                    }
                }
                if (!columns.isEmpty()) {
                    return found(h + 2);
                }
            } else {
                int sexCells = 0;
                java.util.Set<Sex> seen = java.util.EnumSet.noneOf(Sex.class);
                List<Column> both = new ArrayList<>();
                for (Cell c : form.rows.get(h)) {
                    String s = OfWhichSex.code(sexes, c.text());
                    int[] bandSex = s == null ? bandAndSex(c) : null;
                    if (s != null) {
                        columns.add(new Column(c.col(), Sex.valueOf(s), AgeGroup.ALL, false));
                        seen.add(Sex.valueOf(s));
                        sexCells++;
                    } else if (bandSex != null) {
                        // Repeaters Boys | Repeaters Girls on the header row itself: the band named in the cell.
                        columns.add(new Column(c.col(), Sex.values()[bandSex[1]], AgeGroup.ALL, false));
                        bandsInCells.put(c.col(), bandSex[0]);
                    } else if (isTotal(c.text())) {
                        columns.add(new Column(c.col(), null, AgeGroup.ALL, true));
                    } else if (c.text() != null
                            && HeaderText.BOTH_SEXES_WORDS.contains(HeaderText.normalizeLabel(c.text()))) {
                        both.add(new Column(c.col(), null, AgeGroup.ALL, true));
                    }
                }
                // T, HM, Ensemble beside both sexes (G | F | T) is their total, checked as Total is; beside one sex
                // only (Classe | HM | M, Grade | T | G) it is the total the other sex is worked out from.
                if (seen.size() == 2 || sexCells == 1 && both.size() == 1
                        && columns.stream().noneMatch(c -> c.total() && c.sex() == null)) {
                    columns.addAll(both);
                } else if (!spec.band().isEmpty() && seen.size() == 1 && !both.isEmpty()
                        && columns.stream().noneMatch(c -> c.total() && c.sex() == null)) {
                    // Matriculados over HM | M beside Repetentes over HM | M: one sex under each band, each band's HM
                    // the total its other sex is worked out from; kept band by band when the grid's band is known.
                    columns.addAll(both);
                    both.forEach(c -> bothSexesCols.add(c.col()));
                }
                // Beside one sex only, a total of both gives the other sex (Total | Girls).
                if (sexCells >= 2 || sexCells == 1 && columns.stream().anyMatch(c -> c.total() && c.sex() == null)
                        || bandsInCells.size() >= 2) {
                    return found(h + 1);
                }
                columns.clear();
                bandsInCells.clear();
                bothSexesCols.clear();
            }
            columns.clear();
            bandsInCells.clear();
            bothSexesCols.clear();
        }
        return -1;
    }

    private int found(int start) {
        if (!spec.band().isEmpty() && !oneSex()) {
            // Topics side by side ("Enrolment" merged over Boys | Girls, "Repeaters" over its own): this grid's
            // columns are those under its band, on the row above the header.
            int header = start - 1;
            int bandRow = columns.stream().anyMatch(c -> c.age() != null && !c.age().equals(AgeGroup.ALL))
                    ? header - 2 : header - 1;
            List<String> texts = spec.band().stream().map(HeaderText::normalizeLabel).toList();
            List<Column> under = new ArrayList<>();
            for (Column c : columns) {
                Cell band = bandRow < 0 || bandsInCells.containsKey(c.col()) ? null
                        : FormRows.headerAbove(form, bandRow, c.col());
                int b = bandsInCells.getOrDefault(c.col(), band == null ? -1 : bandIndex(texts, band));
                if (b >= 0) {
                    under.add(c.inBand(b));
                } else if (texts.size() >= 2 && band != null && band.kind() == CellKind.TEXT && isTotal(band.text())
                        && c.age().isAll()) {
                    // "Total" over Boys | Girls beside the bands that add up (Morning shift, Afternoon shift): the
                    // sum of every band, checked against them and never stored (decision 0094).
                    under.add(new Column(c.col(), c.sex(), c.age(), true, Column.ALL_BANDS));
                }
            }
            columns.clear();
            columns.addAll(under);
            // A both-sexes column (HM) under a band is kept only beside exactly one column of one sex in that band,
            // as without bands (Classe | HM | M): the total the other sex is worked out from, never a lone check.
            columns.removeIf(c -> bothSexesCols.contains(c.col()) && !pairsInBand(c));
            if (columns.isEmpty()) {
                return -1;
            }
        }
        firstValueCol = columns.stream().mapToInt(Column::col).min().orElse(0);
        differences = sexInRows() || oneSex() ? List.of() : GradeRowsDifferences.find(columns);
        return start;
    }

    /**
     * The index of the band text naming {@code band} in {@code texts}, or -1: {@link YearBands#THIS_YEAR} names the
     * band of the census year being imported ({@code 2024-25}), never last year's beside it.
     */
    private int bandIndex(List<String> texts, Cell band) {
        String text = band.kind() == org.emisworkbench.workbook.CellKind.NUMBER ? band.shown() : band.text();
        for (int i = 0; i < texts.size(); i++) {
            boolean ours = texts.get(i).equals(YearBands.THIS_YEAR)
                    ? YearBands.namesCensusYear(text, years, ctx.censusYear())
                    : texts.get(i).equals(HeaderText.normalizeLabel(text));
            if (ours) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The band and sex a header cell names together ({@code Repeaters Boys}, {@code Girls Repeaters}, {@code
     * Redoublants - Filles}) when the grid has bands: {band index, sex ordinal}; null for any other cell.
     */
    private int[] bandAndSex(Cell c) {
        if (spec.band().isEmpty() || c.kind() != CellKind.TEXT || c.isBlank()) {
            return null;
        }
        String text = HeaderText.normalizeLabel(c.text());
        List<String> texts = spec.band().stream().map(HeaderText::normalizeLabel).toList();
        for (int b = 0; b < texts.size(); b++) {
            String band = texts.get(b);
            String rest = text.startsWith(band + " ") ? text.substring(band.length())
                    : text.endsWith(" " + band) ? text.substring(0, text.length() - band.length()) : null;
            String sex = rest == null ? null : OfWhichSex.code(sexes, rest.replaceAll("^[\\s\\-–:/]+|[\\s\\-–:/]+$", ""));
            if (sex != null) {
                return new int[] {b, Sex.valueOf(sex).ordinal()};
            }
        }
        return null;
    }

    /** True when {@code both} (a both-sexes column) stands beside exactly one column of one sex in its band. */
    private boolean pairsInBand(Column both) {
        List<Column> in = columns.stream().filter(c -> c.band() == both.band() && c.col() != both.col()).toList();
        return in.size() == 1 && !in.get(0).total() && in.get(0).sex() != null;
    }

    private int ageCount(int row) {
        int n = 0;
        for (Cell c : form.rows.get(row)) {
            n += ageOrTotal(c) != null ? 1 : 0;
        }
        return n;
    }

    /** The age a header cell names (a number cell is an age too), or null; a total of all ages is null. */
    private AgeGroup ageOrTotal(Cell c) {
        if (c.isBlank() || isTotal(c.text())) {
            return null;
        }
        String code = ages.code(c.kind() == CellKind.NUMBER ? c.shown() : c.text());
        return code == null || code.equals(AgeGroup.ALL.code()) ? null : new AgeGroup(code);
    }

    private boolean isTotal(String text) {
        return text != null && totals.code(text) != null;
    }

    private boolean hasValues(int r) {
        for (Column c : columns) {
            if (form.at(r, c.col()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The column whose heading the grid's {@code stream} names, on the header's rows left of the figures, or -1 (no
     * stream column, or none found: then every row gives its grade).
     */
    private int streamColumn(int titleRow, int start) {
        if (spec.stream().isEmpty()) {
            return -1;
        }
        for (int h = start - 1; h > titleRow && h >= 0; h--) {
            for (Cell c : form.rows.get(h)) {
                if (c.col() >= fromCol && c.col() < firstValueCol && c.kind() == CellKind.TEXT
                        && FormCells.isLabel(c.text(), spec.stream())) {
                    return c.col();
                }
            }
        }
        return -1;
    }

    /**
     * True when the grades stand right of the stream column ({@code Shift | Grade | Boys | Girls}): more cells naming a
     * grade of the list between it and the figures than left of it, on the table's rows. Else the grade is left of it
     * ({@code Form | Stream | Boys | Girls}), as a stream column has always been read.
     */
    private boolean gradesRightOf(int streamCol, int start) {
        int left = 0;
        int right = 0;
        for (int r = start; r <= form.lastRow() && !form.rows.get(r).isEmpty(); r++) {
            for (Cell c : form.rows.get(r)) {
                if (c.col() >= fromCol && c.col() < firstValueCol && c.col() != streamCol && !c.isBlank()
                        && grades.code(c.kind() == CellKind.NUMBER ? c.shown() : c.text()) != null) {
                    if (c.col() < streamCol) {
                        left++;
                    } else {
                        right++;
                    }
                }
            }
        }
        return right > left;
    }

    /** The text of a cell merged down over row {@code r} from a row above ({@code Morning} over its grades), or null. */
    private Cell mergedDown(int r, int col) {
        org.emisworkbench.workbook.CellRange m = form.grid.mergedAt(r, col);
        if (m == null || m.firstRow() >= r) {
            return null;
        }
        Cell top = form.grid.cell(m.firstRow(), m.firstCol());
        return top.isBlank() ? null : top;
    }

    /**
     * A row of figures not read for a label that is no grade: its cell and text, and its figures per column and sex;
     * {@code labelCol} and {@code label} where its {@code UNKNOWN_CODE} is said.
     */
    private record RowLeftOut(int row, String place, Map<Integer, long[]> figures, int labelCol, String label) {
    }

    /** Rows left out whose {@code UNKNOWN_CODE} is yet to be said: at the next total row, or the table's end. */
    private final List<RowLeftOut> unknownRowsToSay = new ArrayList<>();

    /**
     * Says each row of figures left out since the last total row ({@code UNKNOWN_CODE} at its label), naming the
     * cells of the total row below that were not checked for want of its figures ({@code unchecked}, none when the
     * total was checked or there is none): rows not read are not zero, so a total over them is not compared with
     * the rows read alone (review 30 D5, decision 0101).
     */
    private void unknownRows(String school, List<String> unchecked) {
        for (RowLeftOut row : unknownRowsToSay) {
            problems.report(ProblemKind.UNKNOWN_CODE, row.row(), row.labelCol(), school, "grade", row.label(),
                    unchecked.isEmpty() ? Message.of("import.detail.notAGrade")
                            : Message.of("import.detail.notAGrade.totalNotChecked", String.join(", ", unchecked)));
        }
        unknownRowsToSay.clear();
    }

    /** Rows of the table not read since its top (an unknown grade): a total row under them says it leaves them out. */
    private final List<RowLeftOut> rowsLeftOut = new ArrayList<>();
    /** The last total or subtotal row checked: a subtotal adds the rows after it. */
    private int lastTotalRow = -1;

    /**
     * Keeps row {@code r}, not read for its label {@code own}, with its figures: a total row checked later names it
     * when the rows read do not add up to the total, since its figures are in the school's total and not in the sum.
     */
    private boolean leftOut(int r, Sex rowSex, String own) {
        Map<Integer, long[]> figures = new java.util.HashMap<>();
        for (Column column : columns) {
            // Its Total column too: the Total row checks that column against the rows above as well.
            Cell cell = form.at(r, column.col());
            if (cell == null) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            Sex sex = rowSex != null ? rowSex : column.sex();
            if (v > 0) {
                figures.computeIfAbsent(column.col(), k -> new long[2])[sex == null ? 0 : sex.ordinal()] += v;
            }
        }
        if (figures.isEmpty()) {
            return false;
        }
        RowLeftOut row = new RowLeftOut(r, form.name() + "!" + CellRef.a1(r, labelCol(r)) + " \""
                + (own == null ? "" : own.strip()) + "\"", figures, labelCol(r), own == null ? "" : own);
        rowsLeftOut.add(row);
        unknownRowsToSay.add(row);
        return true;
    }

    /** True when a row left out above the total row (since the last one, for a subtotal) holds figures of column {@code col}. */
    private boolean figuresLeftOut(int col, int s, boolean bothSexes, boolean subtotal) {
        for (RowLeftOut row : rowsLeftOut) {
            long[] f = row.figures().get(col);
            if (f != null && !(subtotal && row.row() < lastTotalRow) && (bothSexes ? f[0] + f[1] : f[s]) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A total row's mismatch, with the rows of figures left unread above it (an unknown grade) named when they hold
     * figures of the column: they are not in the sum, and with them it comes to another figure, which the officer
     * compares with the total to see the cause.
     */
    private Message withRowsLeftOut(Message mismatch, int col, int s, boolean bothSexes, long sum, boolean subtotal) {
        List<String> named = new ArrayList<>();
        long with = sum;
        for (RowLeftOut row : rowsLeftOut) {
            long[] f = row.figures().get(col);
            if (f == null || subtotal && row.row() < lastTotalRow) {
                continue;
            }
            long v = bothSexes ? f[0] + f[1] : f[s];
            if (v > 0) {
                named.add(row.place());
                with += v;
            }
        }
        return named.isEmpty() ? mismatch
                : Message.of("import.detail.totalRowsLeftOut", mismatch, String.join(", ", named), with);
    }

    /**
     * A row of one stream of grade {@code slot}: its figures added to the grade's other streams' (each stream a part of
     * its own, as bands of one topic add up), the source naming every cell; the same stream written twice for one
     * grade is a figure given twice ({@code VALUE_CLASH}), as with a wide sheet's {@code row.stream}.
     */
    private void streamRow(int r, int slot, Cell stream, List<String> streams, Map<FactRecord, BandParts> begun,
                           String school) {
        String name = HeaderText.normalizeLabel(stream.shown());
        int n = streams.indexOf(name);
        if (n < 0) {
            streams.add(name);
            n = streams.size() - 1;
        }
        dataRow(r, slot, null, school, begun, n);
    }

    /** Parts of one stream: the bands of stream {@code n} numbered apart from every other stream's. */
    private static final int STREAM_PARTS = 1000;

    /** Rows of figures read since the last total row (or the table's top). */
    private int rowsSinceTotal;

    /**
     * The merged region at row {@code r}, column {@code col} when it spans the columns of two figures or more of this
     * table's row (its boys and girls, two bands, a figure and its total), else null (decisions 0104, 0111).
     */
    private org.emisworkbench.workbook.CellRange mergedAcrossFigures(int r, int col, int slot, Sex rowSex) {
        return MergedFigures.covering(form.grid, r, col, figureAt(r, slot, rowSex));
    }

    /** The figure of the row a cell holds, as {@code G1 M}, {@code G1 Total}. */
    private MergedFigures.FigureAt figureAt(int r, int slot, Sex rowSex) {
        String grade = ctx.grades().bySlot(slot).code();
        return (row, c) -> {
            Column column = row != r ? null : columns.stream().filter(k -> k.col() == c).findFirst().orElse(null);
            if (column == null) {
                return null;
            }
            Sex sex = rowSex != null ? rowSex : column.sex();
            String band = spec.band().size() > 1 && column.band() >= 0 ? " " + spec.band().get(column.band()) : "";
            return grade + (column.total() ? " Total" : "") + (sex == null ? "" : " " + sex.code())
                    + (column.age().isAll() ? "" : " " + column.age().code()) + band;
        };
    }

    /** The merges across figures whose first cell is on the row being read: its totals say them (decision 0111). */
    private final List<org.emisworkbench.workbook.CellRange> rowMerges = new java.util.ArrayList<>();

    private void dataRow(int r, int slot, Sex rowSex, String school, Map<FactRecord, BandParts> begun,
                         int streamNo) {
        rowMerges.clear();
        rowsSinceTotal++;
        // The row's figures per band and sex (0 = F, 1 = M as Sex.ordinal), ours and Excel's, for its total columns.
        int bands = Math.max(1, spec.band().size());
        long[][] sum = new long[bands][2];
        double[][] excel = new double[bands][2];
        // Per band and sex, whether a figure of the row could not be read: the row's total is then not checked.
        boolean[][] unread = new boolean[bands][2];
        // Figures begun on this row (on the grade's rows, with streams), by the bands they took in and whether every
        // part could be read: a figure under another band (or stream) is added to them (Day + Boarding), a second
        // one under the same band is a clash.
        // Each cell's count as read (a blank is MISSING), for the sexes worked out from a total.
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Column column : columns) {
            Cell cell = form.at(r, column.col());
            Sex blankSex = rowSex != null ? rowSex : column.sex();
            org.emisworkbench.workbook.CellRange across = mergedAcrossFigures(r, column.col(), slot, rowSex);
            if ((cell == null || CellValues.emptyCell(cell.kind(), cell.text())) && !column.total()
                    && bands == 1 && column.age().isAll() && blankSex != null && topic.graded() && blanks != null
                    // A cell a merge across figures covers is said with the merge's own problem (decision 0104).
                    && across == null
                    && !form.blankUnderMerge(r, column.col(), problems, school, topic.code())) {
                blanks.blankFigure(school, topic, blankSex, column.age(), slot, form.name(), CellRef.a1(r, column.col()));
            }
            if (cell == null || column.total()) {
                continue;
            }
            Sex sex = rowSex != null ? rowSex : column.sex();
            int v = read(r, column.col(), cell, school, false);
            double number = cell.kind() == CellKind.NUMBER ? cell.number() : 0;
            if (v >= 0 && across != null && across.firstRow() == r && across.firstCol() == column.col()) {
                // One figure typed across the cells of several: stored for none (its cell kept as the source) and
                // added into no total, which says its parts missing (decisions 0104, 0111), as GridBlock.
                problems.mergedFigure(across, school, topic.code(), cell.shown(),
                        MergedFigures.spanned(across, figureAt(r, slot, rowSex)));
                rowMerges.add(across);
                v = FactRecord.MISSING;
                number = 0;
            }
            counts.put(column.col(), v);
            add(r, column.col(), sex, v, number);
            if (v >= 0) {
                sum[column.band()][sex.ordinal()] += v;
            } else if (CellValues.isProblem(v)) {
                unread[column.band()][sex.ordinal()] = true;
            }
            excel[column.band()][sex.ordinal()] += number;
            FactRecord f = records.computeIfAbsent(sex + "|" + column.age().code(),
                    k -> FormRows.empty(form, school, topic, sex, column.age(), ctx.grades().size(), r));
            String here = CellRef.a1(r, column.col());
            if (!put(begun, f, slot, streamNo * STREAM_PARTS + column.band(), v, here)) {
                problems.report(ProblemKind.VALUE_CLASH, r, column.col(), school, topic.code(), cell.text(),
                        Message.of("import.detail.gradeReadAlready", ctx.grades().bySlot(slot).code(),
                                form.name() + "!" + f.sources()[slot]));
            }
        }
        if (bands == 1 && topic.graded() && blanks != null) {
            // A total of both sexes and its one sex both blank: the sex worked out from them is missing too, said at
            // the total's cell beside the one sex's blank, so that the row's two blank cells are named (review 32).
            for (GradeRowsDifferences.Pair p : differences) {
                // A cell under a merge is said with the merge (blankUnderMerge, MERGED_FIGURE), not here.
                if (blank(form.at(r, p.totalCol())) && blank(form.at(r, p.sexCol()))
                        && form.grid.mergedAt(r, p.totalCol()) == null && form.grid.mergedAt(r, p.sexCol()) == null) {
                    blanks.blankWorkedOut(school, topic, p.other(), AgeGroup.ALL, slot, form.name(),
                            CellRef.a1(r, p.totalCol()), CellRef.a1(r, p.sexCol()));
                }
            }
        }
        for (Column column : columns) {
            Cell cell = form.at(r, column.col());
            if (cell == null || !column.total()) {
                continue;
            }
            Sex sex = rowSex != null ? rowSex : column.sex();
            int v = read(r, column.col(), cell, school, true);
            counts.put(column.col(), v);
            add(r, column.col(), sex, v, cell.kind() == CellKind.NUMBER ? cell.number() : 0);
            if (GradeRowsDifferences.isTotal(differences, column.col())) {
                // Not a check here: the other sex is this total less the one given (SEX_OVER_TOTAL when larger).
                continue;
            }
            long[] own = column.band() == Column.ALL_BANDS ? allBands(sum) : sum[column.band()];
            double[] theirs = column.band() == Column.ALL_BANDS ? allBands(excel) : excel[column.band()];
            long ours = sex == null ? own[0] + own[1] : own[sex.ordinal()];
            double excelSum = sex == null ? theirs[0] + theirs[1] : theirs[sex.ordinal()];
            boolean[] unreadOwn = column.band() == Column.ALL_BANDS ? allBands(unread) : unread[column.band()];
            boolean partUnread = sex == null ? unreadOwn[0] || unreadOwn[1] : unreadOwn[sex.ordinal()];
            List<String> merged = WideTotals.mergedParts(rowMerges, r, columns.stream()
                    .filter(k -> !k.total() && (sex == null || (rowSex != null ? rowSex : k.sex()) == sex)
                            && (column.band() == Column.ALL_BANDS || k.band() == column.band()))
                    .map(Column::col).toList());
            if (v >= 0 && (!merged.isEmpty()
                    || v != ours && Math.abs(excelSum - v) > 1e-6 && (!partUnread || ours > v))) {
                problems.report(ProblemKind.TOTAL_MISMATCH, r, column.col(), school, topic.code(), Integer.toString(v),
                        WideTotals.withMerged(Message.of("import.detail.totalRowFigures", v, ours), merged));
            }
        }
        otherSexes(r, slot, school, counts, begun, streamNo);
    }

    private static boolean blank(Cell cell) {
        return cell == null || CellValues.emptyCell(cell.kind(), cell.text());
    }

    /** Per sex, whether a figure of any band could not be read. */
    private static boolean[] allBands(boolean[][] unread) {
        boolean[] all = new boolean[2];
        for (boolean[] band : unread) {
            all[0] |= band[0];
            all[1] |= band[1];
        }
        return all;
    }

    /** Per sex, the figures of every band added up (a total of a table of one sex over New and Repeaters). */
    private static long[] allBands(long[][] sum) {
        long[] all = new long[2];
        for (long[] band : sum) {
            all[0] += band[0];
            all[1] += band[1];
        }
        return all;
    }

    private static double[] allBands(double[][] sum) {
        double[] all = new double[2];
        for (double[] band : sum) {
            all[0] += band[0];
            all[1] += band[1];
        }
        return all;
    }

    /** The other sex of each total beside one sex only, for the row's grade ({@link GradeRowsDifferences#read}). */
    private void otherSexes(int r, int slot, String school, Map<Integer, Integer> counts,
                            Map<FactRecord, BandParts> begun, int streamNo) {
        String grade = ctx.grades().bySlot(slot).code();
        GradeRowsDifferences.read(differences, r, grade, topic.code(), school, counts, problems, (p, v, from) -> {
            FactRecord f = records.computeIfAbsent(p.other() + "|" + AgeGroup.ALL.code(),
                    k -> FormRows.empty(form, school, topic, p.other(), AgeGroup.ALL, ctx.grades().size(), r));
            // Begun on this row under another band (Day, then Boarding): added, as read sexes are.
            if (!put(begun, f, slot, streamNo * STREAM_PARTS + p.band(), v, from)) {
                problems.report(ProblemKind.VALUE_CLASH, r, p.totalCol(), school, topic.code(), String.valueOf(v),
                        Message.of("import.detail.gradeReadAlready", grade, form.name() + "!" + f.sources()[slot]));
            }
        });
    }

    /**
     * Puts {@code v} (from {@code source}) as the row's figure of {@code f} under {@code band}: added to what the row
     * began under another band (Day + Boarding; a part that cannot be read leaves the whole figure missing, its cell's
     * problem reported), else set when the grade has no figure yet.
     *
     * @return false when the grade already holds a figure from another row or the same band: a clash, not stored
     */
    static boolean put(Map<FactRecord, BandParts> begun, FactRecord f, int slot, int band, int v,
                               String source) {
        BandParts parts = begun.get(f);
        if (parts != null && parts.bands().add(band)) {
            boolean readable = parts.readable() && v >= 0;
            begun.put(f, new BandParts(parts.bands(), readable));
            f.values()[slot] = readable ? f.values()[slot] + v : FactRecord.MISSING;
            f.sources()[slot] = f.sources()[slot] + "+" + source;
            return true;
        }
        if (f.values()[slot] != FactRecord.MISSING) {
            return false;
        }
        f.values()[slot] = v >= 0 ? v : FactRecord.MISSING;
        f.sources()[slot] = source;
        begun.put(f, new BandParts(new java.util.HashSet<>(java.util.Set.of(band)), v >= 0));
        return true;
    }

    /** A count cell read, its problem (not a number, a fraction…) reported at the cell. */
    private int read(int r, int col, Cell cell, String school, boolean total) {
        int v = problems.count(r, col, school, topic.code(), cell.kind(), cell.text(), cell.number());
        if (CellValues.isProblem(v)) {
            problems.report(CellValues.problem(v), r, col, school, topic.code(), cell.text(),
                    total ? CellValues.totalDetail(v) : CellValues.detail(v));
        }
        return v;
    }

    private void add(int r, int col, Sex sex, int v, double number) {
        int s = sex == null ? 0 : sex.ordinal();
        if (v >= 0) {
            sums[col][s] += v;
            sectionSums[col] += v;
        } else if (CellValues.isProblem(v)) {
            unreadable.get(col).get(s).add(CellRef.a1(r, col));
        }
        excelSums[col][s] += number;
        sectionExcel[col] += number;
    }

    /** A total row: each column (of the row's sex, in the M/F rows layout) against the rows above it. */
    /**
     * Checks total row {@code r} against the rows above it: a {@code Total} row against every row since the top of the
     * table, a {@code subtotal} ({@code Sub-Total}) against the rows since the previous total or subtotal row, or
     * since the top (a grand total written with a subtotal word).
     */
    private void checkTotalRow(int r, Sex rowSex, String school, boolean subtotal) {
        if (subtotalBase == null) {
            subtotalBase = new long[sums.length][2];
            subtotalExcel = new double[sums.length][2];
        }
        // The total's cells not checked for want of rows not read, said with those rows' UNKNOWN_CODE.
        List<String> unchecked = new ArrayList<>();
        for (Column column : columns) {
            Cell cell = form.at(r, column.col());
            if (cell == null) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            int s = rowSex != null ? rowSex.ordinal() : column.sex() == null ? 0 : column.sex().ordinal();
            boolean bothSexes = sexInRows() && rowSex == null;
            long ours = bothSexes ? sums[column.col()][0] + sums[column.col()][1] : sums[column.col()][s];
            double theirs = bothSexes ? excelSums[column.col()][0] + excelSums[column.col()][1]
                    : excelSums[column.col()][s];
            // Under one grade's M and F rows, a total of both sexes adds up that grade only.
            boolean section = bothSexes && (v == sectionSums[column.col()]
                    || Math.abs(sectionExcel[column.col()] - v) <= 1e-6);
            List<String> unread = new java.util.ArrayList<>(unreadable.get(column.col()).get(s));
            if (bothSexes) {
                unread.addAll(unreadable.get(column.col()).get(1 - s));
            }
            long since = ours - (bothSexes ? subtotalBase[column.col()][0] + subtotalBase[column.col()][1]
                    : subtotalBase[column.col()][s]);
            double theirsSince = theirs - (bothSexes ? subtotalExcel[column.col()][0] + subtotalExcel[column.col()][1]
                    : subtotalExcel[column.col()][s]);
            boolean sinceLast = subtotal && (v == since || Math.abs(theirsSince - v) <= 1e-6);
            // A subtotal right under another total row adds no rows of its own: a grand total, said against them all.
            boolean block = subtotal && rowsSinceTotal > 0;
            // Parts not read (each reported at its cell) leave the total unchecked, unless those read already
            // exceed it: then it is wrong whatever they hold, and said with the cells left out. Rows not read (an
            // unknown grade) are parts not read too, not zeros: the total is not checked, and their UNKNOWN_CODE says
            // so (review 30 D5).
            boolean rowsUnread = figuresLeftOut(column.col(), s, bothSexes, block);
            if (v >= 0 && v != ours && Math.abs(theirs - v) > 1e-6 && !section && !sinceLast && rowsUnread
                    && (block ? since : ours) <= v) {
                unchecked.add(CellRef.a1(r, column.col()));
            } else if (v >= 0 && v != ours && Math.abs(theirs - v) > 1e-6 && !section && !sinceLast
                    && (unread.isEmpty() || ours > v)) {
                problems.report(ProblemKind.TOTAL_MISMATCH, r, column.col(), school, topic.code(), cell.text(),
                        WideTotals.withUnreadable(withRowsLeftOut(Message.of("import.detail.totalRowAbove", v,
                                block ? since : ours), column.col(), s, bothSexes, block ? since : ours,
                                block), unread));
            } else if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), r, column.col(), school, topic.code(), cell.text(),
                        CellValues.totalDetail(v));
            }
        }
        unknownRows(school, unchecked);
        if (sexInRows() && rowSex == null) {
            Arrays.fill(sectionSums, 0);
            Arrays.fill(sectionExcel, 0);
        }
        lastTotalRow = r;
        rowsSinceTotal = 0;
        // The next subtotal adds the rows from here: the row's sex only, with sexes in rows (Sub-Total Boys, Girls).
        for (int c = 0; c < sums.length; c++) {
            for (int x = 0; x < 2; x++) {
                if (rowSex == null || rowSex.ordinal() == x) {
                    subtotalBase[c][x] = sums[c][x];
                    subtotalExcel[c][x] = excelSums[c][x];
                }
            }
        }
    }
}
