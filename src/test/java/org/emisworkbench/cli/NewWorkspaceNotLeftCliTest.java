package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis import --db NEW} creates the workspace it is given; when not one file is stored (every file failed
 * or was refused) the files it created are removed again and the officer is told no workspace was created. A
 * workspace that was there before, even an empty one, is never removed, nor any file the command did not make.
 */
class NewWorkspaceNotLeftCliTest {
    @TempDir
    Path dir;

    /** A return that fits no template (nothing to choose from). */
    private Path noFit() throws Exception {
        return write("notes-2024.xlsx", wb -> Sheets.row(wb.createSheet("Notes"), 0, "Visit log", "Remarks"));
    }

    /** A return {@link #template} reads. */
    private Path fits(String name) throws Exception {
        return write(name, wb -> {
            Sheet s = wb.createSheet("Schools");
            Sheets.row(s, 0, "School code", "School name", "Grade 1 Boys", "Grade 1 Girls");
            Sheets.row(s, 1, "NW001", "New workspace school", 12, 15);
        });
    }

    /** The template of {@link #fits}; the other return has no sheet it names, and fails. */
    private Path template() throws Exception {
        return Files.writeString(dir.resolve("t.json"), """
                {"id": "nw", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Schools"], "key": ["School code"],
                   "columns": [{"headers": ["School name"], "field": "school.name"},
                               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """);
    }

    private Path write(String name, java.util.function.Consumer<XSSFWorkbook> fill) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }

    @Test
    void aNewWorkspaceInWhichNothingWasStoredIsRemovedAndSaidNotCreated() throws Exception {
        Path db = dir.resolve("district.mv.db");
        // A file of the engine's name beside it that the command did not make stays.
        Path trace = Files.writeString(dir.resolve("district.trace.db"), "someone else's");
        CliRun run = CliRun.emis("import", "--db", db.toString(), noFit().toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("FAILED"), run.out());
        assertTrue(run.out().contains("No workspace was created: not one file was stored, so the new workspace file "
                + db + " was removed again"), run.out());
        assertFalse(Files.exists(db), "no empty workspace left behind");
        assertEquals("someone else's", Files.readString(trace));

        CliRun json = CliRun.emis("import", "--db", db.toString(), "--format", "json", noFit().toString());
        assertEquals(db.toString(), json.json().get("workspaceNotCreated").asText());
        assertFalse(Files.exists(db));

        CliRun pt = CliRun.emis("import", "--db", db.toString(), "--lang", "pt", noFit().toString());
        assertTrue(pt.out().contains("Nenhum espaço de trabalho foi criado"), pt.out());
        assertFalse(Files.exists(db));
    }

    @Test
    void aNewWorkspaceWithOneFileStoredStaysAndOneThatExistedIsNeverRemoved() throws Exception {
        Path db = dir.resolve("kept.mv.db");
        CliRun run = CliRun.emis("import", "--db", db.toString(), "--template", template().toString(), noFit().toString(),
                fits("d01-2024.xlsx").toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("1 imported") && run.out().contains("1 failed"), run.out());
        assertFalse(run.out().contains("No workspace was created"), run.out());
        assertTrue(Files.exists(db));
        try (Workbench w = Workbench.open(db)) {
            assertEquals(1, w.batches().size());
        }

        // An empty workspace the officer made beforehand (as the window's New workspace does) is the officer's.
        Path empty = dir.resolve("made-before.mv.db");
        Workbench.open(empty).close();
        long size = Files.size(empty);
        CliRun failed = CliRun.emis("import", "--db", empty.toString(), noFit().toString());
        assertEquals(1, failed.code(), failed.out());
        assertFalse(failed.out().contains("No workspace was created"), failed.out());
        assertTrue(Files.exists(empty) && Files.size(empty) >= size, "kept");
        CliRun json = CliRun.emis("import", "--db", empty.toString(), "--format", "json", noFit().toString());
        assertTrue(json.json().get("workspaceNotCreated").isNull(), json.out());
        assertTrue(Files.exists(empty));
    }
}
