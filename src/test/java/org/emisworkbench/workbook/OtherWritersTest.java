package org.emisworkbench.workbook;

import static org.emisworkbench.workbook.Fixtures.at;
import static org.emisworkbench.workbook.Fixtures.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.emisworkbench.testing.RawXlsx;
import org.emisworkbench.workbook.WorkbookException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks written by programs other than Excel (openpyxl, writexl, LibreOffice, Java exporters, web
 * systems), each written here part by part ({@link RawXlsx}) in the shape such a writer produces and POI
 * does not. Expected values are worked out by hand from the XML the test writes.
 */
class OtherWritersTest {
    @TempDir
    Path dir;

    @Test
    void aFormulaWithoutItsResultIsNeverSilentlyBlank() throws Exception {
        // openpyxl and most generators write the formula and no v; some write an empty v.
        Path f = RawXlsx.transitional().rows("<row r=\"5\">"
                + "<c r=\"B5\"><v>12</v></c><c r=\"C5\"><v>9</v></c>"
                + "<c r=\"D5\"><f>SUM(B5:C5)</f></c>"
                + "<c r=\"E5\"><f>B5-C5</f><v></v></c>"
                + "<c r=\"F5\"><f>B5+C5</f><v>21</v></c>"
                + "<c r=\"G5\" t=\"str\"><f>\"G\"&amp;B5</f></c>"
                + "<c r=\"H5\" t=\"str\"><f>\"\"</f><v></v></c>"
                + "</row><row r=\"6\"><c r=\"D6\"><f t=\"shared\" si=\"0\"/></c></row>").write(dir.resolve("py.xlsx"));
        List<Cell> c = cells(f);
        assertEquals(new Cell(4, 3, CellKind.ERROR, "=SUM(B5:C5)", Double.NaN), at(c, 4, 3));
        assertEquals(new Cell(4, 4, CellKind.ERROR, "=B5-C5", Double.NaN), at(c, 4, 4));
        assertEquals(new Cell(4, 5, CellKind.NUMBER, "21", 21), at(c, 4, 5), "a saved result is read as ever");
        assertEquals(new Cell(4, 6, CellKind.ERROR, "=\"G\"&B5", Double.NaN), at(c, 4, 6));
        assertEquals(new Cell(4, 7, CellKind.TEXT, "", Double.NaN), at(c, 4, 7), "an empty text is a result");
        assertEquals(new Cell(5, 3, CellKind.ERROR, "=", Double.NaN), at(c, 5, 3),
                "a shared formula's cell holds no text of its own, and is still no blank");
        for (Cell e : List.of(at(c, 4, 3), at(c, 4, 4), at(c, 4, 6), at(c, 5, 3))) {
            assertTrue(Cell.isFormulaWithoutResult(e.kind(), e.text()), e.toString());
        }
        assertFalse(Cell.isFormulaWithoutResult(CellKind.ERROR, "#REF!"));
        assertEquals(8, c.size());
    }

    @Test
    void errorValuesAreErrorCellsNeverNumbers() throws Exception {
        Path f = RawXlsx.transitional().rows("<row r=\"1\">"
                + "<c r=\"A1\" t=\"e\"><f>Sheet9!A1</f><v>#REF!</v></c>"
                + "<c r=\"B1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"C1\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"D1\" t=\"e\"><f>\"a\"+1</f><v>#VALUE!</v></c>"
                + "</row>").write(dir.resolve("errors.xlsx"));
        List<Cell> c = cells(f);
        assertEquals(List.of("#REF!", "#DIV/0!", "#N/A", "#VALUE!"), c.stream().map(Cell::text).toList());
        assertTrue(c.stream().allMatch(x -> x.kind() == CellKind.ERROR && Double.isNaN(x.number())), c::toString);
    }

    @Test
    void strictOpenXmlReadsAsTheTransitionalDialect() throws Exception {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>7</v></c>"
                + "<c r=\"C1\" s=\"1\"><v>45352</v></c></row>";
        String strings = "<si><t>Grade 1</t></si>";
        Path strict = RawXlsx.strict().rows(rows).strings(strings).write(dir.resolve("strict.xlsx"));
        Path transitional = RawXlsx.transitional().rows(rows).strings(strings).write(dir.resolve("usual.xlsx"));
        List<Cell> c = cells(strict);
        assertEquals(List.of(new Cell(0, 0, CellKind.TEXT, "Grade 1", Double.NaN),
                new Cell(0, 1, CellKind.NUMBER, "7", 7), new Cell(0, 2, CellKind.DATE, "45352", 45352)), c);
        assertEquals(cells(transitional), c);
    }

    @Test
    void filesThatAreNotWhatTheirNameSaysAreRefusedWithWhatToDo() throws Exception {
        Path ods = dir.resolve("census.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new ZipEntry("mimetype"));
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            out.write("<manifest:manifest/>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        Path odsNamed = Files.copy(ods, dir.resolve("census.ods"));
        Path csv = Files.writeString(dir.resolve("pupils.xlsx"), "School code;G1 F;G1 M\r\nS01;12;9\r\n");
        // A web system's "xls" export: an HTML table behind a byte order mark, a meta tag and a long style block.
        Path html = Files.writeString(dir.resolve("dhis-export.xls"), "\uFEFF  <meta charset=\"utf-8\"><style>"
                + "td { mso-number-format:\\@; }\n".repeat(60) + "</style><table><tr><td>S01</td><td>12</td></tr></table>");
        for (Path p : List.of(ods, odsNamed, csv, html)) {
            WorkbookException e = assertThrows(WorkbookException.class, () -> cells(p), p.toString());
            assertEquals(Reason.NOT_EXCEL, e.reason(), e.getMessage());
            String m = e.getMessage();
            assertTrue(m.startsWith(p.getFileName() + " is not an Excel workbook"), m);
            assertTrue(m.contains("save it as an Excel workbook (.xlsx)"), m);
            assertTrue(m.contains(p == csv ? "text file" : p == html ? "web page" : "OpenDocument"), m);
        }
    }

    @Test
    void sharedStringsWithRichAndPhoneticRunsReadAsTheirText() throws Exception {
        Path f = RawXlsx.transitional().strings("<si><r><rPr><b/></rPr><t>Grade </t></r><r><t xml:space=\"preserve\">1 "
                        + "</t></r><rPh sb=\"0\" eb=\"1\"><t>ぐれーど</t></rPh><phoneticPr fontId=\"1\"/></si>"
                        + "<si><t>Girls_x000D_</t></si><si/>")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>").write(dir.resolve("rich.xlsx"));
        List<Cell> c = cells(f);
        assertEquals(List.of("Grade 1 ", "Girls\r", ""), c.stream().map(Cell::text).toList());
    }

    @Test
    void aWrongDimensionNeverCutsRowsOff() throws Exception {
        StringBuilder rows = new StringBuilder();
        long sum = 0;
        for (int r = 1; r <= 300; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
            sum += r;
        }
        Path f = RawXlsx.transitional().head("<dimension ref=\"A1:A2\"/>").rows(rows.toString())
                .write(dir.resolve("dim.xlsx"));
        try (WorkbookReader r = Workbooks.open(f)) {
            assertEquals(2, r.estimatedRows(r.sheets().get(0)), "the dimension is for progress only");
            List<Cell> c = cells(r, r.sheets().get(0));
            assertEquals(300, c.size());
            assertEquals(sum, (long) c.stream().mapToDouble(Cell::number).sum());
        }
    }

    @Test
    void emptyNumbersRowsWithoutReferencesAndTextResults() throws Exception {
        Path f = RawXlsx.transitional().rows("<row><c t=\"n\"><v/></c><c t=\"n\"><v></v></c><c><v>3</v></c></row>"
                + "<row><c t=\"str\"><f>TEXT(B1,\"0\")</f><v>12</v></c><c t=\"str\"><v> 1,250 </v></c></row>")
                .write(dir.resolve("lenient.xlsx"));
        List<Cell> c = cells(f);
        assertNull(at(c, 0, 0), "an empty number is a blank, not a zero");
        assertNull(at(c, 0, 1));
        assertEquals(new Cell(0, 2, CellKind.NUMBER, "3", 3), at(c, 0, 2));
        // A number a formula returned as text stays text here; the template's reading of counts takes it.
        assertEquals(new Cell(1, 0, CellKind.TEXT, "12", Double.NaN), at(c, 1, 0));
        assertEquals(new Cell(1, 1, CellKind.TEXT, " 1,250 ", Double.NaN), at(c, 1, 1));
        assertEquals(3, c.size());
    }

    @Test
    void isoDatesAndThe1904SystemGiveTheSameDay() throws Exception {
        // 2024-03-01: serial 45352 in the 1900 system, 43890 in the 1904 one. An ISO date is the day whatever
        // the workbook's system; a serial number is shifted by the system it was written in.
        Path f = RawXlsx.transitional().date1904().rows("<row r=\"1\">"
                + "<c r=\"A1\" t=\"d\" s=\"1\"><v>2024-03-01</v></c>"
                + "<c r=\"B1\" t=\"d\"><v>2024-03-01T12:00:00Z</v></c>"
                + "<c r=\"C1\" s=\"1\"><v>43890</v></c>"
                + "<c r=\"D1\"><v>43890</v></c>"
                + "<c r=\"E1\" t=\"d\"><v>1 March 2024</v></c>"
                + "</row>").write(dir.resolve("mac.xlsx"));
        List<Cell> c = cells(f);
        assertEquals(new Cell(0, 0, CellKind.DATE, "2024-03-01", 45352), c.get(0));
        assertEquals(45352.5, c.get(1).number());
        assertEquals(CellKind.DATE, c.get(1).kind());
        assertEquals(new Cell(0, 2, CellKind.DATE, "43890", 45352), c.get(2));
        assertEquals(new Cell(0, 3, CellKind.NUMBER, "43890", 43890), c.get(3), "a plain number is no date");
        assertEquals(new Cell(0, 4, CellKind.TEXT, "1 March 2024", Double.NaN), c.get(4),
                "a t=\"d\" that is no ISO date is kept as its text, never dropped");
        List<String> kinds = new ArrayList<>();
        c.forEach(x -> kinds.add(x.kind().name()));
        assertEquals(5, kinds.size());
    }
}
