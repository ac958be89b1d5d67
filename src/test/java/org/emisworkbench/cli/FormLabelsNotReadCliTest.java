package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form's label with a value beside it that the draft does not guess, or the template does not read, is listed by
 * {@code emis template draft} and {@code emis template check} (text and JSON), once, and titles, instructions,
 * headings and figures already reported as a block are not (review 16, S6); a figure given two values under one
 * header row read by several tables is one problem line (S7).
 */
class FormLabelsNotReadCliTest {
    @TempDir
    Path dir;

    private Path save(XSSFWorkbook wb, String name) throws Exception {
        return Sheets.save(wb, dir.resolve(name));
    }

    /** A Burkinabè school's form in French: title, instruction, labels with colons, a table of enrolment. */
    private Path frenchForm() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Fiche");
        Sheets.row(s, 0, "FICHE D'ENQUÊTE RENTRÉE 2024");
        Sheets.row(s, 1, "Remplir une fiche par école et la renvoyer à la circonscription avant le 15 novembre.");
        Sheets.row(s, 3, "Code de l'école :", "BF-0417");
        Sheets.row(s, 4, "Nom de l'école :", "EPP Zongo A");
        Sheets.row(s, 5, "Région :", "Centre");
        Sheets.row(s, 6, "Commune :", "Ouagadougou");
        Sheets.row(s, 7, "Quartier :", "Zongo");
        Sheets.row(s, 9, "EFFECTIFS PAR CLASSE ET SEXE");
        Sheets.row(s, 10, "Classe", "CP1", null, "CP2");
        Sheets.row(s, 11, null, "G", "F", "G", "F");
        Sheets.row(s, 12, "Effectif", 31, 28, 25, 27);
        return save(wb, "zongo-2024.xlsx");
    }

    /** A Pacific form: labels in column A, answers two columns right in merged cells, a grade table. */
    private Path pacificForm() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Census Form");
        Sheets.row(s, 0, "PRIMARY SCHOOL CENSUS 2024");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        Sheets.row(s, 1, "Please answer every question.");
        Sheets.row(s, 2, "School ID:", "FM-2210");
        Object[][] labels = {{"School name", "Nanpohnmal Elementary"}, {"State", "Pohnpei"},
                {"Authority", "Government"}, {"Classrooms in good condition", 5}};
        for (int i = 0; i < labels.length; i++) {
            Sheets.row(s, 4 + i, labels[i][0], null, labels[i][1]);
            s.addMergedRegion(new CellRangeAddress(4 + i, 4 + i, 2, 4));
        }
        Sheets.row(s, 10, "ENROLMENT BY GRADE AND SEX");
        Sheets.row(s, 11, "Grade", null, "Boys", "Girls");
        for (int g = 1; g <= 3; g++) {
            Sheets.row(s, 11 + g, "Grade " + g, null, 10 + g, 20 + g);
        }
        return save(wb, "pohnpei-2024.xlsx");
    }

    /** The labels the draft lists as not guessed, each as "Sheet!A8 Label = value". */
    private static List<String> notGuessed(String out) {
        List<String> found = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.contains("not guessed: left out")) {
                String[] parts = line.strip().split("\\s+\"|\"\\s+not guessed: left out\\s+value ");
                found.add(parts[0] + " " + parts[1] + " = " + parts[2]);
            }
        }
        return found;
    }

    private static List<String> unreadLabels(JsonNode check) {
        List<String> found = new ArrayList<>();
        check.get("unreadLabels").forEach(l -> found.add(l.get("cell").asText() + " " + l.get("label").asText()
                + " = " + l.get("value").asText()));
        return found;
    }

    private static long lines(String out, String text) {
        return out.lines().filter(l -> l.contains(text)).count();
    }

    @Test
    void frenchFormListsItsUnguessedLabelOnceInDraftAndCheck() throws Exception {
        Path file = frenchForm();
        Path t = dir.resolve("zongo.json");
        CliRun draft = emis("template", "draft", "--out", t.toString(), file.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        List<String> listed = notGuessed(draft.out());
        assertTrue(listed.contains("Fiche!A8 Quartier = Zongo"), draft.out());
        assertTrue(draft.out().contains("→ school.region"), "Région is still guessed: " + draft.out());
        for (String word : List.of("FICHE", "Remplir", "EFFECTIFS", "Classe", "Effectif")) {
            assertTrue(listed.stream().noneMatch(l -> l.contains(word)), word + " is no label: " + draft.out());
        }
        assertEquals(new HashSet<>(listed).size(), listed.size(), draft.out());
        assertEquals(1, lines(draft.out(), "\"Quartier\""), draft.out());

        CliRun check = emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        // The check lists what the draft listed: the same labels, cells and values, each once.
        assertEquals(listed, unreadLabels(check.json()), check.out());
        CliRun text = emis("template", "check", "--template", t.toString(), file.toString());
        assertEquals(1, lines(text.out(), "\"Quartier\" — a label the template does not read, value \"Zongo\""),
                text.out());
        CliRun fr = emis("template", "check", "--template", t.toString(), "--lang", "fr", file.toString());
        assertEquals(1, lines(fr.out(), "\"Quartier\" — libellé que le modèle ne lit pas, valeur « Zongo »"),
                fr.out());
    }

    @Test
    void checkListsLabelsAHandTemplateLeavesButNotFiguresReportedAsABlock() throws Exception {
        Path file = frenchForm();
        Path t = Files.writeString(dir.resolve("code-only.json"), """
                {"id": "code-only", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Fiche"], "labels": [
                   {"labels": ["Code de l'école"], "field": "school.code"},
                   {"labels": ["Nom de l'école"], "field": "school.name"}]}]}
                """);
        CliRun check = emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        assertEquals(List.of("Fiche!A6 Région = Centre", "Fiche!A7 Commune = Ouagadougou",
                "Fiche!A8 Quartier = Zongo"), unreadLabels(check.json()), check.out());
        // The enrolment figures are one block not read; their row label is not listed again as a label.
        JsonNode blocks = check.json().get("unreadBlocks");
        assertEquals(1, blocks.size(), check.out());
        assertTrue(blocks.get(0).get("cells").asText().startsWith("Fiche!B13"), check.out());
    }

    @Test
    void pacificFormListsItsStateOnceAndNothingElse() throws Exception {
        Path file = pacificForm();
        Path t = dir.resolve("pohnpei.json");
        CliRun draft = emis("template", "draft", "--out", t.toString(), file.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        // State is guessed as nothing (a district in Palau, the level above in the FSM): listed, never dropped.
        assertEquals(List.of("Census Form!A6 State = Pohnpei"), notGuessed(draft.out()), draft.out());
        CliRun json = emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        assertEquals(List.of("Census Form!A6 State = Pohnpei"), unreadLabels(json.json()), json.out());
        assertEquals(0, json.json().get("unreadBlocks").size(), json.out());
        CliRun text = emis("template", "check", "--template", t.toString(), "--lang", "pt", file.toString());
        assertEquals(1, lines(text.out(), "NOT READ"), text.out());
        assertEquals(1, lines(text.out(), "\"State\" — rótulo que o modelo não lê, valor \"Pohnpei\""),
                text.out());
    }

    @Test
    void aClashUnderAHeaderRowOfThreeTablesIsOneLine() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Form");
        String[] blocks = {"ENROLMENT", "REPEATERS", "NEW ENTRANTS"};
        int[] start = {1, 5, 9};
        Object[] titles = new Object[13];
        Object[] grades = new Object[13];
        Object[] sexes = new Object[13];
        grades[0] = "Age";
        for (int b = 0; b < 3; b++) {
            titles[start[b]] = blocks[b];
            for (int k = 0; k < 4; k++) {
                // The third block's form misprints its second grade as Grade 1 again: a real clash, in one table.
                grades[start[b] + k] = k % 2 == 0 ? "Grade " + (b == 2 ? 1 : k / 2 + 1) : null;
                sexes[start[b] + k] = k % 2 == 0 ? "Boys" : "Girls";
            }
        }
        Sheets.row(s, 0, "School code:", "SB-0912", null, "School name:", "Honiara East");
        Sheets.row(s, 2, titles);
        Sheets.row(s, 3, grades);
        Sheets.row(s, 4, sexes);
        for (int a = 0; a < 4; a++) {
            Object[] row = new Object[13];
            row[0] = String.valueOf(6 + a);
            for (int c = 1; c < 13; c++) {
                row[c] = 1 + a + c;
            }
            Sheets.row(s, 5 + a, row);
        }
        Path file = save(wb, "honiara-2024.xlsx");
        Path t = Files.writeString(dir.resolve("honiara.json"), """
                {"id": "honiara", "version": 1, "layout": "grid", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Form"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"labels": ["School name"], "field": "school.name"}],
                   "grids": [{"field": "enrolment", "titles": ["ENROLMENT"], "rows": "age"},
                             {"field": "repeaters", "titles": ["REPEATERS"], "rows": "age"},
                             {"field": "new_entrants", "titles": ["NEW ENTRANTS"], "rows": "age"}]}]}
                """);
        CliRun text = emis("template", "check", "--template", t.toString(), file.toString());
        List<String> clashes = text.out().lines().filter(l -> l.contains(" VALUE_CLASH: ")).toList();
        assertEquals(2, clashes.size(), "Grade 1 boys and girls given twice in NEW ENTRANTS, each said once: "
                + text.out());
        assertEquals(new HashSet<>(clashes).size(), clashes.size(), "a clash printed twice: " + text.out());
        CliRun json = emis("template", "check", "--template", t.toString(), "--format", "json", file.toString());
        assertEquals(clashes.size(), json.json().get("valueClashes").asInt(), json.out());
        Set<String> cells = new HashSet<>();
        clashes.forEach(l -> assertTrue(cells.add(l.strip().split(" ")[0]), l));
    }

    /**
     * Review 29 §7: rows of a small table the draft does not guess ({@code Sanctioned}, {@code Vacant} posts under
     * {@code Male | Female}) were listed once per column, each row twice; now once, naming its columns and values.
     */
    @Test
    void aRowOfASmallTableNotGuessedIsListedOnceWithItsColumns() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("School Census 2024");
        Sheets.row(s, 0, "SCHOOL CENSUS 2024");
        Sheets.row(s, 2, "EMIS Code:", "35220123");
        Sheets.row(s, 3, "School name:", "GPS Chak 12");
        Sheets.row(s, 5, "ENROLMENT BY CLASS AND SEX");
        Sheets.row(s, 6, "Class", "Boys", "Girls");
        for (int g = 1; g <= 5; g++) {
            Sheets.row(s, 6 + g, "Class " + g, 10 + g, 12 + g);
        }
        int[][] posts = {{6, 5}, {1, 2}};
        Sheets.row(s, 13, "Teachers posts", "Male", "Female");
        Sheets.row(s, 14, "Sanctioned", posts[0][0], posts[0][1]);
        Sheets.row(s, 15, "Vacant", posts[1][0], posts[1][1]);
        Path file = save(wb, "census_35220123_2024.xlsx");
        Path t = dir.resolve("pk.json");
        CliRun draft = emis("template", "draft", "--out", t.toString(), file.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        String[] rows = {"Sanctioned", "Vacant"};
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            List<String> lines = draft.out().lines().filter(l -> l.contains("\"" + row + "\"")).toList();
            assertEquals(1, lines.size(), draft.out());
            assertTrue(lines.get(0).contains("\"" + row + "\" × \"Male\", \"Female\"")
                    && lines.get(0).contains("not guessed: left out")
                    && lines.get(0).endsWith("values " + posts[i][0] + ", " + posts[i][1]), lines.get(0));
        }
    }
}
