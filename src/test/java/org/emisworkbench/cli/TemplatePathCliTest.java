package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code --template} given a path that is not there says the file was not found, naming the path as typed and
 * where it was looked for, never "No template" as if an id were unknown; an id that is unknown still lists the
 * known ones.
 */
class TemplatePathCliTest {
    @TempDir
    static Path dir;
    static Path workbook;

    @BeforeAll
    static void write() throws Exception {
        workbook = dir.resolve("returns-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sh = wb.createSheet("Returns");
            Row h = sh.createRow(0);
            String[] head = {"School code", "District", "Grade 1 Boys", "Grade 1 Girls"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = sh.createRow(1);
            r.createCell(0).setCellValue("S1");
            r.createCell(1).setCellValue("D1");
            r.createCell(2).setCellValue(7);
            r.createCell(3).setCellValue(8);
            wb.write(out);
        }
    }

    @Test
    void aMissingTemplateFileIsNamedAsAFileNotFound() {
        String missing = dir.resolve("templates/does-not-exist.json").toString();
        CliRun check = CliRun.emis("template", "check", "--template", missing, workbook.toString());
        assertNotEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.err().contains("No template file " + missing + ": there is no such file"), check.err());
        assertFalse(check.err().contains("Known templates"), check.err());

        Path db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", "sub/mine.json",
                workbook.toString());
        assertNotEquals(0, imported.code(), imported.out() + imported.err());
        String all = imported.out() + imported.err();
        assertTrue(all.contains("No template file sub/mine.json: there is no such file ("
                + Path.of("sub/mine.json").toAbsolutePath().normalize() + ")"), all);
        assertFalse(all.contains("Known templates"), all);
        // a name ending .json without a folder is a file too
        CliRun bare = CliRun.emis("template", "check", "--template", "mine.json", workbook.toString(), "--lang", "fr");
        assertNotEquals(0, bare.code());
        assertTrue(bare.err().contains("Aucun fichier modèle mine.json : ce fichier n'existe pas"), bare.err());
    }

    @Test
    void aFolderGivenAsTheTemplateIsSaidToBeAFolder() {
        CliRun check = CliRun.emis("template", "check", "--template", dir + "/", workbook.toString());
        assertNotEquals(0, check.code());
        assertTrue(check.err().contains("is a folder, not a template file"), check.err());
    }

    @Test
    void anUnknownIdStillListsTheKnownTemplates() {
        CliRun check = CliRun.emis("template", "check", "--template", "no-such-id", workbook.toString());
        assertNotEquals(0, check.code());
        assertTrue(check.err().contains("No template 'no-such-id'. Known templates: "), check.err());
        assertEquals(-1, check.err().indexOf("no such file"), check.err());
    }
}
