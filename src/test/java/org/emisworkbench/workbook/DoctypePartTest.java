package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOCTYPE in any part of an .xlsx package: one plain refusal naming the file and the part, and no
 * stack trace on the console (POI's package parser used to print 40 lines for each).
 */
class DoctypePartTest {
    static final String DOCTYPE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>";

    @TempDir
    Path dir;

    private Path workbookWithDoctypeIn(String part) throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            wb.createSheet("Schools").createRow(0).createCell(0).setCellValue("School code");
            wb.getProperties().getCoreProperties().setTitle("Census");
            wb.write(out);
        }
        Path bad = dir.resolve("return-" + part.replaceAll("[^A-Za-z]", "") + ".xlsx");
        boolean found = false;
        try (ZipFile in = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    data = (xml.substring(0, end) + DOCTYPE + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        assertTrue(found, part + " is in the package");
        return bad;
    }

    @Test
    void aDoctypeInAnyPartIsRefusedInOneSentenceNamingFileAndPart() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> parts = List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml");
        try {
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            for (String part : parts) {
                Path file = workbookWithDoctypeIn(part);
                WorkbookException e = assertThrows(WorkbookException.class, () -> Workbooks.open(file).close(), part);
                assertEquals(WorkbookException.Reason.CORRUPT, e.reason());
                assertEquals("workbook.doctype", e.message().key(), e.getMessage());
                assertTrue(e.getMessage().startsWith(file.getFileName() + " was refused: its part " + part
                        + " declares a document type"), e.getMessage());
            }
        } finally {
            System.setErr(saved);
        }
        String printed = console.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("Exception") || printed.contains("\tat "), printed);
    }

    @Test
    void aWorkbookWithoutDoctypeStillOpens() throws Exception {
        Path file = workbookWithDoctypeIn("xl/styles.xml");
        Path plain = dir.resolve("plain.xlsx");
        try (WorkbookReader r = Workbooks.open(plain)) {
            assertEquals("Schools", r.sheets().get(0).name());
        }
        assertTrue(PartPrologues.firstWithDoctype(file) != null);
        assertEquals(null, PartPrologues.firstWithDoctype(plain));
    }
}
