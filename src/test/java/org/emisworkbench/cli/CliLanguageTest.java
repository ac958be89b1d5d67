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

/** {@code --lang} on import, validate and findings: what an officer reads is in the officer's language, JSON stays English. */
class CliLanguageTest {
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

    @Test
    void validateAndFindingsSpeakFrenchTitlesAndTotals() throws Exception {
        String db = org.emisworkbench.service.ReportFixture.create(dir).toString();
        CliRun fr = emis("validate", "--db", db, "--year", "2024", "--lang", "fr");
        assertTrue(fr.err().contains(" constat(s) levé(s) ("), fr.err());
        assertFalse(fr.err().contains("finding(s) raised"), fr.err());
        // Every group line gives the rule's French title from the pack, never the stored English one.
        java.util.List<String> groups = java.util.Arrays.stream(fr.out().split("\\R"))
                .filter(l -> l.matches("(ERROR|WARNING|INFO) \\S+ — .*")).toList();
        assertFalse(groups.isEmpty(), fr.out());
        for (String g : groups) {
            // A group with cells says its first and last; one of schools without a cell (a level missing) does not.
            assertTrue(g.contains(" constat(s), premier ") || g.matches(".* : \\d+ constat\\(s\\)"), g);
            assertFalse(g.contains("premier -"), g);
        }
        // Each finding's status in French too (review 19).
        assertTrue(fr.out().contains(" ouvert "), fr.out());
        assertFalse(fr.out().contains(" open "), fr.out());
        CliRun en = emis("findings", "--db", db, "--year", "2024");
        java.util.List<String> english = java.util.Arrays.stream(en.out().split("\\R"))
                .filter(l -> l.matches("(ERROR|WARNING|INFO) \\S+ — .*")).toList();
        assertEquals(groups.size(), english.size(), en.out());
        CliRun findingsFr = emis("findings", "--db", db, "--year", "2024", "--lang", "fr");
        java.util.List<String> french = java.util.Arrays.stream(findingsFr.out().split("\\R"))
                .filter(l -> l.matches("(ERROR|WARNING|INFO) \\S+ — .*")).toList();
        assertEquals(groups, french);
        // The pack has a French title for each default rule: at least one group reads differently.
        boolean anyTitleDiffers = false;
        for (int i = 0; i < french.size(); i++) {
            String frTitle = french.get(i).replaceAll(" : \\d+ constat.*", "");
            String enTitle = english.get(i).replaceAll(": \\d+ finding.*", "");
            anyTitleDiffers |= !frTitle.equals(enTitle);
        }
        assertTrue(anyTitleDiffers, french + " / " + english);
        assertTrue(findingsFr.out().trim().endsWith("constat(s)") || findingsFr.out().contains("conséquence(s) listée(s)"),
                findingsFr.out());
    }

    @Test
    void templateCheckDraftAndTraceSpeakTheOfficersLanguageWhileTheirJsonKeepsItsKeys() throws Exception {
        Path file = Files.copy(Path.of("sample-workbooks/2024/wide/D01-2024.xlsx"), dir.resolve("D01-2024.xlsx"));

        CliRun fr = emis("template", "check", "--template", "sample-wide", "--lang", "fr", file.toString());
        assertTrue(fr.out().startsWith("Modèle sample-wide v"), fr.out());
        assertTrue(fr.out().contains("(rien n'est enregistré)"), fr.out());
        assertTrue(fr.out().contains("L'importation enregistrerait "), fr.out());
        assertTrue(fr.out().lines().anyMatch(l -> l.startsWith("Feuille « ")), fr.out());
        assertFalse(fr.out().contains("nothing stored") || fr.out().contains("The import would")
                || fr.out().contains("Sheet \""), fr.out());
        CliRun en = emis("template", "check", "--template", "sample-wide", file.toString());
        assertTrue(en.out().contains("(nothing stored)") && en.out().contains("The import would store "), en.out());
        CliRun json = emis("template", "check", "--template", "sample-wide", "--lang", "fr", "--format", "json",
                file.toString());
        assertEquals("sample-wide", json.json().get("templateId").asText());
        assertTrue(json.json().has("problems") && json.json().get("schools").asInt() > 0, json.out());

        Path draft = dir.resolve("draft.json");
        CliRun pt = emis("template", "draft", "--lang", "pt", file.toString(), "--out", draft.toString());
        assertEquals(0, pt.code(), pt.err());
        assertTrue(pt.out().startsWith(draft + " escrito (modelo "), pt.out());
        assertTrue(pt.out().lines().anyMatch(l -> l.startsWith("Folha «") && l.contains("cabeçalho na linha")), pt.out());
        assertFalse(pt.out().contains("Wrote ") || pt.out().contains("header on row"), pt.out());

        String db = dir.resolve("w").toString();
        assertEquals(0, emis("import", "--db", db, file.toString()).code());
        CliRun trace = emis("trace", "--db", db, "--school", "SCH01001", "--year", "2024", "--slot", "G1", "--sex", "F",
                "--lang", "fr");
        assertEquals(0, trace.code(), trace.err());
        assertTrue(trace.out().lines().anyMatch(l -> l.matches("\\s+\\d+  de D01-2024\\.xlsx \\S+!\\S+")), trace.out());
        assertFalse(trace.out().contains(" from "), trace.out());
        CliRun unknown = emis("trace", "--db", db, "--school", "SCH01001", "--year", "2024", "--slot", "CP9", "--sex",
                "F", "--lang", "pt");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Classe desconhecida CP9; as classes são [PP, G1"), unknown.err());
        assertFalse(unknown.err().contains("Unknown grade"), unknown.err());
    }
}
