package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellsRow;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderLocator;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.SheetSpec;

/**
 * Streams one wide sheet: buffers the first rows until the header is found (banner rows above it are
 * skipped), then hands every row to a {@link WideRows}. Rows are never held beyond the header search.
 */
final class WideSheetReader implements RowHandler {
    /** Rows between cancellation checks and progress reports. */
    static final int CHECK_EVERY = 1000;
    /** First words of a note written under a table: its source, a footnote. Folded. */
    private static final Set<String> NOTE_WORDS = Set.of("source", "sources", "note", "notes", "nb", "n b",
            "remarque", "remarques", "fonte", "fontes", "nota", "footnote", "compiled by", "prepared by",
            // Spanish and Indonesian exports close with their source too ("Fuente: SIAGIE", "Sumber: Dapodik").
            "fuente", "fuentes", "sumber", "catatan", "keterangan");

    /**
     * The words a template's {@code total} list holds beyond the built-in ones (normalised): its own language's
     * total words, which a row's label may start or end with as a built-in one does. Empty for the built-in list.
     */
    static List<String> ownTotalWords(CodeLists lists) {
        CodeList builtIn = CodeLists.builtIn().require("total");
        CodeList own = lists == null ? null : lists.get("total").orElse(null);
        if (own == null || own == builtIn) {
            return List.of();
        }
        java.util.Set<String> known = new java.util.HashSet<>(builtIn.aliasesOf("total"));
        return own.aliasesOf("total").stream().filter(w -> !w.isBlank() && !known.contains(w)).toList();
    }

    /**
     * True when a row holds one text alone that reads as a note under a table: a source ("Source: Ministry
     * of Education"), a footnote ("* provisional figures"), or a sentence of several words.
     */
    static boolean isNote(List<Cell> cells) {
        Cell only = null;
        for (Cell c : cells) {
            if (c.kind() == CellKind.BLANK || c.kind() == CellKind.TEXT && c.text().isBlank()) {
                continue;
            }
            if (only != null || c.kind() != CellKind.TEXT) {
                return false;
            }
            only = c;
        }
        if (only == null) {
            return false;
        }
        String t = only.text().strip();
        return startsAsNote(t) || HeaderText.fold(t).split(" ").length >= 5;
    }

    /**
     * True when a text opens as a note does: a mark ({@code * provisional}, {@code (1) excluding…}) or a note's
     * word ({@code Source:}, {@code Note:}); a table's title ({@code TABLE 2: REPEATERS BY CLASS AND SEX}) does not.
     */
    static boolean startsAsNote(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (!Character.isLetterOrDigit(t.codePointAt(0))) {
            return true; // "* provisional", "(1) excluding…", "† estimated"
        }
        String f = HeaderText.fold(t);
        for (String w : NOTE_WORDS) {
            if (f.equals(w) || f.startsWith(w + " ")) {
                return true;
            }
        }
        return false;
    }

    private final SheetInfo sheet;
    private final SheetSpec spec;
    private final HeaderMatcher matcher;
    private final IgnoredHeaders ignored;
    private final CodeLists lists;
    private final ImportContext ctx;
    private final CensusSink sink;
    private final WideShared shared;
    private final java.util.Map<String, org.emisworkbench.template.TemplateValue> constants;
    private final int estimatedRows;
    private final List<List<Cell>> buffer = new ArrayList<>();
    private HeaderLayout header;
    private String[][] headerTexts = {new String[0], new String[0]};
    private WideRows rows;
    /** The buffered rows Excel hides, handed on as hidden when replayed. */
    private final java.util.Set<Integer> hiddenBuffered = new java.util.HashSet<>();
    private boolean gaveUp;
    private long seen;

    /**
     * @param constants the constants in force on the sheet (the template's and the sheet's own)
     * @param shared    what the workbook's sheets share while read
     */
    WideSheetReader(SheetInfo sheet, SheetSpec spec, HeaderMatcher matcher, IgnoredHeaders ignored, CodeLists lists, ImportContext ctx,
                    CensusSink sink, WideShared shared,
                    java.util.Map<String, org.emisworkbench.template.TemplateValue> constants, int estimatedRows) {
        this.sheet = sheet;
        this.spec = spec;
        this.matcher = matcher;
        this.ignored = ignored;
        this.lists = lists;
        this.ctx = ctx;
        this.sink = sink;
        this.shared = shared;
        this.constants = constants;
        this.estimatedRows = estimatedRows;
    }

    @Override
    public boolean row(SheetRow row) {
        if (++seen % CHECK_EVERY == 0) {
            ctx.cancellation().check();
            ctx.progress().update(row.index(), estimatedRows, sheet.name() + ": row " + (row.index() + 1));
        }
        if (rows != null) {
            rows.row(row);
            return true;
        }
        while (buffer.size() < row.index()) {
            buffer.add(List.of());
        }
        List<Cell> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            if (row.kind(i) != CellKind.BLANK) {
                cells.add(row.cell(i));
            }
        }
        buffer.add(cells);
        if (row.hidden()) {
            hiddenBuffered.add(row.index());
        }
        int needed = spec.headerRow() == null ? HeaderLocator.SEARCH_ROWS
                : spec.headerRow() + Math.max(1, spec.headerRows() == null ? 1 : spec.headerRows() - 1);
        if (buffer.size() >= needed) {
            return locate();
        }
        return true;
    }

    /** Called after the last row: finds the header of a short sheet, flushes pending rows. */
    void finish() {
        if (rows == null && !gaveUp) {
            locate();
        }
        if (rows != null) {
            rows.finish();
        }
    }

    private boolean locate() {
        header = HeaderLocator.locate(buffer, matcher, spec.headerRow(), spec.headerRows());
        headerTexts = header == null ? new String[][] {new String[0], new String[0]} : HeaderLocator.texts(buffer, header);
        if (header == null || header.keyColumn() < 0 && matcher.hasKey()
                || !WideInterpreter.missingRequired(spec, header, matcher, headerTexts).isEmpty()) {
            // The file will be rejected: stop reading rather than report problems of a file not kept.
            gaveUp = true;
            return false;
        }
        WidePlan plan = new WidePlan(header, headerTexts, spec, matcher, constants, lists, ctx);
        rows = new WideRows(sheet, spec, plan, lists, ctx, sink, shared);
        rows.reportUnmatched(header, buffer, ignored, matcher);
        rows.repeatedHeaders(RepeatedHeaders.of(buffer, header, shared.codes.withHeaders(header.found())));
        int banners = 0;
        for (int r = 0; r < header.firstRow(); r++) {
            banners += buffer.get(r).isEmpty() ? 0 : 1;
            rows.bannerAbove(buffer.get(r));
        }
        if (banners > 0) {
            sink.skipped(sheet.name(), 0, banners, SkipReason.BANNER_ROW);
        }
        for (int r = header.lastRow() + 1; r < buffer.size(); r++) {
            rows.row(new CellsRow(r, buffer.get(r), hiddenBuffered.contains(r)));
        }
        buffer.clear();
        hiddenBuffered.clear();
        return true;
    }

    /** The sheet's merged regions, once its rows are read: see {@link WideRows#merged}. */
    void merged(List<org.emisworkbench.workbook.CellRange> regions) {
        if (rows != null) {
            rows.merged(regions, headerTexts[0]);
        }
    }

    /** The header, or null when none was found. */
    HeaderLayout header() {
        return header;
    }

    /** The header's texts per column (see {@link HeaderLocator#texts}); empty before the header is found. */
    String[][] headerTexts() {
        return headerTexts;
    }

    WideRows rows() {
        return rows;
    }

    /**
     * Why no header was found when the first rows are a CSV's lines left whole in column A ({@link
     * org.emisworkbench.template.UnsplitRows}), or null.
     */
    org.emisworkbench.model.Message unsplit(String file) {
        return org.emisworkbench.template.UnsplitRows.hint(file, sheet.name(), buffer);
    }

    /** Non-blank texts of the fullest of the first rows, to tell the officer what was found instead. */
    List<String> textsFound() {
        List<String> best = List.of();
        for (List<Cell> row : buffer) {
            List<String> texts = row.stream().filter(c -> c.kind() == CellKind.TEXT && !c.isBlank())
                    .map(c -> HeaderText.normalize(c.text())).toList();
            if (texts.size() > best.size()) {
                best = texts;
            }
        }
        return best;
    }
}
