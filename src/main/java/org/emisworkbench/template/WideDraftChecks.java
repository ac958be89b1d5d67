package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;

/**
 * The checks {@link TemplateDrafter#build} makes of a wide draft: columns that cannot be written yet are left out
 * ({@link #complete}), the template written is loaded back and must read every column as mapped ({@link
 * #readsAsMapped}), and sheets whose patterns clash are written header by header ({@link #literalOnClash}).
 */
final class WideDraftChecks {
    private WideDraftChecks() {
    }


    private static final java.util.regex.Pattern SHEET_PATH = java.util.regex.Pattern.compile(
            "^\\$\\.sheets\\[(\\d+)\\]\\.columns\\[\\d+\\](?:\\.(?:patterns|headers).*also matches"
            + "|: gives the same figure as ).*");

    /**
     * Marks the sheets whose patterns clash as literal (two patterns producing one header, or one figure: a
     * bare CP read as G2 after CI beside the generic grade pattern); false when there was nothing left to mark.
     */
    static boolean literalOnClash(TemplateException e, boolean[] literal, List<SheetMapping> sheets,
                                          List<Message> notes) {
        boolean marked = false;
        for (String p : e.problems()) {
            java.util.regex.Matcher m = SHEET_PATH.matcher(p);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                if (i < literal.length && !literal[i]) {
                    literal[i] = true;
                    notes.add(Message.of("draft.literal", sheets.get(i).sheet()));
                    marked = true;
                }
            }
        }
        return marked;
    }

    /** Leaves out columns that cannot be written yet (a count without its sex or grade; a repeated figure). */
    static SheetMapping complete(SheetMapping s, List<Message> notes) {
        List<ColumnMapping> out = new ArrayList<>();
        Set<String> meanings = new HashSet<>();
        Set<String> headers = new HashSet<>();
        ColumnMapping key = s.keyColumn();
        if (key != null) {
            headers.add(HeaderText.normalizeLabel(TemplateDrafter.oneLine(key.header())));
        }
        Set<String> byRow = RowDimensionDrafter.of(s.columns());
        for (ColumnMapping c : s.columns()) {
            if (c.field() == null || c.key()) {
                // The key (a code column, or a column naming the schools): written as the sheet's key.
                out.add(c);
                continue;
            }
            CanonicalField f = CanonicalField.parse(c.field()).orElse(null);
            String why = null;
            if (f == null) {
                why = "draft.unknownField";
            } else if (f.isCount() && (f.topic() == null || f.topic().bySex()) && c.sex() == null && !c.total()
                    && !byRow.contains("sex")) {
                // A total for both sexes needs no sex: it is compared with the sum of both, never stored.
                why = "draft.needsSex";
            } else if (c.total() && !f.isCount()) {
                why = "draft.unknownField";
            } else if (f.kind() == CanonicalField.Kind.GRADED && c.grade() == null && !c.total()
                    && !byRow.contains("grade")) {
                why = "draft.needsGrade";
            } else if (!meanings.add(WideColumnGuesses.meaning(f.name() + (c.total() ? "#total" : ""), c.sex(), c.grade(), c.age()))) {
                why = "draft.twice";
            } else if (!headers.add(HeaderText.normalizeLabel(TemplateDrafter.oneLine(c.header())))) {
                // Two columns under one header cannot be told apart by any template.
                why = "draft.sameHeader";
            }
            if (why != null) {
                notes.add(Message.of(why, s.sheet(), c.letters(), TemplateDrafter.oneLine(c.header()), c.field()));
                out.add(ColumnMapping.unread(c.col(), c.header()));
            } else {
                out.add(c);
            }
        }
        return new SheetMapping(s.sheet(), s.firstRow(), s.lastRow(), s.headerRowSet(), out, s.constants(), s.sums(),
                s.tables(), s.across(), s.groupRows());
    }

    /**
     * True when the loaded template reads every column of the sheet as the mapping says, and no other. Columns read
     * as {@value YearBands#THIS_YEAR} are matched for the census year the draft read them for ({@link
     * #censusYearRead}), as an import of the file reads them: last year's columns beside them, left unread on purpose,
     * are then read by nothing, as mapped.
     */
    static boolean readsAsMapped(Template t, int index, SheetMapping m, List<List<Cell>> rows) {
        SheetSpec spec = t.sheets().get(index);
        HeaderMatcher matcher = CompiledTemplate.of(t).matcher(index);
        java.util.OptionalInt year = censusYearRead(t, m, rows);
        if (year.isPresent()) {
            matcher = matcher.forCensusYear(SchoolYears.of(t), year.getAsInt());
        }
        HeaderLayout h = HeaderLocator.locate(rows, matcher, spec.headerRow(), spec.headerRows());
        // Data starts below the last header row; a banner read as an upper header row changes nothing.
        if (h == null || h.lastRow() != m.lastRow()) {
            return false;
        }
        String[][] texts = HeaderLocator.texts(rows, h);
        Set<String> parts = new HashSet<>();
        m.sums().forEach(sum -> sum.headers().forEach(x -> parts.add(HeaderText.normalizeLabel(
                TemplateDrafter.oneLine(x)))));
        for (ColumnMapping c : m.columns()) {
            HeaderMatcher.Match got = c.col() < h.byColumn().length ? h.byColumn()[c.col()] : null;
            if (c.header() != null && c.col() < texts[0].length && !parts.contains(HeaderText.normalizeLabel(
                    TemplateDrafter.oneLine(c.header())))
                    && !matcher.parts(texts[0][c.col()], c.col() < texts[1].length ? texts[1][c.col()] : null)
                    .isEmpty()) {
                // A sum's pattern also adds up a column the mapping adds into no sum ("Class 6 Male New" without its
                // Rep partner): it would store a part as the whole, so the sums are written header by header.
                return false;
            }
            if (!c.reads()) {
                if (got != null) {
                    return false;
                }
                continue;
            }
            if (got == null || c.key() != (got.column() == HeaderMatcher.KEY)) {
                return false;
            }
            if (!c.key()) {
                ColumnSpec cs = spec.columns().get(got.column());
                if (c.total() != (cs.total() != null) || !c.field().equals(cs.field() != null ? cs.field() : cs.total())
                        || !Objects.equals(c.sex(), got.sex())
                        || !Objects.equals(c.grade(), got.grade()) || !Objects.equals(c.age(), got.age())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Stands for the census year when the year read is this year in words ({@code Ano actual}): any year will do. */
    private static final int YEAR_IN_WORDS = 2000;

    /**
     * The census year the mapping reads its {@value YearBands#THIS_YEAR} columns for: the year the sheet prints in
     * the header of the first such column (the latest of its family, {@link DraftYearColumns}); empty when the
     * mapping reads no such column.
     */
    static java.util.OptionalInt censusYearRead(Template t, SheetMapping m, List<List<Cell>> rows) {
        String[] texts = HeaderLocator.columnTexts(rows, m.firstRow(), m.lastRow());
        for (ColumnMapping c : m.columns()) {
            if (c.reads() && c.header() != null && c.header().contains(YearBands.THIS_YEAR) && c.col() < texts.length
                    && texts[c.col()] != null) {
                java.util.OptionalInt year = YearBands.censusYearOf(YearBands.yearIn(texts[c.col()]), SchoolYears.of(t),
                        YEAR_IN_WORDS);
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return java.util.OptionalInt.empty();
    }
}
