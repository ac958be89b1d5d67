package org.emisworkbench.workbook;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.emisworkbench.workbook.WorkbookException.Reason;
import org.emisworkbench.model.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streaming reader for .xlsx/.xlsm: POI's OPC layer for the zip, {@link WorkbookParts} to find the parts
 * (in the transitional and the strict dialect alike), our own StAX pull parser ({@link SheetXmlParser}) for
 * the sheets. Nothing of a sheet is held beyond the current row.
 */
final class XlsxReader implements WorkbookReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    private final Path file;
    private final OPCPackage pkg;
    private final PackagePart workbookPart;
    private final XMLInputFactory xml;
    private final List<SheetInfo> sheets;
    private final List<String> relIds;
    private final boolean date1904;
    private final String[] sharedStrings;
    private final int[] numberStyles;
    private final int[] estimates;
    private boolean closed;
    private final HiddenRowTally hidden = new HiddenRowTally();
    private final ExternalLinks linked = new ExternalLinks();

    private XlsxReader(Path file, OPCPackage pkg, PackagePart workbookPart, XMLInputFactory xml, XlsxParts.WorkbookXml wb,
                       String[] sharedStrings, int[] numberStyles) {
        this.file = file;
        this.pkg = pkg;
        this.workbookPart = workbookPart;
        this.xml = xml;
        List<SheetInfo> infos = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (XlsxParts.SheetEntry e : wb.sheets()) {
            infos.add(new SheetInfo(infos.size(), e.name(), e.visibility()));
            ids.add(e.relId());
        }
        this.sheets = List.copyOf(infos);
        this.relIds = ids;
        this.date1904 = wb.date1904();
        this.sharedStrings = sharedStrings;
        this.numberStyles = numberStyles;
        this.estimates = new int[sheets.size()];
        Arrays.fill(estimates, -2);
    }

    /** Opens an OOXML zip already sniffed as such; the package is released if anything fails. */
    static WorkbookReader open(Path file) throws WorkbookException {
        OPCPackage pkg = null;
        try {
            ZipLimits.apply();
            PartPrologues.refuseDoctypes(file);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            OoxmlKinds.requireSpreadsheet(file, pkg);
            PackagePart main = WorkbookParts.main(pkg);
            XMLInputFactory xml = XlsxParts.xmlFactory();
            XlsxParts.WorkbookXml wb = XlsxParts.workbook(xml, main.getInputStream());
            PackagePart sst = WorkbookParts.byKind(main, "sharedStrings");
            String[] strings = sst == null ? new String[0] : XlsxParts.sharedStrings(xml, sst.getInputStream());
            PackagePart styles = WorkbookParts.byKind(main, "styles");
            int[] styleKinds = styles == null ? new int[0] : WorkbookParts.numberStyles(xml, styles.getInputStream());
            LOG.debug("Opened {}: {} sheets, {} shared strings", file, wb.sheets().size(), strings.length);
            return new XlsxReader(file, pkg, main, xml, wb, strings, styleKinds);
        } catch (WorkbookException e) {
            release(pkg);
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            release(pkg);
            throw OoxmlKinds.explainOpenFailure(file, e);
        }
    }

    private static void release(OPCPackage pkg) {
        if (pkg != null) {
            // revert(), not close(): close() on a read-only package means "save" to POI.
            pkg.revert();
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    /**
     * Most merged regions a streamed sheet keeps. They come after the rows, where parsing on costs next to nothing;
     * a sheet with more (every row's name cells merged, say) keeps the first ones only.
     */
    static final int MAX_MERGED_STREAMED = 200_000;

    /** Per sheet: the merged regions its last read (streamed or whole) met ({@link #mergedRegions}). */
    private final java.util.Map<Integer, List<CellRange>> mergedRead = new java.util.HashMap<>();

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws WorkbookException {
        // Read on past the rows to the merged regions (decision 0104): one parse, the rest of the part is short.
        SheetXmlParser parser = parse(sheet, row -> HandlerFailure.call(handler, row), MAX_MERGED_STREAMED);
        mergedRead.put(sheet.index(), List.copyOf(parser.mergedRegions()));
    }

    @Override
    public List<CellRange> mergedRegions(SheetInfo sheet) {
        return mergedRead.getOrDefault(check(sheet), List.of());
    }

    @Override
    public java.util.SortedSet<Integer> hiddenRows(SheetInfo sheet) {
        return hidden.of(sheet);
    }

    /** Per sheet: the columns it hides, once its part was parsed past its {@code cols} element. */
    private final java.util.Map<Integer, java.util.BitSet> hiddenColumns = new java.util.HashMap<>();

    @Override
    public java.util.BitSet hiddenColumns(SheetInfo sheet) {
        int i = check(sheet);
        java.util.BitSet columns = hiddenColumns.get(i);
        if (columns == null) {
            try {
                // The cols element comes before sheetData: parsed that far only, no row is read.
                parse(sheet, null, -1);
            } catch (WorkbookException e) {
                hiddenColumns.put(i, new java.util.BitSet()); // the reading itself says why the sheet is unreadable
            }
            columns = hiddenColumns.get(i);
        }
        return (java.util.BitSet) columns.clone();
    }

    @Override
    public LinkedCells linkedCells(SheetInfo sheet) {
        return linked.of(sheet);
    }

    /** Per sheet: null until asked, then whether a filter of the sheet hides rows ({@link SheetFilters}). */
    private final java.util.Map<Integer, Boolean> filters = new java.util.HashMap<>();

    @Override
    public boolean filtered(SheetInfo sheet) {
        int i = check(sheet);
        return filters.computeIfAbsent(i, k -> {
            try {
                return SheetFilters.filtered(xml, WorkbookParts.related(workbookPart, relIds.get(k)));
            } catch (Exception e) {
                return false; // the warning then names hidden rows without their filter, as before
            }
        });
    }

    @Override
    public SheetGrid grid(SheetInfo sheet, int maxCells) throws WorkbookException {
        SparseGrid.Builder builder = new SparseGrid.Builder(maxCells);
        SheetXmlParser parser = parse(sheet, builder, maxCells);
        if (builder.exceeded() || parser.tooManyMergedRegions()) {
            throw Problems.of(file, Reason.TOO_LARGE, null, "workbook.formTooLarge", sheet.name(), maxCells);
        }
        // Kept as a streamed read's are: a sheet read whole (one column per school) is asked its merges after.
        mergedRead.put(sheet.index(), List.copyOf(parser.mergedRegions()));
        return builder.build(sheet, parser.mergedRegions());
    }

    @Override
    public int estimatedRows(SheetInfo sheet) {
        int i = check(sheet);
        if (estimates[i] == -2) {
            try {
                estimates[i] = parse(sheet, null, -1).dimensionRows();
            } catch (WorkbookException e) {
                estimates[i] = -1;
            }
        }
        return estimates[i];
    }

    /** Parses a sheet; {@code maxMerged} >= 0 also collects (at most that many) merged regions. */
    private SheetXmlParser parse(SheetInfo sheet, SheetXmlParser.RowTarget target, int maxMerged)
            throws WorkbookException {
        int i = check(sheet);
        Message where = Problems.sheet(sheet.name());
        try (InputStream in = WorkbookParts.related(workbookPart, relIds.get(i)).getInputStream()) {
            XMLStreamReader x = xml.createXMLStreamReader(in);
            try {
                SheetXmlParser parser = new SheetXmlParser(x, sharedStrings, numberStyles, date1904);
                parser.limitMergedRegions(Math.max(0, maxMerged));
                parser.parse(target, maxMerged >= 0);
                hidden.add(sheet, parser.hiddenRows());
                hiddenColumns.put(i, parser.hiddenColumns());
                linked.add(sheet, parser.linkedWithValue(), parser.linkedWithoutValue());
                return parser;
            } finally {
                x.close();
            }
        } catch (HandlerFailure f) {
            throw f.original();
        } catch (SheetXmlParser.BadSheetException e) {
            throw Problems.of(file, Reason.CORRUPT, e, "workbook.badSheet", where, e.getMessage());
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw Problems.translate(file, where, e);
        }
    }

    private int check(SheetInfo sheet) {
        if (closed) {
            throw new IllegalStateException(file + " has been closed");
        }
        int i = sheet.index();
        if (i < 0 || i >= sheets.size() || !sheets.get(i).equals(sheet)) {
            throw new IllegalArgumentException("Sheet " + sheet + " is not a sheet of " + file);
        }
        return i;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release(pkg);
        }
    }
}
