package org.emisworkbench.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for the small workbook-level parts of an .xlsx: workbook.xml (sheet list with
 * visibility, date system) and sharedStrings.xml. Namespaces are ignored on purpose so that files in
 * the "strict" OOXML dialect read the same as the usual transitional ones.
 */
final class XlsxParts {
    /** Upper bound on the initial string table size, whatever a (possibly hostile) count attribute says. */
    private static final int MAX_PREALLOCATED_STRINGS = 1 << 16;

    /** One sheet entry of workbook.xml. */
    record SheetEntry(String name, Visibility visibility, String relId) {
    }

    /** What workbook.xml says. */
    record WorkbookXml(List<SheetEntry> sheets, boolean date1904) {
    }

    private XlsxParts() {
    }

    /**
     * A StAX factory that never reads a DTD or resolves an entity (XXE, billion laughs): POI's
     * hardened factory. Sheet parsers additionally refuse any document that declares a DTD at all.
     */
    static XMLInputFactory xmlFactory() {
        // Aalto, not the JDK's parser: about twice as fast on sheet XML, which is most of an import's work
        // (decision 0008). Same guards as POI's own factories: no DTD, no external entities.
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    static WorkbookXml workbook(XMLInputFactory f, InputStream in) throws XMLStreamException, IOException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (in) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("document type declaration in workbook.xml");
                    }
                    if (ev != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String n = x.getLocalName();
                    if ("workbookPr".equals(n)) {
                        String v = attr(x, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if ("sheet".equals(n)) {
                        sheets.add(new SheetEntry(nonNull(attr(x, "name")), visibility(attr(x, "state")),
                                attr(x, "id")));
                    }
                }
            } finally {
                x.close();
            }
        }
        return new WorkbookXml(List.copyOf(sheets), date1904);
    }

    private static Visibility visibility(String state) {
        if ("veryHidden".equals(state)) {
            return Visibility.VERY_HIDDEN;
        }
        return "hidden".equals(state) ? Visibility.HIDDEN : Visibility.VISIBLE;
    }

    /**
     * The shared string table as a plain array, so a cell's string is one array access. Rich text runs
     * are joined; phonetic runs (rPh) are left out, as Excel shows them only on request.
     */
    static String[] sharedStrings(XMLInputFactory f, InputStream in) throws XMLStreamException, IOException {
        List<String> out = null;
        try (in) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                StringBuilder si = new StringBuilder();
                boolean inPhonetic = false;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new XMLStreamException("document type declaration in sharedStrings.xml");
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String n = x.getLocalName();
                        if ("t".equals(n) && !inPhonetic) {
                            si.append(x.getElementText());
                        } else if ("si".equals(n)) {
                            si.setLength(0);
                        } else if ("rPh".equals(n)) {
                            inPhonetic = true;
                        } else if ("sst".equals(n)) {
                            int count = CellValues.parseIndex(nonNull(attr(x, "uniqueCount")));
                            out = new ArrayList<>(Math.max(16, Math.min(count, MAX_PREALLOCATED_STRINGS)));
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String n = x.getLocalName();
                        if ("si".equals(n)) {
                            if (out == null) {
                                out = new ArrayList<>();
                            }
                            out.add(CellValues.unescape(si.toString()));
                        } else if ("rPh".equals(n)) {
                            inPhonetic = false;
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return out == null ? new String[0] : out.toArray(new String[0]);
    }

    /** Attribute by local name, whatever its namespace (r:id and the strict dialect's id alike). */
    static String attr(XMLStreamReader x, String localName) {
        for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
            if (localName.equals(x.getAttributeLocalName(i))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
