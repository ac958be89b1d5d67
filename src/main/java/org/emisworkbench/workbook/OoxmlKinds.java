package org.emisworkbench.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.emisworkbench.workbook.WorkbookException.Reason;

/**
 * Tells what kind of zip file we were given when it is not a plain .xlsx: another Office document,
 * a binary .xlsb, an OpenDocument file, or no Office file at all (versus a damaged one).
 */
final class OoxmlKinds {
    private OoxmlKinds() {
    }

    /** Refuses a package whose main document is not a workbook, saying what it is instead. */
    static void requireSpreadsheet(Path file, OPCPackage pkg) throws WorkbookException {
        PackagePart main = WorkbookParts.main(pkg);
        String type = main == null ? "" : main.getContentType();
        if (type.contains("binary")) {
            throw Problems.of(file, Reason.UNREADABLE, null, "workbook.xlsb");
        }
        if (type.contains("spreadsheetml") || type.startsWith("application/vnd.ms-excel.")) {
            return;
        }
        if (type.contains("wordprocessingml") || type.startsWith("application/vnd.ms-word")) {
            throw Problems.notExcel(file, "word");
        }
        if (type.contains("presentationml") || type.startsWith("application/vnd.ms-powerpoint")) {
            throw Problems.notExcel(file, "powerpoint");
        }
        throw Problems.notExcel(file, main == null ? "officeWithoutMain" : "otherOffice");
    }

    /**
     * A zip that POI could not open as a package is either not an Office file at all (a plain archive,
     * an OpenDocument spreadsheet) or a damaged one; only the first deserves NOT_EXCEL.
     */
    static WorkbookException explainOpenFailure(Path file, Throwable failure) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                ZipEntry mimetype = zip.getEntry("mimetype");
                if (mimetype != null || zip.getEntry("content.xml") != null) {
                    return Problems.notExcel(file, "openDocument");
                }
                return Problems.notExcel(file, "zip");
            }
        } catch (IOException | RuntimeException e) {
            // The JDK cannot read the zip either: it is damaged; fall through to the general translation.
        }
        return Problems.translate(file, null, failure);
    }
}
