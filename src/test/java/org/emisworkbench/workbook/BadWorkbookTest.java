package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.emisworkbench.workbook.WorkbookException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not readable workbooks: each must end in a WorkbookException with a plain message. */
class BadWorkbookTest {
    @TempDir
    Path dir;

    private WorkbookException refused(Path file, Reason reason) {
        WorkbookException e = assertThrows(WorkbookException.class, () -> readAll(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName() + " "), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals(file, e.file());
        return e;
    }

    /** Opens and reads every sheet both ways, as an import would. */
    private static void readAll(Path file) throws WorkbookException {
        try (WorkbookReader r = Workbooks.open(file)) {
            for (SheetInfo s : r.sheets()) {
                r.read(s, row -> true);
                r.grid(s, 1_000_000);
            }
        }
    }

    private Path goodXlsx(String name) throws Exception {
        return Fixtures.write(dir.resolve(name), new XSSFWorkbook(), wb -> {
            XSSFSheet s = wb.createSheet("Data");
            for (int i = 0; i < 300; i++) {
                s.createRow(i).createCell(0).setCellValue("School " + i);
                s.getRow(i).createCell(1).setCellValue(i);
            }
        });
    }

    @Test
    void encryptedXlsxIsRefusedAsEncrypted() throws Exception {
        Path f = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("census");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("Data").createRow(0).createCell(0).setCellValue(1);
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        WorkbookException e = refused(f, Reason.ENCRYPTED);
        assertEquals("secret.xlsx is protected by a password; save it without a password and import again.",
                e.getMessage());
    }

    @Test
    void passwordProtectedXlsIsRefusedAsEncrypted() throws Exception {
        Path f = dir.resolve("secret.xls");
        Biff8EncryptionKey.setCurrentUserPassword("census");
        try {
            Fixtures.write(f, new HSSFWorkbook(), wb -> wb.createSheet("Data").createRow(0).createCell(0).setCellValue(1));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused(f, Reason.ENCRYPTED);
    }

    @Test
    void filesThatAreNotExcelSayWhatTheyLookLike() throws Exception {
        Map<String, byte[]> files = Map.of(
                "pupils.csv", "School No,G1 M,G1 F\n1001,23,25\n".getBytes(StandardCharsets.UTF_8),
                "report.xlsx", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "export.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8),
                "empty.xlsx", new byte[0]);
        Map<String, String> looksLike = Map.of("pupils.csv", "text file", "report.xlsx", "PDF",
                "export.xls", "web page", "empty.xlsx", "empty");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path f = Files.write(dir.resolve(e.getKey()), e.getValue());
            String m = refused(f, Reason.NOT_EXCEL).getMessage();
            assertTrue(m.contains(looksLike.get(e.getKey())), m);
        }
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x01;
        refused(Files.write(dir.resolve("noise.xlsx"), noise), Reason.NOT_EXCEL);
    }

    @Test
    void otherOfficeAndZipFilesAreNotExcel() throws Exception {
        Path docx = dir.resolve("letter.xlsx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("Dear officer");
            d.write(out);
        }
        assertTrue(refused(docx, Reason.NOT_EXCEL).getMessage().contains("Word"));
        Path ods = dir.resolve("census.ods");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        assertTrue(refused(ods, Reason.NOT_EXCEL).getMessage().contains("OpenDocument"));
        Path zip = dir.resolve("returns.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("school1.csv"));
            out.write("1001,23".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        assertTrue(refused(zip, Reason.NOT_EXCEL).getMessage().contains("zip archive"));
    }

    @Test
    void missingFileAndFolder() throws Exception {
        refused(dir.resolve("gone.xlsx"), Reason.NOT_FOUND);
        refused(Files.createDirectory(dir.resolve("folder.xlsx")), Reason.NOT_EXCEL);
    }

    @Test
    void truncatedZipsAreCorrupt() throws Exception {
        byte[] good = Files.readAllBytes(goodXlsx("good.xlsx"));
        for (int len : List.of(10, 200, good.length / 2, good.length - 30)) {
            Path f = Files.write(dir.resolve("cut" + len + ".xlsx"), java.util.Arrays.copyOf(good, len));
            refused(f, Reason.CORRUPT);
        }
    }

    /**
     * Bit flips anywhere in the file: whatever the damage, only a WorkbookException may come out (or the
     * file may still read, when the flip hit bytes nobody reads).
     */
    @Test
    void bitFlippedZipsNeverEscapeAsOtherExceptions() throws Exception {
        byte[] good = Files.readAllBytes(goodXlsx("good.xlsx"));
        Random random = new Random(42);
        int corrupt = 0;
        for (int i = 0; i < 150; i++) {
            byte[] bad = good.clone();
            int at = 4 + random.nextInt(bad.length - 4);
            bad[at] ^= (byte) (1 << random.nextInt(8));
            Path f = Files.write(dir.resolve("flip" + i + ".xlsx"), bad);
            try {
                readAll(f);
            } catch (WorkbookException e) {
                assertTrue(e.getMessage().startsWith(f.getFileName() + " "), e.getMessage());
                corrupt++;
            }
        }
        assertTrue(corrupt > 0);
    }

    @Test
    void corruptSheetXmlIsCorrupt() throws Exception {
        Path f = Fixtures.rawSheet(dir.resolve("broken.xlsx"), "<worksheet><sheetData><row><c><v>1</v></row>");
        refused(f, Reason.CORRUPT);
        Path badIndex = Fixtures.rawSheet(dir.resolve("sst.xlsx"), Fixtures.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>"));
        assertTrue(refused(badIndex, Reason.CORRUPT).getMessage().contains("A1"));
    }

    @Test
    void zipBombIsTooLargeInBoundedTime() throws Exception {
        Path f = Fixtures.rawSheet(dir.resolve("bomb.xlsx"), out -> {
            out.write(("<worksheet " + Fixtures.SHEET_NS + "><sheetData><row r=\"1\">").getBytes(StandardCharsets.US_ASCII));
            byte[] blanks = "<c s=\"0\"/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 3_000; i++) {  // 300 MB of XML that deflates to about 300 KB
                out.write(blanks);
            }
            out.write("</row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
        assertTrue(Files.size(f) < 2_000_000, "the fixture is a bomb: " + Files.size(f));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> refused(f, Reason.TOO_LARGE));
    }

    @Test
    void externalEntitiesAndBillionLaughsAreNotExpanded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path xxe = Fixtures.rawSheet(dir.resolve("xxe.xlsx"), "<?xml version=\"1.0\"?><!DOCTYPE worksheet ["
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><worksheet " + Fixtures.SHEET_NS
                + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>");
        refused(xxe, Reason.CORRUPT);
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><worksheet ").append(Fixtures.SHEET_NS).append("><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        Path laughs = Fixtures.rawSheet(dir.resolve("laughs.xlsx"), lol.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(laughs, Reason.CORRUPT));
    }
}
