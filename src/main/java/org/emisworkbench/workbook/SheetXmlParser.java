package org.emisworkbench.workbook;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pull parser for one worksheet part (sheetN.xml). It walks the StAX events itself, fills one reused
 * {@link MutableRow} and hands each row with at least one value to a {@link RowTarget}. Cells without a
 * value (styled blanks) are dropped, which keeps a sheet of a million formatted but empty rows cheap.
 * A formula whose result the file does not hold (writers that do not calculate: openpyxl, many
 * exporters) is never dropped: it becomes an ERROR cell whose text is "=" and the formula
 * ({@link Cell#NO_RESULT}), so every reader of figures reports it at its cell (decision 0033).
 * Everything a cell needs is decided here, once per cell: shared string by index, date style by
 * index, number parsed by {@link CellValues}, a number under a format of zeros ({@code 00000}) given the text Excel
 * shows ({@code 00123}).
 */
final class SheetXmlParser {
    /** Receives filled rows; returns false to stop parsing. */
    interface RowTarget {
        boolean row(MutableRow row);
    }

    /** Sheet content that is well-formed XML but not a sheet Excel could have written. */
    static final class BadSheetException extends Exception {
        private static final long serialVersionUID = 1L;

        BadSheetException(String message) {
            super(message);
        }
    }

    /** Excel's last column (XFD). */
    private static final int MAX_COLUMNS = 16_384;

    private final XMLStreamReader x;
    private final String[] sharedStrings;
    /** Per style: date, plain or a width of zeros ({@link NumberStyles}). */
    private final int[] numberStyles;
    private final boolean date1904;
    private final MutableRow row = new MutableRow();
    private final XmlText value = new XmlText();
    /** The f element of the current cell: kept in a reused buffer, a String only if the cell has no v. */
    private final XmlText formula = new XmlText();
    private final List<CellRange> merged = new ArrayList<>();
    private int dimensionRows = -1;
    private int previousCol;
    private int maxMerged = Integer.MAX_VALUE;
    private boolean tooManyMerged;
    private boolean rowHidden;
    /** Rows with cells that Excel hides (hidden="1"): handed on like the others, listed for the import's report. */
    private final List<Integer> hiddenRows = new ArrayList<>();
    /** Columns Excel hides ({@code <col hidden="1">}, before sheetData): read like the others, named when read from. */
    private final java.util.BitSet hiddenColumns = new java.util.BitSet();
    /** Cells whose formula refers to another workbook, with a saved value and without ({@link ExternalLinks}). */
    private final List<String> linkedWithValue = new ArrayList<>();
    private final List<String> linkedWithoutValue = new ArrayList<>();

    SheetXmlParser(XMLStreamReader x, String[] sharedStrings, int[] numberStyles, boolean date1904) {
        this.x = x;
        this.sharedStrings = sharedStrings;
        this.numberStyles = numberStyles;
        this.date1904 = date1904;
    }

    /** Rows the dimension element declares, or -1; known once parsing has passed it. */
    int dimensionRows() {
        return dimensionRows;
    }

    /** Cells (A1) whose formula takes its value from another workbook and that hold the value last saved. */
    List<String> linkedWithValue() {
        return linkedWithValue;
    }

    /** Cells (A1) whose formula takes its value from another workbook, saved without a value. */
    List<String> linkedWithoutValue() {
        return linkedWithoutValue;
    }

    /** 0-based indexes of the hidden rows with cells, in sheet order. */
    List<Integer> hiddenRows() {
        return hiddenRows;
    }

    /** 0-based indexes of the columns the sheet hides; known once parsing has passed the {@code cols} element. */
    java.util.BitSet hiddenColumns() {
        return hiddenColumns;
    }

    List<CellRange> mergedRegions() {
        return merged;
    }

    /** Stops parsing once more merged regions than this are found, so they cannot exhaust memory. */
    void limitMergedRegions(int max) {
        maxMerged = max;
    }

    boolean tooManyMergedRegions() {
        return tooManyMerged;
    }

    /**
     * Parses the sheet. With {@code toEnd} false it stops after sheetData, as streaming needs nothing
     * after it; with {@code toEnd} true it goes on to collect merged regions. With a null target it
     * returns as soon as the dimension has been seen (for row estimates).
     */
    void parse(RowTarget target, boolean toEnd) throws XMLStreamException, BadSheetException {
        int nextRow = 0;
        boolean inRow = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                switch (n) {
                    case "c" -> {
                        if (inRow) {
                            cell();
                        }
                    }
                    case "row" -> {
                        // One pass over the row's attributes (its reference and whether Excel hides it): this
                        // runs once per row of a national file.
                        String r = null;
                        rowHidden = false;
                        for (int i = 0, count = x.getAttributeCount(); i < count; i++) {
                            String attribute = x.getAttributeLocalName(i);
                            if ("r".equals(attribute)) {
                                r = x.getAttributeValue(i);
                            } else if ("hidden".equals(attribute)) {
                                String v = x.getAttributeValue(i);
                                rowHidden = "1".equals(v) || "true".equals(v);
                            }
                        }
                        int idx = r == null ? -1 : CellValues.parseIndex(r) - 1;
                        row.start(idx >= 0 ? idx : nextRow, rowHidden);
                        previousCol = -1;
                        inRow = true;
                    }
                    case "col" -> {
                        String hidden = XlsxParts.attr(x, "hidden");
                        if ("1".equals(hidden) || "true".equals(hidden)) {
                            // 1-based and inclusive; a range to the sheet's last column (16384) is common, as
                            // clerks hide every unused column: bounded, so a hostile value costs nothing.
                            int min = Math.max(1, CellValues.parseIndex(String.valueOf(XlsxParts.attr(x, "min"))));
                            int max = Math.min(MAX_COLUMNS, CellValues.parseIndex(String.valueOf(XlsxParts.attr(x, "max"))));
                            if (max >= min) {
                                hiddenColumns.set(min - 1, max);
                            }
                        }
                    }
                    case "dimension" -> {
                        CellRange d = CellValues.range(String.valueOf(XlsxParts.attr(x, "ref")));
                        dimensionRows = d == null ? -1 : d.lastRow() + 1;
                    }
                    case "sheetData" -> {
                        if (target == null) {
                            return;
                        }
                    }
                    case "mergeCell" -> {
                        CellRange m = CellValues.range(String.valueOf(XlsxParts.attr(x, "ref")));
                        if (m != null && merged.size() >= maxMerged) {
                            tooManyMerged = true;
                            return;
                        }
                        if (m != null) {
                            merged.add(m);
                        }
                    }
                    default -> {
                        // other elements (sheetViews, cols, conditional formats, ...) carry no values
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String n = x.getLocalName();
                if ("row".equals(n)) {
                    inRow = false;
                    nextRow = row.index() + 1;
                    if (row.size() > 0 && rowHidden) {
                        // Read like any row (Excel's own sums count it), and listed: the import names it, as an
                        // old figure or a closed school kept out of sight must not pass unseen.
                        hiddenRows.add(row.index());
                    }
                    if (row.size() > 0) {
                        row.sortIfNeeded();
                        if (!target.row(row)) {
                            return;
                        }
                    }
                } else if ("sheetData".equals(n) && !toEnd) {
                    return;
                }
            } else if (ev == XMLStreamConstants.DTD) {
                // Excel never writes one; refusing it outright rules out entity tricks whatever the parser does.
                throw new BadSheetException("a document type declaration");
            }
        }
    }

    /** Reads one c element, positioned on its start tag, through its end tag. */
    private void cell() throws XMLStreamException, BadSheetException {
        String ref = null;
        String type = null;
        int style = 0;
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            String a = x.getAttributeLocalName(i);
            if (a.length() == 1) {
                switch (a.charAt(0)) {
                    case 'r' -> ref = x.getAttributeValue(i);
                    case 't' -> type = x.getAttributeValue(i);
                    case 's' -> style = CellValues.parseIndex(x.getAttributeValue(i));
                    default -> {
                        // other attributes (cm, vm, ph) do not affect the value
                    }
                }
            }
        }
        boolean hasValue = false;
        boolean hasFormula = false;
        // Runs of an inline string are appended, never concatenated: a cell of 200,000 runs must cost
        // 200,000 appends, not 200,000 copies of a growing string.
        StringBuilder inline = null;
        boolean inInline = false;
        boolean inPhonetic = false;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String n = x.getLocalName();
                if ("v".equals(n)) {
                    value.read(x);
                    hasValue = true;
                    depth--;
                } else if ("is".equals(n)) {
                    inInline = true;
                    inline = new StringBuilder();
                } else if ("t".equals(n) && inInline && !inPhonetic) {
                    inline.append(XmlText.elementText(x));
                    depth--;
                } else if ("rPh".equals(n)) {
                    inPhonetic = true;
                } else if ("f".equals(n)) {
                    // Checked after v, is and t: plain cells never get here, formula cells only once.
                    formula.read(x);
                    hasFormula = true;
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                // Names are only looked at when needed: one call per cell end is measurable on 6 M cells.
                if (inPhonetic && "rPh".equals(x.getLocalName())) {
                    inPhonetic = false;
                }
            }
        }
        int col = ref == null ? -1 : CellValues.column(ref);
        if (col < 0) {
            col = previousCol + 1;  // no usable reference: the cell follows the previous one, blank or not
        }
        previousCol = col;
        if (hasValue && value.length() == 0 && hasFormula && !"str".equals(type) && !"inlineStr".equals(type)) {
            hasValue = false;  // <f>…</f><v/>: an empty result is no result (an empty text result is t="str")
        }
        if (hasFormula && ExternalLinks.refersToAnotherWorkbook(formula.chars(), formula.length())) {
            // Never followed: the value saved in this file is read, and the cell named (ExternalLinks).
            String at = org.emisworkbench.model.CellRef.a1(row.index(), col);
            (hasValue || inline != null ? linkedWithValue : linkedWithoutValue).add(at);
        }
        if (hasValue || inline != null) {
            store(col, type, style, hasValue, inline == null ? null : inline.toString(), ref);
        } else if (hasFormula) {
            row.add(col, CellKind.ERROR, Cell.NO_RESULT + formula.string(), Double.NaN);
        }
    }

    private void store(int col, String type, int style, boolean hasValue, String inline, String ref)
            throws BadSheetException {
        if (!hasValue || "inlineStr".equals(type)) {
            // Only inline strings hold their text outside v; Excel always types them so, lenient writers may not.
            row.add(col, CellKind.TEXT, CellValues.unescape(inline != null ? inline : value.string()), Double.NaN);
            return;
        }
        if (type == null || "n".equals(type)) {
            if (value.length() == 0) {
                return;  // <v/>: no number at all, a blank rather than a text
            }
            double d = CellValues.parseNumber(value.chars(), 0, value.length());
            if (Double.isNaN(d)) {
                row.add(col, CellKind.TEXT, value.string(), Double.NaN);
                return;
            }
            // One lookup per number cell, as before for dates: figures (plain styles) pay nothing more.
            int shows = style >= 0 && style < numberStyles.length ? numberStyles[style] : NumberStyles.PLAIN;
            if (shows == NumberStyles.PLAIN) {
                row.add(col, CellKind.NUMBER, value.chars(), 0, value.length(), d);
            } else if (shows == NumberStyles.DATE) {
                row.add(col, CellKind.DATE, value.chars(), 0, value.length(), date1904 ? d + CellValues.DAYS_1904 : d);
            } else {
                String padded = NumberStyles.padded(d, shows);
                if (padded == null) {
                    row.add(col, CellKind.NUMBER, value.chars(), 0, value.length(), d);
                } else {
                    row.add(col, CellKind.NUMBER, padded, d);
                }
            }
            return;
        }
        if ("s".equals(type)) {
            int i = CellValues.parseIndex(value.chars(), 0, value.length());
            if (i < 0 || i >= sharedStrings.length) {
                throw new BadSheetException("a reference to a missing shared string in cell " + (ref == null ? "" : ref));
            }
            row.add(col, CellKind.TEXT, sharedStrings[i], Double.NaN);
            return;
        }
        String v = value.string();
        switch (type) {
            case "str" -> row.add(col, CellKind.TEXT, CellValues.unescape(v), Double.NaN);
            case "b" -> {
                if ("1".equals(v) || "true".equalsIgnoreCase(v)) {
                    row.add(col, CellKind.BOOLEAN, "TRUE", 1);
                } else if ("0".equals(v) || "false".equalsIgnoreCase(v)) {
                    row.add(col, CellKind.BOOLEAN, "FALSE", 0);
                } else {
                    row.add(col, CellKind.TEXT, v, Double.NaN);
                }
            }
            case "e" -> row.add(col, CellKind.ERROR, v, Double.NaN);
            case "d" -> {
                double d = CellValues.isoDate(v);
                row.add(col, Double.isNaN(d) ? CellKind.TEXT : CellKind.DATE, v, d);
            }
            default -> row.add(col, CellKind.TEXT, v, Double.NaN);
        }
    }
}
