package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register export: one pupils sheet and one staff sheet, a {@code School ID} on every row, three
 * schools. Written here in a style the sample generator never uses (national spellings of sex, ISO text
 * dates, "Std n" classes, school name and district columns, a repeated header row, a sub-total row).
 */
class SeveralSchoolsRosterTest {
    static final String TEMPLATE = """
            {"id": "register-export", "version": 1, "layout": "roster",
             "referenceDate": "--03-31", "referenceDateYear": "end",
             "codeLists": {"qualification": {"yes": ["Certificate"]},
                           "natsex": {"F": ["Fem"], "M": ["Mas"]}},
             "sheets": [
               {"names": ["Learners"], "kind": "pupils", "key": ["School ID"],
                "required": ["pupil.sex", "pupil.grade"],
                "columns": [
                  {"headers": ["School"], "field": "school.name"},
                  {"headers": ["District"], "field": "school.district"},
                  {"headers": ["Gender"], "field": "pupil.sex", "codeList": "natsex"},
                  {"headers": ["DOB"], "field": "pupil.birth_date"},
                  {"headers": ["Class"], "field": "pupil.grade"},
                  {"headers": ["Status"], "field": "pupil.status"}]},
               {"names": ["Educators"], "kind": "staff", "key": ["School ID"],
                "columns": [
                  {"headers": ["Sex"], "field": "staff.sex"},
                  {"headers": ["Qualification"], "field": "staff.qualification"}]}]}
            """;
    static final String[] CODES = {"SCH101", "SCH102", "SCH103"};
    static final int PUPILS = 60;

    /** One pupil as the test writes it. */
    record Pupil(String school, boolean girl, LocalDate birth, int grade, boolean repeater) {
    }

    static List<Pupil> pupils() {
        List<Pupil> out = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            out.add(new Pupil(CODES[(i / 5) % 3], i % 2 == 0, LocalDate.of(2014 + i % 5, 1 + i % 12, 1 + i % 28),
                    1 + i % 3, i % 7 == 0));
        }
        return out;
    }

    /** Writes the register; returns the 1-based row of the SCH102 row whose school name differs. */
    static Path write(Path dir, String name) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet p = wb.createSheet("Learners");
            row(p, 0, "School ID", "School", "District", "Learner", "Gender", "DOB", "Class", "Status", "Guardian phone");
            int r = 1;
            for (Pupil x : pupils()) {
                // School codes as typed: SCH102 sometimes in lower case with spaces around it.
                String code = x.school().equals("SCH102") && r % 2 == 0 ? " sch102 " : x.school();
                row(p, r, code, "Name of " + x.school(), "D07", "L" + r, x.girl() ? "Fem" : "Mas",
                        x.birth().toString(), "Std " + x.grade(), x.repeater() ? "Repeater" : "New", "555-" + r);
                r++;
                if (r == 20) {
                    // The export repeats its header row in the middle; it must not become a school.
                    row(p, r++, "School ID", "School", "District", "Learner", "Gender", "DOB", "Class", "Status");
                }
            }
            row(p, r++, null, "Name of SCH101", "D07", "No code", "Fem", "2016-05-05", "Std 1", "New");
            row(p, r++, "Sub-total:", null, null, null, null, null, null, PUPILS);
            // A later row of SCH102 naming the school differently: reported, the first name kept.
            row(p, r++, "SCH102", "Other name", "D07", "Late", "Mas", "2016-02-02", "Std 2", "New");
            Sheet s = wb.createSheet("Educators");
            row(s, 0, "Staff no", "School ID", "Sex", "Qualification");
            String[][] staff = {
                {"SCH101", "F", "Certificate"}, {"SCH101", "M", "Degree"}, {"SCH101", "F", "None"},
                {"SCH102", "F", "Certificate"}, {"SCH103", "M", "certificate"}, {"SCH103", "M", "Form 4"},
            };
            for (int i = 0; i < staff.length; i++) {
                row(s, i + 1, "E" + i, staff[i][0], staff[i][1], staff[i][2]);
            }
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    static RecordingSink read(Path file, Template t, int year) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new RosterInterpreter().interpret(w, t, Fixtures.context(file.getFileName().toString(), year), sink);
        }
        return sink;
    }

    /** Completed years on 31 March 2025, by plain arithmetic. */
    static int ageAt31March2025(LocalDate b) {
        boolean birthdayLater = b.getMonthValue() > 3;
        return 2025 - b.getYear() - (birthdayLater ? 1 : 0);
    }

    @Test
    void eachSchoolIsCountedApartByGradeAgeAndSex(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, "register.xlsx"), TemplateLoader.parse(TEMPLATE, "t", null), 2024);
        assertEquals(List.of("SCH101", "SCH102", "SCH103"), sink.schools.stream().map(s -> s.code()).toList());
        Map<String, Integer> expected = new HashMap<>();
        Map<String, Integer> repeaters = new HashMap<>();
        java.util.Set<String> offered = new java.util.HashSet<>(List.of("SCH102|2"));
        for (Pupil x : pupils()) {
            offered.add(x.school() + "|" + x.grade());
            String sex = x.girl() ? "F" : "M";
            expected.merge(x.school() + "|" + sex + "|" + ageAt31March2025(x.birth()) + "|" + x.grade(), 1, Integer::sum);
            if (x.repeater()) {
                repeaters.merge(x.school() + "|" + sex + "|" + x.grade(), 1, Integer::sum);
            }
        }
        expected.merge("SCH102|M|" + ageAt31March2025(LocalDate.of(2016, 2, 2)) + "|2", 1, Integer::sum);
        int total = 0;
        for (FactRecord f : sink.facts) {
            if (f.topic() != Topic.ENROLMENT) {
                continue;
            }
            for (int g = 1; g <= 3; g++) {
                int want = expected.getOrDefault(f.schoolCode() + "|" + f.sex() + "|" + f.age().code() + "|" + g, 0);
                if (!offered.contains(f.schoolCode() + "|" + g)) {
                    want = FactRecord.MISSING;
                }
                assertEquals(want, f.values()[g], f.schoolCode() + " " + f.sex() + " age " + f.age().code() + " G" + g);
                total += Math.max(0, f.values()[g]);
            }
        }
        assertEquals(PUPILS + 1, total, "every pupil with a school code counted once, no other row");
        for (String code : CODES) {
            for (Sex sex : Sex.values()) {
                FactRecord rep = sink.fact(code, Topic.REPEATERS, sex, AgeGroup.ALL).orElseThrow();
                for (int g = 1; g <= 3; g++) {
                    assertEquals(repeaters.getOrDefault(code + "|" + sex + "|" + g, 0), rep.values()[g],
                            code + " repeaters " + sex + " G" + g);
                }
            }
        }
        assertTrue(sink.fact("SCH101", Topic.ENROLMENT, Sex.F, AgeGroup.of(9)).orElseThrow().sources()[1]
                .startsWith("Learners!G"), "provenance: the Class column of the school's rows");
    }

    @Test
    void schoolAttributesComeFromTheRosterColumnsAndADifferingValueIsReported(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, "register.xlsx"), TemplateLoader.parse(TEMPLATE, "t", null), 2024);
        assertEquals("Name of SCH102", sink.school("SCH102").orElseThrow().get(SchoolAttribute.NAME));
        assertEquals("D07", sink.school("SCH103").orElseThrow().get(SchoolAttribute.DISTRICT));
        List<ImportProblem> dup = sink.problems(ProblemKind.DUPLICATE_SCHOOL);
        assertEquals(1, dup.size(), dup::toString);
        assertEquals("Other name", dup.get(0).rawText());
        assertEquals("SCH102", dup.get(0).schoolCode());
        assertEquals("B" + (PUPILS + 5), dup.get(0).cell());
    }

    @Test
    void rowsWithoutAUsableSchoolCodeAreReportedNotCounted(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, "register.xlsx"), TemplateLoader.parse(TEMPLATE, "t", null), 2024);
        List<ImportProblem> keys = sink.problems(ProblemKind.BLANK_KEY);
        assertEquals(List.of("A" + (PUPILS + 3), "A" + (PUPILS + 4)), keys.stream().map(ImportProblem::cell)
                .toList(), keys::toString);
        assertTrue(keys.get(0).detail().contains("no school code"), keys.get(0).detail());
        assertTrue(keys.get(1).detail().contains("colon"), keys.get(1).detail());
        // The header repeated in the middle of the export is reported as such, with its row.
        List<ImportProblem> header = sink.problems(ProblemKind.REPEATED_HEADER);
        assertEquals(List.of("A21"), header.stream().map(ImportProblem::cell).toList(), header::toString);
        assertTrue(header.get(0).rawText().startsWith("A21=School ID; B21=School"), header.get(0).rawText());
        assertFalse(sink.school("SCHOOL ID").isPresent());
    }

    @Test
    void rosterSheetsReportTheirUnmatchedColumns(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, "register.xlsx"), TemplateLoader.parse(TEMPLATE, "t", null), 2024);
        List<String> unmatched = sink.problems(ProblemKind.UNMATCHED_COLUMN).stream()
                .map(p -> p.sheet() + "!" + p.cell() + "=" + p.rawText()).toList();
        assertEquals(List.of("Learners!D1=Learner", "Learners!I1=Guardian phone", "Educators!A1=Staff no"), unmatched);
    }

    @Test
    void rosterColumnsLeftOutOnPurposeAreNotReported(@TempDir Path dir) throws Exception {
        String ignoring = TEMPLATE.replace("\"layout\": \"roster\",", "\"layout\": \"roster\", \"ignore\": [\"Staff no\"],")
                .replace("\"kind\": \"pupils\", \"key\": [\"School ID\"],",
                        "\"kind\": \"pupils\", \"key\": [\"School ID\"], \"ignore\": [\"guardian*\"],");
        RecordingSink sink = read(write(dir, "register.xlsx"), TemplateLoader.parse(ignoring, "t", null), 2024);
        List<String> unmatched = sink.problems(ProblemKind.UNMATCHED_COLUMN).stream()
                .map(p -> p.sheet() + "!" + p.cell() + "=" + p.rawText()).toList();
        assertEquals(List.of("Learners!D1=Learner"), unmatched, "only the column nobody mentions: " + ignoring);
    }

    @Test
    void teachersAreCountedPerSchoolWithTheNationalQualificationList(@TempDir Path dir) throws Exception {
        RecordingSink sink = read(write(dir, "register.xlsx"), TemplateLoader.parse(TEMPLATE, "t", null), 2024);
        // Certificate counts as qualified in this country; None and Form 4 do not (Form 4 is unknown).
        int[][] want = {{2, 1, 1, 1}, {1, 1, 0, 0}, {0, 0, 2, 1}}; // F total, F qualified, M total, M qualified
        for (int i = 0; i < CODES.length; i++) {
            Integer fTotal = sink.fact(CODES[i], Topic.TEACHERS, Sex.F, AgeGroup.ALL).map(f -> f.values()[0]).orElse(0);
            Integer fQual = sink.fact(CODES[i], Topic.TEACHERS, Sex.F, AgeGroup.ALL).map(f -> f.values()[1]).orElse(0);
            Integer mTotal = sink.fact(CODES[i], Topic.TEACHERS, Sex.M, AgeGroup.ALL).map(f -> f.values()[0]).orElse(0);
            Integer mQual = sink.fact(CODES[i], Topic.TEACHERS, Sex.M, AgeGroup.ALL).map(f -> f.values()[1]).orElse(0);
            assertEquals(List.of(want[i][0], want[i][1], want[i][2], want[i][3]), List.of(fTotal, fQual, mTotal, mQual),
                    CODES[i]);
        }
        assertEquals("Form 4", sink.problems(ProblemKind.UNKNOWN_CODE).stream()
                .filter(p -> p.sheet().equals("Educators")).findFirst().orElseThrow().rawText());
    }

    @Test
    void aColumnsOwnCodeListIsHonouredForStaffQualification(@TempDir Path dir) throws Exception {
        Template t = TemplateLoader.parse(TEMPLATE.replace("\"qualification\": {\"yes\": [\"Certificate\"]},",
                "\"natqual\": {\"yes\": [\"Form 4\", \"Degree\"], \"no\": [\"Certificate\", \"None\"]},")
                .replace("\"field\": \"staff.qualification\"}", "\"field\": \"staff.qualification\", "
                        + "\"codeList\": \"natqual\"}"), "t", null);
        RecordingSink sink = read(write(dir, "register.xlsx"), t, 2024);
        assertEquals(1, sink.fact("SCH103", Topic.TEACHERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[1],
                "Form 4 is qualified in the column's own list");
        assertEquals(1, sink.fact("SCH101", Topic.TEACHERS, Sex.M, AgeGroup.ALL).orElseThrow().values()[1]);
        assertEquals(0, sink.fact("SCH101", Topic.TEACHERS, Sex.F, AgeGroup.ALL).orElseThrow().values()[1],
                "Certificate is not qualified in the column's own list");
        assertTrue(sink.problems(ProblemKind.UNKNOWN_CODE).stream().noneMatch(p -> p.sheet().equals("Educators")),
                () -> sink.problems.toString());
    }

    @Test
    void theCheckerRefusesWhatARosterOfSeveralSchoolsCannotMean() {
        String bad = """
                {"id": "bad-register", "version": 1, "layout": "roster",
                 "sheets": [
                   {"names": ["Cover"], "key": ["School ID"], "labels": [
                     {"labels": ["School code"], "field": "school.code"},
                     {"labels": ["Good classrooms"], "field": "classrooms.good"},
                     {"labels": ["District"], "field": "school.district"}]},
                   {"names": ["Learners"], "kind": "pupils", "key": ["School ID"], "columns": [
                     {"headers": ["Gender"], "field": "pupil.sex"},
                     {"headers": ["Code"], "field": "school.code"}]},
                   {"names": ["Educators"], "kind": "staff", "columns": [
                     {"headers": ["Sex"], "field": "staff.sex"},
                     {"headers": ["School"], "field": "school.name"}]}]}
                """;
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(bad, "bad", null));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("$.sheets[0].key: a key is for the pupils and staff lists"), all);
        assertTrue(all.contains("$.sheets[0].labels[0]: this roster holds several schools"), all);
        assertTrue(all.contains("$.sheets[0].labels[1]: this roster holds several schools"), all);
        assertFalse(all.contains("$.sheets[0].labels[2]"), "a shared attribute is fine: " + all);
        assertTrue(all.contains("$.sheets[1].columns[1]: the school code of a pupils or staff list is its key"), all);
        assertTrue(all.contains("$.sheets[2].key: another roster sheet has a school code column"), all);
        assertTrue(all.contains("$.sheets[2].columns[1]: field school.name does not belong on this sheet (school "
                + "columns on a pupils or staff list need the sheet's key"), all);
    }
}
