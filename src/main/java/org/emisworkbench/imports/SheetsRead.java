package org.emisworkbench.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.HiddenRows;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * A workbook as an interpreter reads it, remembering which sheets it read and, through {@link #noting}, which cells
 * it took figures and schools from, so that the hidden rows and columns are reported for those sheets only (choosing
 * a template reads sheets the template then leaves alone) and only where something was read from them.
 */
public final class SheetsRead implements WorkbookReader {
    private final WorkbookReader workbook;
    private final Map<String, SheetInfo> read = new LinkedHashMap<>();

    public SheetsRead(WorkbookReader workbook) {
        this.workbook = workbook;
    }

    @Override
    public Path file() {
        return workbook.file();
    }

    @Override
    public List<SheetInfo> sheets() {
        return workbook.sheets();
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws WorkbookException {
        read.put(sheet.name(), sheet);
        workbook.read(sheet, handler);
    }

    @Override
    public SheetGrid grid(SheetInfo sheet, int maxCells) throws WorkbookException {
        read.put(sheet.name(), sheet);
        return workbook.grid(sheet, maxCells);
    }

    @Override
    public boolean filtered(SheetInfo sheet) {
        return workbook.filtered(sheet);
    }

    @Override
    public SortedSet<Integer> hiddenRows(SheetInfo sheet) {
        return workbook.hiddenRows(sheet);
    }

    @Override
    public java.util.BitSet hiddenColumns(SheetInfo sheet) {
        return workbook.hiddenColumns(sheet);
    }

    @Override
    public List<org.emisworkbench.workbook.CellRange> mergedRegions(SheetInfo sheet) {
        return workbook.mergedRegions(sheet);
    }

    @Override
    public int estimatedRows(SheetInfo sheet) {
        return workbook.estimatedRows(sheet);
    }

    @Override
    public LinkedCells linkedCells(SheetInfo sheet) {
        return workbook.linkedCells(sheet);
    }

    /**
     * The sink the interpreter is to fill, handing everything on to {@code sink} and noting on the way the cells it
     * took a figure or a school from: only the hidden rows and columns holding one of them are named
     * ({@link #hiddenRows}). A hidden row holding nothing the template reads is not "imported like the others"
     * (review 26, F5).
     */
    public CensusSink noting(CensusSink sink) {
        return new ForwardingCensusSink(sink) {
            @Override
            public void school(SchoolRecord school) {
                if (school.keyCell() != null && school.sheet() != null) {
                    // The school's row is read (a list's row, a form's code cell): named when Excel hides it. Its
                    // column is not: forms hide their code columns on purpose (decision 0040).
                    for (CellRef[] area : SourceRef.resolve(null, school.sheet(), school.row() + 1, school.keyCell())
                            .areas()) {
                        tally(area[0].sheet()).rows.set(area[0].row(), area[1].row() + 1);
                    }
                }
                super.school(school);
            }

            @Override
            public void facts(FactRecord facts) {
                int[] values = facts.values();
                String[] sources = facts.sources();
                CellsRead cells = null;
                for (int i = 0; i < values.length; i++) {
                    String source = sources[i];
                    if (values[i] == FactRecord.MISSING || source == null) {
                        continue; // a blank or unreadable cell gave no figure
                    }
                    if (facts.row() >= 0 && letters(source)) {
                        // The common case, a column of the record's row, without building a reference.
                        cells = cells != null ? cells : tally(facts.sheet());
                        cells.figure(facts.row(), facts.row(), CellRef.columnIndex(source), CellRef.columnIndex(source));
                        continue;
                    }
                    for (CellRef[] area : SourceRef.resolve(null, facts.sheet(), facts.row() + 1, source).areas()) {
                        tally(area[0].sheet()).figure(area[0].row(), area[1].row(), area[0].col(), area[1].col());
                    }
                }
                super.facts(facts);
            }

            @Override
            public void population(PopulationRecord population) {
                if (population.cell() != null && population.sheet() != null) {
                    for (CellRef[] area : new SourceRef(null, population.sheet(), population.cell()).areas()) {
                        tally(area[0].sheet()).figure(area[0].row(), area[1].row(), area[0].col(), area[1].col());
                    }
                }
                super.population(population);
            }
        };
    }

    private static boolean letters(String source) {
        if (source.isEmpty() || source.length() > 3) {
            return false;
        }
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) < 'A' || source.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** What was read on one sheet: the rows a figure or a school came from, and the figures of its hidden columns. */
    private final Map<String, CellsRead> cellsRead = new java.util.HashMap<>();

    private CellsRead tally(String sheet) {
        return cellsRead.computeIfAbsent(sheet, name -> new CellsRead(workbook.sheets().stream()
                .filter(s -> s.name().equals(name)).findFirst().map(workbook::hiddenColumns)
                .orElseGet(java.util.BitSet::new)));
    }

    /**
     * The cells read on one sheet: every row read (a bit a row, so a national file costs a few kilobytes), and, by
     * hidden column, the rows of the figures read in it (only a sheet that hides columns keeps any).
     */
    private static final class CellsRead {
        final java.util.BitSet rows = new java.util.BitSet();
        final java.util.BitSet hiddenColumns;
        final java.util.SortedMap<Integer, java.util.BitSet> hiddenColumnRows = new java.util.TreeMap<>();

        CellsRead(java.util.BitSet hiddenColumns) {
            this.hiddenColumns = hiddenColumns;
        }

        void figure(int firstRow, int lastRow, int firstCol, int lastCol) {
            rows.set(firstRow, lastRow + 1);
            for (int c = hiddenColumns.nextSetBit(firstCol); c >= 0 && c <= lastCol; c = hiddenColumns.nextSetBit(c + 1)) {
                hiddenColumnRows.computeIfAbsent(c, k -> new java.util.BitSet()).set(firstRow, lastRow + 1);
            }
        }
    }

    /**
     * What was read on the hidden rows and columns of the sheets read, by sheet, for the import's warning: the hidden
     * rows a figure or a school was read from and those the reading set aside as a school's repeated row
     * ({@code repeated}: rows skipped as {@code REPEATED_SCHOOL}, by sheet: a visible row of the school was imported
     * instead), and the hidden columns a figure was read from, with its cells. A hidden row or column the template
     * takes nothing from is not named (a table it leaves out is NOT READ on its own). The sheet's entry in
     * {@code template} says whether it lists one school a row, which the warning's words depend on.
     */
    public List<HiddenRows> hiddenRows(org.emisworkbench.template.Template template,
                                       Map<String, ? extends java.util.Collection<Integer>> repeated) {
        List<HiddenRows> out = new ArrayList<>();
        for (SheetInfo sheet : read.values()) {
            SortedSet<Integer> hidden = workbook.hiddenRows(sheet);
            CellsRead cells = cellsRead.get(sheet.name());
            java.util.Collection<Integer> again = repeated.containsKey(sheet.name()) ? repeated.get(sheet.name())
                    : List.of();
            List<Integer> rows = hidden.stream().filter(r -> again.contains(r) || cells != null && cells.rows.get(r))
                    .toList();
            List<Integer> columns = new ArrayList<>();
            List<String> columnCells = new ArrayList<>();
            if (cells != null) {
                cells.hiddenColumnRows.forEach((col, rowsOf) -> {
                    columns.add(col);
                    columnCells.addAll(runs(col, rowsOf));
                });
            }
            if (!rows.isEmpty() || !columns.isEmpty()) {
                out.add(new HiddenRows(sheet.name(), rows, rows.stream().filter(again::contains).toList(),
                        workbook.filtered(sheet), schoolRows(template, sheet), columns, columnCells));
            }
        }
        return out;
    }

    /** The cells of a column at these rows, runs joined: {@code O9:O11}, {@code O14}. */
    private static List<String> runs(int col, java.util.BitSet rows) {
        List<String> out = new ArrayList<>();
        String letters = CellRef.columnLetters(col);
        for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
            int end = rows.nextClearBit(r) - 1;
            out.add(letters + (r + 1) + (end > r ? ":" + letters + (end + 1) : ""));
            r = end;
        }
        return out;
    }

    /**
     * True when the template reads the sheet as a list of one school a row: a wide sheet of schools down the rows,
     * without rows by grade, sex or age. Only there is a school given on a hidden row and again on a visible one
     * kept from the visible row (decision 0040), which the warning then says.
     */
    private static boolean schoolRows(org.emisworkbench.template.Template template, SheetInfo sheet) {
        if (template.layout() != org.emisworkbench.template.Layout.WIDE
                || template.role() == org.emisworkbench.template.Role.POPULATION) {
            return false;
        }
        return template.sheets().stream()
                .filter(spec -> org.emisworkbench.template.SheetNames.matches(sheet, spec.names())).findFirst()
                .map(spec -> !spec.schoolsAcross() && spec.rowDimensions().isEmpty()).orElse(false);
    }

    /** The key of the one line {@link #sheetsNotRead} gives a hidden sheet the template reads: a note, no warning. */
    public static final String HIDDEN_SHEET_READ = "import.hiddenSheetRead";

    /**
     * What the import says of the workbook's sheets beyond the columns it read, one line a sheet, in workbook order:
     * <ul>
     * <li>a sheet a sheet entry of the template matches ({@code "names": ["EP1", "EP2"]}, {@code "*"}) but that
     * was not read (an entry reads one sheet unless it says {@code "every": true}): NOT READ, a warning;</li>
     * <li>a hidden or very hidden sheet that no entry names and that holds numbers: NOT READ, a warning naming the
     * file, the sheet, how it is hidden and where its numbers are. Hidden sheets are read only when named, on
     * purpose (old figures and lists are kept in them), and the officer must know the program left it;</li>
     * <li>a visible sheet that no entry names and that holds census figures (blocks of counts under or beside
     * headers naming them, as {@code template check} judges a read form's blocks left unread): NOT READ, a warning
     * naming the file, the sheet and the blocks' cells, with its other figures; {@code template check} fails on it
     * ({@link #sheetsOfFiguresNotRead});</li>
     * <li>a visible sheet that no entry names and that holds other figures (money amounts, scores or percentages,
     * counts or figures with decimals under words naming no census figure): NOT READ, a warning naming each kind
     * with its cells; the check does not fail on it. A sheet of words, instructions or codes is not mentioned;</li>
     * <li>a hidden sheet the template reads: one line ({@link #HIDDEN_SHEET_READ}), a note, not a warning;</li>
     * <li>a sheet read with cells whose formula takes its value from another workbook: a warning naming them, the
     * value saved in this file read (the other workbook is never opened), and one naming those saved without a
     * value, read as no figure.</li>
     * </ul>
     * A hidden sheet without a number (a drop-down's list) is not mentioned.
     */
    public List<org.emisworkbench.model.Message> sheetsNotRead(org.emisworkbench.template.Template template)
            throws WorkbookException {
        return sheetsNotRead(template, false);
    }

    /**
     * As {@link #sheetsNotRead(org.emisworkbench.template.Template)}, for a reading that was refused ({@code
     * refused}): a sheet an entry matches was then left because the file was refused, not because its header was
     * not found, so it is not said (the refusal says why; review 25, F10.2).
     */
    public List<org.emisworkbench.model.Message> sheetsNotRead(org.emisworkbench.template.Template template,
                                                               boolean refused) throws WorkbookException {
        return sheetsNotRead(template, refused, java.util.Set.of());
    }

    /**
     * As {@link #sheetsNotRead(org.emisworkbench.template.Template, boolean)}, knowing the sheets on which the
     * entry's header was found ({@code withHeader}, as the check fits each sheet): a refused file's wide sheet whose
     * header is there was left because the file was refused (a required sheet missing), not for want of a header,
     * so it is not said; the cause is the refusal's alone (review 33: six good sheets were called unreadable).
     */
    public List<org.emisworkbench.model.Message> sheetsNotRead(org.emisworkbench.template.Template template,
                                                               boolean refused, java.util.Set<String> withHeader)
            throws WorkbookException {
        List<org.emisworkbench.model.Message> out = new ArrayList<>();
        String file = workbook.file() == null ? "" : String.valueOf(workbook.file().getFileName());
        for (SheetInfo sheet : workbook.sheets()) {
            if (read.containsKey(sheet.name())) {
                if (!sheet.visible()) {
                    out.add(org.emisworkbench.model.Message.of(HIDDEN_SHEET_READ, file, sheet.name(), hidden(sheet)));
                }
                LinkedCells linked = workbook.linkedCells(sheet);
                if (!linked.withValue().isEmpty()) {
                    out.add(org.emisworkbench.model.Message.of("import.linkedCells", file, sheet.name(),
                            linked.withValue().size(), named(linked.withValue())));
                }
                if (!linked.withoutValue().isEmpty()) {
                    out.add(org.emisworkbench.model.Message.of("import.linkedCellsNoValue", file, sheet.name(),
                            linked.withoutValue().size(), named(linked.withoutValue())));
                }
                continue;
            }
            org.emisworkbench.template.CodeList grades = template.lists().require("grade");
            org.emisworkbench.template.SheetSpec entry = template.sheets().stream()
                    .filter(spec -> org.emisworkbench.template.SheetNames.matches(sheet, spec.names(), grades))
                    .findFirst().orElse(null);
            String grade = entry == null || !entry.byGradeSheet() ? null
                    : org.emisworkbench.template.SheetNames.gradeOf(sheet, entry.names(), grades);
            SheetInfo sameGrade = grade == null ? null : read.values().stream().filter(s -> grade.equals(
                    org.emisworkbench.template.SheetNames.gradeOf(s, entry.names(), grades))).findFirst().orElse(null);
            org.emisworkbench.template.SheetSpec gradeEntry = entry != null || !sheet.visible() ? null
                    : template.sheets().stream().filter(spec -> spec.byGradeSheet()
                    && org.emisworkbench.template.SheetNames.namedLike(sheet.name(), spec.names()))
                    .findFirst().orElse(null);
            if (sameGrade != null) {
                // Two sheets named by one grade ("CP1" and "CI", "2e année" and "2ème année"): the first is read, and
                // this one said, never added to it nor read over it (decision 0117).
                if (holdsNumbers(sheet)) {
                    figuresNotRead.add(sheet.name());
                }
                out.add(org.emisworkbench.model.Message.of("import.gradeSheetTwice", file, sheet.name(), grade,
                        sameGrade.name()));
            } else if (gradeEntry != null && holdsNumbers(sheet)) {
                // A sheet beside the grades' sheets whose name is no grade of the list ("CP" without CI before it,
                // "Classe spéciale"): its figures are not read, and the officer is told why (decision 0117).
                figuresNotRead.add(sheet.name());
                out.add(org.emisworkbench.model.Message.of("import.gradeSheetNoGrade", file, sheet.name(),
                        String.join(", ", gradeEntry.names())));
            } else if (entry != null && entry.names().contains(org.emisworkbench.template.SheetNames.YEAR)
                    && org.emisworkbench.template.SheetNames.namedYear(sheet, org.emisworkbench.template.SchoolYears
                    .of(template), 0)) {
                // A sheet named by another census year than the one imported ({year}): that year's figures, said
                // with how to import them, never left in silence.
                out.add(org.emisworkbench.model.Message.of("import.yearSheetNotRead", file, sheet.name(), String.valueOf(
                        org.emisworkbench.template.SchoolYears.of(template).fromLabel(sheet.name()).getAsInt())));
            } else if (entry != null && refused && (template.layout() == org.emisworkbench.template.Layout.GRID
                    || withHeader.contains(sheet.name()))) {
                // A form's sheet left because the file was refused (a required sheet missing) has no header to be
                // not found: saying so would send the officer after the wrong cause. A wide sheet whose key header
                // is on none of the sheets is said below: that is why the file was refused (review 19).
                continue;
            } else if (entry != null) {
                List<String> readOfEntry = read.values().stream()
                        .filter(s -> org.emisworkbench.template.SheetNames.matches(s, entry.names(), grades))
                        .map(SheetInfo::name).toList();
                if (holdsNumbers(sheet)) {
                    figuresNotRead.add(sheet.name());
                }
                // No sheet of the entry read at all: its header was not found, not "another sheet read instead".
                out.add(readOfEntry.isEmpty()
                        ? org.emisworkbench.model.Message.of("import.sheetNotReadNoHeader", sheet.name(),
                                String.join(", ", entry.names()))
                        // A form's entry has no "every" (wide sheets only): one school's form per sheet is read
                        // with "schools": "sheet" (review 31, D1: the wide advice was refused at load).
                        : org.emisworkbench.model.Message.of(template.layout() == org.emisworkbench.template.Layout.GRID
                                ? "import.formSheetNotRead" : "import.sheetNotRead", sheet.name(),
                                String.join(", ", entry.names()), String.join(", ", readOfEntry)));
            } else if (!sheet.visible()) {
                NumbersFound numbers;
                try {
                    numbers = numbersIn(sheet);
                } catch (WorkbookException e) {
                    // A sheet the template leaves must not fail a file it reads whole: said, not thrown.
                    out.add(org.emisworkbench.model.Message.of("import.hiddenSheetUnreadable", file, sheet.name(),
                            hidden(sheet), e.message()));
                    continue;
                }
                if (numbers.count() > 0) {
                    out.add(org.emisworkbench.model.Message.of("import.hiddenSheetNotRead", file, sheet.name(),
                            hidden(sheet), numbers.count(), numbers.cells()));
                }
            } else {
                // A visible sheet no entry names: left in silence, a whole level's figures were lost (review 25,
                // F3). Said when it holds figures as a read form's blocks left unread are judged (FormUnread), so a
                // cover page, instructions or a list of codes stays unmentioned. Census figures fail the check; a
                // sheet of exam scores, money or counts headed in other words is said for what it holds, never
                // called census figures nor passed over (issue #11).
                List<FormUnread.SheetBlock> blocks = sheetBlocksIn(sheet, template);
                List<String> census = blocks.stream().filter(FormUnread.SheetBlock::census)
                        .map(FormUnread.SheetBlock::range).toList();
                List<org.emisworkbench.model.Message> others = others(blocks);
                if (!census.isEmpty()) {
                    figuresNotRead.add(sheet.name());
                    out.add(org.emisworkbench.model.Message.of("import.visibleSheetNotRead", file, sheet.name(),
                            named(census), others.isEmpty() ? "" : org.emisworkbench.model.Message.of(
                                    "import.visibleSheetNotRead.besides", others)));
                } else if (!others.isEmpty()) {
                    out.add(org.emisworkbench.model.Message.of("import.visibleSheetOtherFigures", file, sheet.name(),
                            others));
                }
            }
        }
        return out;
    }

    /**
     * The figures of a sheet no entry names that are no census figures, one phrase per kind in the order {@link
     * org.emisworkbench.template.CensusHeaders.Figures} lists them, each naming its cells: {@code money amounts
     * (B2:D4)}.
     */
    private static List<org.emisworkbench.model.Message> others(List<FormUnread.SheetBlock> blocks) {
        List<org.emisworkbench.model.Message> out = new ArrayList<>();
        for (org.emisworkbench.template.CensusHeaders.Figures kind
                : org.emisworkbench.template.CensusHeaders.Figures.values()) {
            List<String> cells = blocks.stream().filter(b -> !b.census() && b.kind() == kind)
                    .map(FormUnread.SheetBlock::range).toList();
            if (!cells.isEmpty()) {
                out.add(org.emisworkbench.model.Message.of("import.figures." + kind.name().toLowerCase(
                        java.util.Locale.ROOT), named(cells)));
            }
        }
        return out;
    }

    /**
     * The blocks of figures of a visible sheet no entry names ({@link FormUnread#sheetBlocks}). A sheet without a
     * number is not looked into further; one too large or unreadable to hold whole gives its numbers' cells as
     * census figures, since it may hold them and must not be passed over in silence.
     */
    private List<FormUnread.SheetBlock> sheetBlocksIn(SheetInfo sheet, org.emisworkbench.template.Template template) {
        NumbersFound numbers;
        try {
            numbers = numbersIn(sheet);
        } catch (WorkbookException e) {
            return List.of();
        }
        if (numbers.count() == 0) {
            return List.of();
        }
        try {
            // Asked of the workbook itself, not through grid(): the sheet stays "not read".
            return FormUnread.sheetBlocks(new FormSheet(workbook.grid(sheet, FormSheet.MAX_CELLS)), template);
        } catch (WorkbookException e) {
            return List.of(new FormUnread.SheetBlock(numbers.cells(),
                    org.emisworkbench.template.CensusHeaders.Figures.COUNTS, true));
        }
    }

    /** The sheets {@link #sheetsNotRead} found NOT READ although a sheet entry matches them and they hold numbers. */
    private final List<String> figuresNotRead = new ArrayList<>();

    /**
     * The sheets a sheet entry of the template matches, holding numbers, that were not read (found by
     * {@link #sheetsNotRead}): a whole sheet of figures left unread, which {@code emis template check} fails on as on
     * a column of figures left unread. A cover sheet without a number is not one.
     */
    public List<String> sheetsOfFiguresNotRead() {
        return List.copyOf(figuresNotRead);
    }

    /** True when the sheet holds a number, or cannot be looked into (then it may hold figures). */
    private boolean holdsNumbers(SheetInfo sheet) {
        try {
            return numbersIn(sheet).count() > 0;
        } catch (WorkbookException e) {
            return true;
        }
    }

    /** The first ten cells, then how many more. */
    private static String named(List<String> cells) {
        return cells.size() <= 10 ? String.join(", ", cells)
                : String.join(", ", cells.subList(0, 10)) + ", … (+" + (cells.size() - 10) + ")";
    }

    /** True for the line {@link #sheetsNotRead} gives a hidden sheet that was read: a note, not a warning. */
    public static boolean readAlthoughHidden(org.emisworkbench.model.Message line) {
        return line.key().equals(HIDDEN_SHEET_READ);
    }

    /** How a sheet is hidden, in words: hidden, or very hidden (which Excel's Unhide does not even list). */
    private static org.emisworkbench.model.Message hidden(SheetInfo sheet) {
        return org.emisworkbench.model.Message.of(sheet.visibility() == org.emisworkbench.workbook.Visibility.VERY_HIDDEN
                ? "import.sheetVeryHidden" : "import.sheetHidden");
    }

    /** How many number cells a sheet holds and the cells around them ({@code C2:F4}); dates are no figures. */
    private record NumbersFound(int count, String cells) {
    }

    /**
     * Streams a sheet the template left, counting its number cells. The read goes to the workbook itself, not
     * through {@link #read}: the sheet stays "not read", and its hidden rows are not reported as read.
     */
    private NumbersFound numbersIn(SheetInfo sheet) throws WorkbookException {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, 0}; // first row, first col, last row, last col, count
        workbook.read(sheet, row -> {
            for (int i = 0; i < row.size(); i++) {
                org.emisworkbench.workbook.Cell c = row.cell(i);
                if (c.kind() == org.emisworkbench.workbook.CellKind.NUMBER) {
                    box[0] = Math.min(box[0], c.row());
                    box[1] = Math.min(box[1], c.col());
                    box[2] = Math.max(box[2], c.row());
                    box[3] = Math.max(box[3], c.col());
                    box[4]++;
                }
            }
            return true;
        });
        if (box[4] == 0) {
            return new NumbersFound(0, "");
        }
        String first = org.emisworkbench.model.CellRef.a1(box[0], box[1]);
        String last = org.emisworkbench.model.CellRef.a1(box[2], box[3]);
        return new NumbersFound(box[4], first.equals(last) ? first : first + ":" + last);
    }

    /** The workbook is closed by whoever opened it. */
    @Override
    public void close() {
    }
}
