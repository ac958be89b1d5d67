package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 27, F7: a folder holding a national export as CSV files imported nothing and said "0 file(s) … 0 failed",
 * exit 0, naming no file. Files of figures the workbench does not read (CSV, TSV, OpenDocument, .xlsb) are now
 * named with what to do, and a folder with no workbook says so; letters and PDFs beside the returns are no figures.
 */
class FolderOfOtherFilesCliTest {
    @TempDir
    Path dir;

    private Path template() throws Exception {
        Path t = dir.resolve("district.json");
        Files.writeString(t, """
                {"id": "district", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["Code"],
                   "columns": [{"headers": ["Teachers"], "field": "teachers.total", "sex": "both"}]}]}
                """);
        return t;
    }

    private static void workbook(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Schools");
            Sheets.row(sh, 0, "Code", "Teachers");
            Sheets.row(sh, 1, "FO-1", 7);
            Sheets.row(sh, 2, "FO-2", 9);
            wb.write(out);
        }
    }

    @Test
    void aFolderOfCsvExportsNamesEveryFileAndFails() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.write(folder.resolve("base-nationale-2024.csv"),
                "code;nom;classe;garçons\n101;Nour;1AF;30\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("base-2025.tsv"), "code\tnom\n101\tNour\n");
        CliRun r = CliRun.emis("import", "--db", dir.resolve("w.mv.db").toString(), "--template",
                template().toString(), folder.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("base-nationale-2024.csv was skipped: it is not an Excel workbook but a text file"
                + " (such as CSV). Open it in Excel"), r.out());
        assertTrue(r.out().contains("base-2025.tsv was skipped"), r.out());
        assertTrue(r.out().contains("2 file(s): 0 imported, 0 already imported, 2 failed"), r.out());
    }

    @Test
    void besideWorkbooksOnlyFilesOfFiguresAreNamedAndTheWorkbooksImported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("returns"));
        workbook(folder.resolve("district-2024.xlsx"));
        Files.writeString(folder.resolve("district-2024.ods"), "not really an ods");
        Files.writeString(folder.resolve("covering-letter.pdf"), "%PDF-1.4");
        Files.writeString(folder.resolve("notes.docx"), "a letter");
        CliRun r = CliRun.emis("import", "--db", dir.resolve("w.mv.db").toString(), "--template",
                template().toString(), folder.toString(), "--lang", "fr");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("district-2024.ods a été laissé de côté : ce n’est pas un classeur Excel mais un"
                + " fichier OpenDocument"), r.out());
        assertFalse(r.out().contains("covering-letter.pdf"), r.out());
        assertFalse(r.out().contains("notes.docx"), r.out());
        assertTrue(r.out().contains("2 fichier(s) : 1 importé(s)"), r.out());
        CliRun schools = CliRun.emis("schools", "--db", dir.resolve("w.mv.db").toString(), "--format", "csv");
        assertTrue(schools.out().contains("FO-1") && schools.out().contains("FO-2"), schools.out());
    }

    @Test
    void aFolderWithNoWorkbookSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(folder.resolve("readme.pdf"), "%PDF-1.4");
        CliRun r = CliRun.emis("import", "--db", dir.resolve("w.mv.db").toString(), "--template",
                template().toString(), folder.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("holds no Excel workbook (.xlsx, .xlsm, .xls): nothing was imported from it"),
                r.out());
    }
}
