package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Togolese form's last age row, {@code 14 ans et +}, is the open band 14+ and its figures are stored (review
 * 21: the row was an UNKNOWN_CODE and six figures were lost); an age the lists do not know makes
 * {@code emis template check} exit 1 with a warning and a detail that says the row's figures are not imported
 * and how to add the spelling (it exited 0).
 */
class AgeBandSpellingsCliTest {
    @TempDir
    Path dir;

    /** Boys and girls of age row {@code a} (0 = 5 ans … 9 = the open band), grade g (0 = CP1, 1 = CP2). */
    private static int figure(int a, int g, int sex) {
        return 3 + a * 2 + g * 5 + sex;
    }

    private Path form(String lastAge, String name) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            for (String code : List.of("TG-0101", "TG-0102")) {
                Sheet s = wb.createSheet(code);
                Sheets.row(s, 0, "RECENSEMENT SCOLAIRE - Année scolaire : 2024-2025");
                Sheets.row(s, 1, "Code école :", code);
                Sheets.row(s, 2, "Nom de l'école :", "EPP " + code);
                Sheets.row(s, 4, "EFFECTIFS PAR ÂGE, CLASSE ET SEXE");
                Sheets.row(s, 5, "Âge", "CP1", null, "CP2", null);
                Sheets.row(s, 6, null, "G", "F", "G", "F");
                for (int a = 0; a < 10; a++) {
                    String label = a < 9 ? (5 + a) + " ans" : lastAge;
                    Sheets.row(s, 7 + a, label, figure(a, 0, 0), figure(a, 0, 1), figure(a, 1, 0), figure(a, 1, 1));
                }
            }
            wb.write(out);
        }
        return f;
    }

    @Test
    void theOpenBandWrittenTheFrenchWayIsReadAndStored() throws Exception {
        Path file = form("14 ans et +", "togo-2024.xlsx");
        Path template = dir.resolve("togo.json");
        CliRun draft = emis("template", "draft", file.toString(), "--out", template.toString(), "--lang", "fr");
        assertEquals(0, draft.code(), draft.out() + draft.err());
        CliRun check = emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out());
        assertTrue(!check.out().contains("UNKNOWN_CODE"), check.out());
        Path db = dir.resolve("w.mv.db");
        CliRun imported = emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        Path csv = dir.resolve("long.csv");
        CliRun export = emis("export", "--db", db.toString(), "--year", "2024", "--format", "long-csv", "--out",
                csv.toString());
        assertEquals(0, export.code(), export.out() + export.err());
        // Every figure of the 14+ row, for both schools, as written above: none lost.
        int stored = 0;
        int rows = 0;
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            if (f.length > 7 && f[3].equals("enrolment") && f[5].equals("14+")) {
                stored += Integer.parseInt(f[7]);
                rows++;
            }
        }
        int written = 2 * (figure(9, 0, 0) + figure(9, 0, 1) + figure(9, 1, 0) + figure(9, 1, 1));
        assertEquals(8, rows, "two schools × two grades × two sexes in the 14+ band");
        assertEquals(written, stored);
    }

    @Test
    void anAgeTheListsDoNotKnowFailsTheCheckAndSaysTheRowIsLost() throws Exception {
        Path known = form("14 ans et +", "togo-2024.xlsx");
        Path template = dir.resolve("togo.json");
        assertEquals(0, emis("template", "draft", known.toString(), "--out", template.toString()).code());
        Path file = form("14 ans révolus", "togo-autre-2024.xlsx");
        CliRun check = emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains("WARNING: 2 row(s) or column(s) of figures under an age, grade or sex the lists"
                + " do not know: not imported (UNKNOWN_CODE below)"), check.out());
        assertTrue(check.out().contains("TG-0101!A17 UNKNOWN_CODE"), check.out());
        assertTrue(check.out().contains("the figures of this row are not imported. If it is an age or a band, add its"
                + " spelling to the template's codeLists, under \"age\" (\"14+\": [\"…\"])"), check.out());
    }
}
