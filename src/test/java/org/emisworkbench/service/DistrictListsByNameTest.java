package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * District lists (one row per school) naming their schools without codes, and lists where a school's old row
 * is hidden above its corrected one; every workbook written here with POI, the expected figures worked out
 * from the rows written (decisions 0037 and 0040).
 */
class DistrictListsByNameTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Two districts each with a "Hope Primary" and a "St Mary's Primary". */
    private static final String[][] MASTER = {
        {"KS-101", "Kasama Basic", "D01", "Kasama"},
        {"KS-102", "Mungwi Basic", "D01", "Kasama"},
        {"KS-103", "Hope Primary", "D01", "Kasama"},
        {"KS-104", "St Mary's Primary", "D01", "Kasama"},
        {"MP-201", "St. Mary's Primary", "D02", "Mpika"},
        {"MP-202", "Hope Primary", "D02", "Mpika"},
        {"MP-203", "École primaire Sainte-Thérèse", "D02", "Mpika"},
    };

    private void importMasterList() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School code", "School name", "District code", "District");
        for (int i = 0; i < MASTER.length; i++) {
            Sheets.row(s, i + 1, (Object[]) MASTER[i]);
        }
        Path file = write(wb, "master-list.xlsx");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            FileResult r = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                    "sample-master-list", null), Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()));
            assertEquals(MASTER.length, r.masterListed());
        }
    }

    private Path write(Workbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Grade 1 and 2 girls and boys of each school, as a district officer would type them. */
    private static int[] figures(Random rnd) {
        return new int[] {10 + rnd.nextInt(40), 10 + rnd.nextInt(40), 10 + rnd.nextInt(40), 10 + rnd.nextInt(40)};
    }

    private static void assertFigures(Workbench w, String code, int[] f) {
        // f: Grade 1 boys, Grade 1 girls, Grade 2 boys, Grade 2 girls (the columns' order).
        int[][] bySlot = {{1, 0, 1}, {1, 1, 0}, {2, 2, 3}, {2, 3, 2}};
        for (int[] s : bySlot) {
            Sex sex = s[1] % 2 == 0 ? Sex.M : Sex.F;
            assertEquals(f[s[1]], w.whereFrom(code, YEAR, Topic.ENROLMENT, s[0], sex, AgeGroup.ALL)
                    .orElseThrow(() -> new AssertionError("no grade " + s[0] + " " + sex + " for " + code)).value(),
                    code + " grade " + s[0] + " " + sex);
        }
    }

    @Test
    void theDraftOfADistrictListNamingItsSchoolsImportsWithNoHandEdit() throws Exception {
        importMasterList();
        // name as written, the school it must be read as
        String[][] names = {{"KASAMA BASIC", "KS-101"}, {"Mungwi  basic.", "KS-102"},
            {"ecole primaire sainte-therese", "MP-203"}, {"Kasama Basic", "KS-101"}};
        Random rnd = new Random(11);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "Name of school", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int r = 0; r < 3; r++) {
            int[] f = figures(rnd);
            expected.put(names[r][1], f);
            Sheets.row(s, r + 1, names[r][0], f[0], f[1], f[2], f[3]);
        }
        Path file = write(wb, "district-names-2024.xlsx");
        var draft = workshop.draft(file, "district-names").draft();
        String json = draft.json();
        assertTrue(json.matches("(?s).*\"schoolKey\"\\s*:\\s*\"name\".*"), json);
        assertTrue(json.matches("(?s).*\"key\"\\s*:\\s*\\[\\s*\"Name of school\"\\s*].*"), json);
        assertTrue(draft.notes().stream().anyMatch(n -> n.key().equals("draft.schoolsByName")
                && n.english().contains("Name of school")), draft.notes().toString());

        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(reopen(file), "district-names-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(expected.size(), f.schoolsAdded(), f.problems() + "\n" + run.json());
        assertEquals(expected.size(), count(f, "SCHOOL_BY_NAME"), f.problems().toString());
        assertEquals(0, count(f, "SCHOOL_NAME_UNMATCHED"), f.problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            expected.forEach((code, fig) -> assertFigures(w, code, fig));
        }

        // The check with the workspace matches the names as the import does.
        Path template = Files.writeString(dir.resolve("district-names.json"), json);
        String out = org.emisworkbench.testing.CliRun.emis("template", "check", "--template", template.toString(),
                "--db", dir.resolve("w").toString(), file.toString()).out();
        assertTrue(out.contains("matched against the workspace's master list as the import would"), out);
        for (String code : expected.keySet()) {
            assertTrue(out.contains("read as school " + code + " by its name"), code + "\n" + out);
        }
        assertTrue(out.contains("would store " + expected.size() + " school(s)"), out);
    }

    private static XSSFWorkbook reopen(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aNameTwoDistrictsShareIsToldApartByTheRowsDistrict() throws Exception {
        importMasterList();
        // name, district cell (code or name, any case), the school it must be read as (null: not one school)
        Object[][] rows = {
            {"Hope Primary", "Kasama", "KS-103"},
            {"HOPE PRIMARY", "d02", "MP-202"},
            {"St Marys Primary", "MPIKA", "MP-201"},
            {"St. Mary's Primary", "D01", "KS-104"},
            {"Hope Primary", null, null},          // two districts have one, and the row says none
            {"Mungwi Basic", "Mpika", null},       // a school of the list, but not of that district
        };
        Random rnd = new Random(23);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School name", "District", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int r = 0; r < rows.length; r++) {
            int[] f = figures(rnd);
            if (rows[r][2] != null) {
                expected.put((String) rows[r][2], f);
            }
            Sheets.row(s, r + 1, rows[r][0], rows[r][1], f[0], f[1], f[2], f[3]);
        }
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, "two-districts-2024.xlsx");
        assertTrue(run.json().matches("(?s).*\"schoolKey\"\\s*:\\s*\"name\".*"), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(expected.size(), f.schoolsAdded(), f.problems() + "\n" + run.json());
        assertEquals(2, count(f, "SCHOOL_NAME_UNMATCHED"), f.problems().toString());
        List<String> lines = f.schoolNames().stream().map(Message::english).toList();
        String ambiguous = lines.stream().filter(l -> l.contains("2 schools") && l.contains("Hope Primary"))
                .findFirst().orElseThrow(() -> new AssertionError(lines.toString()));
        assertTrue(ambiguous.contains("KS-103") && ambiguous.contains("MP-202") && ambiguous.contains("Schools!A6"),
                ambiguous);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Mungwi Basic") && l.contains("district \"Mpika\"")
                && l.contains("Schools!A7")), lines.toString());
        assertTrue(f.warningSummary().english().contains("Hope Primary"), f.warningSummary().english());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            expected.forEach((code, fig) -> assertFigures(w, code, fig));
            // Each school stays in its master-list district, whether the row wrote the district's code or name.
            for (var listed : w.schools(YEAR, null)) {
                String district = java.util.Arrays.stream(MASTER).filter(m -> m[0].equals(listed.code())).findFirst()
                        .orElseThrow()[2];
                assertEquals(district, listed.district(), listed.toString());
            }
            // Still ambiguous within its district (or no district given): the IMP-20 error, naming file and cell.
            ValidationService v = new ValidationService(w);
            v.validate(null, YEAR, null, Progress.NONE, Cancellation.none());
            var imp20 = v.findings(org.emisworkbench.model.FindingFilter.all()).stream()
                    .filter(x -> x.finding().ruleId().equals("IMP-20")).toList();
            assertEquals(2, imp20.size(), imp20.toString());
            assertTrue(imp20.stream().allMatch(x -> x.finding().severity() == org.emisworkbench.model.Severity.ERROR),
                    imp20.toString());
            assertTrue(imp20.stream().anyMatch(x -> x.finding().message().english().contains("Hope Primary")
                    && x.toString().contains("two-districts-2024.xlsx") && x.toString().contains("A6")),
                    imp20.toString());
            assertEquals(expected.keySet(), new java.util.TreeSet<>(w.schools(YEAR, null).stream()
                    .map(org.emisworkbench.model.SchoolListing::code).toList()));
        }
    }

    @Test
    void aDistrictGivenAsTheSheetsConstantTellsTheNamesApart() throws Exception {
        importMasterList();
        String template = """
                {"id": "mpika-list", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Mpika"], "key": ["School"], "schoolKey": "name",
                   "constants": {"school.district": "Mpika"},
                   "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        String[][] rows = {{"Hope Primary", "MP-202"}, {"st marys primary", "MP-201"}, {"Kasama Basic", null}};
        Random rnd = new Random(5);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Mpika");
        Sheets.row(s, 0, "School", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls");
        Map<String, int[]> expected = new LinkedHashMap<>();
        for (int r = 0; r < rows.length; r++) {
            int[] f = figures(rnd);
            if (rows[r][1] != null) {
                expected.put(rows[r][1], f);
            }
            Sheets.row(s, r + 1, rows[r][0], f[0], f[1], f[2], f[3]);
        }
        FileResult f = new DraftedImports(dir, YEAR, workshop).importWith(wb, "mpika-2024.xlsx", template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
        assertEquals(expected.size(), f.schoolsAdded(), f.problems().toString());
        List<String> lines = f.schoolNames().stream().map(Message::english).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("Kasama Basic") && l.contains("district \"Mpika\"")),
                lines.toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            expected.forEach((code, fig) -> assertFigures(w, code, fig));
        }
    }

    /**
     * A clerk hid a school's old row instead of deleting it: above the corrected row (SCH-01), or below it
     * (SCH-03). The visible row is the school's return either way, and the hidden one is named as set aside; a
     * hidden row whose school is on no other row (SCH-04) is still imported (and named); two visible rows of one
     * school (SCH-05) keep the first, as before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aHiddenOldRowGivesWayToTheSchoolsVisibleRow(String ext) throws Exception {
        String template = """
                {"id": "hidden-rows", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Returns"], "key": ["School code"],
                   "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        // code, hidden?, Grade 1 Boys, Grade 1 Girls, Grade 2 Boys, Grade 2 Girls
        Object[][] rows = {
            {"SCH-01", true, 5, 6, 7, 8},
            {"SCH-01", false, 25, 26, 27, 28},
            {"SCH-02", false, 31, 32, 33, 34},
            {"SCH-03", false, 41, 42, 43, 44},
            {"SCH-03", true, 1, 2, 3, 4},
            {"SCH-04", true, 51, 52, 53, 54},
            {"SCH-05", false, 61, 62, 63, 64},
            {"SCH-05", false, 71, 72, 73, 74},
        };
        Workbook wb = ext.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        Sheet s = wb.createSheet("Returns");
        Sheets.row(s, 0, "School code", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys", "Grade 2 Girls");
        // Expected, worked out from the rows: a school's first visible row, else its first row.
        Map<String, int[]> expected = new LinkedHashMap<>();
        Map<String, Boolean> fromVisible = new LinkedHashMap<>();
        List<Integer> hiddenExcelRows = new java.util.ArrayList<>();
        List<Integer> setAsideExcelRows = new java.util.ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            Object[] row = rows[r];
            Sheets.row(s, r + 1, row[0], row[2], row[3], row[4], row[5]);
            boolean hidden = (Boolean) row[1];
            if (hidden) {
                s.getRow(r + 1).setZeroHeight(true);
                hiddenExcelRows.add(r + 2);
            }
            int[] f = {(Integer) row[2], (Integer) row[3], (Integer) row[4], (Integer) row[5]};
            String code = (String) row[0];
            if (!expected.containsKey(code) || !hidden && !fromVisible.get(code)) {
                expected.put(code, f);
                fromVisible.put(code, !hidden);
            }
        }
        for (int r = 0; r < rows.length; r++) {
            String code = (String) rows[r][0];
            boolean visibleElsewhere = false;
            for (int o = 0; o < rows.length; o++) {
                visibleElsewhere |= o != r && rows[o][0].equals(code) && !(Boolean) rows[o][1];
            }
            if ((Boolean) rows[r][1] && visibleElsewhere) {
                setAsideExcelRows.add(r + 2);
            }
        }
        assertEquals(List.of(2, 6), setAsideExcelRows);
        FileResult f = new DraftedImports(dir, YEAR, workshop).importWith(wb, "district-2024." + ext, template);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
        assertEquals(expected.size(), f.schoolsAdded(), f.problems().toString());
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            expected.forEach((code, fig) -> assertFigures(w, code, fig));
        }
        // Named: every hidden row read, and those set aside.
        assertEquals(1, f.hiddenRows().size(), f.hiddenRows().toString());
        assertEquals(hiddenExcelRows, f.hiddenRows().get(0).rows().stream().map(r -> r + 1).toList());
        assertEquals(setAsideExcelRows, f.hiddenRows().get(0).setAside().stream().map(r -> r + 1).toList());
        assertTrue(f.hasWarnings());
        String warnings = f.warningSummary().english();
        assertTrue(warnings.contains("hidden row(s) 2, 6 set aside"), warnings);
        // One DUPLICATE_SCHOOL per row not imported: the two hidden rows set aside and SCH-05's second row.
        assertEquals(3, count(f, "DUPLICATE_SCHOOL"), f.problems().toString());
        assertEquals(3, f.skipped().getOrDefault(org.emisworkbench.model.SkipReason.REPEATED_SCHOOL, 0));
        assertFalse(warnings.contains("keeps the hidden row"), warnings);
    }
}
