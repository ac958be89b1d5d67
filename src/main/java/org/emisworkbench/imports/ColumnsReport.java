package org.emisworkbench.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.template.ColumnSpec;
import org.emisworkbench.template.CompiledTemplate;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderLocator;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.SerialColumn;
import org.emisworkbench.template.SheetFit;
import org.emisworkbench.template.Template;

/**
 * How a template meets a workbook's sheets, column by column, without reading past the first rows:
 * which sheet each spec takes, the header row found, every column read (with a few of its values)
 * and every column not read (flagged when numbers stand below it), and the required fields missing.
 * Sheets are found and headers located exactly as the interpreters do ({@link SheetNames#find},
 * {@link HeaderLocator#locate} with the template's compiled matchers).
 */
public final class ColumnsReport {
    /** Rows sampled per sheet. */
    public static final int SAMPLE_ROWS = 80;
    /** Example values shown per column. */
    static final int EXAMPLES = 3;

    private ColumnsReport() {
    }

    /** Rows the import skips (a total, a subtotal, a blank or footnote row), by sheet name and 0-based row. */
    @FunctionalInterface
    public interface SkippedRows {
        boolean skips(String sheet, int row);

        /**
         * Whether the reading read the sheet spec's {@code grid}-th grid on {@code sheet} (its table found under its
         * title): null when not known (no reading before), so that a grid is listed as found only as the import
         * finds it ({@link org.emisworkbench.model.CensusSink#gridRead}).
         */
        default Boolean gridRead(String sheet, int grid) {
            return null;
        }
    }

    /**
     * Every sheet spec of the template, in template order; example values come only from rows the import
     * would read ({@code skipped} names those it would not: a total row's figures are no example of a column);
     * a {@code {year}} header is read for {@code censusYear}, as the import reads it.
     */
    public static List<SheetFit> of(WorkbookReader workbook, Template template, int censusYear, SkippedRows skipped)
            throws WorkbookException {
        List<SheetFit> out = new ArrayList<>();
        List<SheetInfo> taken = new ArrayList<>();
        CompiledTemplate compiled = CompiledTemplate.of(template);
        org.emisworkbench.template.SchoolYears years = org.emisworkbench.template.SchoolYears.of(template);
        String fileName = workbook.file() == null || workbook.file().getFileName() == null ? null
                : workbook.file().getFileName().toString();
        for (int i = 0; i < template.sheets().size(); i++) {
            SheetSpec spec = template.sheets().get(i);
            if (SheetNames.listOnLabels(template, i)) {
                continue; // a list on a form's sheet: shown with that sheet, its figures counted by the import
            }
            org.emisworkbench.template.CodeList grades = template.lists().require("grade");
            SheetInfo sheet = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    years, censusYear, grades);
            if (sheet == null) {
                out.add(new SheetFit(spec.names(), null, spec.optional(), null, null, List.of(), List.of(),
                        spec.optional() ? List.of() : spec.required(), List.of(), List.of(), List.of(), List.of()));
                continue;
            }
            taken.add(sheet);
            LabelValues values = LabelValues.of(workbook, sheet, template, spec);
            // An entry named "{grade}" is shown on each sheet as read there, for the sheet's grade (decision 0117).
            java.util.Set<String> gradesShown = new java.util.HashSet<>();
            String grade = spec.byGradeSheet() ? SheetNames.gradeOf(sheet, spec.names(), grades) : null;
            gradesShown.add(grade);
            out.add(sheet(grade == null ? spec : spec.forGrade(grade), sheet, values, spec.schoolsAcross()
                    ? org.emisworkbench.template.SchoolsAcross.firstRows(workbook, sheet, SAMPLE_ROWS)
                    : SheetNames.firstRows(workbook, sheet, SAMPLE_ROWS), compiled.matcher(i, spec, grade)
                    .forCensusYear(years, censusYear), compiled.ignored(i), skipped, fileName,
                    template.lists().require("grade"), template.schoolsPer() == org.emisworkbench.template.SchoolsPer.BLOCK));
            // One school per sheet, or "every": the entry reads every sheet it names, each shown with what it gives.
            while ((template.schoolsPer() == org.emisworkbench.template.SchoolsPer.SHEET || spec.everySheet())
                    && (sheet = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    years, censusYear, grades)) != null) {
                taken.add(sheet);
                String more = spec.byGradeSheet() ? SheetNames.gradeOf(sheet, spec.names(), grades) : null;
                if (more != null && !gradesShown.add(more)) {
                    continue; // a second sheet of one grade is not read: said with the sheets not read
                }
                out.add(sheet(more == null ? spec : spec.forGrade(more), sheet, LabelValues.of(workbook, sheet,
                        template, spec), SheetNames.firstRows(workbook, sheet, SAMPLE_ROWS), compiled.matcher(i, spec,
                        more).forCensusYear(years, censusYear), compiled.ignored(i), skipped, fileName,
                    template.lists().require("grade"), template.schoolsPer() == org.emisworkbench.template.SchoolsPer.BLOCK));
            }
        }
        return out;
    }

    private static SheetFit sheet(SheetSpec spec, SheetInfo sheet, LabelValues values, List<List<Cell>> rows,
                                  HeaderMatcher matcher,
                                  IgnoredHeaders ignored, SkippedRows skipped, String fileName,
                                  org.emisworkbench.template.CodeList grades, boolean blocks) {
        List<SheetFit.ColumnRead> read = new ArrayList<>();
        List<SheetFit.ColumnNotRead> notRead = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        if (!spec.columns().isEmpty() || !spec.key().isEmpty()) {
            HeaderLayout h = HeaderLocator.locate(rows, matcher, spec.headerRow(), spec.headerRows());
            if (h == null) {
                missing.addAll(spec.key().isEmpty() ? List.of() : List.of("\"" + spec.key().get(0) + "\" (key)"));
            } else {
                first = h.firstRow() + 1;
                last = h.lastRow() + 1;
                // The header texts as the import reads them (HeaderLocator.texts, WidePlan): the combined text and the
                // one without the banner over it, so that a part of a sum or difference named without the banner
                // ("1ª classe HM" under "Alunos matriculados") is shown read, as the import reads it (review 20).
                String[][] headerTexts = HeaderLocator.texts(rows, h);
                String[] texts = headerTexts[0];
                java.util.Set<Integer> band = ignored.bandColumns(rows, h.firstRow(), h.lastRow());
                for (int c = 0; c < texts.length; c++) {
                    if (texts[c] == null || texts[c].isBlank()) {
                        continue;
                    }
                    HeaderMatcher.Match m = c < h.byColumn().length ? h.byColumn()[c] : null;
                    List<String> examples = examples(rows, h.lastRow(), c, r -> skipped.skips(sheet.name(), r));
                    List<HeaderMatcher.Part> parts = m == null ? matcher.parts(texts[c],
                            c < headerTexts[1].length ? headerTexts[1][c] : null)
                            : List.of();
                    if (m == null && !parts.isEmpty()) {
                        // Read as a part of a sum (what the import adds, WidePlan.planSums): not a column left unread.
                        HeaderMatcher.Part p = parts.get(0);
                        ColumnSpec cs = spec.columns().get(p.column());
                        read.add(new SheetFit.ColumnRead(place(spec, c), texts[c], false, cs.field(), false,
                                p.sex() != null ? p.sex() : cs.sex(), p.grade() != null ? p.grade() : cs.grade(),
                                p.age() != null ? p.age() : cs.age(), examples, !cs.difference()
                                ? SheetFit.PartRole.ADDED : p.part() == 0 ? SheetFit.PartRole.BOTH_SEXES
                                : SheetFit.PartRole.TAKEN_AWAY));
                    } else if (m == null && matcher.namesOtherYear(texts[c])) {
                        // Another school year's column of a {year} header: the import lists it as last year's
                        // figures left out on purpose (WideRows), with the year; not a column the template misses.
                        continue;
                    } else if (m == null) {
                        // The first column of a merged parent over sub-headers the template does not take: named
                        // with its sub-header, as the columns it spans are ("Certified M" beside "Certified F").
                        String next = org.emisworkbench.template.BlankHeaders.blank(texts, c + 1)
                                ? org.emisworkbench.template.BlankHeaders.wordsUnder(rows, h.lastRow(), c + 1,
                                keyColumn(h)) : null;
                        String own = org.emisworkbench.template.BlankHeaders.ownHeader(texts[c],
                                org.emisworkbench.template.BlankHeaders.wordsUnder(rows, h.lastRow(), c, keyColumn(h)),
                                next);
                        notRead.add(new SheetFit.ColumnNotRead(place(spec, c), own,
                                numbersBelow(rows, h.lastRow(), c, texts[c]), examples, ignored.ignores(texts[c])
                                || ignored.ignores(cellText(rows, h.lastRow(), c)) || band.contains(c)));
                    } else if (m.column() == HeaderMatcher.KEY) {
                        read.add(new SheetFit.ColumnRead(place(spec, c), texts[c], true, null, false, null, null,
                                null, examples));
                    } else {
                        ColumnSpec cs = spec.columns().get(m.column());
                        // The sex column of rows of both sexes: shown with the sex worked out of them (decision 0055).
                        String sex = "row.sex".equals(cs.field()) && spec.rowSexDifference() != null
                                ? spec.rowSexDifference().sex() : m.sex();
                        read.add(new SheetFit.ColumnRead(place(spec, c), texts[c], false,
                                cs.field() != null ? cs.field() : cs.total(), cs.total() != null, sex, m.grade(),
                                m.age(), examples));
                    }
                }
                // Numbers under a blank header: no template can read them, so never passed over (an index column
                // counting the rows is shown, as no census figures).
                for (org.emisworkbench.template.BlankHeaders.Column b
                        : org.emisworkbench.template.BlankHeaders.of(texts, rows, h.lastRow())) {
                    if (b.col() >= h.byColumn().length || h.byColumn()[b.col()] == null) {
                        // Named as the import names it: by the words under the header rows taken, when there are.
                        String named = org.emisworkbench.template.BlankHeaders.header(rows.subList(h.firstRow(),
                                h.lastRow() + 1), b.col(), org.emisworkbench.template.BlankHeaders.wordsUnder(rows,
                                h.lastRow(), b.col(), keyColumn(h)));
                        notRead.add(new SheetFit.ColumnNotRead(place(spec, b.col()), named, !b.index(),
                                examples(rows, h.lastRow(), b.col(), r -> skipped.skips(sheet.name(), r))));
                    }
                }
                missing.addAll(WideInterpreter.missingRequired(spec, h, matcher, HeaderLocator.texts(rows, h)));
            }
        }
        List<String> labelsFound = new ArrayList<>();
        List<String> labelsMissing = new ArrayList<>();
        int top = blocks ? FormSchools.firstBlock(rows, spec) : 0;
        for (LabelSpec l : spec.labels()) {
            if (l.difference()) {
                difference(l, rows, values, labelsFound, labelsMissing,
                        spec.requires(l.field()) ? missing : null);
                continue;
            }
            if (l.summed()) {
                sum(l, rows, values, labelsFound, labelsMissing, spec.requires(l.field()) ? missing : null);
                continue;
            }
            if (org.emisworkbench.template.SheetNameLabels.fromSheetName(l)) {
                // Judged as a code when the sheet is read (a summary sheet's name is no school's code).
                labelsFound.add("sheet name \"" + sheet.name() + "\" → " + l.field());
                continue;
            }
            if (org.emisworkbench.template.FileNameLabels.fromFileName(l)) {
                // Judged when the file is read: its name's one word that can be a code.
                List<String> words = org.emisworkbench.template.FileNameLabels.candidates(fileName);
                labelsFound.add("file name → " + l.field() + (words.size() == 1 ? " = \"" + words.get(0) + "\""
                        : words.isEmpty() ? " (no word of the name can be a code: the import refuses the file)"
                        : " (several words can be a code: " + String.join(", ", words)
                        + "; the import refuses the file)"));
                continue;
            }
            String name = l.labels().isEmpty() ? String.valueOf(l.field()) : l.labels().get(0);
            Cell at = values.place(l, rows);
            if (at == null) {
                labelsMissing.add(name);
                if (spec.requires(l.field())) {
                    missing.add("\"" + name + "\" (" + l.field() + ")");
                }
            } else if (at.row() < top && !FormLabels.everyBlocks(l)) {
                // Above the first of stacked school blocks: no school's, so a school's name or a count there is read
                // for none, as the import says (a label not read), never shown as read (review 31 D2).
                labelsFound.add(CellRef.a1(at.row(), at.col()) + " " + at.text().strip() + " → " + (l.field() == null
                        ? "sum" : l.field()) + ": above the first school's block, read for no school (label not read)");
            } else {
                // With the value the import reads and its cell, so that a wrong pick shows (review 17).
                // Above the first block, a district's or province's label is every block's, as the import reads it.
                labelsFound.add(CellRef.a1(at.row(), at.col()) + " " + at.text().strip() + " → "
                        + (l.field() == null ? "sum" : l.field()) + (l.sex() == null ? "" : " " + l.sex())
                        + values.of(l));
            }
        }
        List<String> gridsFound = new ArrayList<>();
        List<String> gridsMissing = new ArrayList<>();
        for (int i = 0; i < spec.grids().size(); i++) {
            GridSpec g = spec.grids().get(i);
            Cell title = org.emisworkbench.template.GridAnchor.find(rows, g, GridSpec.occurrence(spec.grids(), i), grades);
            String field = g.field() + (g.sex() == null ? "" : " " + g.sex());
            if (g.titles().isEmpty()) {
                // No title: where its header row of grades was found by itself, or why not (review 26 F7).
                untitled(rows, title, field, grades, Boolean.FALSE.equals(skipped.gridRead(sheet.name(), i)),
                        gridsFound, gridsMissing);
                continue;
            }
            String name = g.titles().get(0);
            if (title == null) {
                gridsMissing.add(name + " (" + field + ")");
            } else if (Boolean.FALSE.equals(skipped.gridRead(sheet.name(), i))) {
                // The title is there but the reading found no table under it as the grid says: not found, as the
                // import says (GRID_NOT_FOUND at the title's cell), never listed as found.
                gridsMissing.add(name + " (" + field + "): the title is at " + CellRef.a1(title.row(), title.col())
                        + ", but no table under it as the grid says (GRID_NOT_FOUND below)");
            } else {
                gridsFound.add(CellRef.a1(title.row(), title.col()) + " " + name + " → " + field);
            }
        }
        return new SheetFit(spec.names(), sheet.name(), spec.optional(), first, last, read, notRead, missing,
                labelsFound, labelsMissing, gridsFound, gridsMissing, spec.schoolsAcross());
    }

    /**
     * A grid without titles: found at the corner of the sheet's one header row of grades, said as such
     * ({@code A7 Category → enrolment (no title: the header row of grades at row 7, the sheet's only one)}), or
     * not found with the reason the import gives at that cell (GRID_NOT_FOUND below).
     */
    private static void untitled(List<List<Cell>> rows, Cell corner, String field,
                                 org.emisworkbench.template.CodeList grades, boolean notRead, List<String> found,
                                 List<String> missing) {
        org.emisworkbench.template.GridAnchor.Untitled u = org.emisworkbench.template.GridAnchor.untitled(rows, grades);
        String rowList = String.join(", ", u.rows().stream().map(r -> Integer.toString(r + 1)).toList());
        if (corner != null && !notRead) {
            found.add(CellRef.a1(corner.row(), corner.col()) + " " + corner.text().strip() + " → "
                    + field + " (no title: the header row of grades at row " + (corner.row() + 1)
                    + ", the sheet's only one)");
        } else if (corner != null) {
            missing.add("(no title) (" + field + "): the header row of grades at row " + (corner.row() + 1)
                    + " is not as the grid says (GRID_NOT_FOUND below)");
        } else if (u.rows().isEmpty()) {
            missing.add("(no title) (" + field + "): no header row of grades on the sheet; give the grid its titles");
        } else if (u.twice() != null) {
            missing.add("(no title) (" + field + "): the header row of grades at row " + rowList + " writes \""
                    + u.twice() + "\" twice (tables side by side); give each grid its titles");
        } else {
            missing.add("(no title) (" + field + "): rows " + rowList
                    + " each hold a header row of grades (more than one table); give the grid its titles");
        }
    }

    /** The key column of a header found, or -1. */
    private static int keyColumn(HeaderLayout h) {
        for (int c = 0; c < h.byColumn().length; c++) {
            if (h.byColumn()[c] != null && h.byColumn()[c].column() == HeaderMatcher.KEY) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A label {@code sumOf}: its field is worked out, never a label of its own. Says what it adds
     * ({@code sum teachers.total F = C8 Qualified women + C9 Unqualified women = 3 + 2 = 5 (D8+D9)}, with the values
     * the import adds, {@link LabelValues#sumOf}); each part not on the sheet is a
     * label not found, named with the sum it goes into; the field is missing only when no part is there.
     */
    private static void sum(LabelSpec l, List<List<Cell>> rows, LabelValues values, List<String> found,
                            List<String> notFound,
                            List<String> missingRequired) {
        String field = l.field() + (l.sex() == null ? "" : " " + l.sex()) + (l.band().isEmpty() ? ""
                : " (" + String.join(" + ", l.band()) + ", " + String.join(" / ", l.column()) + ")");
        List<String> parts = new ArrayList<>();
        for (String text : l.sumOf().isEmpty() ? l.labels().subList(0, 1) : l.sumOf()) {
            Cell at = values.place(l.part(text), rows);
            if (at == null) {
                notFound.add(text + " (added into " + field + ")");
            } else {
                parts.add(CellRef.a1(at.row(), at.col()) + " " + at.text().strip());
            }
        }
        if (!parts.isEmpty()) {
            found.add("sum " + field + " = " + String.join(" + ", parts) + values.sumOf(l));
        } else if (missingRequired != null) {
            missingRequired.add(field + " (sum of " + String.join(" + ", (l.sumOf().isEmpty() ? l.labels()
                    : l.sumOf()).stream().map(t -> "\"" + t + "\"")
                    .toList()) + ")");
        }
    }

    /**
     * A label {@code differenceOf}: the figure worked out, with each label's cell and the value the import reads
     * ({@code difference teachers.total M = A3 Number of teachers = 12 (B3) − A4 Female teachers = 5 (B4)}); a label not
     * on the sheet is a label not found, named with the figure it goes into.
     */
    private static void difference(LabelSpec l, List<List<Cell>> rows, LabelValues values, List<String> found,
                                   List<String> notFound, List<String> missingRequired) {
        String field = l.field() + (l.sex() == null ? "" : " " + l.sex());
        if (l.sumDifference()) {
            // A sum of one difference per labelled row: shown as the import adds them, a row not found named alone.
            List<String> terms = new ArrayList<>();
            for (LabelSpec row : l.rowDifferences()) {
                List<String> rowFound = new ArrayList<>();
                difference(row, rows, values, rowFound, notFound, null);
                rowFound.stream().filter(t -> t.startsWith("difference ")).forEach(t -> terms.add(
                        "(" + t.substring(t.indexOf(" = ") + 3) + ")"));
                rowFound.stream().filter(t -> !t.startsWith("difference ")).forEach(found::add);
            }
            if (!terms.isEmpty()) {
                found.add("sum of differences " + field + " = " + String.join(" + ", terms));
            } else if (missingRequired != null) {
                missingRequired.add(field + " (sum of " + String.join(" + ", l.sumOf().stream()
                        .map(t -> "\"" + t + "\" (" + String.join(" − ", l.differenceOf()) + ")").toList()) + ")");
            }
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < l.differenceOf().size(); i++) {
            String text = l.partName(i);
            LabelSpec part = l.differenceParts().get(i);
            Cell at = org.emisworkbench.template.InsideLabels.find(rows, part);
            if (at == null) {
                notFound.add(text + " (" + (i == 0 ? "both sexes, gives " : "taken from both sexes for ") + field + ")");
            } else {
                parts.add(CellRef.a1(at.row(), at.col()) + " " + at.text().strip() + values.of(part));
            }
        }
        if (parts.size() == l.differenceOf().size()) {
            found.add("difference " + field + " = " + String.join(" − ", parts));
        } else {
            parts.forEach(p -> found.add(p + " → " + field + " (difference, the other label not found)"));
            if (parts.isEmpty() && missingRequired != null) {
                missingRequired.add(field + " (\"" + l.partName(0) + "\" − \"" + l.partName(1) + "\")");
            }
        }
    }

    /** Where a column read stands: its letters; on a sheet of one column per school, the sheet's row number. */
    private static String place(SheetSpec spec, int c) {
        return spec.schoolsAcross() ? String.valueOf(c + 1) : CellRef.columnLetters(c);
    }

    private static String cellText(List<List<Cell>> rows, int row, int col) {
        for (Cell c : rows.get(row)) {
            if (c.col() == col) {
                return c.text();
            }
        }
        return null;
    }

    private static List<String> examples(List<List<Cell>> rows, int lastHeaderRow, int col,
                                         java.util.function.IntPredicate skipped) {
        List<String> out = new ArrayList<>();
        for (int r = lastHeaderRow + 1; r < rows.size() && out.size() < EXAMPLES; r++) {
            if (skipped.test(r)) {
                continue;
            }
            for (Cell c : rows.get(r)) {
                if (c.col() == col && !c.isBlank()) {
                    out.add(example(c));
                }
            }
        }
        return out;
    }

    /** A cell as an officer reads it: a date as a date (2017-05-03), not as Excel's day number (42858). */
    private static String example(Cell c) {
        LocalDate d = c.kind() == CellKind.DATE ? RosterDates.parse(c.kind(), c.text(), c.number()) : null;
        return d != null ? d.toString() : c.shown();
    }

    /**
     * Whether numbers stand below the header: census data left unread. A column that only numbers its
     * rows (1, 2, 3… — "No.", "N°", "S/N" in registers) is not census data and does not count.
     */
    private static boolean numbersBelow(List<List<Cell>> rows, int lastHeaderRow, int col, String header) {
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() == col && (c.kind() == CellKind.NUMBER
                        || c.kind() == CellKind.TEXT && c.text().strip().matches("-?\\d+([.,]\\d+)?"))) {
                    return !SerialColumn.numbersRows(header, rows, lastHeaderRow, col);
                }
            }
        }
        return false;
    }
}
