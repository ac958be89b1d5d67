package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis trace --slot} takes every grade name the workspace's templates know, as the import read it: a bare
 * {@code CP} that a French template makes G1 (the built-in list leaves it out), and {@code CE1} that the same
 * template makes G2 where the built-in list says G3. A name two templates read as different grades is refused,
 * naming both, never picked at random.
 */
class TraceTemplateGradesCliTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("ecoles-fr.json"), """
                {"id": "ecoles-fr", "version": 1, "layout": "wide", "language": "fr", "year": {"fromFileName": true},
                 "codeLists": {"grade": {"G1": ["CP"], "G2": ["CE1"]}},
                 "sheets": [{"names": ["Effectifs"], "key": ["Code école"], "columns": [
                   {"headers": ["Nom"], "field": "school.name"},
                   {"headers": ["District"], "field": "school.district"},
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """);
        // Two templates the workspace did not import with, reading "Cours A" as different grades.
        for (String[] t : new String[][] {{"autre-a", "G1"}, {"autre-b", "G2"}}) {
            Files.writeString(templates.resolve(t[0] + ".json"), """
                    {"id": "%s", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                     "codeLists": {"grade": {"%s": ["Cours A"]}},
                     "sheets": [{"names": ["Autre"], "key": ["Code"], "columns": [
                       {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                    """.formatted(t[0], t[1]));
        }
        Path file = dir.resolve("ecoles-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Effectifs");
            String[] head = {"Code école", "Nom", "District", "CP G", "CP F", "CE1 G", "CE1 F"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue("E001");
            r.createCell(1).setCellValue("École du Lac");
            r.createCell(2).setCellValue("Nord");
            int[] v = {14, 15, 12, 13};
            for (int i = 0; i < v.length; i++) {
                r.createCell(3 + i).setCellValue(v[i]);
            }
            wb.write(out);
        }
        db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", "ecoles-fr", file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
    }

    private static CliRun trace(String slot, String sex) {
        return CliRun.emis("trace", "--db", db.toString(), "--school", "E001", "--year", "2024", "--slot", slot,
                "--sex", sex);
    }

    @Test
    void aGradeNamedAsTheWorkspacesTemplateNamesItIsTraced() {
        CliRun cp = trace("CP", "M");
        assertEquals(0, cp.code(), cp.out() + cp.err());
        assertTrue(cp.out().startsWith("E001 2024 enrolment G1 M = 14"), cp.out());
        assertTrue(cp.out().contains("Effectifs!D2"), cp.out());
        CliRun lower = trace("cp", "F");
        assertEquals(0, lower.code(), lower.out() + lower.err());
        assertTrue(lower.out().startsWith("E001 2024 enrolment G1 F = 15"), lower.out());
        // The template's CE1 is G2 (its own meaning of a built-in name wins, as at import), not the built-in G3.
        CliRun ce1 = trace("CE1", "F");
        assertEquals(0, ce1.code(), ce1.out() + ce1.err());
        assertTrue(ce1.out().startsWith("E001 2024 enrolment G2 F = 13"), ce1.out());
        assertTrue(ce1.out().contains("Effectifs!G2"), ce1.out());
    }

    @Test
    void aNameTwoTemplatesReadAsDifferentGradesIsRefusedNamingThem() {
        CliRun r = trace("Cours A", "M");
        assertNotEquals(0, r.code(), r.out());
        assertTrue(r.err().contains("The workspace's templates read Cours A as different grades: G1 (autre-a); G2"
                + " (autre-b). Give the grade's code (G1, G2)."), r.err());
        CliRun unknown = trace("CQ", "M");
        assertNotEquals(0, unknown.code(), unknown.out());
        assertTrue(unknown.err().contains("Unknown grade CQ"), unknown.err());
    }

    /**
     * Review 22: a template given to the import as a file kept elsewhere is kept beside the workspace, so trace reads
     * a return's own grade name once that file is gone; another file of the same name is never overwritten, and a
     * template of the same id with other content there is left as it is, and said. A workspace imported before
     * templates were kept (its template not beside it) says where its grade names would be read.
     */
    @Test
    void aTemplateGivenAsAFileIsKeptBesideTheWorkspaceAndItsGradeNamesRead() throws Exception {
        Path away = Files.createDirectories(dir.resolve("elsewhere"));
        Path template = away.resolve("jss.json");
        String json = """
                {"id": "jss-away", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "codeLists": {"grade": {"G8": ["JSS 2"]}},
                 "sheets": [{"names": ["Effectifs"], "key": ["Code école"], "columns": [
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """;
        Files.writeString(template, json);
        Path file = away.resolve("jss-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            org.emisworkbench.testing.Sheets.row(wb.createSheet("Effectifs"), 0, "Code école", "JSS 2 M", "JSS 2 F");
            org.emisworkbench.testing.Sheets.row(wb.getSheet("Effectifs"), 1, "J001", 21, 19);
            wb.write(out);
        }
        Path apart = Files.createDirectories(dir.resolve("apart"));
        Path ws = apart.resolve("ws.mv.db");
        Path kept = apart.resolve("templates").resolve("jss.json");
        CliRun imported = CliRun.emis("import", "--db", ws.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("Template jss-away kept beside the workspace as " + kept), imported.out());
        assertEquals(json, Files.readString(kept));
        // The file given is gone; a new command (a new workbench) reads JSS 2 from the kept template.
        Files.delete(template);
        CliRun traced = CliRun.emis("trace", "--db", ws.toString(), "--school", "J001", "--year", "2024", "--slot",
                "JSS 2", "--sex", "M");
        assertEquals(0, traced.code(), traced.out() + traced.err());
        assertTrue(traced.out().startsWith("J001 2024 enrolment G8 M = 21"), traced.out());

        // The same id with other content: the kept one is left as it is, and the import says so.
        Path edited = away.resolve("jss-edited.json");
        Files.writeString(edited, json.replace("\"version\": 1", "\"version\": 2"));
        Path file2 = away.resolve("jss-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file2)) {
            org.emisworkbench.testing.Sheets.row(wb.createSheet("Effectifs"), 0, "Code école", "JSS 2 M", "JSS 2 F");
            org.emisworkbench.testing.Sheets.row(wb.getSheet("Effectifs"), 1, "J001", 23, 17);
            wb.write(out);
        }
        CliRun again = CliRun.emis("import", "--db", ws.toString(), "--template", edited.toString(), file2.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("Template jss-away not kept beside the workspace: " + kept
                + " already holds a template jss-away that differs from " + edited), again.out());
        assertEquals(json, Files.readString(kept));

        // Another template under the same file name: kept under its id, the first file untouched.
        Path other = Files.createDirectories(dir.resolve("other")).resolve("jss.json");
        Files.writeString(other, json.replace("jss-away", "jss-other").replace("JSS 2", "Form 2"));
        Path file3 = other.resolveSibling("form-2026.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file3)) {
            org.emisworkbench.testing.Sheets.row(wb.createSheet("Effectifs"), 0, "Code école", "Form 2 M", "Form 2 F");
            org.emisworkbench.testing.Sheets.row(wb.getSheet("Effectifs"), 1, "J001", 22, 18);
            wb.write(out);
        }
        CliRun third = CliRun.emis("import", "--db", ws.toString(), "--template", other.toString(), file3.toString());
        assertEquals(0, third.code(), third.out() + third.err());
        Path asId = apart.resolve("templates").resolve("jss-other.json");
        assertTrue(third.out().contains("Template jss-other kept beside the workspace as " + asId), third.out());
        assertEquals(json, Files.readString(kept));
        assertTrue(Files.readString(asId).contains("\"jss-other\""));

        // A workspace whose template is not beside it (imported before templates were kept) says where to put it.
        Files.delete(kept);
        CliRun r = CliRun.emis("trace", "--db", ws.toString(), "--school", "J001", "--year", "2024", "--slot",
                "JSS 2", "--sex", "M");
        assertNotEquals(0, r.code(), r.out());
        assertTrue(r.err().contains("Unknown grade JSS 2") && r.err().contains("imported with template jss-away")
                && r.err().contains(apart.resolve("templates").toString()), r.err());
    }
}
