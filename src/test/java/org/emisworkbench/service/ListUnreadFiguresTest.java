package org.emisworkbench.service;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists (wide sheets, stacked tables, rosters) and the figures they leave unread: a stacked table's own header
 * rows under its title are called what they are, not a header pasted among the rows; a roster's column of
 * figures the template does not read is the same warning as a wide sheet's; and a column of phone numbers or
 * years left unread is an unmatched column, never census data left unread, in the check and in the import.
 */
class ListUnreadFiguresTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private FileResult importWith(Path file, Path template) {
        try (Workbench w = Workbench.open(dir.resolve("w-" + file.getFileName()))) {
            return new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                    template.toString(), YEAR), Progress.NONE, Cancellation.none()).files().get(0);
        }
    }

    /** Two tables one under the other, each under its title, each with two header rows (grades over sexes). */
    @Test
    void aStackedTablesTwoHeaderRowsAreItsHeaderNotAHeaderPastedAmongTheRows() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("North");
        Sheets.row(s, 0, "DISTRICT NORTH - ANNUAL CENSUS");
        int[][] enrolment = {{10, 11, 12, 13}, {20, 21, 22, 23}};
        int[][] repeaters = {{1, 2, 3, 4}, {2, 1, 0, 1}};
        int r = 2;
        for (String title : List.of("TABLE 1: ENROLMENT BY GRADE AND SEX", "TABLE 2: REPEATERS BY GRADE AND SEX")) {
            int[][] v = title.contains("REPEATERS") ? repeaters : enrolment;
            Sheets.row(s, r++, title);
            Sheets.row(s, r, "School code", "School name", "Grade 1", null, "Grade 2", null);
            s.addMergedRegion(new CellRangeAddress(r, r, 2, 3));
            s.addMergedRegion(new CellRangeAddress(r, r, 4, 5));
            r++;
            Sheets.row(s, r++, null, null, "F", "M", "F", "M");
            Sheets.row(s, r++, "N-01", "Alpha", v[0][0], v[0][1], v[0][2], v[0][3]);
            Sheets.row(s, r++, "N-02", "Beta", v[1][0], v[1][1], v[1][2], v[1][3]);
            r++;
        }
        Path file = write(wb, "north-2024.xlsx");
        Path template = Files.writeString(dir.resolve("north.json"), """
                {"id": "north", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["North"], "key": ["School code"],
                   "columns": [{"headers": ["School name"], "field": "school.name"},
                               {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}],
                   "tables": [{"titles": ["TABLE 2: REPEATERS BY GRADE AND SEX"], "field": "repeaters"}]}]}
                """);
        CliRun check = emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("Problems: none"), check.out());
        assertFalse(check.out().contains("REPEATED_HEADER") || check.out().contains("header repeated"), check.out());
        assertTrue(check.out().contains("skipped 2 row(s): header of a table stacked under the first, below its"
                + " title"), check.out());
        assertTrue(check.out().contains("The import would store 2 school(s), 16 value(s)"), check.out());

        FileResult f = importWith(file, template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), f.problems().toString());
        assertEquals(2, f.skipped().get(SkipReason.TABLE_HEADER));
        assertEquals(null, f.skipped().get(SkipReason.REPEATED_HEADER));
        assertEquals(16, f.valuesStored());
    }

    /** A pupils' register with a column of distances the template does not read, and one of guardians' phones. */
    private Path register() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet school = wb.createSheet("School");
        Sheets.row(school, 0, "School code", "KB-7");
        Sheet p = wb.createSheet("Register");
        Sheets.row(p, 0, "No.", "Sex", "Class", "Guardian phone", "Distance to school (km)");
        Object[][] pupils = {{"F", "1", 977100200, 3}, {"M", "1", 977100201, 5}, {"F", "2", 977100202, 1}};
        for (int i = 0; i < pupils.length; i++) {
            Sheets.row(p, i + 1, i + 1, pupils[i][0], pupils[i][1], pupils[i][2], pupils[i][3]);
        }
        return write(wb, "kb-7-2024.xlsx");
    }

    private static final String REGISTER = """
            {"id": "register", "version": 1, "layout": "roster",
             "sheets": [{"names": ["School"], "labels": [{"labels": ["School code"], "field": "school.code"}]},
                        {"names": ["Register"], "kind": "pupils", "required": ["pupil.sex", "pupil.grade"],
                         "columns": [{"headers": ["Sex"], "field": "pupil.sex"},
                                     {"headers": ["Class"], "field": "pupil.grade"}]}]}
            """;

    @Test
    void aRostersColumnOfFiguresNotReadIsTheImportsWarningAndItsPhonesAndSerialsAreNot() throws Exception {
        Path file = register();
        Path template = Files.writeString(dir.resolve("register.json"), REGISTER);
        TemplateWorkshop.CheckReport check = new TemplateWorkshop(TemplateCatalog.load(null)).check(file,
                TemplateLoader.load(template), YEAR, Cancellation.none());
        assertEquals(1, check.unreadNumberColumns(), "the distances only: " + check.sheets());

        FileResult f = importWith(file, template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(List.of(new FileResult.UnreadColumn("Register", "E", "Distance to school (km)", 3)),
                f.unreadColumns());
        FileResult.ProblemSummary unmatched = f.problems().stream().filter(p -> p.kind().equals("UNMATCHED_COLUMN"))
                .findFirst().orElseThrow();
        assertEquals(2, unmatched.count(), "the serials and the phones: unmatched, not figures unread: "
                + f.problems());
        assertEquals("Register!A1", unmatched.firstCell());
        assertEquals("Register!D1", unmatched.lastCell());

        CliRun run = emis("import", "--db", dir.resolve("cli").toString(), "--template", template.toString(),
                "--year", String.valueOf(YEAR), file.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("OK with warnings: 1 column(s) or block(s) of figures not read:"
                + " Register!E (Distance to school (km))"), run.out());
    }

    @Test
    void aWideSheetsPhonesAndYearsLeftUnreadAreNoWarning() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School code", "Telephone", "Year opened", "Grade 1 F", "Grade 1 M", "Desks");
        Sheets.row(s, 1, "W-1", 977300400, 1987, 12, 14, 30);
        Sheets.row(s, 2, "W-2", 977300401, 2003, 9, 8, 21);
        Path file = write(wb, "west-2024.xlsx");
        Path template = Files.writeString(dir.resolve("west.json"), """
                {"id": "west", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Schools"], "key": ["School code"],
                   "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """);
        CliRun check = emis("template", "check", "--template", template.toString(), "--format", "json",
                file.toString());
        assertEquals(1, check.code(), check.out());
        assertEquals(1, check.json().get("unreadNumberColumns").asInt(), "the desks only: " + check.out());
        CliRun text = emis("template", "check", "--template", template.toString(), file.toString());
        assertTrue(text.out().lines().anyMatch(l -> l.contains("NOT READ") && l.contains("\"Telephone\"")
                && l.contains("numbers below, no census figures (a phone, a year, a code), e.g. 977300400")),
                text.out());
        assertTrue(text.out().contains("WARNING: 1 column(s) or block(s) of figures would not be read"), text.out());

        FileResult f = importWith(file, template);
        assertEquals(List.of(new FileResult.UnreadColumn("Schools", "F", "Desks", 2)), f.unreadColumns());
        assertEquals(2, f.problems().stream().filter(p -> p.kind().equals("UNMATCHED_COLUMN")).mapToInt(
                FileResult.ProblemSummary::count).sum(), "telephone and year opened: " + f.problems());
    }
}
