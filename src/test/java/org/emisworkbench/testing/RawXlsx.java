package org.emisworkbench.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx part by part from hand-written XML, as writers other than Excel (openpyxl, writexl,
 * LibreOffice, Java exporters) do: no POI involved, so a test can hold what POI never writes — formulas
 * without results, the strict dialect's namespaces, a wrong dimension, a 1904 workbook of ISO dates.
 */
public final class RawXlsx {
    public static final String TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    public static final String STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final String main;
    private final String rel;
    private String sheetData = "";
    private String beforeSheetData = "";
    private String sharedStrings;
    private boolean date1904;

    private RawXlsx(String main, String rel) {
        this.main = main;
        this.rel = rel;
    }

    public static RawXlsx transitional() {
        return new RawXlsx(TRANSITIONAL_MAIN, TRANSITIONAL_REL);
    }

    public static RawXlsx strict() {
        return new RawXlsx(STRICT_MAIN, STRICT_REL);
    }

    /** The rows of the one sheet "Data" (the content of sheetData). */
    public RawXlsx rows(String xml) {
        sheetData = xml;
        return this;
    }

    /** Elements before sheetData, such as a dimension. */
    public RawXlsx head(String xml) {
        beforeSheetData = xml;
        return this;
    }

    /** The si elements of a shared string table. */
    public RawXlsx strings(String siElements) {
        sharedStrings = siElements;
        return this;
    }

    public RawXlsx date1904() {
        date1904 = true;
        return this;
    }

    public Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CT + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CT + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CT + "styles+xml\"/>"
                + (sharedStrings == null ? ""
                : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + CT + "sharedStrings+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\""
                + " Target=\"xl/workbook.xml\"/>"));
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
                + "\" xmlns:r=\"" + rel + "\">" + (date1904 ? "<workbookPr date1904=\"1\"/>" : "")
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", rels(
                "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>"
                        + (sharedStrings == null ? "" : "<Relationship Id=\"rId3\" Type=\"" + rel
                        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")));
        // Style 1 is a date (built-in format 14), as writers mark the date cells they write.
        parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + main + "\">"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>");
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">"
                    + sharedStrings + "</sst>");
        }
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main
                + "\" xmlns:r=\"" + rel + "\">" + beforeSheetData + "<sheetData>" + sheetData
                + "</sheetData></worksheet>");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    private static String rels(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body
                + "</Relationships>";
    }
}
