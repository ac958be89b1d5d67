package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A native DHIS2 export (review 22): {@code orgUnit | orgUnitName | period | dataElement | categoryOptionCombo |
 * value}, several data elements (topics) on one sheet, the grade and the sex in one combo written either way round,
 * figures stored as text, the year in the period column and not in the file's name. Drafted and imported with no hand
 * edit; a topic or combo the lists do not know is reported at its cell and not read; a file whose rows give two
 * years is refused naming the cells. Every workbook is written here with POI; expected figures are kept as written.
 */
class Dhis2NativeExportTest {
    private static final int YEAR = 2024;
    /** Data element names as exported, with the topic each names. */
    private static final Map<String, Topic> ELEMENTS = Map.of("Enrolment", Topic.ENROLMENT, "Repeaters",
            Topic.REPEATERS, "New entrants", Topic.NEW_ENTRANTS);

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** One exported value: school, data element, grade, girl or boy, the combo as written, the count. */
    private record Value(String school, String element, int grade, boolean girl, String combo, int count) {
    }

    /** Combos in three spellings: {@code Grade 3, Female}, {@code Female, Grade 3}, {@code G3 F}. */
    private static String combo(int grade, boolean girl, int style) {
        String sex = girl ? "Female" : "Male";
        return switch (style % 3) {
            case 0 -> "Grade " + grade + ", " + sex;
            case 1 -> sex + ", Grade " + grade;
            default -> "G" + grade + " " + (girl ? "F" : "M");
        };
    }

    private static List<Value> values(Random rnd, List<String> schools) {
        List<Value> out = new ArrayList<>();
        int style = 0;
        for (String s : schools) {
            for (String element : List.of("Enrolment", "Repeaters", "New entrants")) {
                for (int g = 1; g <= 6; g++) {
                    for (boolean girl : new boolean[] {true, false}) {
                        int count = element.equals("Enrolment") ? 20 + rnd.nextInt(60) : 2 + rnd.nextInt(9);
                        out.add(new Value(s, element, g, girl, combo(g, girl, style++), count));
                    }
                }
            }
        }
        Collections.shuffle(out, new Random(5));
        return out;
    }

    /** The export: values as text on every other row, as numbers on the rest. */
    private static XSSFWorkbook export(List<Value> values, String period) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("pivot");
        Sheets.row(s, 0, "orgUnit", "orgUnitName", "period", "dataElement", "categoryOptionCombo", "value");
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            Object count = i % 2 == 0 ? String.valueOf(v.count()) : (Object) v.count();
            Sheets.row(s, i + 1, v.school(), "School " + v.school(), period, v.element(), v.combo(), count);
        }
        return wb;
    }

    @Test
    void aNativeExportIsDraftedAndImportedWithNoHandEditEveryTopicGradeAndSexInPlace() throws Exception {
        List<String> schools = List.of("Hq3kPz9aLmT", "Kx82BnQw1Rv", "ZpL0oY7tUc4");
        List<Value> values = values(new Random(22), schools);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (Value v : values) {
            expected.merge(v.school() + "|" + v.element() + "|" + v.grade() + "|" + (v.girl() ? "F" : "M"),
                    v.count(), Integer::sum);
        }
        assertEquals(values.size(), expected.size(), "each figure given once");
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        // No year in the file's name: the period column gives it.
        Run run = imports.draftCheckImport(export(values, "2024"), "dhis2-export.xlsx");
        assertTrue(run.json().contains("\"row.topic\""), run.json());
        assertTrue(run.json().contains("\"row.grade+row.sex\""), run.json());
        assertTrue(run.json().contains("\"row.value\""), run.json());
        assertTrue(run.json().replaceAll("\\s", "").contains("\"columns\":[\"period\"]"), run.json());
        DraftedImports.assertClean(run, schools.size());
        assertEquals(values.size(), run.check().values(), "template check reads every value");
        try (Workbench w = imports.open()) {
            int stored = 0;
            for (var e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                int v = w.whereFrom(k[0], YEAR, ELEMENTS.get(k[1]), Integer.parseInt(k[2]), Sex.valueOf(k[3]),
                        AgeGroup.ALL).orElseThrow(() -> new AssertionError("no figure " + e.getKey())).value();
                assertEquals(e.getValue(), v, e.getKey());
                stored++;
            }
            assertEquals(values.size(), stored);
        }
    }

    private static final String TEMPLATE = """
            {"id": "dhis2-native", "version": 1, "layout": "wide", "year": {"columns": ["period"]},
             "sheets": [{"names": ["*"], "key": ["orgUnit"], "columns": [
               {"headers": ["orgUnitName"], "field": "school.name"},
               {"headers": ["dataElement"], "field": "row.topic"},
               {"headers": ["categoryOptionCombo"], "field": "row.grade+row.sex"},
               {"headers": ["value"], "field": "row.value"}]}]}
            """;

    @Test
    void anUnknownTopicOrAComboWithoutOneGradeAndOneSexIsReportedAtItsCellAndNotRead() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("pivot");
        Sheets.row(s, 0, "orgUnit", "orgUnitName", "period", "dataElement", "categoryOptionCombo", "value");
        Sheets.row(s, 1, "AB12", "Akuna", "2024", "Effectifs", "Female, Standard 2", "31");
        Sheets.row(s, 2, "AB12", "Akuna", "2024", "Dropouts", "Female, Standard 2", "4");
        Sheets.row(s, 3, "AB12", "Akuna", "2024", "Redoublants", "Standard 2", "5");
        Sheets.row(s, 4, "AB12", "Akuna", "2024", "Redoublants", "Female, Male, Standard 2", "6");
        Sheets.row(s, 5, "AB12", "Akuna", "2024", "Redoublants", "Standard 2 - Male", "7");
        FileResult r = new DraftedImports(dir, YEAR, workshop).importWith(wb, "akuna.xlsx", TEMPLATE);
        assertEquals(3, DraftedImports.count(r, "UNKNOWN_CODE"), r.problems().toString());
        assertEquals("pivot!D3", DraftedImports.first(r, "UNKNOWN_CODE"), "the unknown topic, at its cell");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            assertEquals(31, w.whereFrom("AB12", YEAR, Topic.ENROLMENT, 2, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals(7, w.whereFrom("AB12", YEAR, Topic.REPEATERS, 2, Sex.M, AgeGroup.ALL).orElseThrow().value());
            assertTrue(w.whereFrom("AB12", YEAR, Topic.REPEATERS, 2, Sex.F, AgeGroup.ALL).isEmpty(),
                    "no combo read as a girl of grade 2 among the repeaters");
        }
        assertEquals("pivot!E5", r.problems().stream().filter(p -> p.kind().equals("UNKNOWN_CODE")).findFirst()
                .orElseThrow().lastCell(), "the combo naming two sexes, at its cell");
    }

    @Test
    void rowsGivingTwoYearsAreRefusedNamingTheCellsAndAYearAskedOtherThanTheRowsIsRefused() throws Exception {
        List<Value> values = values(new Random(3), List.of("AB12"));
        XSSFWorkbook wb = export(values, "2024-25");
        Sheets.row(wb.getSheet("pivot"), values.size() + 1, "AB12", "School AB12", "2025/2026", "Enrolment",
                "Grade 1, Female", "3");
        Path file = dir.resolve("two-years.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = dir.resolve("dhis2-native.json");
        Files.writeString(template, TEMPLATE);
        Path db = dir.resolve("w.mv.db");
        CliRun refused = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                file.toString());
        assertEquals(1, refused.code(), refused.out() + refused.err());
        String said = refused.out() + refused.err();
        assertTrue(said.contains("several census years") && said.contains("2024 (pivot!C2)")
                && said.contains("2025 (pivot!C" + (values.size() + 2) + ")"), said);

        Path one = dir.resolve("one-year.xlsx");
        try (XSSFWorkbook w1 = export(values, "2024-25"); OutputStream out = Files.newOutputStream(one)) {
            w1.write(out);
        }
        CliRun other = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), "--year",
                "2025", one.toString());
        assertEquals(1, other.code(), other.out() + other.err());
        assertTrue((other.out() + other.err()).contains("give the census year 2024, not 2025"), other.out() + other.err());
        CliRun ok = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), one.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("values stored"), ok.out());
    }

    @Test
    void aSheetOfCountsIsDraftedBesideASheetTakenForARegisterWhichTheNotesName() throws Exception {
        XSSFWorkbook wb = export(values(new Random(8), List.of("AB12", "CD34")), "2024");
        Sheet reg = wb.createSheet("Register");
        Sheets.row(reg, 0, "School ID", "Pupil name", "Sex", "Grade");
        for (int i = 0; i < 30; i++) {
            Sheets.row(reg, i + 1, "AB12", "Pupil " + i, i % 2 == 0 ? "F" : "M", "Grade " + (1 + i % 6));
        }
        Path file = dir.resolve("mixed.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        TemplateWorkshop.DraftResult d = workshop.draft(file, "mixed");
        String json = d.draft().json();
        assertTrue(json.contains("\"pivot\"") && json.contains("row.value"), json);
        assertFalse(json.contains("\"Register\""), json);
        assertTrue(d.notes().stream().anyMatch(n -> n.args().contains("Register")), d.notes().toString());
    }

    private static List<String> refused(String columns) {
        return org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse("""
                        {"id": "t", "version": 1, "layout": "wide", "sheets": [{"names": ["*"], "key": ["orgUnit"],
                         "columns": [%s]}]}""".formatted(columns), "t.json", null)).problems();
    }

    @Test
    void theLoaderRefusesAValueWithoutTopicATopicWithoutValueAndACodeListOnACombinedColumn() {
        assertTrue(refused("""
                {"headers": ["combo"], "field": "row.grade+row.sex"}, {"headers": ["value"], "field": "row.value"}""")
                .stream().anyMatch(p -> p.contains("row.value takes its topic from the row")));
        assertTrue(refused("""
                {"headers": ["dataElement"], "field": "row.topic"}, {"headers": ["combo"], "field": "row.grade+row.sex"},
                {"headers": ["value"], "field": "enrolment"}""")
                .stream().anyMatch(p -> p.contains("give the column of figures as \"field\": \"row.value\"")));
        assertTrue(refused("""
                {"headers": ["dataElement"], "field": "row.topic"},
                {"headers": ["combo"], "field": "row.grade+row.sex", "codeList": "grade"},
                {"headers": ["value"], "field": "row.value"}""")
                .stream().anyMatch(p -> p.contains("reads each part through its own list")));
        assertTrue(refused("""
                {"headers": ["combo"], "field": "row.grade+row.grade"}, {"headers": ["value"], "field": "enrolment"}""")
                .stream().anyMatch(p -> p.contains("row.grade+row.grade")));
        assertTrue(refused("""
                {"headers": ["dataElement"], "field": "row.topic"}, {"headers": ["Grade"], "field": "row.grade"},
                {"headers": ["value"], "field": "row.value", "default": "0"}""")
                .stream().anyMatch(p -> p.contains("without sumOf, differenceOf, default or codeList")));
    }

    @Test
    void oneCellNamesGradeAndSexEitherWayRoundOrAgeAndSex() {
        var lists = org.emisworkbench.template.CodeLists.builtIn();
        var gs = new org.emisworkbench.template.CombinedCodes(List.of("grade", "sex"),
                List.of(lists.require("grade"), lists.require("sex")));
        for (String text : List.of("Standard 3, Female", "Female, Standard 3", "G3 F", "Class 3 / Girls",
                "Grade 3 - Female")) {
            var r = gs.read(text);
            assertNotNull(r, text);
            assertEquals(Map.of("grade", "G3", "sex", "F"), r.codes(), text);
        }
        assertEquals("Standard 3", gs.read("Female, Standard 3").texts().get("grade"));
        for (String text : List.of("Standard 3", "Female, Male", "Standard 3, Standard 4, Female", "Total", "")) {
            assertNull(gs.read(text), text);
        }
        var as = new org.emisworkbench.template.CombinedCodes(List.of("age", "sex"),
                List.of(lists.require("age"), lists.require("sex")));
        assertEquals(Map.of("age", "7", "sex", "F"), as.read("Age 7, Female").codes());
        assertEquals(Map.of("age", "14+", "sex", "M"), as.read("Male, 14 and over").codes());
    }
}
