package org.emisworkbench.workbook;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Whether a sheet of an .xlsx file has a filter: an autoFilter of its own (after its rows in the sheet's XML) or
 * a table (Insert ▸ Table) with a column filtered. Rows a filter hides are hidden rows like any other in the file;
 * knowing that a filter hid them lets the import say so, and explains a table's totals row of the shown rows only.
 */
final class SheetFilters {
    private static final String TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

    private SheetFilters() {
    }

    /** True when the sheet part has an autoFilter element or a related table with a filtered column. */
    static boolean filtered(XMLInputFactory xml, PackagePart sheet) throws Exception {
        for (PackageRelationship rel : sheet.getRelationshipsByType(TABLE)) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                continue;
            }
            PackagePart table = sheet.getRelatedPart(rel);
            if (table != null && has(xml, table, "filterColumn")) {
                return true;
            }
        }
        return has(xml, sheet, "autoFilter");
    }

    private static boolean has(XMLInputFactory xml, PackagePart part, String element) throws Exception {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader x = xml.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD) {
                        return false; // never written by Excel; nothing of such a part is read
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT && element.equals(x.getLocalName())) {
                        return true;
                    }
                }
                return false;
            } finally {
                x.close();
            }
        }
    }
}
