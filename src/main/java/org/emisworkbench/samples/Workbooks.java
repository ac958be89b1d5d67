package org.emisworkbench.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.report.OutputFile;

/** Creates workbooks with fixed properties and saves them byte-for-byte reproducibly. */
final class Workbooks {
    /** Every generated file claims this creation time, so two runs with one seed give identical bytes. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 3, 1, 8, 0);

    private Workbooks() {
    }

    /** A workbook being written, with its path relative to the output folder and shared styles. */
    static final class Book implements AutoCloseable {
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private final String relativePath;
        private CellStyle header;
        private CellStyle date;

        Book(String relativePath) {
            this.relativePath = relativePath;
            Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
            var core = wb.getProperties().getCoreProperties();
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("EMIS Workbench sample generator");
            core.setTitle("Lumeria annual school census");
        }

        XSSFWorkbook wb() {
            return wb;
        }

        String relativePath() {
            return relativePath;
        }

        CellStyle headerStyle() {
            if (header == null) {
                header = wb.createCellStyle();
                Font bold = wb.createFont();
                bold.setBold(true);
                header.setFont(bold);
                header.setWrapText(true);
            }
            return header;
        }

        CellStyle dateStyle() {
            if (date == null) {
                date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            }
            return date;
        }

        /** Evaluates every formula (so cached values are stored) and writes the file; returns its size. */
        long save(Path outDir) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = outDir.resolve(relativePath);
            try {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                wb.write(raw);
                byte[] fixed = fixZipTimes(raw.toByteArray());
                // The folder was checked as a whole (SampleService); each file still never replaces
                // a file of another kind and is moved into place whole.
                OutputFile.write(file, List.of(extension(relativePath)), true, null, f -> Files.write(f, fixed));
                return fixed.length;
            } catch (IOException | org.emisworkbench.model.Refusal e) {
                throw new UncheckedIOException("Cannot write " + file, e instanceof IOException io ? io
                        : new IOException(e.getMessage(), e));
            }
        }

        @Override
        public void close() {
            try {
                wb.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** ".xlsx" of "2024/forms/D03/SCH03001.xlsx". */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Rewrites a zip with every entry stamped with {@link #FIXED_TIME}, keeping order and content. */
    static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
