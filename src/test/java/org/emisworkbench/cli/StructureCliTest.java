package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emis structure}: shows the grades of each level with their ages, and changes the structure (decision 0039). */
class StructureCliTest {
    @TempDir
    Path dir;

    @Test
    void showsThenChangesTheStructureAndRefusesAFourteenthGrade() throws Exception {
        Path db = dir.resolve("w.mv.db");
        Workbench.open(db).close();
        String w = db.toString();

        CliRun shown = emis("structure", "--db", w);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("6 year(s) of primary from age 6, 3 of lower secondary, 3 of upper secondary"),
                shown.out());
        assertTrue(shown.out().contains("primary          G1 (age 6), G2 (age 7), G3 (age 8), G4 (age 9), G5 (age 10),"
                + " G6 (age 11)"), shown.out());

        CliRun zambia = emis("structure", "--db", w, "--primary", "7", "--lower-secondary", "2", "--entrance-age", "7");
        assertEquals(0, zambia.code(), zambia.err());
        assertTrue(zambia.out().contains("run the checks again"), zambia.out());
        assertTrue(zambia.out().contains("G7 (age 13)"), zambia.out());
        assertTrue(zambia.out().contains("lower_secondary  G8 (age 14), G9 (age 15)"), zambia.out());
        assertTrue(zambia.out().contains("pre_primary      PP (age 6)"), zambia.out());
        assertTrue(zambia.out().lines().anyMatch(l -> l.matches("Last changed on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by "
                + java.util.regex.Pattern.quote(System.getProperty("user.name")) + " \\(before: 6\\+3\\+3 from age 6\\)\\.")),
                zambia.out());
        assertFalse(shown.out().contains("Last changed"), "never changed before");

        // 7 + 4 + 3 = 14 grades do not fit (G13 is the last, decision 0072); the workspace keeps its structure.
        CliRun togo = emis("structure", "--db", w, "--primary", "7", "--lower-secondary", "4", "--upper-secondary", "3");
        assertEquals(PlainErrors.FAILED, togo.code(), togo.out());
        assertTrue(togo.err().contains("7 + 4 + 3 = 14 grades do not fit")
                && togo.err().contains("Give upper secondary at most 2 year(s)"), togo.err());
        assertFalse(togo.err().contains("Exception"), togo.err());
        CliRun bad = emis("structure", "--db", w, "--entrance-age", "2");
        assertEquals(PlainErrors.FAILED, bad.code(), bad.out());
        assertTrue(bad.err().contains("give an entrance age of 4 to 9"), bad.err());

        // Only the entrance age given: the years stay as they are.
        CliRun json = emis("structure", "--db", w, "--entrance-age", "6", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals(7, doc.get("structure").get("primary_years").asInt());
        assertEquals(2, doc.get("structure").get("lower_secondary_years").asInt());
        assertEquals(3, doc.get("structure").get("upper_secondary_years").asInt());
        assertEquals(6, doc.get("structure").get("entrance_age").asInt());
        JsonNode primary = doc.get("levels").get(1);
        assertEquals("primary", primary.get("level").asText());
        assertEquals(7, primary.get("grades").size());
        assertEquals("G7", primary.get("grades").get(6).get("code").asText());
        assertEquals(12, primary.get("grades").get(6).get("official_age").asInt());
        assertTrue(doc.get("message").asText().contains("run the checks again"));
    }

    @Test
    void settingTheStructureOfANewCountryCreatesItsWorkspaceShowingItDoesNot() throws Exception {
        String fresh = dir.resolve("new-country").toString();
        CliRun shown = emis("structure", "--db", fresh);
        assertEquals(2, shown.code(), "showing a workspace that is not there refuses: " + shown.out());
        CliRun set = emis("structure", "--db", fresh, "--primary", "7", "--lower-secondary", "2", "--entrance-age", "7");
        assertEquals(0, set.code(), set.err());
        CliRun again = emis("structure", "--db", fresh, "--format", "json");
        assertEquals(0, again.code(), again.err());
        JsonNode doc = new ObjectMapper().readTree(again.out());
        assertEquals(7, doc.get("structure").get("primary_years").asInt());
        assertEquals(7, doc.get("structure").get("entrance_age").asInt());
    }

    @Test
    void speaksFrenchAndPortugueseUnderLangWhileItsJsonKeepsItsKeysAndTheNote() throws Exception {
        Path db = dir.resolve("l.mv.db");
        Workbench.open(db).close();
        String w = db.toString();

        CliRun fr = emis("structure", "--db", w, "--lang", "fr");
        assertEquals(0, fr.code(), fr.err());
        assertTrue(fr.out().contains(": 6 an(s) de primaire dès 6 ans, 3 de premier cycle du secondaire, 3 de second"
                + " cycle"), fr.out());
        assertTrue(fr.out().contains("G1 (6 ans), G2 (7 ans)"), fr.out());
        assertFalse(fr.out().contains("School structure") || fr.out().contains("(age "), fr.out());

        CliRun pt = emis("structure", "--db", w, "--lang", "pt", "--primary", "7", "--lower-secondary", "2",
                "--entrance-age", "7");
        assertEquals(0, pt.code(), pt.err());
        assertTrue(pt.out().contains("A estrutura escolar é agora de 7 ano(s) de primário a partir dos 7 anos"), pt.out());
        assertTrue(pt.out().lines().anyMatch(l -> l.startsWith("Última alteração em ") && l.endsWith(" (antes: 6+3+3 a"
                + " partir dos 6 anos).")), pt.out());
        assertFalse(pt.out().contains("Last changed") || pt.out().contains("run the checks again"), pt.out());

        // A refusal is worded in the command's language too.
        CliRun bad = emis("structure", "--db", w, "--lang", "fr", "--entrance-age", "2");
        assertEquals(PlainErrors.FAILED, bad.code(), bad.out());
        assertTrue(bad.err().contains("indiquez un âge d’entrée de 4 à 9"), bad.err());
        assertFalse(bad.err().contains("give an entrance age"), bad.err());

        // JSON is for scripts: the same keys, the note as the workspace keeps it, whatever the language.
        CliRun json = emis("structure", "--db", w, "--lang", "fr", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals(7, doc.get("structure").get("primary_years").asInt());
        assertTrue(doc.get("last_change").asText().startsWith("primary=7; lower_secondary=2; upper_secondary=3;"
                + " entrance_age=7; before=6+3+3 from age 6; at="), doc.toString());
    }
}
