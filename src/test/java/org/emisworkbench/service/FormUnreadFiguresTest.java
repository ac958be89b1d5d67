package org.emisworkbench.service;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-school form whose template reads its labels and its pupils' table but not its teachers' table nor its
 * classrooms block: those figures are census data left unread, and {@code template check}, the import's summary
 * (command line and the result the Import screen shows) must say so, naming each block's cells and headers.
 * The form's other numbers (an EMIS number, a telephone, the year the school opened, a serial column, a column
 * of years of service, the table's total row and column) are no census figures left unread and are never
 * warned about; with a template that reads the two blocks too, nothing is.
 */
class FormUnreadFiguresTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    /** The labels and the pupils' table only: what a hand-written template or a partial draft reads. */
    private static final String PARTIAL = """
            {"id": "kabwe-partial", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Return"],
               "labels": [{"labels": ["School code"], "field": "school.code"},
                          {"labels": ["School name"], "field": "school.name"}],
               "grids": [{"field": "enrolment", "titles": ["PUPILS BY GRADE"], "rows": "grade"}]}]}
            """;

    /** The same, reading the teachers' table and the classrooms block as well. */
    private static final String WHOLE = """
            {"id": "kabwe-whole", "version": 1, "layout": "grid",
             "sheets": [{"names": ["Return"],
               "labels": [{"labels": ["School code"], "field": "school.code"},
                          {"labels": ["School name"], "field": "school.name"},
                          {"labels": ["Qualified"], "column": ["Female"], "field": "teachers.qualified", "sex": "F"},
                          {"labels": ["Qualified"], "column": ["Male"], "field": "teachers.qualified", "sex": "M"},
                          {"sumOf": ["Qualified", "Unqualified"], "column": ["Female"], "field": "teachers.total",
                           "sex": "F"},
                          {"sumOf": ["Qualified", "Unqualified"], "column": ["Male"], "field": "teachers.total",
                           "sex": "M"},
                          {"labels": ["Good"], "field": "classrooms.good"},
                          {"labels": ["Fair"], "field": "classrooms.fair"},
                          {"labels": ["Poor"], "field": "classrooms.poor"}],
               "grids": [{"field": "enrolment", "titles": ["PUPILS BY GRADE"], "rows": "grade"}]}]}
            """;

    private static final int[][] PUPILS = {{21, 19}, {18, 22}}; // grade 1, 2: girls, boys
    private static final int[][] TEACHERS = {{4, 3}, {1, 2}}; // qualified, unqualified: female, male
    private static final int[] ROOMS = {3, 2, 1}; // good, fair, poor

    /** The school's return, one sheet, a style of form the sample generator never writes. */
    private Path form() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "ANNUAL SCHOOL RETURN");
        Sheets.row(s, 2, "School code:", "ZM-1001");
        Sheets.row(s, 3, "School name:", "Kabwe Basic");
        Sheets.row(s, 4, "EMIS number:", 40417);
        Sheets.row(s, 5, "Telephone:", 977123456);
        Sheets.row(s, 6, "Year opened:", 1987);
        Sheets.row(s, 8, "PUPILS BY GRADE");
        Sheets.row(s, 9, "Grade", "Girls", "Boys", "Total");
        int[] sums = new int[2];
        for (int g = 0; g < PUPILS.length; g++) {
            Sheets.row(s, 10 + g, "Grade " + (g + 1), PUPILS[g][0], PUPILS[g][1], PUPILS[g][0] + PUPILS[g][1]);
            sums[0] += PUPILS[g][0];
            sums[1] += PUPILS[g][1];
        }
        Sheets.row(s, 12, "Total", sums[0], sums[1], sums[0] + sums[1]);
        Sheets.row(s, 14, "TEACHERS");
        Sheets.row(s, 15, "Qualification", "Female", "Male");
        Sheets.row(s, 16, "Qualified", TEACHERS[0][0], TEACHERS[0][1]);
        Sheets.row(s, 17, "Unqualified", TEACHERS[1][0], TEACHERS[1][1]);
        Sheets.row(s, 19, "Classrooms", "Good", "Fair", "Poor");
        Sheets.row(s, 20, null, ROOMS[0], ROOMS[1], ROOMS[2]);
        Sheets.row(s, 22, "No.", "Support staff", "Years of service");
        Sheets.row(s, 23, 1, "Mary Banda", 12);
        Sheets.row(s, 24, 2, "Joseph Phiri", 4);
        Path f = dir.resolve("kabwe-" + YEAR + ".xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private Path template(String json) throws Exception {
        String id = json.replaceAll("(?s).*?\"id\": \"([^\"]+)\".*", "$1");
        return Files.writeString(dir.resolve(id + ".json"), json);
    }

    @Test
    void theCheckNamesEachBlockOfCensusFiguresNoLabelOrTableReads() throws Exception {
        Path file = form();
        TemplateWorkshop.CheckReport r = new TemplateWorkshop(TemplateCatalog.load(null)).check(file,
                TemplateLoader.load(template(PARTIAL)), YEAR, Cancellation.none());
        assertEquals(null, r.refused());
        List<String> blocks = new ArrayList<>();
        r.unreadBlocks().forEach(p -> blocks.add(p.sheetCell() + " " + p.raw() + " — " + p.detail()));
        assertEquals(List.of(
                "Return!B17:C18 TEACHERS | Qualification | Female | Male | Qualified | Unqualified — 4 figures the"
                        + " template does not read: not imported",
                "Return!B21:D21 Classrooms | Good | Fair | Poor — 3 figures the template does not read: not imported"),
                blocks);
        assertEquals(2, r.unreadNumberColumns());
        assertFalse(r.clean());

        CliRun text = emis("template", "check", "--template", template(PARTIAL).toString(), file.toString());
        assertEquals(1, text.code(), text.out() + text.err());
        assertTrue(text.out().contains("  NOT READ  B17:C18     \"TEACHERS | Qualification | Female | Male | Qualified"
                + " | Unqualified\" — 4 figures the template does not read: not imported"), text.out());
        assertTrue(text.out().contains("  NOT READ  B21:D21     \"Classrooms | Good | Fair | Poor\" — 3 figures the"
                + " template does not read: not imported"), text.out());
        assertTrue(text.out().contains("WARNING: 2 column(s) or block(s) of figures would not be read"), text.out());
        assertFalse(text.out().contains("Problems: none"), text.out());
        assertTrue(text.out().contains("Return!B17:C18 UNREAD_FIGURES"), text.out());
        assertTrue(text.out().contains("The import would store 1 school(s), 4 value(s)"), text.out());

        CliRun json = emis("template", "check", "--template", template(PARTIAL).toString(), "--format", "json",
                file.toString());
        JsonNode unread = json.json().get("unreadBlocks");
        assertEquals(2, unread.size(), json.out());
        assertEquals("Return!B21:D21", unread.get(1).get("cells").asText());
        assertEquals("Classrooms | Good | Fair | Poor", unread.get(1).get("headers").asText());
    }

    @Test
    void theImportSaysOkWithWarningsNamingTheBlocksOnTheCommandLineAndInItsResult() throws Exception {
        Path file = form();
        CliRun run = emis("import", "--db", dir.resolve("w").toString(), "--template", template(PARTIAL).toString(),
                "--year", String.valueOf(YEAR), file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("OK with warnings: 2 column(s) or block(s) of figures not read:"
                + " Return!B17:C18 (TEACHERS | Qualification | Female | Male | Qualified | Unqualified),"
                + " Return!B21:D21 (Classrooms | Good | Fair | Poor)"), run.out());

        try (Workbench w = Workbench.open(dir.resolve("w2"))) {
            FileResult f = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                    template(PARTIAL).toString(), YEAR), org.emisworkbench.model.Progress.NONE, Cancellation.none())
                    .files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertTrue(f.hasWarnings());
            assertEquals(List.of(
                    new FileResult.UnreadColumn("Return", "B17:C18",
                            "TEACHERS | Qualification | Female | Male | Qualified | Unqualified", 4),
                    new FileResult.UnreadColumn("Return", "B21:D21", "Classrooms | Good | Fair | Poor", 3)),
                    f.unreadColumns());
            // What the Import screen shows under the file (ImportViewModel.detail writes each warning).
            assertEquals(List.of("Return: 2 column(s) or block(s) of figures not read: B17:C18 (TEACHERS |"
                    + " Qualification | Female | Male | Qualified | Unqualified), B21:D21 (Classrooms | Good | Fair |"
                    + " Poor)"), f.warnings().stream().map(org.emisworkbench.model.Message::english).toList());
            assertEquals((long) PUPILS.length * 2, f.valuesStored(), "the pupils only: " + f.problems());
        }
    }

    @Test
    void aBlockLeftOutOnPurposeIsNoWarningTheOtherStillIs() throws Exception {
        Path file = form();
        // The officer decides the teachers' table is read from another return: the sheet leaves it out on purpose.
        String json = PARTIAL.replace("kabwe-partial", "kabwe-no-teachers").replace("\"names\": [\"Return\"],",
                "\"names\": [\"Return\"], \"ignore\": [\"Teachers\"],");
        TemplateWorkshop.CheckReport r = new TemplateWorkshop(TemplateCatalog.load(null)).check(file,
                TemplateLoader.load(template(json)), YEAR, Cancellation.none());
        assertEquals(List.of("Return!B21:D21"), r.unreadBlocks().stream().map(
                TemplateWorkshop.ProblemLine::sheetCell).toList());
        assertEquals(1, r.unreadNumberColumns());
    }

    @Test
    void noWarningWhenTheTemplateReadsTheBlocksAndNeverForCodesPhonesYearsSerialsOrTotals() throws Exception {
        Path file = form();
        Path whole = template(WHOLE);
        CliRun text = emis("template", "check", "--template", whole.toString(), file.toString());
        assertEquals(0, text.code(), text.out() + text.err());
        // Only the labelled values the template does not read are listed (no figures left unread, no warning),
        // never the support staff list's rows after their serial numbers.
        assertEquals(List.of("\"EMIS number\" — a label the template does not read, value \"40417\": not imported",
                "\"Telephone\" — a label the template does not read, value \"977123456\": not imported",
                "\"Year opened\" — a label the template does not read, value \"1987\": not imported"),
                text.out().lines().filter(l -> l.contains("NOT READ")).map(l -> l.substring(l.indexOf('"'))).toList(),
                text.out());
        assertFalse(text.out().contains("WARNING"), text.out());
        assertTrue(text.out().contains("Problems: none"), text.out());
        // 4 pupils' figures, qualified and all teachers by sex, three states of classrooms.
        assertTrue(text.out().contains("The import would store 1 school(s), 11 value(s)"), text.out());

        CliRun run = emis("import", "--db", dir.resolve("w").toString(), "--template", whole.toString(),
                "--year", String.valueOf(YEAR), file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertFalse(run.out().contains("warnings"), run.out());
        assertTrue(run.out().contains("0 problems"), run.out());
    }
}
