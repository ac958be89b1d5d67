package org.emisworkbench.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.emisworkbench.workbook.WorkbookException.Reason;

/**
 * Opens a workbook file with the reader its content calls for: .xlsx/.xlsm (zip) are streamed,
 * .xls (OLE2) is loaded with HSSF. The kind is sniffed from the first bytes, not the file name. Any
 * file that cannot be read ends in a {@link WorkbookException} with a plain message, never another
 * exception.
 */
public final class Workbooks {
    /** Above this an .xls is not a genuine census return (the format holds 65,536 rows) and HSSF would load it all. */
    static final long MAX_XLS_BYTES = 256L * 1024 * 1024;

    private Workbooks() {
    }

    public static WorkbookReader open(Path file) throws WorkbookException {
        if (file == null) {
            throw new IllegalArgumentException("file is null");
        }
        if (Files.isDirectory(file)) {
            throw Problems.of(file, Reason.NOT_EXCEL, null, "workbook.folder");
        }
        if (!Files.exists(file)) {
            throw Problems.notFound(file, null);
        }
        byte[] head = new byte[FileSniffer.HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw Problems.notFound(file, e);
        } catch (IOException | RuntimeException e) {
            throw Problems.translate(file, null, e);
        }
        return switch (FileSniffer.kind(head, n)) {
            case ZIP -> XlsxReader.open(file);
            case OLE2 -> openOle2(file);
            case OTHER -> throw n == 0
                    ? Problems.of(file, Reason.NOT_EXCEL, null, "workbook.empty")
                    : Problems.notExcel(file, FileSniffer.describe(head, n));
        };
    }

    /**
     * An OLE2 compound file is an .xls, an encrypted .xlsx (Office wraps those in OLE2 with an
     * EncryptionInfo stream), or another Office document. A password-protected .xls (FILEPASS record)
     * surfaces as POI's EncryptedDocumentException while loading and becomes ENCRYPTED too.
     */
    private static WorkbookReader openOle2(Path file) throws WorkbookException {
        try {
            if (Files.size(file) > MAX_XLS_BYTES) {
                throw Problems.of(file, Reason.TOO_LARGE, null, "workbook.xlsTooLarge", MAX_XLS_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            throw Problems.translate(file, null, e);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (has(root, "EncryptionInfo") || has(root, "EncryptedPackage")) {
                throw Problems.encrypted(file, null);
            }
            if (has(root, "Workbook") || has(root, "Book")) {
                return XlsReader.load(file, root);
            }
            if (has(root, "WordDocument")) {
                throw Problems.notExcel(file, "word");
            }
            if (has(root, "PowerPoint Document")) {
                throw Problems.notExcel(file, "powerpoint");
            }
            throw Problems.notExcel(file, "otherOffice");
        } catch (WorkbookException e) {
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            throw Problems.translate(file, null, e);
        }
    }

    private static boolean has(DirectoryNode root, String name) {
        for (Entry e : root) {
            if (e.getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
