package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis template check|draft} and {@code emis templates}: output and exit codes, --help on every
 * command, templates without title, and the templates folder beside the workspace.
 */
class TemplateCliTest {
    @TempDir
    Path dir;

    /** A French district file: codes, names, CP1/CP2 girls and boys; {@code extra} adds a column of numbers. */
    private Path workbook(String name, boolean extra) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Écoles");
        Sheets.row(s, 0, "Code école", "Nom de l'école", "CP1 Filles", "CP1 Garçons", "CP2 Filles", "CP2 Garçons",
                extra ? "Tables-bancs" : null);
        for (int i = 0; i < 4; i++) {
            Sheets.row(s, 1 + i, "E" + (10 + i), "École " + i, 20 + i, 21 + i, 18 + i, 19 + i, extra ? 30 + i : null);
        }
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    @Test
    void helpWorksOnEveryCommandAndSubcommand() {
        for (String[] args : new String[][] {{"templates", "--help"}, {"template", "--help"},
            {"template", "check", "--help"}, {"template", "draft", "--help"}, {"import", "--help"},
            {"workshop", "reset", "--help"}, {"validate", "-h"}}) {
            CliRun r = emis(args);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.out().contains("Usage:"), String.join(" ", args) + ": " + r.out());
        }
    }

    @Test
    void templateWithoutTitleIsListedWithoutNullAndTheWorkspaceFolderWinsOverTheUserFolder() throws Exception {
        Path user = Files.createDirectories(dir.resolve("user"));
        Path ws = Files.createDirectories(dir.resolve("office"));
        Path wsTemplates = Files.createDirectories(ws.resolve("templates"));
        String body = ",\"layout\":\"wide\",\"sheets\":[{\"names\":[\"*\"],\"key\":[\"Code\"],"
                + "\"columns\":[{\"headers\":[\"Nom\"],\"field\":\"school.name\"}]}]}";
        Files.writeString(user.resolve("mine.json"), "{\"id\":\"mine\",\"version\":1" + body);
        Files.writeString(wsTemplates.resolve("mine.json"), "{\"id\":\"mine\",\"version\":2,\"title\":\"Office\"" + body);
        Files.writeString(user.resolve("untitled.json"), "{\"id\":\"untitled\",\"version\":1" + body);

        CliRun plain = emis("templates", "--templates-folder", user.toString());
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.out().contains("null"), plain.out());
        assertTrue(plain.out().lines().anyMatch(l -> l.startsWith("untitled") && l.contains("(no title)")), plain.out());
        assertTrue(plain.out().lines().anyMatch(l -> l.startsWith("mine") && l.contains("v1 ")), plain.out());

        CliRun withDb = emis("templates", "--templates-folder", user.toString(), "--db",
                ws.resolve("census.mv.db").toString());
        assertEquals(0, withDb.code(), withDb.err());
        String mine = withDb.out().lines().filter(l -> l.startsWith("mine")).findFirst().orElseThrow();
        assertTrue(mine.contains("v2 ") && mine.contains("Office"), mine);
        assertTrue(mine.contains("replaces " + user.resolve("mine.json")), mine);
        assertFalse(Files.exists(ws.resolve("census.mv.db")), "listing templates creates no workspace");
    }

    @Test
    void importFindsATemplateInTheFolderBesideTheWorkspace() throws Exception {
        Path file = workbook("ecoles-2024.xlsx", false);
        Path ws = Files.createDirectories(dir.resolve("office"));
        Path user = Files.createDirectories(dir.resolve("empty-user-folder"));
        // Without the template, no built-in one fits the file.
        CliRun before = emis("import", "--db", dir.resolve("other.mv.db").toString(), "--templates-folder",
                user.toString(), file.toString());
        assertEquals(1, before.code(), before.out());

        Path template = ws.resolve("templates").resolve("ecoles.json");
        CliRun draft = emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.err());
        CliRun r = emis("import", "--db", ws.resolve("census.mv.db").toString(), "--templates-folder", user.toString(),
                "--format", "json", file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode f = r.json().get("files").get(0);
        assertEquals("IMPORTED", f.get("outcome").asText());
        assertEquals("ecoles", f.get("templateId").asText());
        assertEquals(4, f.get("schoolsAdded").asInt());
        assertEquals(16, f.get("valuesStored").asInt());
    }

    @Test
    void draftWritesALoadableTemplateAndNeverOverwritesWithoutForce() throws Exception {
        Path file = workbook("ecoles-2024.xlsx", true);
        Path out = dir.resolve("ecoles.json");
        CliRun r = emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"Code école\""), r.out());
        assertTrue(r.out().contains("enrolment G1 F"), r.out());
        assertTrue(r.out().contains("\"Tables-bancs\"") && r.out().contains("not guessed"), r.out());
        var t = TemplateLoader.load(out);
        assertEquals("ecoles", t.id());
        assertEquals(1, t.version());
        String written = Files.readString(out);

        CliRun again = emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(written, Files.readString(out));

        Files.writeString(out, "{}");
        CliRun forced = emis("template", "draft", file.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(written, Files.readString(out));
    }

    @Test
    void aWorkbookWithNothingToDraftOrNoWorkbookAtAllIsOnePlainSentence() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheets.row(wb.createSheet("Notes"), 0, "Rempli par le bureau du district", "le 3 mars");
        Path notes = dir.resolve("notes.xlsx");
        try (OutputStream out = Files.newOutputStream(notes)) {
            wb.write(out);
        }
        wb.close();
        Path out = dir.resolve("notes.json");
        CliRun r = emis("template", "draft", notes.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: Nothing to draft from notes.xlsx: ") && r.err().contains("Sheet Notes"),
                r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), "nothing written");

        Path text = dir.resolve("list.xlsx");
        Files.writeString(text, "Code,Nom\nE1,Une\n");
        CliRun bad = emis("template", "check", "--template", "sample-wide", text.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: list.xlsx is not an Excel workbook"), bad.err());
    }

    @Test
    void aTemplateWithSeveralMistakesListsEachOnItsOwnLine() throws Exception {
        Path file = workbook("ecoles-2024.xlsx", false);
        Path bad = dir.resolve("bad.json");
        // Two mistakes, and a field name holding a line break that must stay visible, not break the list.
        Files.writeString(bad, """
                {"id": "bad", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Écoles"], "key": ["Code école"],
                   "constants": {"school.ownership": "publik"},
                   "columns": [{"headers": ["Salles"], "field": "classroom\\nx"}]}]}
                """);
        CliRun r = emis("template", "check", "--template", bad.toString(), file.toString());
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("error: The template bad.json cannot be used:"), r.err());
        List<String> items = lines.stream().filter(l -> l.startsWith("  - ")).toList();
        assertEquals(2, items.size(), r.err());
        assertTrue(items.stream().anyMatch(l -> l.contains("\"publik\"")), r.err());
        assertTrue(items.stream().anyMatch(l -> l.contains("classroom\\nx")), "the line break inside shows as \\n: " + r.err());
    }

    /**
     * Forms stacked down one sheet: the draft says so ("schools": "block"), and the check lists every school
     * read with its values, and the block without a code at its cell.
     */
    @Test
    void draftAndCheckOfSchoolsStackedInBlocksListEachSchool() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Returns");
        for (int b = 0; b < 4; b++) {
            int r = b * 5;
            Sheets.row(s, r, "School code:", b == 2 ? null : "KP-" + (70 + b));
            Sheets.row(s, r + 1, "School name:", "Kpando " + b);
            Sheets.row(s, r + 2, "Female teachers", 2 + b, "Male teachers", 3 + b);
        }
        Path f = dir.resolve("kpando-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        Path template = dir.resolve("kpando.json");
        CliRun draft = emis("template", "draft", f.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertTrue(Files.readString(template).contains("\"schools\" : \"block\""), Files.readString(template));
        CliRun check = emis("template", "check", "--template", template.toString(), f.toString());
        assertTrue(check.out().contains("would store 3 school(s), 6 value(s)"), check.out());
        for (String code : List.of("KP-70", "KP-71", "KP-73")) {
            assertTrue(check.out().lines().anyMatch(l -> l.contains("school") && l.contains(code)
                    && l.contains("2 value(s)")), check.out());
        }
        assertTrue(check.out().contains("Returns!B11 BLANK_KEY"), check.out());
        CliRun json = emis("template", "check", "--template", template.toString(), "--format", "json", f.toString());
        assertEquals(3, json.json().get("schoolsRead").size(), json.out());
        assertEquals(6, json.json().get("valuesByTopic").get("teachers").asInt(), json.out());
    }

    @Test
    void checkPrintsColumnsReadAndNotReadAndExitsOneOnUnreadNumbers() throws Exception {
        Path clean = workbook("ecoles-2024.xlsx", false);
        Path template = dir.resolve("ecoles.json");
        assertEquals(0, emis("template", "draft", clean.toString(), "--out", template.toString()).code());

        CliRun ok = emis("template", "check", "--template", template.toString(), clean.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("\"CP1 Filles\"") && ok.out().contains("enrolment G1 F"), ok.out());
        assertTrue(ok.out().contains("20, 21, 22"), "example values: " + ok.out());
        assertTrue(ok.out().contains("would store 4 school(s), 16 value(s)"), ok.out());
        // The values counted by what they count: a band read as the wrong topic would show here.
        assertTrue(ok.out().contains("  by topic: enrolment 16"), ok.out());
        assertFalse(ok.out().contains("NOT READ"), ok.out());

        Path extra = workbook("ecoles-extra-2024.xlsx", true);
        CliRun bad = emis("template", "check", "--template", template.toString(), extra.toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().lines().anyMatch(l -> l.contains("NOT READ") && l.contains("\"Tables-bancs\"")
                && l.contains("numbers below, e.g. 30, 31, 32")), bad.out());
        assertTrue(bad.out().contains("UNREAD_FIGURES"), bad.out());

        CliRun json = emis("template", "check", "--template", template.toString(), "--format", "json", extra.toString());
        assertEquals(1, json.code());
        assertEquals(1, json.json().get("unreadNumberColumns").asInt());
        assertEquals("Tables-bancs", json.json().get("sheets").get(0).get("notRead").get(0).get("header").asText());
        assertEquals(4, json.json().get("schools").asInt());

        CliRun unknown = emis("template", "check", "--template", "no-such-template", clean.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("error: "), unknown.err());
    }

    @Test
    void aColumnOfNumbersLeftOutOnPurposeIsListedAsLeftOutAndTheCheckPasses() throws Exception {
        Path extra = workbook("ecoles-extra-2024.xlsx", true);
        Path template = dir.resolve("ecoles.json");
        assertEquals(0, emis("template", "draft", workbook("ecoles-2024.xlsx", false).toString(), "--out",
                template.toString()).code());
        // The officer decides the desks are no census figure: the sheet leaves the column out on purpose.
        Files.writeString(template, Files.readString(template).replace("\"names\" : [", "\"ignore\" : [\"Tables-bancs\"],"
                + " \"names\" : ["));
        CliRun r = emis("template", "check", "--template", template.toString(), extra.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("LEFT OUT") && l.contains("\"Tables-bancs\"")
                && l.contains("left out on purpose (ignore), numbers below, e.g. 30, 31, 32")), r.out());
        assertFalse(r.out().contains("UNREAD_FIGURES") || r.out().contains("UNMATCHED_COLUMN"), r.out());
        CliRun json = emis("template", "check", "--template", template.toString(), "--format", "json", extra.toString());
        assertEquals(0, json.json().get("unreadNumberColumns").asInt());
        assertTrue(json.json().get("sheets").get(0).get("notRead").get(0).get("onPurpose").asBoolean());
    }

    @Test
    void draftAndCheckOfASheetWithOneRowPerSchoolAndClassShowTheClassColumnAsTheGradeOfTheRow() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Classes");
        Sheets.row(s, 0, "School code", "Class", "Boys", "Girls");
        for (int i = 0; i < 6; i++) {
            Sheets.row(s, 1 + i, "K" + (i / 3), "Class " + (i % 3 + 1), 10 + i, 20 + i);
        }
        Path f = dir.resolve("classes-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        Path template = dir.resolve("classes.json");
        CliRun draft = emis("template", "draft", f.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertTrue(Files.readString(template).contains("row.grade"), Files.readString(template));

        CliRun check = emis("template", "check", "--template", template.toString(), f.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().lines().anyMatch(l -> l.contains("\"Class\"") && l.contains("→ grade of the row")),
                check.out());
        assertTrue(check.out().contains("would store 2 school(s), 12 value(s)"), check.out());
    }

    @Test
    void columnsAddedIntoASumAreListedAsReadAndRaiseNoWarning() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Teachers");
        Sheets.row(s, 0, "School No.", "Trained M", "Trained F", "Untrained M", "Untrained F");
        Sheets.row(s, 1, "IP201", 1, 2, 1, 2);
        Sheets.row(s, 2, "IP202", 2, 3, 0, 2);
        Path f = dir.resolve("teachers-2025.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        Path template = dir.resolve("teachers.json");
        Files.writeString(template, """
                {"id": "teachers", "version": 1, "title": "Teachers", "layout": "wide",
                 "year": {"fromFileName": true},
                 "sheets": [{"names": ["Teachers"], "key": ["School No."], "columns": [
                   {"patterns": ["Trained {sex}"], "field": "teachers.trained"},
                   {"field": "teachers.total", "sumOf": ["Trained {sex}", "Untrained {sex}"]}]}]}
                """);
        CliRun check = emis("template", "check", "--template", template.toString(), f.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        // Untrained is read, as a part of the teachers' total: never "NOT READ" with a warning.
        assertTrue(check.out().lines().anyMatch(l -> l.contains("\"Untrained F\"") && l.startsWith("  read")
                && l.contains("added into teachers.total F")), check.out());
        assertFalse(check.out().contains("NOT READ") || check.out().contains("WARNING"), check.out());
        CliRun json = emis("template", "check", "--template", template.toString(), "--format", "json", f.toString());
        assertEquals(0, json.json().get("unreadNumberColumns").asInt());
        JsonNode read = json.json().get("sheets").get(0).get("read");
        int parts = 0;
        for (JsonNode c : read) {
            parts += c.get("partOfSum").asBoolean() ? 1 : 0;
        }
        assertEquals(2, parts, read.toString());
    }
}
