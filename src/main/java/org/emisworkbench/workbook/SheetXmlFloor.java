package org.emisworkbench.workbook;

import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The speed floor for importing an .xlsx sheet: inflate the sheet part through the same zip access
 * the reader uses (POI's OPC package, with its zip-bomb guard) and pull every StAX event of the
 * JDK's default parser, counting c elements. No value is converted or stored, so no reader built
 * on this stack can be faster; the import benchmark reports the reader's time against it.
 */
public final class SheetXmlFloor {
    private SheetXmlFloor() {
    }

    /** Number of c elements (cells, blank or not) in the named sheet. */
    public static long countCells(Path xlsx, String sheetName) throws WorkbookException {
        OPCPackage pkg = null;
        try {
            ZipLimits.apply();  // the same zip-bomb guard as the reader
            pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
            XSSFReader parts = new XSSFReader(pkg);
            XlsxParts.WorkbookXml wb = XlsxParts.workbook(XlsxParts.xmlFactory(), parts.getWorkbookData());
            String relId = null;
            for (XlsxParts.SheetEntry e : wb.sheets()) {
                if (e.name().equals(sheetName)) {
                    relId = e.relId();
                }
            }
            if (relId == null) {
                throw new IllegalArgumentException("No sheet “" + sheetName + "” in " + xlsx);
            }
            XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's own StAX, whatever else is on the class path
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            long cells = 0;
            try (InputStream in = parts.getSheet(relId)) {
                XMLStreamReader x = f.createXMLStreamReader(in);
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "c".equals(x.getLocalName())) {
                        cells++;
                    }
                }
                x.close();
            }
            return cells;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw Problems.translate(xlsx, Problems.sheet(sheetName), e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }
}
