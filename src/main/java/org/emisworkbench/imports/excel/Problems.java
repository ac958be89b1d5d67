package org.emisworkbench.imports.excel;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.emisworkbench.imports.excel.WorkbookException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the officer-facing {@link WorkbookException}s and turns whatever POI, the zip layer or the
 * XML parser threw into one of them. Messages name the file and say what to do; the technical cause
 * is kept as the exception's cause and logged, never put into the message.
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    static WorkbookException of(Path file, Reason reason, String whatIsWrong, Throwable cause) {
        return new WorkbookException(file, reason, name(file) + " " + whatIsWrong, cause);
    }

    static WorkbookException notFound(Path file, Throwable cause) {
        return of(file, Reason.NOT_FOUND, "was not found: it may have been moved, renamed or deleted.", cause);
    }

    static WorkbookException encrypted(Path file, Throwable cause) {
        return of(file, Reason.ENCRYPTED,
                "is protected by a password; save it without a password and import again.", cause);
    }

    static WorkbookException notExcel(Path file, String looksLike) {
        return of(file, Reason.NOT_EXCEL, "is not an Excel workbook: it looks like " + looksLike
                + ". Open it in Excel, save it as an Excel workbook (.xlsx) and import again.", null);
    }

    static WorkbookException tooLarge(Path file, String what, Throwable cause) {
        return of(file, Reason.TOO_LARGE, what, cause);
    }

    /**
     * Translates a failure while opening or reading. {@code where} is a phrase such as
     * {@code "sheet “Pupils”"} or {@code null} for the workbook as a whole.
     */
    static WorkbookException translate(Path file, String where, Throwable t) {
        LOG.debug("Could not read {} ({})", file, where == null ? "workbook" : where, t);
        if (t instanceof WorkbookException w) {
            return w;
        }
        String in = where == null ? "" : " (in " + where + ")";
        for (Throwable c = t; c != null; c = next(c)) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Zip bomb detected") || m.contains("ZipSecureFile.setMaxFileCount")
                    || m.contains("maximum length for this record type")) {
                return tooLarge(file, "is too large to read safely" + in + ": it expands to far more data than a "
                        + "census workbook holds. If it is a genuine workbook, remove unused rows, columns and "
                        + "sheets, save it again and import again.", t);
            }
            if (c instanceof EncryptedDocumentException) {
                return encrypted(file, t);
            }
            if (c instanceof OldExcelFormatException) {
                return of(file, Reason.UNREADABLE, "was saved in an old Excel format (Excel 5.0/95 or earlier) that "
                        + "cannot be read. Open it in Excel, save it as an Excel workbook (.xlsx) and import again.", t);
            }
            if (c instanceof NoSuchFileException) {
                return notFound(file, t);
            }
            if (c instanceof AccessDeniedException) {
                return of(file, Reason.UNREADABLE, "cannot be opened: access to it is denied. Check that it is not "
                        + "open in another program and that you may read it.", t);
            }
            if (c instanceof FileSystemException) {
                return of(file, Reason.UNREADABLE, "cannot be opened: the file system refused to read it. Copy it "
                        + "to a local folder and import again.", t);
            }
            if (c instanceof OutOfMemoryError) {
                return tooLarge(file, "is too large to read with the memory available" + in + ".", t);
            }
        }
        return of(file, Reason.CORRUPT, "is damaged and cannot be read" + in + ". Open it in Excel (which may "
                + "offer to repair it), save it again and import again.", t);
    }

    /** The cause, including the nested exception StAX keeps outside the standard cause chain. */
    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof XMLStreamException x && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
