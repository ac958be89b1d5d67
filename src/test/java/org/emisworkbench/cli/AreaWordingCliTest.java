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
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes about an area read as sentences of the reader's language (review 20): a language joins its preposition
 * and article ("dans le pays", "no país", never "de le pays" or "em o país"), names the level in its own words
 * ("primaire", not "primary"), and agrees the verb with a count of one. A year whose returns name no district
 * cannot give district or national summaries: the officer is told why, not "no returns" or "0 written".
 * The test writes a return of four schools, one of which leaves the girls of Grade 2 blank, and no district.
 */
class AreaWordingCliTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void writeAndImport() throws Exception {
        Path file = dir.resolve("escolas-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Returns");
            String[] head = {"School code", "School name", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                "Grade 2 Girls", "Teachers male", "Teachers female"};
            Row h = sh.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Object[][] rows = {
                {"1001", "Namialo", 30, 28, 25, 27, 2, 1},
                {"1002", "Lurio", 22, 20, 21, null, 1, 1},
                {"1003", "Mecufi", 18, 19, 17, 16, 1, 2},
                {"1004", "Chiure", 40, 41, 39, 38, 2, 2}};
            for (int r = 0; r < rows.length; r++) {
                Sheets.row(sh, r + 1, rows[r]);
            }
            wb.write(out);
        }
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        db = dir.resolve("ws.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertNotEquals(2, imported.code(), imported.out() + imported.err());
    }

    private static String indicators(String lang) {
        CliRun r = CliRun.emis("indicators", "--db", db.toString(), "--year", "2025", "--format", "csv", "--lang", lang);
        assertEquals(0, r.code(), r.out() + r.err());
        return r.out();
    }

    @Test
    void frenchNotesJoinTheirArticlesAndAgreeWithOneSchool() {
        String fr = indicators("fr");
        // One school (1002) of the four leaves a sex missing in one grade.
        assertTrue(fr.contains("partiel : 1 des 4 écoles dont les élèves sont comptés dans le pays laisse un sexe"), fr);
        assertFalse(fr.contains("de le pays") || fr.contains("à le pays"), fr);
        assertFalse(fr.matches("(?s).*niveau primary.*") || fr.contains("(primary)"), fr);
    }

    @Test
    void portugueseNotesJoinTheirArticlesAndNameTheLevel() {
        String pt = indicators("pt");
        assertTrue(pt.contains("parcial: 1 das 4 escolas cujos alunos são contados no país deixa um sexo"), pt);
        assertFalse(pt.contains("em o país") || pt.contains("de o país") || pt.contains("escola de escola"), pt);
        assertFalse(pt.contains("do primary"), pt);
    }

    @Test
    void summariesWithoutAnyDistrictSayWhyInsteadOfNoReturns() {
        CliRun all = CliRun.emis("report", "--db", db.toString(), "--year", "2025", "--all", "--out",
                dir.resolve("out").toString());
        assertNotEquals(0, all.code(), all.out() + all.err());
        assertTrue(all.err().contains("The 2025 returns in this workspace name no district"), all.err());
        assertFalse(all.out().contains("0 district summaries written"), all.out());
        CliRun national = CliRun.emis("report", "--db", db.toString(), "--year", "2025", "--national", "--out",
                dir.resolve("n.pdf").toString(), "--lang", "pt");
        assertNotEquals(0, national.code(), national.out() + national.err());
        assertTrue(national.err().contains("Os questionários de 2025 deste espaço de trabalho não indicam nenhum distrito"),
                national.err());
        assertFalse(Files.exists(dir.resolve("n.pdf")));
    }

    @Test
    void aReturnThatDoesNotAskAboutToiletsIsNotToldItHasNone() {
        // Girls are enrolled at every school and the return has no toilets question: FAC-01 stays quiet, while
        // the rules of what the return does give still run (the blank girls' cell of 1002 is a finding).
        CliRun r = CliRun.emis("validate", "--db", db.toString(), "--year", "2025", "--format", "csv");
        assertTrue(r.out().contains("1002"), r.out() + r.err());
        assertFalse(r.out().contains("FAC-01"), r.out());
    }
}
