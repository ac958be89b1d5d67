package org.emisworkbench.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.CensusHeaders;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.YearBands;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The census figures of a form that the template does not read: blocks of numbers no label or table of the
 * template took, under or beside a header or label that names census figures ({@link CensusHeaders}). Each
 * block is one {@code UNREAD_FIGURES} problem, as a wide sheet's column of figures left unread is, naming the
 * block's cells ({@code B12:E13}) and its headers. Numbers under a phone, a year, a code or a serial number are
 * no census figures and are left alone; so are the tables and labels the template reads, their totals included.
 */
final class FormUnread {
    /** Rows above a block searched for its column headers and title. */
    private static final int ROWS_ABOVE = 3;
    /** Longest header text kept in the problem. */
    private static final int MAX_HEADER = 200;

    private FormUnread() {
    }

    /**
     * Reports each block of census figures of {@code form} (read with {@code spec} of {@code template}) that the
     * template left unread; a block one of whose headers the template leaves out on purpose ({@code ignore}) is
     * not reported, only said to the sink as left out. So is a block under a band naming a school year other than
     * {@code censusYear} on a sheet whose tables read the census year's band ({@code {year}}) and that prints the
     * census year's band: last year's figures, which the template said not to read. A sheet without the census
     * year (a form of another year) keeps its figures reported as not read: nothing is dropped in silence.
     */
    static void report(FormSheet form, SheetProblems problems, String school, Template template, SheetSpec spec,
                       int censusYear) {
        IgnoredHeaders ignored = IgnoredHeaders.of(template, spec);
        Set<Long> figures = scan(form, template, spec, censusYear, ignored, new Found() {
            @Override
            public void unread(List<Cell> block, int totals, Headers headers) {
                report(problems, school, block, totals, headers);
            }

            @Override
            public void leftOut(String range, String headers, String year) {
                problems.leftOut(range, headers, year);
            }
        });
        FormUnreadLabels.report(form, problems, figures, ignored,
                spec.labels().stream().flatMap(l -> l.column().stream()).toList());
        // A list of people (a form's teachers, one a row) holds words, not figures: said apart (issue #11).
        FormUnreadList.report(form, problems, school, ignored);
    }

    /**
     * The blocks of figures of a visible sheet that no sheet entry of {@code template} names, in reading order, each
     * cut by what its figures are ({@link CensusHeaders#figures}: counts, money amounts, scores or percentages,
     * figures with decimals), judged as a read form's blocks left unread are ({@link #report}): not numbers under a
     * phone, a code or a year, not totals. A block is census figures ({@link SheetBlock#census}) when its words name
     * census figures and its figures are counts; a block one of whose census headers the template leaves out on
     * purpose ({@code ignore}) is not one. A sheet of instructions, of lists or of words only has none.
     */
    static List<SheetBlock> sheetBlocks(FormSheet form, Template template) {
        List<SheetBlock> out = new ArrayList<>();
        scan(form, template, null, 0, IgnoredHeaders.of(template, null), new Found() {
            @Override
            public void unread(List<Cell> block, int totals, Headers headers) {
                // Said by block() below with its figures cut by kind.
            }

            @Override
            public void leftOut(String range, String headers, String year) {
                // Left out on purpose by the template's ignore: not figures dropped in silence.
            }

            @Override
            public void block(List<Cell> own, boolean census, Headers headers, Map<Long, String[]> named) {
                Map<CensusHeaders.Figures, Map<Long, Cell>> byKind =
                        new java.util.EnumMap<>(CensusHeaders.Figures.class);
                for (Cell c : own) {
                    String[] names = named.getOrDefault(CellKeys.of(c.row(), c.col()), new String[2]);
                    List<String> labels = new ArrayList<>(java.util.Arrays.asList(names));
                    labels.addAll(headers.lead());
                    boolean whole = c.kind() == CellKind.NUMBER ? c.number() == Math.rint(c.number())
                            : !c.shown().matches(".*[.,]\\d+");
                    CensusHeaders.Figures kind = CensusHeaders.figures(labels, c.shown(), whole);
                    byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(CellKeys.of(c.row(), c.col()), c);
                }
                byKind.forEach((kind, cells) -> {
                    Set<Long> seen = new java.util.HashSet<>();
                    own.stream().filter(c -> cells.containsKey(CellKeys.of(c.row(), c.col()))
                                    && seen.add(CellKeys.of(c.row(), c.col()))).forEach(c -> out.add(new SheetBlock(
                                            range(FormUnread.block(c, cells, Map.of(), seen)), kind,
                                            census && kind == CensusHeaders.Figures.COUNTS)));
                });
            }
        });
        return out;
    }

    /**
     * Figures of a sheet no entry names, side by side or one above the other and of one kind.
     *
     * @param range  their cells ({@code B5:C7})
     * @param kind   what they are
     * @param census true for counts under or beside words naming census figures: the check fails on them
     */
    record SheetBlock(String range, CensusHeaders.Figures kind, boolean census) {
    }

    /** What {@link #scan} found: a block of census figures left unread, or one the template leaves out. */
    private interface Found {
        /** A block of census figures (its figures' cells), with {@code totals} cells of totals among or beside them. */
        void unread(List<Cell> block, int totals, Headers headers);

        void leftOut(String range, String headers, String year);

        /**
         * Any block of figures not read and not left out on purpose, census figures ({@code census}) or not, with the
         * header and row label of each figure ({@code named}, by cell key): a sheet no entry names says them all.
         */
        default void block(List<Cell> own, boolean census, Headers headers, Map<Long, String[]> named) {
        }
    }

    /**
     * Finds the blocks of census figures of {@code form} that the template did not read and says each to {@code
     * found}; {@code spec} null for a sheet no entry names (no census year's band is then read). Returns the cells
     * taken for figures, for the labels' pass.
     */
    private static Set<Long> scan(FormSheet form, Template template, SheetSpec spec, int censusYear,
                                  IgnoredHeaders ignored, Found found) {
        SchoolYears years = SchoolYears.of(template);
        boolean readsYear = spec != null && spec.grids().stream().anyMatch(g -> g.band().stream()
                .anyMatch(b -> YearBands.THIS_YEAR.equals(b.strip()))) && printsYear(form, years, censusYear);
        java.util.function.Predicate<String> lastYear = band -> readsYear
                && YearBands.namesOtherYear(band, years, censusYear);
        Map<Long, Cell> figures = new HashMap<>();
        // Totals (a "Total" row or column, a T beside M and F) add figures up: no census figures of their own, but
        // those beside figures left unread are counted with them ("48 figure(s) (with 32 total(s) beside them)"),
        // never dropped unsaid.
        Map<Long, Cell> totals = new HashMap<>();
        Map<Long, String[]> named = new HashMap<>();
        // Per column, the row of its last filled cell and the header in force there: one pass over the cells,
        // however tall the sheet (a form of stacked schools holds up to FormSheet.MAX_CELLS).
        Map<Integer, Object[]> above = new HashMap<>();
        Map<String, CensusHeaders.Numbers> noFigures = new HashMap<>(); // a label's verdict, once: a tall form repeats its labels
        // Per column, the last row of a column of ages ("Age", "Under 6", 6, 7 …): its numbers name rows, they are
        // no figures (a 10-row block of 3 grades holds 30 figures, not 38 with the ages 6 to 13 counted in).
        Map<Integer, Integer> ageColumn = new HashMap<>();
        // Columns of such row names that are grades written as numbers under a heading naming grades (Class | Boys |
        // Girls over 1, 2 … 7): the numbers name the rows' grades (decision 0057), they are no figures either.
        Set<Integer> gradesDown = new java.util.HashSet<>();
        Map<String, Boolean> sexesTotals = new HashMap<>(); // per column and header: a T beside M and F, once
        for (int r = form.firstRow(); r <= form.lastRow(); r++) {
            String rowLabel = null;
            int previousCol = -2;
            for (Cell c : form.rows.get(r)) {
                Object[] up = above.get(c.col());
                String header = up != null && (int) up[0] == r - 1 ? (String) up[1] : null;
                // The row's first cell, or the first after a blank column: where a block beside another starts.
                boolean leftmost = c.col() > previousCol + 1;
                previousCol = c.col();
                int ageRow = ageColumn.getOrDefault(c.col(), -3);
                // Ages right under their heading, or under the sub-header row of the sexes (Idade over 6, 7, 8 with
                // H | M between, beside them).
                boolean underAges = ageRow == r - 1 || ageRow == r - 2 && form.at(r - 1, c.col()) == null;
                boolean rowName = gradesDown.contains(c.col()) ? GRADES.code(c.shown()) != null
                        : AGES.code(c.shown()) != null;
                if (isFigure(c) && leftmost && underAges && rowName) {
                    ageColumn.put(c.col(), r);
                    rowLabel = c.shown();
                    above.put(c.col(), new Object[] {r, header});
                    continue;
                }
                if (isText(c) && (AGE_HEADERS.contains(org.emisworkbench.template.HeaderText.fold(text(c)))
                        || AGES.code(text(c)) != null)) {
                    ageColumn.put(c.col(), r);
                    gradesDown.remove(c.col());
                } else if (isText(c) && org.emisworkbench.template.NumberedGrades.gradesHeading(text(c))) {
                    ageColumn.put(c.col(), r);
                    gradesDown.add(c.col());
                }
                String[] inside = c.kind() != CellKind.TEXT ? null : InsideLabels.labelAndCount(c.text()) != null
                        ? InsideLabels.labelAndCount(c.text()) : InsideLabels.labelAndCountsBySex(c.text());
                if (inside != null && !form.isRead(r, c.col()) && !noFigures(inside[0], noFigures, c)) {
                    // "Titulaires H : 2": a label and its figure in one cell, the figure named by its own label; so are
                    // "Teachers: Male 4 Female 3", a label and its figures by sex in one cell.
                    above.remove(c.col());
                    figures.put(CellKeys.of(r, c.col()), c);
                    named.put(CellKeys.of(r, c.col()), new String[] {null, inside[0]});
                } else if (isFigure(c) || header != null && amongFigures(form, template.figureText(), c)) {
                    // A nil mark ("-") or a word ("abc") in a column of figures is that column's figure, never its
                    // header: taken as one, it hid the whole column below it (review 25, Repetentes | HM).
                    above.put(c.col(), new Object[] {r, header});
                    if (!form.isRead(r, c.col()) && (isTotal(header) || isTotal(rowLabel)
                            || sexesTotal(form, c, header, sexesTotals))) {
                        totals.put(CellKeys.of(r, c.col()), c);
                    } else if (!form.isRead(r, c.col()) && (!noFigures(rowLabel, noFigures, c)
                            && !noFigures(header, noFigures, c) || spec == null && (otherFigures(header)
                            || otherFigures(rowLabel)))) {
                        // A phone, a year or a code beside or under its label is no census figure either.
                        figures.put(CellKeys.of(r, c.col()), c);
                        named.put(CellKeys.of(r, c.col()), new String[] {header, rowLabel});
                    }
                } else if (isText(c)) {
                    above.put(c.col(), new Object[] {r, text(c)});
                    rowLabel = text(c);
                } else {
                    above.remove(c.col());
                }
            }
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (int r = form.firstRow(); r <= form.lastRow(); r++) {
            for (Cell c : form.rows.get(r)) {
                long k = CellKeys.of(r, c.col());
                if (figures.containsKey(k) && seen.add(k)) {
                    List<Cell> whole = block(c, figures, totals, seen);
                    Headers wholeHeaders = headers(form, whole, named, template, spec);
                    for (List<Cell> block : byYear(whole, wholeHeaders, lastYear)) {
                        Headers headers = block == whole ? wholeHeaders : headers(form, block, named, template, spec);
                        String year = headers.bands().stream().filter(lastYear).findFirst().orElse(null);
                        // Named by its figures' cells; the totals beside them are counted, not named by cell.
                        List<Cell> own = figuresOf(block, figures);
                        if (own.isEmpty()) {
                            continue; // totals alone, of another year's band: no figure of this block there
                        }
                        if (headers.census() && year != null) {
                            // Another year's beside this year's: the template said to read the census year's only.
                            found.leftOut(range(own), headerText(headers.all()), year);
                        } else if (headers.census() && headers.all().stream().noneMatch(ignored::ignores)) {
                            found.unread(own, block.size() - own.size(), headers);
                            found.block(own, true, headers, named);
                        } else if (headers.census()) {
                            // Left out on purpose: no problem, but the check still lists it as left out.
                            found.leftOut(range(own), headerText(headers.all()), null);
                        } else {
                            // No census words (a finance sheet, exam scores, counts headed in another language):
                            // a read form does not report them; a sheet no entry names still says them.
                            found.block(own, false, headers, named);
                        }
                    }
                }
            }
        }
        return figures.keySet();
    }

    /**
     * A block standing under the bands of several other school years ({@code 2022-23 | 2023-24} beside {@code
     * 2024-25}) cut into one block per band, so that each is named with its own year; any other block whole.
     */
    private static List<List<Cell>> byYear(List<Cell> block, Headers headers,
                                           java.util.function.Predicate<String> otherYear) {
        if (headers.bandOf().values().stream().filter(otherYear).distinct().count() < 2) {
            return List.of(block);
        }
        Map<String, List<Cell>> parts = new java.util.LinkedHashMap<>();
        block.stream().sorted(java.util.Comparator.comparingInt(Cell::col)).forEach(c -> parts.computeIfAbsent(
                headers.bandOf().getOrDefault(c.col(), ""), k -> new ArrayList<>()).add(c));
        return new ArrayList<>(parts.values());
    }

    /** True when a text of the form names census year {@code censusYear} alone ({@code 2024-25}): a band. */
    private static boolean printsYear(FormSheet form, SchoolYears years, int censusYear) {
        for (int r = form.firstRow(); r <= form.lastRow(); r++) {
            for (Cell c : form.rows.get(r)) {
                if (c.kind() == CellKind.TEXT && YearBands.namesCensusYear(c.text(), years, censusYear)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The figures touching {@code start}, side by side or one above the other (a table's cells), with the totals
     * beside them on their rows: a table's T columns join its grades' figures into one block.
     */
    private static List<Cell> block(Cell start, Map<Long, Cell> figures, Map<Long, Cell> totals, Set<Long> seen) {
        List<Cell> out = new ArrayList<>();
        Deque<Cell> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Cell c = todo.pop();
            out.add(c);
            for (int[] d : new int[][] {{0, 1}, {0, -1}, {1, 0}, {-1, 0}}) {
                long k = CellKeys.of(c.row() + d[0], c.col() + d[1]);
                Cell next = figures.containsKey(k) ? figures.get(k) : totals.get(k);
                // A total joins the figures of its row only (a T between two grades' M | F): a total column never
                // joins the rows above and below it, which may be read (a table whose one row a grid reads).
                boolean viaTotal = totals.containsKey(k) || totals.containsKey(CellKeys.of(c.row(), c.col()));
                if (next != null && (d[0] == 0 || !viaTotal) && seen.add(k)) {
                    todo.push(next);
                }
            }
        }
        return out;
    }

    /**
     * What a block holds in words.
     *
     * @param all     the title above its column headers (one text alone on the row over them), the header row's
     *                own label left of the block, the column headers and the row labels, in reading order
     * @param telling those that say what the figures are: the header row's own label only when the rows have
     *                none ({@code Classrooms | Good | Fair | Poor}); over row labels it names them, not the
     *                figures ({@code Support staff} over people's names)
     * @param shown   {@code all} as the problem names the block: of the bands, the column headers and the row labels,
     *                each group longer than {@link #KEPT} is cut to its first and last with {@code …} between
     * @param elided  how many labels {@code shown} leaves out at its {@code …}
     * @param bands   the bands over the block's column headers ({@code 2023-24}, {@code Day}), when any
     * @param bandOf  the band over each column of the block, by column
     * @param lead    the title over the block (over its bands when it has some), when one stands alone on its row
     */
    private record Headers(List<String> all, List<String> telling, List<String> shown, int elided,
                           boolean gradesBySex, List<String> bands, Map<Integer, String> bandOf, boolean gridTitle,
                           List<String> lead) {
        /**
         * Whether the block's words say it holds census figures: so does the title of a grid of the sheet's entry
         * over it ({@code Repitentes} of a grid not found): the template itself names its figures (review 28, §10).
         */
        boolean census() {
            return gradesBySex || gridTitle || telling.stream().anyMatch(CensusHeaders::census);
        }
    }

    private static Headers headers(FormSheet form, List<Cell> block, Map<Long, String[]> named, Template template,
                                   SheetSpec spec) {
        List<Cell> ordered = new ArrayList<>(block);
        ordered.sort(java.util.Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
        Set<String> columns = new LinkedHashSet<>();
        Set<String> rows = new LinkedHashSet<>();
        int headerRow = Integer.MAX_VALUE;
        for (Cell c : ordered) {
            String[] h = named.get(CellKeys.of(c.row(), c.col()));
            if (h == null) {
                continue; // a total among the figures: its header names no figures
            }
            if (h[0] != null) {
                columns.add(h[0]);
            }
            if (h[1] != null) {
                rows.add(h[1]);
            }
        }
        int top = ordered.get(0).row();
        for (int r = top - 1; r >= form.firstRow() && r >= top - ROWS_ABOVE; r--) {
            if (!form.rows.get(r).isEmpty() && form.rows.get(r).stream().anyMatch(c -> columns.contains(text(c)))) {
                headerRow = r;
                break;
            }
        }
        Set<String> texts = new LinkedHashSet<>();
        List<String> lead = new ArrayList<>(); // the title: one text
        List<String> own = new ArrayList<>(); // the header row's own label
        Set<String> telling = new LinkedHashSet<>();
        Set<String> bands = new LinkedHashSet<>();
        Map<Integer, String> bandOf = new HashMap<>();
        int left = ordered.stream().mapToInt(Cell::col).min().orElseThrow();
        if (headerRow != Integer.MAX_VALUE && headerRow - 1 >= form.firstRow()) {
            String title = title(form, headerRow - 1);
            if (title != null) {
                texts.add(title);
                lead.add(title);
                telling.add(title);
            } else {
                // Bands side by side over the headers ("Day | Boarding", "Enrolment | Repeaters", grades over their
                // sexes): those over this block's columns say which of them is left unread, under the table's title
                // when one stands above them.
                // A row of figures or a label left of the block (a value beside its label) is no band row.
                int bandRow = headerRow - 1;
                // Grades written as numbers over their sexes (1 | 2 | 3 over G | F) are bands too (decision 0057).
                boolean numbered = numberedGrades(form.rows.get(bandRow), columns);
                if (numbered || form.rows.get(bandRow).stream().noneMatch(FormUnread::isFigure)) {
                    ordered.stream().mapToInt(Cell::col).distinct().sorted().forEach(col -> {
                        Cell band = FormRows.headerAbove(form, bandRow, col);
                        if (band != null && (isText(band) || numbered && isFigure(band))
                                && (band.col() >= left || form.grid.mergedAt(bandRow, col) != null)) {
                            String bandText = isFigure(band) ? band.shown() : text(band);
                            bands.add(bandText);
                            bandOf.put(col, bandText);
                        }
                    });
                }
                String above = bands.isEmpty() || headerRow - 2 < form.firstRow() ? null : title(form, headerRow - 2);
                if (above != null) {
                    texts.add(above);
                    lead.add(above);
                }
                texts.addAll(bands);
            }
        }
        if (headerRow != Integer.MAX_VALUE) {
            // The header row's own label: "Classrooms" of "Classrooms | Good | Fair | Poor", "Qualification"; over
            // columns of sexes it is the table's title and says what they count, whatever its rows say
            // ("Nouveaux inscrits au CI | G | F" over "Nombre | 12 | 14").
            boolean bySex = !columns.isEmpty() && columns.stream().allMatch(h -> SEXES.code(h) != null);
            for (Cell c : form.rows.get(headerRow)) {
                if (c.col() < left && isText(c)) {
                    texts.add(text(c));
                    own.add(text(c));
                    if (rows.isEmpty() || bySex) {
                        telling.add(text(c));
                    }
                }
            }
        }
        texts.addAll(columns);
        texts.addAll(rows);
        telling.addAll(columns);
        telling.addAll(rows);
        // Sexes under grades written as bands over them (1ª classe over H | M) are pupils by grade and sex too.
        List<String> shown = new ArrayList<>(lead);
        int elided = elide(bands, shown);
        own.stream().filter(o -> !shown.contains(o)).forEach(shown::add);
        elided += elide(columns, shown) + elide(rows, shown);
        return new Headers(new ArrayList<>(texts), new ArrayList<>(telling), shown, elided,
                CensusHeaders.gradesBySex(template.lists(), columns, rows, true)
                        || CensusHeaders.gradesBySex(template.lists(), columns, bands),
                new ArrayList<>(bands), bandOf, spec != null && lead.stream().anyMatch(t -> spec.grids().stream()
                        .anyMatch(g -> org.emisworkbench.template.FormCells.isLabel(t, g.titles()))),
                List.copyOf(lead));
    }

    /**
     * True when a row's figures are grades written as numbers over a row of sexes ({@code 1 | 2 | 3} over {@code G |
     * F}): every figure of the row a grade of the built-in list, the headers under them sexes. A row of counts over
     * a header of sexes is no such row: counts stand under their header, not over it.
     */
    private static boolean numberedGrades(List<Cell> row, Set<String> columns) {
        if (columns.isEmpty() || !columns.stream().allMatch(h -> SEXES.code(h) != null)) {
            return false;
        }
        List<Cell> numbers = row.stream().filter(FormUnread::isFigure).toList();
        return !numbers.isEmpty() && numbers.stream().allMatch(c -> GRADES.code(c.shown()) != null);
    }

    /** The text standing alone on row {@code r} (a table's title), or null. */
    private static String title(FormSheet form, int r) {
        List<Cell> row = form.rows.get(r);
        return row.size() == 1 && isText(row.get(0)) ? text(row.get(0)) : null;
    }

    private static boolean isTotal(String text) {
        return org.emisworkbench.template.HeaderText.isTotalWord(text);
    }

    /**
     * Reports a block left unread: its cells, its labels as {@link Headers#shown} cuts them (review 27: every row
     * label of a bilingual right-to-left table strung together was unreadable), and how many figures it holds, the
     * totals among them counted apart: a total adds figures up, it is no figure of its own, but it is not read
     * either and is said so.
     */
    private static void report(SheetProblems problems, String school, List<Cell> block, int totals,
                               Headers headers) {
        int n = block.size();
        Message count = totals > 0 ? Message.of("import.detail.figuresAndTotals", n, totals)
                : n == 1 ? Message.of("import.detail.oneFigure") : Message.of("import.detail.figuresCount", n);
        Message detail = n == 1 && totals == 0 && headers.elided() == 0 ? Message.of("import.detail.formFigure")
                : headers.elided() == 0 ? Message.of("import.detail.formFigures", count)
                : Message.of("import.detail.formFiguresElided", count, headers.elided());
        problems.reportRange(ProblemKind.UNREAD_FIGURES, range(block), school, null, headerText(headers.shown()),
                detail);
    }

    /** Labels of one kind (bands, column headers, row labels) named whole up to this many; more are cut. */
    private static final int KEPT = 3;

    /**
     * Adds {@code group} to {@code shown}: whole when it has at most {@link #KEPT} labels, else its first and last
     * with {@code …} between, as a person names a long list; a label already shown is not shown again. Returns how
     * many labels the {@code …} stands for.
     */
    private static int elide(java.util.Collection<String> group, List<String> shown) {
        List<String> labels = group.stream().filter(l -> !shown.contains(l)).toList();
        if (labels.size() <= KEPT) {
            shown.addAll(labels);
            return 0;
        }
        shown.add(labels.get(0));
        shown.add("…");
        shown.add(labels.get(labels.size() - 1));
        return labels.size() - 2;
    }

    /**
     * True when figure cell {@code c} stands under {@code header} saying both sexes ({@code T}, {@code HM}, {@code T
     * / ድምር}: a side of a bilingual header) on a header row where a sex stands too ({@code M | F | T}): a total of
     * the sexes beside it, as {@code Total} is. A lone {@code T} says nothing elsewhere.
     */
    private static boolean sexesTotal(FormSheet form, Cell c, String header, Map<String, Boolean> asked) {
        if (header == null || !bothSexes(header)) {
            return false;
        }
        return asked.computeIfAbsent(c.col() + "|" + header, k -> {
            for (int r = c.row() - 1; r >= form.firstRow(); r--) {
                Cell h = form.at(r, c.col());
                if (h != null && isText(h) && text(h).equals(header)) {
                    // Both sexes beside it (M | F | T): HM beside M alone (Repetentes HM | M) is a figure.
                    return form.rows.get(r).stream().filter(o -> o.col() != c.col() && isText(o))
                            .map(o -> SEXES.code(text(o))).filter(java.util.Objects::nonNull).distinct().count() >= 2;
                }
            }
            return false;
        });
    }

    private static boolean bothSexes(String header) {
        java.util.Set<String> words = org.emisworkbench.template.HeaderText.BOTH_SEXES_WORDS;
        if (words.contains(org.emisworkbench.template.HeaderText.normalizeLabel(header))) {
            return true;
        }
        return org.emisworkbench.template.HeaderText.bilingualSides(header.strip()).stream()
                .anyMatch(side -> words.contains(org.emisworkbench.template.HeaderText.normalizeLabel(side)));
    }

    /** The figures of a block, its totals left out. */
    private static List<Cell> figuresOf(List<Cell> block, Map<Long, Cell> figures) {
        return block.stream().filter(b -> figures.containsKey(CellKeys.of(b.row(), b.col()))).toList();
    }

    /** The block's cells, {@code B12:E13} (one cell: {@code B12}). */
    private static String range(List<Cell> block) {
        int top = block.stream().mapToInt(Cell::row).min().orElseThrow();
        int bottom = block.stream().mapToInt(Cell::row).max().orElseThrow();
        int left = block.stream().mapToInt(Cell::col).min().orElseThrow();
        int right = block.stream().mapToInt(Cell::col).max().orElseThrow();
        return CellRef.a1(top, left) + (top == bottom && left == right ? ""
                : ":" + CellRef.a1(bottom, right));
    }

    private static String headerText(List<String> headers) {
        String header = String.join(" | ", headers);
        return header.length() > MAX_HEADER ? header.substring(0, MAX_HEADER) + "…" : header;
    }

    /**
     * True when the number {@code c} beside or under {@code label} is no census figure ({@link CensusHeaders#noFigures},
     * asked once per label text): always for a phone or a code, for a label naming a year only when {@code c} is a
     * year ({@code Year 1 / Yia 1} heads a row of counts, review 30 B1). No label says nothing.
     */
    private static boolean noFigures(String label, Map<String, CensusHeaders.Numbers> asked, Cell c) {
        if (label == null) {
            return false;
        }
        CensusHeaders.Numbers verdict = asked.computeIfAbsent(label, CensusHeaders::numbersBeside);
        return verdict == CensusHeaders.Numbers.NO_FIGURES
                || verdict == CensusHeaders.Numbers.NO_FIGURES_IF_YEARS && isYear(c);
    }

    /**
     * True when {@code label} says its numbers are money, scores, rates or percentages: no census figures, yet
     * figures; a sheet no entry names says them as not read (a pass rate is no phone nor code to pass over).
     */
    private static boolean otherFigures(String label) {
        return label != null && CensusHeaders.figures(List.of(label), "", true) != CensusHeaders.Figures.COUNTS;
    }

    /**
     * A school or calendar year as a cell states one ({@code 2019}, {@code 2023-24}: {@link YearParser}, the reading of
     * a year label's value), or a date: no count.
     */
    private static boolean isYear(Cell c) {
        return c.kind() == CellKind.DATE || org.emisworkbench.template.YearParser.parse(c.shown()).isPresent();
    }

    /** Headers of a column of ages, folded. */
    private static final Set<String> AGE_HEADERS = Set.of("age", "ages", "age years", "age in years", "age ans",
            "idade", "idades");
    private static final org.emisworkbench.template.CodeList AGES = org.emisworkbench.template.CodeLists.builtIn()
            .require("age");
    private static final org.emisworkbench.template.CodeList SEXES = org.emisworkbench.template.CodeLists.builtIn()
            .require("sex");
    private static final org.emisworkbench.template.CodeList GRADES = org.emisworkbench.template.CodeLists.builtIn()
            .require("grade");

    /**
     * True when text cell {@code c} stands where a figure is expected: a nil mark beside a figure above or below it
     * in its column, or any other text between two figures of its column.
     */
    private static boolean amongFigures(FormSheet form, org.emisworkbench.template.FigureText text, Cell c) {
        if (!isText(c)) {
            return false;
        }
        Cell up = form.at(c.row() - 1, c.col());
        Cell down = form.at(c.row() + 1, c.col());
        boolean figureUp = up != null && isFigure(up);
        boolean figureDown = down != null && isFigure(down);
        // A header written again between two blocks (Class | Boys | Girls) has no figure on its row: a header still.
        boolean figureBeside = form.rows.get(c.row()).stream().anyMatch(o -> o.col() != c.col() && isFigure(o));
        return figureBeside && (text.nil(c.kind(), c.text()) ? figureUp || figureDown : figureUp && figureDown);
    }

    static boolean isFigure(Cell c) {
        // A number stored as text, its thousands apart too ("1 034"): a figure, never a row's or column's label.
        return c.kind() == CellKind.NUMBER
                || c.kind() == CellKind.TEXT && c.text().strip().matches("\\d+([.,]\\d+)?|\\d{1,3}([ \\u00A0\\u202F]\\d{3})+");
    }

    private static boolean isText(Cell c) {
        return c.kind() == CellKind.TEXT && !c.text().isBlank() && !isFigure(c);
    }

    private static String text(Cell c) {
        return c.text().replace('\n', ' ').strip().replaceAll("\\s+", " ");
    }
}
