package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template the officer gave that reads the school codes of a return but not one of its figure columns (the
 * figures sit under "Pupils Std 1 F", the template looks for "Grade {grade} {sex}"): the import refuses the file
 * (decision 0051) and advises checking that template on that file, not "Choose one with --template", which the
 * officer already did; and {@code emis template check} never closes that refusal with "Problems: none".
 */
class RefusalWithTemplateGivenCliTest {
    @TempDir
    Path dir;

    private Path workbook(String name) throws Exception {
        return workbook(name, true);
    }

    /** Three schools with their pupils, or (no {@code figures}) their codes and names only: no cell for a problem. */
    private Path workbook(String name, boolean figures) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            Sheets.row(s, 0, "Code", "Name", figures ? "Pupils Std 1 F" : null, figures ? "Pupils Std 1 M" : null);
            for (int i = 0; i < 3; i++) {
                Sheets.row(s, 1 + i, "LL" + (50 + i), "Lilongwe school " + i, figures ? 14 + i : null,
                        figures ? 9 + 2 * i : null);
            }
            wb.write(out);
        }
        return file;
    }

    private Path template() throws Exception {
        return Files.writeString(dir.resolve("my template.json"), """
                {"id": "grade-words", "version": 1, "title": "Grade words", "layout": "wide",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["Code"],
                   "columns": [{"headers": ["Name"], "field": "school.name"},
                               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """);
    }

    @Test
    void aRefusalWithATemplateGivenAdvisesCheckingThatTemplateNotChoosingOne() throws Exception {
        Path file = workbook("lilongwe rural-2024.xlsx");
        Path t = template();
        CliRun run = CliRun.emis("import", "--db", dir.resolve("w.mv.db").toString(), "--template", t.toString(),
                file.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("FAILED") && run.out().contains("reads not one figure cell"), run.out());
        assertFalse(run.out().contains("Choose one with --template"), "the officer gave one: " + run.out());
        // The same template and file, as typed on a command line (quoted: both names hold a space).
        assertTrue(run.out().contains("See which of the file's columns the template reads: emis template check"
                + " --template \"" + t + "\" \"" + file + "\""), run.out());

        CliRun fr = CliRun.emis("import", "--db", dir.resolve("w.mv.db").toString(), "--template", t.toString(),
                "--lang", "fr", file.toString());
        assertTrue(fr.out().contains("Voyez quelles colonnes du fichier le modèle lit : emis template check"), fr.out());
    }

    @Test
    void theCheckOfAFileTheImportWouldRefuseNeverSaysProblemsNone() throws Exception {
        // Codes and names, not one figure: refused whole (decision 0051), and no cell is at fault.
        Path names = workbook("names-2024.xlsx", false);
        CliRun check = CliRun.emis("template", "check", "--template", template().toString(), names.toString());
        assertEquals(1, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("The import would REFUSE the file:"), check.out());
        assertFalse(check.out().contains("Problems: none"), check.out());
        assertTrue(check.out().strip().endsWith("Problems: no single cell is at fault; the whole file would be refused,"
                + " for the reason above"), check.out());

        // Without a census year (none in the workbook or its name) the import refuses too: the same closing line.
        Path file = workbook("lilongwe-2024.xlsx");
        Path noYear = Files.copy(file, dir.resolve("lilongwe.xlsx"));
        Path reads = Files.writeString(dir.resolve("reads.json"), Files.readString(template())
                .replace("Grade {grade} {sex}", "Pupils Std {grade} {sex}"));
        CliRun none = CliRun.emis("template", "check", "--template", reads.toString(), noYear.toString());
        assertTrue(none.out().contains("the import would refuse the file unless the year is given"), none.out());
        assertFalse(none.out().contains("Problems: none"), none.out());
        assertTrue(none.out().contains("Problems: no single cell is at fault"), none.out());

        // And a file the import takes still closes with "Problems: none".
        CliRun clean = CliRun.emis("template", "check", "--template", reads.toString(), file.toString());
        assertEquals(0, clean.code(), clean.out());
        assertTrue(clean.out().strip().endsWith("Problems: none"), clean.out());
    }
}
