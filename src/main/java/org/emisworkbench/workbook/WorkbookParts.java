package org.emisworkbench.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * Finds a workbook's parts through the package's relationships, in the usual (transitional) dialect and
 * in the strict one that Excel's "Strict Open XML Spreadsheet" writes, whose relationship types live under
 * another namespace (POI's own part reader refuses strict files). Relationship types are matched by their
 * last segment ("/worksheet", "/styles"), the same in both dialects. Also reads which cell styles are
 * dates, and which pad numbers with zeros, from styles.xml, namespace-blind like {@link XlsxParts}.
 */
final class WorkbookParts {
    private WorkbookParts() {
    }

    /** The workbook part (xl/workbook.xml), or null when the package has no main document. */
    static PackagePart main(OPCPackage pkg) {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT,
            PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
            if (!rels.isEmpty()) {
                return pkg.getPart(rels.getRelationship(0));
            }
        }
        return null;
    }

    /** The part the workbook's relationship {@code id} points to (a sheet); never one outside the package. */
    static PackagePart related(PackagePart workbook, String id) throws InvalidFormatException, IOException {
        PackageRelationship rel = id == null ? null : workbook.getRelationship(id);
        PackagePart part = rel == null || rel.getTargetMode() == TargetMode.EXTERNAL ? null
                : workbook.getRelatedPart(rel);
        if (part == null) {
            throw new IOException("no part for the workbook's relationship " + id);
        }
        return part;
    }

    /** The first part related to the workbook by a relationship of this kind ("styles", "sharedStrings"), or null. */
    static PackagePart byKind(PackagePart workbook, String kind) throws InvalidFormatException {
        String suffix = "/" + kind;
        for (PackageRelationship rel : workbook.getRelationships()) {
            if (rel.getRelationshipType().endsWith(suffix) && rel.getTargetMode() != TargetMode.EXTERNAL) {
                return workbook.getRelatedPart(rel);
            }
        }
        return null;
    }

    /**
     * What each cell format (the s attribute indexes cellXfs) does to a number, as {@link NumberStyles} codes:
     * shows a date (built-in date formats by number, custom ones by their format code, the way Excel decides),
     * pads it with zeros to a width ({@code 00000}), or neither. One array lookup per number cell reads it.
     */
    static int[] numberStyles(XMLInputFactory f, InputStream in) throws XMLStreamException, IOException {
        Map<Integer, String> custom = new HashMap<>();
        int[] dates = new int[16];
        int count = 0;
        try (in) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                boolean inCellXfs = false;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("document type declaration in styles.xml");
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String n = x.getLocalName();
                        if ("numFmt".equals(n)) {
                            int id = CellValues.parseIndex(String.valueOf(XlsxParts.attr(x, "numFmtId")));
                            String code = XlsxParts.attr(x, "formatCode");
                            if (id >= 0 && code != null) {
                                custom.put(id, code);
                            }
                        } else if ("cellXfs".equals(n)) {
                            inCellXfs = true;
                        } else if ("xf".equals(n) && inCellXfs) {
                            if (count == dates.length) {
                                dates = java.util.Arrays.copyOf(dates, count * 2);
                            }
                            String id = XlsxParts.attr(x, "numFmtId");
                            dates[count++] = style(id == null ? 0 : CellValues.parseIndex(id), custom);
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(x.getLocalName())) {
                        inCellXfs = false;
                    }
                }
            } finally {
                x.close();
            }
        }
        return java.util.Arrays.copyOf(dates, count);
    }

    private static int style(int id, Map<Integer, String> custom) {
        if (id < 0) {
            return NumberStyles.PLAIN;
        }
        // numFmts come before cellXfs in every styles.xml, so a custom code is known when its xf is met.
        String code = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
        return NumberStyles.of(id, code);
    }
}
