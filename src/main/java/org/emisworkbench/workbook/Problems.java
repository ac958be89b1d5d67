package org.emisworkbench.workbook;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.emisworkbench.workbook.WorkbookException.Reason;
import org.emisworkbench.model.Message;
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

    /** A refusal worded by {@code key} of the core texts, whose {0} is the file's name. */
    static WorkbookException of(Path file, Reason reason, Throwable cause, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = name(file);
        System.arraycopy(args, 0, all, 1, args.length);
        return new WorkbookException(file, reason, Message.of(key, all), cause);
    }

    static WorkbookException notFound(Path file, Throwable cause) {
        return of(file, Reason.NOT_FOUND, cause, "workbook.notFound");
    }

    static WorkbookException encrypted(Path file, Throwable cause) {
        return of(file, Reason.ENCRYPTED, cause, "workbook.encrypted");
    }

    /** @param looksLike a key of {@code workbook.looksLike.*}, or a phrase of the file sniffer */
    static WorkbookException notExcel(Path file, Message looksLike) {
        return of(file, Reason.NOT_EXCEL, null, "workbook.notExcel", looksLike);
    }

    static WorkbookException notExcel(Path file, String looksLikeKey) {
        return notExcel(file, Message.of("workbook.looksLike." + looksLikeKey));
    }

    /** "sheet “Pupils”", for messages about one sheet. */
    static Message sheet(String name) {
        return Message.of("workbook.sheet", name);
    }

    /**
     * Translates a failure while opening or reading. {@code where} is a phrase such as
     * {@link #sheet sheet “Pupils”}, or {@code null} for the workbook as a whole.
     */
    static WorkbookException translate(Path file, Message where, Throwable t) {
        LOG.debug("Could not read {} ({})", file, where == null ? "workbook" : where.english(), t);
        if (t instanceof WorkbookException w) {
            return w;
        }
        Message in = where == null ? Message.verbatim("") : Message.of("workbook.in", where);
        for (Throwable c = t; c != null; c = next(c)) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Zip bomb detected") || m.contains("ZipSecureFile.setMaxFileCount")
                    || m.contains("maximum length for this record type")) {
                return of(file, Reason.TOO_LARGE, t, "workbook.tooLargeToReadSafely", in);
            }
            if (c instanceof EncryptedDocumentException) {
                return encrypted(file, t);
            }
            if (c instanceof OldExcelFormatException) {
                return of(file, Reason.UNREADABLE, t, "workbook.oldFormat");
            }
            if (c instanceof NoSuchFileException) {
                return notFound(file, t);
            }
            if (c instanceof AccessDeniedException) {
                return of(file, Reason.UNREADABLE, t, "workbook.accessDenied");
            }
            if (c instanceof FileSystemException) {
                return of(file, Reason.UNREADABLE, t, "workbook.fileSystemRefused");
            }
            if (c instanceof OutOfMemoryError) {
                return of(file, Reason.TOO_LARGE, t, "workbook.tooLargeForMemory", in);
            }
        }
        return of(file, Reason.CORRUPT, t, "workbook.corrupt", in);
    }

    /** The cause, including the nested exception StAX keeps outside the standard cause chain. */
    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof XMLStreamException x && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
