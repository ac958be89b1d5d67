package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.emisworkbench.report.OutputFile;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output never replaces the workspace or a file of another kind, and replaces an earlier output
 * only with --force, through a temporary file moved into place (issue 12, item 2).
 */
class OutputSafetyCliTest {
    @TempDir
    Path dir;
    Path db;
    String err;

    @BeforeEach
    void fill() throws Exception {
        db = ReportFixture.create(dir).resolveSibling("census.mv.db");
    }

    /** Runs the command through the one CLI helper, keeping its error output for the assertions. */
    private int run(String... args) {
        CliRun r = CliRun.emis(args);
        err = r.err();
        return r.code();
    }

    private int export(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--db", db.toString(), "--year", "2024",
                "--district", "D01", "--out", out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void exportOverTheWorkspaceIsRefusedAndTheWorkspaceStaysWhole() throws Exception {
        int schools;
        try (Workbench wb = Workbench.open(db)) {
            schools = wb.schools(null, null).size();
        }
        assertTrue(schools > 0);
        assertEquals(2, export(db, "--force"));
        assertTrue(err.contains("census.mv.db is not a name for this output: it must end with .xlsx."), err);
        // Under an output's name, through a link: still the workspace.
        Path link = dir.resolve("d01.xlsx");
        Files.createSymbolicLink(link, db);
        assertEquals(2, export(link, "--force"));
        assertTrue(err.contains("d01.xlsx is the workspace open now; an output never replaces it."), err);
        // (Its bytes change anyway: H2 compacts the file each time a command closes it.)
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(schools, wb.schools(null, null).size(), "the workspace still opens with its schools");
        }
    }

    @Test
    void aFileOfAnotherKindIsNeverReplacedEvenWithForce() throws Exception {
        Path copyOfWorkspace = dir.resolve("old-summary.xlsx");
        Files.copy(db, copyOfWorkspace);
        byte[] before = Files.readAllBytes(copyOfWorkspace);
        assertEquals(2, export(copyOfWorkspace, "--force"));
        assertTrue(err.contains("old-summary.xlsx already exists and is not a file of this kind (or is a database)"),
                err);
        assertArrayEquals(before, Files.readAllBytes(copyOfWorkspace));

        Path folder = Files.createDirectories(dir.resolve("folder.xlsx"));
        assertEquals(2, export(folder, "--force"));
        assertTrue(Files.isDirectory(folder));

        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Path pdfLink = Files.createSymbolicLink(dir.resolve("d01.pdf"), notes);
        assertEquals(2, run("report", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                pdfLink.toString(), "--force"));
        assertTrue(err.contains("d01.pdf already exists and is not a file of this kind"), err);
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void anEarlierOutputIsReplacedOnlyWithForce() throws Exception {
        Path out = dir.resolve("d01.xlsx");
        assertEquals(0, export(out));
        byte[] first = Files.readAllBytes(out);
        assertEquals(2, export(out));
        assertTrue(err.contains("d01.xlsx already exists; nothing was written. Give --force to replace it"), err);
        assertArrayEquals(first, Files.readAllBytes(out));
        assertEquals(0, export(out, "--force"));
        // The same figures again: the same sheets with the same cells (not the same bytes: the workbook
        // records when it was made, and a different time can compress to a different length).
        assertEquals(sheetsAndCells(first), sheetsAndCells(Files.readAllBytes(out)),
                "replaced by a new export of the same figures");
        assertEquals(List.of("census.mv.db", "d01.xlsx"), names(dir), "no temporary file is left");
    }

    /**
     * "A file of another kind" is judged by what the file holds, not only by its name (issue 12, item 2):
     * a letter named {@code notes.xlsx} or {@code letter.pdf} is not replaced even with --force, and a
     * template draft's --out follows the same rule (never a workspace, never a Word file).
     */
    @Test
    void aFileOfAnotherKindUnderTheRightNameIsNeverReplacedEvenWithForce() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.xlsx"), "my thesis");
        assertEquals(2, export(notes, "--force"));
        assertTrue(err.contains("notes.xlsx already exists and is not a file of this kind"), err);
        assertEquals("my thesis", Files.readString(notes));
        Path letter = Files.writeString(dir.resolve("letter.pdf"), "my letter");
        assertEquals(2, run("report", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                letter.toString(), "--force"));
        assertTrue(err.contains("letter.pdf already exists and is not a file of this kind"), err);
        assertEquals("my letter", Files.readString(letter));

        Path returnFile = dir.resolve("D01-2024.xlsx");
        Files.copy(Path.of("sample-workbooks/2024/wide/D01-2024.xlsx"), returnFile);
        Path victim = dir.resolve("victim.mv.db");
        Files.copy(db, victim);
        byte[] workspace = Files.readAllBytes(victim);
        assertEquals(2, run("template", "draft", returnFile.toString(), "--out", victim.toString(), "--force"));
        assertArrayEquals(workspace, Files.readAllBytes(victim), "the workspace is left byte for byte");
        Path victimJson = dir.resolve("victim.json");
        Files.copy(db, victimJson);
        assertEquals(2, run("template", "draft", returnFile.toString(), "--out", victimJson.toString(), "--force"));
        assertTrue(err.contains("victim.json already exists and is not a file of this kind (or is a database)"), err);
        assertArrayEquals(workspace, Files.readAllBytes(victimJson), "a workspace named .json is left too");
        Path word = Files.writeString(dir.resolve("letter.docx"), "Dear colleague");
        assertEquals(2, run("template", "draft", returnFile.toString(), "--out", word.toString(), "--force"));
        assertTrue(err.contains("letter.docx is not a name for this output: it must end with .json"), err);
        assertEquals("Dear colleague", Files.readString(word));
        Path notJson = Files.writeString(dir.resolve("mine.json"), "not a template, my notes");
        assertEquals(2, run("template", "draft", returnFile.toString(), "--out", notJson.toString(), "--force"));
        assertEquals("not a template, my notes", Files.readString(notJson));

        // The right kind is still replaced with --force.
        Path template = dir.resolve("d01.json");
        assertEquals(0, run("template", "draft", returnFile.toString(), "--out", template.toString()));
        String drafted = Files.readString(template);
        Files.writeString(template, "{\"id\": \"older\"}");
        assertEquals(0, run("template", "draft", returnFile.toString(), "--out", template.toString(), "--force"));
        assertTrue(Files.readString(template).startsWith("{") && !Files.readString(template).contains("older"),
                Files.readString(template));
        assertTrue(drafted.contains("\"id\""), drafted);
        assertFalse(names(dir).stream().anyMatch(n -> n.startsWith(".")), "no temporary file is left");
    }

    @Test
    void queriesForADistrictAreAllOrNone() throws Exception {
        Path q = Files.createDirectories(dir.resolve("queries"));
        assertEquals(0, run("queries", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                q.toString()));
        List<String> written = names(q);
        assertFalse(written.isEmpty());
        Path kept = q.resolve(written.get(written.size() - 1));
        byte[] keptBytes = Files.readAllBytes(kept);
        for (String other : written.subList(0, written.size() - 1)) {
            Files.delete(q.resolve(other));
        }
        assertEquals(2, run("queries", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                q.toString()));
        assertTrue(err.contains(kept.getFileName() + " already exists; nothing was written."), err);
        assertEquals(List.of(kept.getFileName().toString()), names(q), "refused before the first workbook was written");
        assertArrayEquals(keptBytes, Files.readAllBytes(kept));
        assertEquals(0, run("queries", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                q.toString(), "--force"));
        assertEquals(written, names(q));
    }

    @Test
    void samplesGoOnlyIntoAnEmptyFolderUnlessForced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("samples"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        assertEquals(2, run("samples", "--out", folder.toString(), "--schools", "10"));
        assertTrue(err.contains("already holds files; nothing was written. Give --force"), err);
        assertEquals(List.of("keep.txt"), names(folder));
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileWhole() throws Exception {
        Path out = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4 the earlier summary");
        assertThrows(IOException.class, () -> OutputFile.write(out, List.of(".pdf"), true, db, f -> {
            Files.writeString(f, "%PDF-1.4 half of a new");
            throw new IOException("Input/output error"); // a full disk is said plainly: OutputFileDiskFullTest
        }));
        assertEquals("%PDF-1.4 the earlier summary", Files.readString(out));
        assertEquals(List.of("census.mv.db", "report.pdf"), names(dir), "the temporary file is removed");
        assertFalse(names(dir).stream().anyMatch(n -> n.startsWith(".")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".trace.db")).sorted().toList();
        }
    }

    /** Every sheet's name with the text of each of its cells, in order. */
    private static List<String> sheetsAndCells(byte[] xlsx) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                out.add("#" + sheet.getSheetName());
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        out.add(cell.getAddress() + "=" + f.formatCellValue(cell));
                    }
                }
            }
        }
        return out;
    }
}
