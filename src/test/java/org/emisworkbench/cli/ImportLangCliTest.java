package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emis import --lang}: the summary an officer reads is in the officer's language, the JSON stays English. */
class ImportLangCliTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryIsFrenchWithLangFrAndKeepsItsStatusWords() throws Exception {
        Path file = Files.copy(Path.of("sample-workbooks/2024/wide/D01-2024.xlsx"), dir.resolve("D01-2024.xlsx"));
        Path notAWorkbook = Files.writeString(dir.resolve("notes.xlsx"), "pas un classeur");
        String db = dir.resolve("w").toString();

        CliRun fr = emis("import", "--db", db, "--lang", "fr", file.toString(), notAWorkbook.toString());
        assertEquals(1, fr.code(), fr.err());
        String[] lines = fr.out().split("\\R");
        String ok = java.util.Arrays.stream(lines).filter(l -> l.startsWith("OK      ")).findFirst().orElseThrow();
        assertTrue(ok.contains("D01-2024.xlsx") && ok.contains(" écoles, ") && ok.contains("ligne(s) ignorée(s)"), ok);
        String failed = java.util.Arrays.stream(lines).filter(l -> l.startsWith("FAILED  ")).findFirst().orElseThrow();
        assertTrue(failed.contains("notes.xlsx"), failed);
        assertTrue(fr.out().contains("2 fichier(s) : 1 importé(s), 0 déjà importé(s), 1 en échec"), fr.out());
        assertFalse(fr.out().contains("rows skipped") || fr.out().contains("file(s):"), fr.out());

        CliRun again = emis("import", "--db", db, "--lang", "pt", file.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("SAME    "), again.out());
        assertTrue(again.out().contains("1 ficheiro(s): 0 importado(s), 1 já importado(s)"), again.out());

        CliRun english = emis("import", "--db", db, file.toString());
        assertTrue(english.out().contains("1 file(s): 0 imported, 1 already imported"), english.out());
        CliRun json = emis("import", "--db", db, "--lang", "fr", "--format", "json", file.toString());
        assertEquals("ALREADY_IMPORTED", json.json().get("files").get(0).get("outcome").asText());

        CliRun unknown = emis("import", "--db", db, "--lang", "xx", file.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("'xx' is not a language of the Workbench"), unknown.err());
    }
}
