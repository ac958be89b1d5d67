package org.emisworkbench.imports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.FormCells;
import org.emisworkbench.template.GridAnchor;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.workbook.Cell;

/**
 * One age × grade × sex grid of a form, located by its title then its grade header row. Sex is split
 * either as M/F sub-columns under (merged) grade labels, or as alternating M/F rows under (merged) age
 * labels. A table whose rows are grades is read by {@link GradeRowsBlock}. "Total" rows and columns are
 * cross-checked, never stored. Sources are full cell references.
 */
final class GridBlock {

    private final FormSheet form;
    private final GridSpec spec;
    private final Topic topic;
    private final CodeList sexes;
    private final CodeList ages;
    private final CodeList grades;
    /** The headings of a total of both sexes: the built-in ones and the template's ({@code total} list). */
    private final CodeList totals;
    private final ImportContext ctx;
    private final SheetProblems problems;
    private final GridColumns columns;
    /** The reader of a table whose rows are grades ({@code "rows": "grade"}); null for the others. */
    private final GradeRowsBlock byGrade;
    private final Map<String, FactRecord> records = new LinkedHashMap<>();
    /** The titles of every grid of the sheet: a row holding one ends this grid (a block stacked right under it). */
    private final java.util.List<String> sheetTitles;
    /** Per column and sex: our sum of readable counts, and Excel's SUM (number cells only). See WideTotals. */
    private long[][] columnSums;
    private double[][] excelSums;
    /** Per column, both sexes since the last total row of both sexes (a grid with a row per sex). */
    private long[] sectionSums;
    private double[] sectionExcel;
    /** Per column and sex (key col × 2 + sex), its cells that could not be read: a total row over them names them. */
    private final Map<Integer, java.util.List<String>> unreadableIn = new java.util.HashMap<>();
    /** The title found when no header of grades stands under it (the grid then reads nothing), else null. */
    private Cell titleFound;
    /** For a grid without titles: what the search for the form's one header row of grades found ({@link GridAnchor}). */
    private GridAnchor.Untitled untitled;
    /** Rows below the ages labelled with a topic ({@code Redoublants}), and whose grid reads them. */
    private final TopicRows topicRows;

    GridBlock(FormSheet form, GridSpec spec, java.util.List<GridSpec> sheetGrids, Topic topic, CodeList grades,
              CodeList sexes, CodeList ages, CodeList totals, CodeList topics, ImportContext ctx, SchoolYears years,
              SheetProblems problems) {
        this.form = form;
        this.sheetTitles = sheetGrids.stream().flatMap(g -> g.titles().stream()).distinct().toList();
        this.topicRows = new TopicRows(spec, sheetGrids, topics);
        this.spec = spec;
        this.topic = topic;
        this.sexes = sexes;
        this.totals = totals;
        this.ages = ages;
        this.grades = grades;
        this.ctx = ctx;
        this.problems = problems;
        this.columns = new GridColumns(form, spec, grades, sexes, totals, ctx);
        this.byGrade = spec.rows().equals("grade")
                ? new GradeRowsBlock(form, spec, topic, grades, sexes, ages, totals, ctx, years, problems) : null;
    }

    /** Where the blank cells of the grid's rows are said ({@link BlankFigures}): the sink of the reading. */
    private CensusSink blanks;

    /** Reads the grid into facts for {@code school}; false when its title or header is not on the sheet. */
    boolean read(String school, CensusSink sink) {
        return read(school, sink, 0);
    }

    /**
     * Reads the grid under the {@code occurrence}-th of its titles (0 for the first, {@link GridSpec#occurrence}):
     * a boys' block and a girls' block under one title are read in turn.
     */
    boolean read(String school, CensusSink sink, int occurrence) {
        blanks = sink;
        if (byGrade != null) {
            return byGrade.read(school, sink, occurrence, this::titleSpan);
        }
        if (spec.titles().isEmpty()) {
            untitled = GridAnchor.untitled(form.rows, grades);
        }
        Cell title = GridAnchor.find(form.rows, spec, occurrence, grades);
        if (title == null) {
            return false;
        }
        boolean corner = spec.titles().isEmpty() || cornerTitle(title);
        int[] span = titleSpan(title, corner);
        int start = columns.locate(title.row(), span[0], span[1], corner);
        if (start < 0) {
            titleFound = title;
            return false;
        }
        for (int[] c : columns.clashes) {
            if (!form.firstClash(c[0], c[1])) {
                continue; // another table under this header row reported it
            }
            Cell header = form.at(c[0], c[1]);
            problems.report(ProblemKind.VALUE_CLASH, c[0], c[1], school, topic.code(), header == null ? "" : header.text(),
                    Message.of("import.detail.sameGradeAndSex", org.emisworkbench.model.CellRef.columnLetters(c[1]),
                            org.emisworkbench.model.CellRef.columnLetters(c[2])));
        }
        columnSums = new long[form.grid.lastCol() + 1][2];
        unreadableIn.clear();
        excelSums = new double[form.grid.lastCol() + 1][2];
        sectionSums = new long[form.grid.lastCol() + 1];
        sectionExcel = new double[form.grid.lastCol() + 1];
        if (!spec.band().isEmpty() && !rowsLayout()) {
            readGradeBands(title.row(), start, school);
            records.values().forEach(sink::facts);
            return true;
        }
        if (!spec.band().isEmpty()) {
            readRowBands(title.row(), start, school);
            records.values().forEach(sink::facts);
            return true;
        }
        String label = null;
        int r = start;
        // A grid of one topic without rows under a table of another (repeaters under the enrolment by age) whose
        // rows include one labelled with its topic (Redoublants): that row alone is its.
        boolean ownRowOnly = spec.rows().equals("none") && labelsOwnTopic(start);
        boolean agesRead = false;
        java.util.List<Integer> ownRows = new java.util.ArrayList<>();
        for (; r <= form.lastRow(); r++) {
            String own = FormRows.label(form, r, columns.firstValueCol, sexes, rowsLayout());
            Sex rowSex = rowsLayout() ? FormRows.sex(form, r, columns.firstValueCol, sexes) : null;
            boolean values = hasValues(r);
            if (own == null && rowsLayout() && rowSex != null) {
                own = label;
            }
            if (own == null && !values || r > start && (holdsTitle(r) || columns.repeatsHeader(r))) {
                // The end of the table: a blank row, the title of the block stacked under it, or that block's
                // header when its title was lost (its figures are then reported unread, never read as this grid's).
                break;
            }
            label = own;
            Topic named = topicRows.of(own);
            if (ownRowOnly) {
                if (named == topic) {
                    dataRow(r, topic, AgeGroup.ALL, rowSex, school);
                    ownRows.add(r);
                }
                continue; // the table's other rows (its ages, its total) are its own grid's
            }
            boolean total = own != null && totals.code(own) != null;
            if (rowsLayout() && rowSex == null && total && values) {
                // The total of both sexes under the Boys and Girls rows ("Total"): checked, never stored.
                checkBothSexesTotalRow(r, school);
                continue;
            }
            if (rowsLayout() && rowSex == null) {
                if (!values) {
                    break;
                }
                problems.report(ProblemKind.UNKNOWN_CODE, r, Math.max(columns.firstValueCol - 1, 0), school, "sex",
                        form.grid.cell(r, Math.max(columns.firstValueCol - 1, 0)).text(), Message.of("import.detail.expectedSex"));
                continue;
            }
            if (total) {
                checkTotalRow(r, rowSex, school);
                continue;
            }
            AgeGroup age = AgeGroup.ALL;
            if (spec.rows().equals("age")) {
                String code = own == null ? null : ages.code(own);
                if (code == null && named != null && named != topic && agesRead) {
                    // Redoublants under the ages: that topic's figures of each column's grade and sex, all ages; or
                    // the row of another grid of the sheet under this title, which reads it.
                    if (!topicRows.readElsewhere(named)) {
                        dataRow(r, named, AgeGroup.ALL, rowSex, school);
                    }
                    continue;
                }
                if (code == null) {
                    if (!values) {
                        break;
                    }
                    problems.report(ProblemKind.UNKNOWN_CODE, r, FormRows.labelCol(form, r), school, "age", own,
                            Message.of("import.detail.notAnAge"));
                    continue;
                }
                age = new AgeGroup(code);
                agesRead = true;
            }
            if (readsAgain(r, age, rowSex)) {
                // A row giving figures this grid has already read from a row above (another school's row of a wide
                // table read as one school's form, the same age twice): the table ends here for this grid, and the
                // rows below are left unread and reported so (review 27: later rows used to overwrite earlier ones
                // in silence, keeping the last school's figures only).
                break;
            }
            dataRow(r, topic, age, rowSex, school);
        }
        // The table, its title, header, row labels, total rows and columns: read, or checked.
        int lastCol = java.util.stream.Stream.of(columns.slotOf.keySet().stream(), columns.differences.stream()
                .map(GridColumns.BothSexes::totalCol), columns.gradeTotals.stream().map(GridColumns.GradeTotal::totalCol))
                .flatMap(x -> x).max(Integer::compare).orElse(0);
        java.util.function.IntPredicate reads = c -> columns.slotOf.containsKey(c) || columns.givesOtherSex(c)
                || columns.checksGrade(c);
        if (ownRowOnly) {
            // Its title, header and own row only: the table's other rows are another grid's, which marks them, or
            // figures no grid reads (Enrollment beside a Repeaters row read alone), reported unread (decision 0083).
            FormRows.markTableRead(form, title.row(), start - 1, start - 1, lastCol, reads);
            ownRows.forEach(o -> form.markTableRead(o, o, lastCol, reads));
        } else {
            FormRows.markTableRead(form, title.row(), start - 1, r - 1, lastCol, reads);
        }
        checkedTotals(start, r - 1);
        records.values().forEach(sink::facts);
        return true;
    }

    /**
     * A table whose rows name the topic and the sex ({@code Enrolment Boys}, {@code Repeaters Girls}): reads the
     * rows of this grid's band, down to the first row without figures or to the header written again (the next block
     * of the table, decision 0057), and marks only those (with the title and header) read, so that rows of a topic no
     * grid reads are reported as figures left unread.
     */
    private void readRowBands(int titleRow, int start, String school) {
        RowBands bands = new RowBands(spec.band(), sexes);
        int lastCol = columns.slotOf.keySet().stream().max(Integer::compare).orElse(0);
        FormRows.markTableRead(form, titleRow, start - 1, start - 1, lastCol, columns.slotOf::containsKey);
        java.util.Set<Sex> seen = java.util.EnumSet.noneOf(Sex.class);
        for (int r = start; r <= form.lastRow(); r++) {
            if (r > start && columns.repeatsHeader(r)) {
                break; // the next block of the table (another year's, another school's): its rows are not this band's
            }
            RowBands.Row row = bands.of(FormRows.label(form, r, columns.firstValueCol, sexes, false));
            if (row.kind() == RowBands.Kind.OTHER) {
                if (!hasValues(r)) {
                    break;
                }
                continue; // another topic's row: its own grid's, or reported unread
            }
            form.markTableRead(r, r, lastCol, columns.slotOf::containsKey);
            if (row.kind() == RowBands.Kind.OURS_TOTAL) {
                checkBothSexesTotalRow(r, school);
            } else if (!seen.add(row.sex())) {
                // "Enrolment Boys" written twice: the first row stays, the second is reported, never added over it.
                int col = FormRows.labelCol(form, r);
                problems.report(ProblemKind.VALUE_CLASH, r, col, school, topic.code(), form.grid.cell(r, col).text(),
                        Message.of("import.detail.secondRow"));
            } else {
                dataRow(r, topic, AgeGroup.ALL, row.sex(), school);
            }
        }
    }

    /**
     * A row of figures under grades across, each over bands of topics, each over the sexes ({@code CI} over {@code
     * Nouveaux | Redoublants} over {@code G | F}, one row {@code Effectifs}; decision 0100): the figures under this
     * grid's bands, those of several bands added up as a row per grade's bands are ({@code B16+D16}); then the table's
     * {@code Total} columns after the grades, each compared with the figures of its sex under every band and grade of
     * the row, which are thus checked, not left unread. Only the first row under the header is the table's; a row
     * below it with figures is left to be reported as figures not read.
     */
    private void readGradeBands(int titleRow, int start, String school) {
        int lastCol = java.util.stream.Stream.of(columns.slotOf.keySet().stream(), columns.parts.keySet().stream(),
                java.util.stream.Stream.of(columns.grandTotal)).flatMap(x -> x).max(Integer::compare).orElse(0);
        boolean checked = columns.slotOf.containsValue(GridColumns.TOTAL) || columns.grandTotal >= 0;
        java.util.function.IntPredicate reads = c -> columns.slotOf.containsKey(c) || c == columns.grandTotal
                || checked && columns.parts.containsKey(c);
        FormRows.markTableRead(form, titleRow, start - 1, start - 1, lastCol, reads);
        if (start > form.lastRow()) {
            return;
        }
        int r = start;
        form.markTableRead(r, r, lastCol, reads);
        long[] all = new long[2];
        double[] excel = new double[2];
        boolean[] unread = new boolean[2];
        Map<FactRecord, GradeRowsBlock.BandParts> begun = new java.util.HashMap<>();
        boolean oneBand = spec.band().size() == 1;
        for (Map.Entry<Integer, Integer> e : columns.slotOf.entrySet()) {
            int col = e.getKey();
            Sex sex = columns.sexOf.get(col);
            if (e.getValue() == GridColumns.TOTAL) {
                continue;
            }
            Cell cell = form.at(r, col);
            if ((cell == null || CellValues.emptyCell(cell.kind(), cell.text())) && oneBand && blanks != null) {
                // A blank of a band read alone is said as on any grid; a blank part of bands added up adds nothing.
                blanks.blankFigure(school, topic, sex, AgeGroup.ALL, e.getValue(), form.name(),
                        org.emisworkbench.model.CellRef.a1(r, col));
            }
            if (cell == null) {
                continue;
            }
            int v = problems.count(r, col, school, topic.code(), cell.kind(), cell.text(), cell.number());
            if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), r, col, school, topic.code(), cell.text(), CellValues.detail(v));
            }
            tally(v, cell, sex, all, excel, unread);
            FactRecord f = records.computeIfAbsent(topic.code() + "|" + sex + "|" + AgeGroup.ALL.code(),
                    k -> FormRows.empty(form, school, topic, sex, AgeGroup.ALL, ctx.grades().size(), r));
            String here = org.emisworkbench.model.CellRef.a1(r, col);
            if (!GradeRowsBlock.put(begun, f, e.getValue(), columns.bandOf.get(col), v, here)) {
                problems.report(ProblemKind.VALUE_CLASH, r, col, school, topic.code(), cell.text(),
                        Message.of("import.detail.gradeReadAlready", ctx.grades().bySlot(e.getValue()).code(),
                                form.name() + "!" + f.sources()[e.getValue()]));
            }
        }
        if (!checked) {
            return;
        }
        for (Map.Entry<Integer, Sex> p : columns.parts.entrySet()) {
            Cell cell = form.at(r, p.getKey());
            if (cell == null) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            if (CellValues.isProblem(v) && form.firstClash(r, p.getKey())) {
                // A part read for the totals only: said once, whichever grid of the table reads it first.
                problems.report(CellValues.problem(v), r, p.getKey(), school, topic.code(), cell.text(),
                        CellValues.detail(v));
            }
            tally(v, cell, p.getValue(), all, excel, unread);
        }
        for (Map.Entry<Integer, Integer> e : columns.slotOf.entrySet()) {
            if (e.getValue() == GridColumns.TOTAL) {
                Sex sex = columns.sexOf.get(e.getKey());
                tableTotal(r, e.getKey(), all[sex.ordinal()], excel[sex.ordinal()], unread[sex.ordinal()], school);
            }
        }
        if (columns.grandTotal >= 0) {
            tableTotal(r, columns.grandTotal, all[0] + all[1], excel[0] + excel[1], unread[0] || unread[1], school);
        }
    }

    /** Adds a figure read to its sex's sums, ours and Excel's, or notes that it could not be read. */
    private static void tally(int v, Cell cell, Sex sex, long[] all, double[] excel, boolean[] unread) {
        if (v >= 0) {
            all[sex.ordinal()] += v;
        } else if (CellValues.isProblem(v)) {
            unread[sex.ordinal()] = true;
        }
        excel[sex.ordinal()] += cell.kind() == org.emisworkbench.workbook.CellKind.NUMBER ? cell.number() : 0;
    }

    /**
     * A {@code Total} column after grades over bands, compared with the figures of the row it adds up; a difference
     * is a {@code TOTAL_MISMATCH} at the total's cell, said once however many grids read the table.
     */
    private void tableTotal(int r, int col, long ours, double excel, boolean partUnread, String school) {
        Cell cell = form.at(r, col);
        if (cell == null || !form.firstClash(r, col)) {
            return;
        }
        int v = problems.value(cell.kind(), cell.text(), cell.number());
        if (CellValues.isProblem(v)) {
            problems.report(CellValues.problem(v), r, col, school, topic.code(), cell.text(), CellValues.totalDetail(v));
        } else if (v >= 0 && v != ours && Math.abs(excel - v) > 1e-6 && (!partUnread || ours > v)) {
            problems.report(ProblemKind.TOTAL_MISMATCH, r, col, school, topic.code(), cell.text(),
                    Message.of("import.detail.totalRowFigures", v, ours));
        }
    }

    /**
     * The columns a title heads, first and last: from the title to the column before the next cell on its row that
     * may title a block beside it; from the sheet's first column when no such cell stands left of the title (a
     * title written over the middle of its table), else from the title's own column. Blocks side by side under
     * titles of their own are thus each read under their own title, never under the first. A block beside whose
     * title was lost ends where its header starts over ({@link GridColumns}).
     */
    int[] titleSpan(Cell title) {
        return titleSpan(title, false);
    }

    /**
     * The columns a title heads; for a title that is its header row's corner cell ({@link #cornerTitle}), from it to the
     * next title of a grid of the sheet on its row: the grades right of it head no block of their own.
     */
    private int[] titleSpan(Cell title, boolean corner) {
        if (corner) {
            for (Cell c : form.rows.get(title.row())) {
                if (c.col() > title.col() && !c.isBlank()
                        && FormCells.findTitle(java.util.List.of(java.util.List.of(c)), sheetTitles, 0) != null) {
                    return new int[] {title.col(), c.col() - 1};
                }
            }
            return new int[] {title.col(), Integer.MAX_VALUE};
        }
        org.emisworkbench.workbook.CellRange merged = form.grid.mergedAt(title.row(), title.col());
        int end = merged == null ? title.col() : Math.max(title.col(), merged.lastCol());
        int from = 0;
        int to = Integer.MAX_VALUE;
        for (Cell c : form.rows.get(title.row())) {
            if (!mayTitleABlock(c)) {
                continue;
            }
            if (c.col() < title.col()) {
                from = title.col();
            } else if (c.col() > end) {
                to = c.col() - 1;
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * Whether a cell on a title's row may be the title of another block: one of the sheet's grid titles, or any text
     * but a year ({@code Année scolaire 2024-25}, {@code SY2024-25}), a label ({@code Année scolaire :}) or a
     * figure. A form prints its school year or a label on the title's row, over the table's right-hand columns; cut
     * there, those columns would be left out of their own table. A title the template does not know still ends the
     * block (it may head a block of other grades), and a block whose title is a year ends where its header starts
     * over.
     */
    private boolean mayTitleABlock(Cell c) {
        if (c.isBlank() || spec.grade() != null && sexes.code(c.text()) != null) {
            // The sexes of a table of one grade written on its title's row (Nouveaux inscrits au CI | G | F) head
            // its columns: they title no block.
            return false;
        }
        if (FormCells.findTitle(java.util.List.of(java.util.List.of(c)), sheetTitles, 0) != null) {
            return true;
        }
        return c.kind() == org.emisworkbench.workbook.CellKind.TEXT && !FormUnread.isFigure(c)
                && !FormCells.isLabelLike(c) && org.emisworkbench.template.YearBands.yearIn(c.text()) == null;
    }

    /**
     * True when the title is the corner cell of its table's header ({@code Category} left of {@code Kinder | Grade 1
     * | …}, review 26 F7): a grade stands right of it on its own row, so the header of grades is looked for from
     * that row. Not for a grid of one grade (its sexes may stand on its title's row) nor one whose rows are grades.
     */
    private boolean cornerTitle(Cell title) {
        if (spec.grade() != null || spec.rows().equals("grade")) {
            return false;
        }
        for (Cell c : form.rows.get(title.row())) {
            if (c.col() > title.col() && c.kind() == org.emisworkbench.workbook.CellKind.TEXT
                    && grades.code(c.text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when row {@code r} holds the title of one of the sheet's grids. */
    private boolean holdsTitle(int r) {
        return FormCells.findTitle(java.util.List.of(form.rows.get(r)), sheetTitles, 0) != null;
    }

    /**
     * Says that the grid's table is not on the sheet (its title, or the grade header under it, not found): the
     * grid reads nothing, never another block in its place. For a grid the template does not require; a
     * required one refuses the file or the school's form.
     */
    void reportAbsent(String school) {
        String title = spec.titles().isEmpty() ? spec.field() : String.join(" / ", spec.titles());
        if (untitled != null) {
            reportUntitled(school, title);
            return;
        }
        Cell found = byGrade != null ? byGrade.titleFound() : titleFound;
        if (found != null) {
            // The title is there: said at its cell with what the table under it lacks, so that two grids whose
            // tables are not as the template says are two findings, never one at A1 saying no title.
            Message lacks = byGrade != null ? byGrade.missing() : Message.of("import.detail.gridNoHeader.grades");
            problems.report(ProblemKind.GRID_NOT_FOUND, found.row(), found.col(), school, topic.code(), title,
                    Message.of("import.detail.gridNoHeader", found.text().strip(),
                            org.emisworkbench.model.CellRef.a1(found.row(), found.col()), lacks, topic.code()));
            return;
        }
        problems.report(ProblemKind.GRID_NOT_FOUND, form.firstRow(), 0, school, topic.code(), title,
                Message.of("import.detail.gridNotFound", title, topic.code()));
    }

    /**
     * Says why a grid without titles read nothing, at the corner of the one header row of grades when there is one,
     * else at the form's first cell: no such row, several (more than one table), a grade written twice on it (tables
     * side by side), or that row not the header the grid describes. Nothing is guessed in its place.
     */
    private void reportUntitled(String school, String field) {
        String topicCode = topic.code();
        if (untitled.corner() != null) {
            Cell c = untitled.corner();
            problems.report(ProblemKind.GRID_NOT_FOUND, c.row(), c.col(), school, topicCode, field,
                    Message.of("import.detail.gridUntitled.noHeader", c.row() + 1, topicCode));
            return;
        }
        java.util.List<Integer> rows = untitled.rows();
        Message why = rows.isEmpty() ? Message.of("import.detail.gridUntitled.none", topicCode)
                : untitled.twice() != null
                ? Message.of("import.detail.gridUntitled.twice", rows.get(0) + 1, untitled.twice(), topicCode)
                : Message.of("import.detail.gridUntitled.several", String.join(", ",
                        rows.stream().map(r -> Integer.toString(r + 1)).toList()), topicCode);
        int row = rows.isEmpty() ? form.firstRow() : rows.get(0);
        problems.report(ProblemKind.GRID_NOT_FOUND, row, 0, school, topicCode, field, why);
    }

    boolean rowsLayout() {
        return spec.sexLayout().equals("rows");
    }


    /**
     * True when the cells above and below the cell (its column, rows {@code r - 1} and {@code r + 1}) hold figures of
     * rows of ages: a blank there is inside the grade's ages, not at either end of them.
     */
    private boolean betweenAges(int r, int col) {
        for (int n : new int[] {r - 1, r + 1}) {
            if (n < 0 || n >= form.rows.size()) {
                return false; // the table's first or last row of the sheet: nothing beyond it
            }
            Cell c = form.at(n, col);
            String label = FormRows.label(form, n, columns.firstValueCol, sexes, false);
            if (c == null || CellValues.emptyCell(c.kind(), c.text()) || label == null || ages.code(label) == null) {
                return false;
            }
        }
        return true;
    }

    /** True when a row of the table from {@code start} is labelled with this grid's topic ({@link TopicRows}). */
    private boolean labelsOwnTopic(int start) {
        for (int r = start; r <= form.lastRow(); r++) {
            String own = FormRows.label(form, r, columns.firstValueCol, sexes, rowsLayout());
            if (own == null && !hasValues(r) || r > start && (holdsTitle(r) || columns.repeatsHeader(r))) {
                return false;
            }
            if (topicRows.of(own) == topic) {
                return true;
            }
        }
        return false;
    }

    private boolean hasValues(int r) {
        for (Cell c : form.rows.get(r)) {
            if (columns.slotOf.containsKey(c.col())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether row {@code r} holds a figure for a grade and sex (and age) this grid has already taken from a row
     * above: reading it would replace that figure, so it is never read as the same one.
     */
    private boolean readsAgain(int r, AgeGroup age, Sex rowSex) {
        for (Map.Entry<Integer, Integer> e : columns.slotOf.entrySet()) {
            Sex sex = rowSex != null ? rowSex : columns.sexOf.get(e.getKey());
            Cell cell = form.at(r, e.getKey());
            if (e.getValue() == GridColumns.TOTAL || sex == null || cell == null
                    || CellValues.emptyCell(cell.kind(), cell.text())) {
                continue;
            }
            FactRecord f = records.get(topic.code() + "|" + sex + "|" + age.code());
            if (f != null && f.sources()[e.getValue()] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The merged region at row {@code r}, column {@code col} when it spans the columns of two figures or more of this
     * table (a grade's boys and girls, two grades, a figure and its total), else null: its first cell's value is not
     * stored nor added into the row's totals, and the cells it covers are not said as blanks (decisions 0104, 0111).
     */
    private org.emisworkbench.workbook.CellRange mergedAcrossFigures(int r, int col, Sex rowSex) {
        return MergedFigures.covering(form.grid, r, col, figureAt(r, rowSex));
    }

    /** The figure of this table a cell of row {@code r} holds, as {@code G1 M}, {@code G1 F}, {@code Total F}. */
    private MergedFigures.FigureAt figureAt(int r, Sex rowSex) {
        return (row, c) -> {
            Integer slot = row == r ? columns.slotOf.get(c) : null;
            if (slot == null) {
                return null;
            }
            Sex sex = rowSex != null ? rowSex : columns.sexOf.get(c);
            return (slot == GridColumns.TOTAL ? "Total" : ctx.grades().bySlot(slot).code())
                    + (sex == null ? "" : " " + sex.code());
        };
    }

    /** The merges across figures whose first cell is on the row being read: its totals say them (decision 0111). */
    private final java.util.List<org.emisworkbench.workbook.CellRange> rowMerges = new java.util.ArrayList<>();

    private void dataRow(int r, Topic rowTopic, AgeGroup age, Sex rowSex, String school) {
        rowMerges.clear();
        boolean counts = rowTopic == topic; // a topic's row under the table adds nothing to its totals
        long[] sum = new long[2];
        double[] excel = new double[2];
        int[] totalCol = {-1, -1};
        int[] totalValue = {-1, -1};
        java.util.List<java.util.List<String>> unreadable = java.util.List.of(new java.util.ArrayList<>(),
                new java.util.ArrayList<>());
        Map<Integer, Integer> read = new java.util.HashMap<>();
        for (Map.Entry<Integer, Integer> e : columns.slotOf.entrySet()) {
            int col = e.getKey();
            Sex sex = rowSex != null ? rowSex : columns.sexOf.get(col);
            Cell cell = form.at(r, col);
            org.emisworkbench.workbook.CellRange across = mergedAcrossFigures(r, col, rowSex);
            if ((cell == null || CellValues.emptyCell(cell.kind(), cell.text())) && e.getValue() != GridColumns.TOTAL
                    && rowTopic.graded() && sex != null && blanks != null
                    && (age.isAll() || !rowsLayout() && betweenAges(r, col))
                    // A cell a merge across figures covers is said with the merge's own problem (decision 0104).
                    && across == null
                    && !form.blankUnderMerge(r, col, problems, school, rowTopic.code())) {
                // A blank among the figures of an age too (CE1 girls of 9 beside CE1 boys of 9), inside its column's
                // ages: said as on a wide sheet, whether it is reported decided once (BlankFigures); a grade or an
                // age nobody has is not, nor a blank at either end of a grade's ages (the youngest, the oldest).
                blanks.blankFigure(school, rowTopic, sex, age, e.getValue(), form.name(),
                        org.emisworkbench.model.CellRef.a1(r, col));
            }
            if (cell == null) {
                continue;
            }
            int v = problems.count(r, col, school, rowTopic.code(), cell.kind(), cell.text(), cell.number());
            // One figure typed across the cells of several (boys and girls of a class): whose it is cannot be told,
            // so it is stored for none and adds into no total, which then says its parts are missing (0104, 0111).
            boolean mergedHere = v >= 0 && across != null && across.firstRow() == r && across.firstCol() == col;
            if (mergedHere) {
                problems.mergedFigure(across, school, rowTopic.code(), cell.shown(),
                        MergedFigures.spanned(across, figureAt(r, rowSex)));
                rowMerges.add(across);
                v = FactRecord.MISSING;
            }
            read.put(col, v);
            if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), r, col, school, rowTopic.code(), cell.text(),
                        e.getValue() == GridColumns.TOTAL ? CellValues.totalDetail(v) : CellValues.detail(v));
                String at = org.emisworkbench.model.CellRef.a1(r, col);
                unreadableIn.computeIfAbsent(col * 2 + sex.ordinal(), k -> new java.util.ArrayList<>()).add(at);
                if (e.getValue() != GridColumns.TOTAL) {
                    unreadable.get(sex.ordinal()).add(at);
                }
            }
            if (v >= 0 && counts) {
                columnSums[col][sex.ordinal()] += v;
                sectionSums[col] += v;
            }
            double number = cell.kind() == org.emisworkbench.workbook.CellKind.NUMBER && !mergedHere ? cell.number() : 0;
            if (counts) {
                excelSums[col][sex.ordinal()] += number;
                sectionExcel[col] += number;
            }
            if (e.getValue() == GridColumns.TOTAL) {
                totalCol[sex.ordinal()] = col;
                totalValue[sex.ordinal()] = v;
                continue;
            }
            FactRecord f = records.computeIfAbsent(rowTopic.code() + "|" + sex + "|" + age.code(),
                    k -> FormRows.empty(form, school, rowTopic, sex, age, ctx.grades().size(), r));
            f.values()[e.getValue()] = v >= 0 ? v : FactRecord.MISSING;
            // A cell of spaces only is blank: no source, so the figure is not taken for one left unreadable.
            f.sources()[e.getValue()] = v == FactRecord.MISSING && CellValues.blankText(cell.text()) ? null
                    : org.emisworkbench.model.CellRef.a1(r, col);
            if (v >= 0) {
                sum[sex.ordinal()] += v;
            }
            excel[sex.ordinal()] += number;
        }
        otherSexes(r, rowTopic, age, school, read);
        gradeTotals(r, school, read);
        for (int s = 0; s < 2; s++) {
            java.util.List<String> merged = WideTotals.mergedParts(rowMerges, r, columns.slotOf.keySet().stream()
                    .filter(c -> columns.slotOf.get(c) != GridColumns.TOTAL).toList());
            if (totalCol[s] >= 0 && totalValue[s] >= 0 && (!merged.isEmpty() || totalValue[s] != sum[s]
                    && Math.abs(excel[s] - totalValue[s]) > 1e-6)) {
                problems.report(ProblemKind.TOTAL_MISMATCH, r, totalCol[s], school, rowTopic.code(),
                        Integer.toString(totalValue[s]), WideTotals.withMerged(WideTotals.withUnreadable(
                                Message.of("import.detail.totalGrades", totalValue[s], sum[s]), unreadable.get(s)),
                                merged));
            }
        }
    }

    /**
     * The other sex of each grade given as a total of both sexes beside one sex ({@code Total | Girls}), worked out
     * on this age's row by {@link SexDifference} as everywhere: blanks are not zeros, a sex above the total is said.
     *
     * @param read the row's cells of one sex as read (absent: blank)
     */
    private void otherSexes(int r, Topic topic, AgeGroup age, String school, Map<Integer, Integer> read) {
        for (GridColumns.BothSexes d : columns.differences) {
            Cell cell = form.at(r, d.totalCol());
            int total = cell == null ? FactRecord.MISSING
                    : problems.count(r, d.totalCol(), school, topic.code(), cell.kind(), cell.text(), cell.number());
            if (CellValues.isProblem(total)) {
                problems.report(CellValues.problem(total), r, d.totalCol(), school, topic.code(), cell.text(),
                        CellValues.detail(total));
            }
            String grade = ctx.grades().bySlot(d.slot()).code();
            String figure = org.emisworkbench.template.HeaderMatcher.slotKey(topic.code(),
                    new org.emisworkbench.template.HeaderMatcher.Match(d.totalCol(), grade, d.other().name(),
                            age.isAll() ? null : age.code()));
            SexDifference.read(topic.code(), figure, school, new SexDifference.Cells(r, d.totalCol(), d.sexCol(),
                    org.emisworkbench.model.CellRef.a1(r, d.totalCol()),
                    org.emisworkbench.model.CellRef.a1(r, d.sexCol())), total,
                    read.getOrDefault(d.sexCol(), FactRecord.MISSING), problems, (v, from) -> {
                        FactRecord f = records.computeIfAbsent(topic.code() + "|" + d.other() + "|" + age.code(),
                                k -> FormRows.empty(form, school, topic, d.other(), age, ctx.grades().size(), r));
                        f.values()[d.slot()] = v;
                        f.sources()[d.slot()] = from;
                    });
        }
    }

    /**
     * Each grade's total of both sexes beside its two sexes ({@code B | G | T}) on this age's row: compared with the
     * sum of the two cells, never stored. A difference is a {@code TOTAL_MISMATCH} at the total's cell naming both
     * cells, as on a wide sheet ({@link WideTotals#ofSexes}); a blank sex adds nothing, so a total beside it differs
     * unless the other sex is the whole; a part that could not be read is named as such.
     *
     * @param read the row's cells of one sex as read (absent: blank)
     */
    private void gradeTotals(int r, String school, Map<Integer, Integer> read) {
        for (GridColumns.GradeTotal t : columns.gradeTotals) {
            Cell cell = form.at(r, t.totalCol());
            if (cell == null) {
                continue; // no total written: nothing to check
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), r, t.totalCol(), school, topic.code(), cell.text(),
                        CellValues.totalDetail(v));
                continue;
            }
            if (v < 0) {
                continue;
            }
            long sum = 0;
            double excel = 0;
            boolean any = false;
            java.util.List<String> unreadable = new java.util.ArrayList<>();
            for (int col : new int[] {t.maleCol(), t.femaleCol()}) {
                int part = read.getOrDefault(col, FactRecord.MISSING);
                if (part >= 0) {
                    sum += part;
                    any = true;
                } else if (CellValues.isProblem(part)) {
                    unreadable.add(org.emisworkbench.model.CellRef.a1(r, col));
                }
                Cell c = form.at(r, col);
                excel += c != null && c.kind() == org.emisworkbench.workbook.CellKind.NUMBER
                        && WideTotals.mergedParts(rowMerges, r, java.util.List.of(col)).isEmpty() ? c.number() : 0;
            }
            java.util.List<String> merged = WideTotals.mergedParts(rowMerges, r,
                    java.util.List.of(t.maleCol(), t.femaleCol()));
            if (!merged.isEmpty() || any && v != sum && Math.abs(excel - v) > 1e-6) {
                problems.report(ProblemKind.TOTAL_MISMATCH, r, t.totalCol(), school, topic.code(), cell.text(),
                        WideTotals.withMerged(WideTotals.withUnreadable(WideTotals.ofSexes(v, sum,
                                problems.name(r, t.maleCol()), problems.name(r, t.femaleCol())), unreadable), merged));
            }
        }
    }

    /**
     * Says to the sink each grade's total of both sexes read as a check (its cells from the first row of figures to
     * the table's last row, under its header as written: {@code Grade 1 T}), so that a template check lists it as
     * read, never as figures left out.
     */
    private void checkedTotals(int start, int lastRow) {
        for (GridColumns.GradeTotal t : columns.gradeTotals) {
            String letters = org.emisworkbench.model.CellRef.columnLetters(t.totalCol());
            Cell own = form.at(start - 1, t.totalCol());
            Cell above = start - 2 >= form.firstRow() ? FormRows.headerAbove(form, start - 2, t.totalCol()) : null;
            String header = (above == null || above.isBlank() || columns.slotOf.containsKey(above.col())
                    && above.row() == start - 1 ? "" : above.text().strip() + " ")
                    + (own == null ? "" : own.text().strip());
            problems.checked(letters + (start + 1) + ":" + letters + (lastRow + 1), header,
                    topic.code() + " " + ctx.grades().bySlot(t.slot()).code());
        }
    }

    /**
     * A total row of both sexes in a grid with a row per sex: each figure is the sum of its column's rows of
     * both sexes, since the previous such total row (the total under each age's Boys and Girls rows) or
     * since the top of the grid (the grand total).
     */
    private void checkBothSexesTotalRow(int r, String school) {
        for (Map.Entry<Integer, Integer> e : columns.slotOf.entrySet()) {
            int col = e.getKey();
            Cell cell = form.at(r, col);
            if (cell == null) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            long all = columnSums[col][0] + columnSums[col][1];
            double allExcel = excelSums[col][0] + excelSums[col][1];
            boolean agrees = v == all || Math.abs(allExcel - v) <= 1e-6 || v == sectionSums[col]
                    || Math.abs(sectionExcel[col] - v) <= 1e-6;
            if (v >= 0 && !agrees) {
                problems.report(ProblemKind.TOTAL_MISMATCH, r, col, school, topic.code(), cell.text(),
                        WideTotals.withUnreadable(Message.of("import.detail.totalRowSexes", v, sectionSums[col]),
                                unreadableOf(col, null)));
            } else if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), r, col, school, topic.code(), cell.text(), CellValues.totalDetail(v));
            }
        }
        java.util.Arrays.fill(sectionSums, 0);
        java.util.Arrays.fill(sectionExcel, 0);
    }

    /** The column's cells above that could not be read, of one sex or (null) both. */
    private java.util.List<String> unreadableOf(int col, Sex sex) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Sex one : sex == null ? Sex.values() : new Sex[] {sex}) {
            out.addAll(unreadableIn.getOrDefault(col * 2 + one.ordinal(), java.util.List.of()));
        }
        return out;
    }

    private void checkTotalRow(int r, Sex rowSex, String school) {
        for (Map.Entry<Integer, Integer> e : columns.slotOf.entrySet()) {
            int col = e.getKey();
            Sex sex = rowSex != null ? rowSex : columns.sexOf.get(col);
            Cell cell = form.at(r, col);
            if (cell == null) {
                continue;
            }
            int v = problems.value(cell.kind(), cell.text(), cell.number());
            long expected = columnSums[col][sex.ordinal()];
            if (v >= 0 && v != expected && Math.abs(excelSums[col][sex.ordinal()] - v) > 1e-6) {
                problems.report(ProblemKind.TOTAL_MISMATCH, r, col, school, topic.code(), cell.text(),
                        WideTotals.withUnreadable(Message.of("import.detail.totalRowAbove", v, expected),
                                unreadableOf(col, sex)));
            } else if (CellValues.isProblem(v)) {
                problems.report(CellValues.problem(v), r, col, school, topic.code(), cell.text(), CellValues.totalDetail(v));
            }
        }
    }
}
