package org.emisworkbench.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds fixture workbooks in tests: with POI's writers, and by rewriting zip entries by hand. */
final class Fixtures {
    /** Writes one entry's content; lets a test stream hundreds of megabytes without holding them. */
    @FunctionalInterface
    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface WorkbookFiller<W extends Workbook> {
        void fill(W workbook) throws Exception;
    }

    static final String SHEET_NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private Fixtures() {
    }

    static <W extends Workbook> Path write(Path file, W workbook, WorkbookFiller<W> filler) throws Exception {
        try (W wb = workbook; OutputStream out = Files.newOutputStream(file)) {
            filler.fill(wb);
            wb.write(out);
        }
        return file;
    }

    /** An .xlsx with one sheet "Data" whose sheet1.xml is replaced by the given XML. */
    static Path rawSheet(Path file, String sheetXml) throws Exception {
        return rawSheet(file, out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)));
    }

    static Path rawSheet(Path file, EntryWriter sheetXml) throws Exception {
        Path plain = file.resolveSibling(file.getFileName() + ".plain.xlsx");
        write(plain, new XSSFWorkbook(), wb -> wb.createSheet("Data").createRow(0).createCell(0).setCellValue(1));
        replaceEntries(plain, file, Map.of("xl/worksheets/sheet1.xml", sheetXml));
        Files.delete(plain);
        return file;
    }

    /** Wraps rows XML in a minimal worksheet document. */
    static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet " + SHEET_NS
                + "><sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    /** Copies a zip, replacing (or adding) the named entries. */
    static void replaceEntries(Path src, Path dst, Map<String, EntryWriter> replacements) throws IOException {
        List<String> done = new ArrayList<>();
        // ZipFile, not ZipInputStream: the latter chokes on the zip64 data descriptors POI writes.
        try (ZipFile in = new ZipFile(src.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dst))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                EntryWriter w = replacements.get(e.getName());
                if (w != null) {
                    w.write(out);
                    done.add(e.getName());
                } else {
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            for (Map.Entry<String, EntryWriter> r : replacements.entrySet()) {
                if (!done.contains(r.getKey())) {
                    out.putNextEntry(new ZipEntry(r.getKey()));
                    r.getValue().write(out);
                    out.closeEntry();
                }
            }
        }
    }

    /** Reads one entry of a zip as text. */
    static String entry(Path zip, String name) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); InputStream data = in.getInputStream(in.getEntry(name))) {
            return new String(data.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** All cells of a sheet, copied out of the reused row. */
    static List<Cell> cells(WorkbookReader reader, SheetInfo sheet) throws WorkbookException {
        List<Cell> out = new ArrayList<>();
        reader.read(sheet, row -> {
            for (int i = 0; i < row.size(); i++) {
                out.add(row.cell(i));
            }
            return true;
        });
        return out;
    }

    static List<Cell> cells(Path file) throws WorkbookException {
        try (WorkbookReader r = Workbooks.open(file)) {
            return cells(r, r.sheets().get(0));
        }
    }

    static Cell at(List<Cell> cells, int row, int col) {
        return cells.stream().filter(c -> c.row() == row && c.col() == col).findFirst().orElse(null);
    }
}
