package org.emisworkbench.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one sheet written straight as its XML parts, row by row, with a shared strings table the caller
 * gives last, as texts generated again in index order: the parts Excel saves, holding neither a row nor a string.
 * POI's streaming writer keeps every shared string in memory (two per school of the benchmark's national
 * workbook), which filled 512 MB at 663,000 schools; and without shared strings the file would not be what
 * Excel writes nor what the import reads from it.
 */
final class SheetXlsx implements AutoCloseable {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final ZipOutputStream zip;
    private final Writer out;
    private final RowWriter row = new RowWriter();
    private boolean sheetOpen;

    SheetXlsx(Path file, String sheetName) throws IOException {
        zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + CONTENT + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + CONTENT + "sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT + "styles+xml\"/></Types>");
        part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\"" + RELS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets><sheet name=\""
                + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELS + "/styles\" Target=\"styles.xml\"/></Relationships>");
        part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font><sz val=\"11\"/>"
                + "<name val=\"Calibri\"/></font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/>"
                + "</fill></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\""
                + " fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\""
                + " fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs><cellStyles count=\"1\"><cellStyle"
                + " name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetData>");
        sheetOpen = true;
    }

    /** Starts row {@code number} (1-based); its cells follow from column A, and {@link RowWriter#end} ends it. */
    RowWriter row(int number) throws IOException {
        row.start(number);
        return row;
    }

    /** Ends the sheet and writes the shared strings table: {@code count} texts, the index of each its position. */
    void sharedStrings(long count, Iterator<String> texts) throws IOException {
        endSheet();
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\" count=\""
                + count + "\" uniqueCount=\"" + count + "\">");
        while (texts.hasNext()) {
            out.write("<si><t>");
            out.write(escape(texts.next()));
            out.write("</t></si>");
        }
        out.write("</sst>");
        out.flush();
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        try {
            if (sheetOpen) {
                sharedStrings(0, Collections.emptyIterator());
            }
            out.flush();
            zip.finish();
        } finally {
            zip.close();
        }
    }

    private void endSheet() throws IOException {
        if (sheetOpen) {
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
            sheetOpen = false;
        }
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The cells of the row being written, left to right from column A. */
    final class RowWriter {
        private final StringBuilder ref = new StringBuilder(12);
        private int number;
        private int column;

        private void start(int rowNumber) throws IOException {
            number = rowNumber;
            column = 0;
            out.write("<row r=\"");
            out.write(Integer.toString(rowNumber));
            out.write("\">");
        }

        /** A text cell: the shared string at {@code index}. */
        void shared(long index) throws IOException {
            cell(" t=\"s\"", Long.toString(index));
        }

        /** A number cell; whole numbers are written without a decimal point, as Excel does. */
        void number(double value) throws IOException {
            boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
            cell("", whole ? Long.toString((long) value) : Double.toString(value));
        }

        /** Ends the row; returns how many cells it had. */
        int end() throws IOException {
            out.write("</row>");
            return column;
        }

        private void cell(String type, String value) throws IOException {
            ref.setLength(0);
            for (int c = column; c >= 0; c = c / 26 - 1) {
                ref.insert(0, (char) ('A' + c % 26));
            }
            ref.append(number);
            column++;
            out.write("<c r=\"");
            out.append(ref);
            out.write('"');
            out.write(type);
            out.write("><v>");
            out.write(value);
            out.write("</v></c>");
        }
    }
}
