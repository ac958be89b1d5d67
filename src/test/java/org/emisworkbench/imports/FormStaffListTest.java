package org.emisworkbench.imports;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.FormDrafter;
import org.emisworkbench.template.SecondaryYears;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateDrafter;
import org.emisworkbench.template.TemplateException;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.RecordingSink;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.workbook.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11 (review 34, Vanuatu): a one-sheet survey form with its teachers listed under its tables, one row per
 * teacher. A template that does not read the list names it as not read (its rows and header); a roster whose staff
 * entry names the form's sheet reads it, as does the draft, with the teachers counted by sex as the test counts them.
 */
class FormStaffListTest {
    private static final String SHEET = "Fiche";
    /** The teachers: name, sex as the form writes it, qualification, trained. */
    private static final String[][] TEACHERS = {
            {"Marie Kalo", "Woman", "Degree", "Oui / Yes"},
            {"Jean Tari", "Man", "Certificate", "Non / No"},
            {"Anne Sope", "Woman", "Diploma", "Oui / Yes"},
            {"Paul Nase", "Man", "None", "Oui / Yes"},
            {"Lisa Bule", "Woman", "Certificate", "Non / No"},
            {"Tom Wari", "Man", "Degree", "Oui / Yes"},
            {"Rose Tavi", "Woman", "None", "Non / No"}};
    private static final Set<String> QUALIFIED = Set.of("Degree", "Diploma");
    private static final int[][] ENROLMENT = {{14, 12}, {11, 13}, {9, 10}};

    private static final String FORM_ENTRY = """
               {"names": ["Fiche"], "required": ["school.code"],
                "labels": [{"labels": ["Code de l'école / School code"], "field": "school.code"},
                           {"labels": ["Nom de l'école / School name"], "field": "school.name"}],
                "grids": [{"field": "enrolment", "titles": ["Effectifs / Enrolment"], "rows": "grade"}]}""";

    /** The grid template of the form, which does not read the list. */
    private static final String WITHOUT_LIST = """
            {"id": "fiche", "version": 1, "layout": "grid", "year": {"fromFileName": true},
             "sheets": [""" + FORM_ENTRY + "]}";

    /** The roster: the same entry, then a staff entry naming the same sheet. */
    private static final String WITH_LIST = """
            {"id": "fiche", "version": 1, "layout": "roster", "year": {"fromFileName": true},
             "sheets": [""" + FORM_ENTRY + """
            ,
               {"names": ["Fiche"], "kind": "staff", "columns": [
                 {"headers": ["Sexe / Sex"], "field": "staff.sex"},
                 {"headers": ["Diplôme / Qualification"], "field": "staff.qualification"},
                 {"headers": ["Formé / Trained"], "field": "staff.certified", "codeList": "yesno"}],
                "ignore": ["Nom / Name"]}]}""";

    @Test
    void aListNothingReadsIsNamedNotRead(@TempDir Path dir) throws Exception {
        Path file = write(dir, false);
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new GridInterpreter().interpret(w, TemplateLoader.parse(WITHOUT_LIST, "t", null),
                    Fixtures.context(file.getFileName().toString(), 2024), sink);
        }
        List<ImportProblem> unread = sink.problems(ProblemKind.UNREAD_FIGURES);
        // Header on row 12 (A12:D12), the teachers on the rows under it.
        String range = "A12:D" + (12 + TEACHERS.length);
        ImportProblem list = unread.stream().filter(p -> range.equals(p.cell())).findFirst()
                .orElseThrow(() -> new AssertionError(sink.problems.toString()));
        assertEquals(SHEET, list.sheet());
        assertEquals("9301", list.schoolCode());
        assertTrue(list.rawText().contains("Sexe / Sex") && list.rawText().contains("Nom / Name"), list::rawText);
        assertTrue(list.detail().contains(String.valueOf(TEACHERS.length)), list::detail);
        // The enrolment is read all the same.
        assertEquals(ENROLMENT[1][1], figure(sink, 1, Sex.F), sink.facts::toString);
        assertTrue(sink.facts.stream().noneMatch(f -> f.topic() == Topic.TEACHERS), sink.facts::toString);
    }

    @Test
    void aListWithANumberColumnIsNamedNotReadToo(@TempDir Path dir) throws Exception {
        Path file = write(dir, true);
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new GridInterpreter().interpret(w, TemplateLoader.parse(WITHOUT_LIST, "t", null),
                    Fixtures.context(file.getFileName().toString(), 2024), sink);
        }
        String range = "A12:E" + (12 + TEACHERS.length);
        assertTrue(sink.problems(ProblemKind.UNREAD_FIGURES).stream().anyMatch(p -> range.equals(p.cell())),
                sink.problems::toString);
    }

    @Test
    void theListIsReadByAStaffEntryNamingTheFormsSheet(@TempDir Path dir) throws Exception {
        Path file = write(dir, false);
        RecordingSink sink = read(file, TemplateLoader.parse(WITH_LIST, "t", null));
        assertTeachers(sink);
        assertTrue(sink.problems(ProblemKind.UNREAD_FIGURES).isEmpty(), sink.problems::toString);
    }

    @Test
    void theDraftReadsTheList(@TempDir Path dir) throws Exception {
        Path file = write(dir, false);
        Template drafted;
        try (WorkbookReader w = Workbooks.open(file)) {
            FormDrafter.FormDraft d = FormDrafter.draft("fiche", 1, "t", TemplateDrafter.guess(w).samples(),
                    SecondaryYears.NOT_GIVEN, file.getFileName().toString());
            assertNotNull(d);
            drafted = d.draft().template();
            assertEquals("roster", drafted.layout().name().toLowerCase(java.util.Locale.ROOT), d.draft()::json);
            assertTrue(d.draft().notes().stream().anyMatch(n -> n.key().equals("draft.listOnForm")),
                    d.draft().notes()::toString);
        }
        RecordingSink sink = read(file, drafted);
        assertTeachers(sink);
    }

    @Test
    void aSecondStaffEntryOnOneSheetIsStillRefused() {
        String twice = WITH_LIST.substring(0, WITH_LIST.lastIndexOf("]}")) + """
                , {"names": ["Fiche"], "kind": "staff", "columns": [{"headers": ["Sexe / Sex"], "field": "staff.sex"}]}]}""";
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> TemplateLoader.parse(twice, "t", null));
        assertTrue(String.join("\n", e.problems()).contains("also listed by"), e::getMessage);
    }

    private static RecordingSink read(Path file, Template template) throws Exception {
        RecordingSink sink = new RecordingSink();
        try (WorkbookReader w = Workbooks.open(file)) {
            new RosterInterpreter().interpret(w, template, Fixtures.context(file.getFileName().toString(), 2024),
                    sink);
        }
        return sink;
    }

    /** Teachers total, qualified and trained by sex, counted here from {@link #TEACHERS}. */
    private static void assertTeachers(RecordingSink sink) {
        for (Sex sex : List.of(Sex.M, Sex.F)) {
            String word = sex == Sex.M ? "Man" : "Woman";
            int total = 0;
            int qualified = 0;
            int trained = 0;
            for (String[] t : TEACHERS) {
                if (t[1].equals(word)) {
                    total++;
                    qualified += QUALIFIED.contains(t[2]) ? 1 : 0;
                    trained += t[3].endsWith("Yes") ? 1 : 0;
                }
            }
            FactRecord f = sink.fact("9301", Topic.TEACHERS, sex, AgeGroup.ALL)
                    .orElseThrow(() -> new AssertionError(sink.facts.toString()));
            assertEquals(total, f.values()[0], "total " + sex);
            assertEquals(qualified, f.values()[1], "qualified " + sex);
            assertEquals(trained, f.values()[2], "trained " + sex);
        }
        assertEquals(ENROLMENT[2][0], figure(sink, 2, Sex.M), sink.facts::toString);
    }

    /** The enrolment of a grade (0-based) and sex, as stored. */
    private static int figure(RecordingSink sink, int grade, Sex sex) {
        return sink.fact("9301", Topic.ENROLMENT, sex, AgeGroup.ALL)
                .orElseThrow(() -> new AssertionError(sink.facts.toString())).values()[grade + 1]; // [0]: pre-primary
    }

    /** The form: labels, the enrolment by class and sex, then the teachers (with {@code years}, their years). */
    private static Path write(Path dir, boolean years) throws Exception {
        Path file = dir.resolve("fiche2024_9301.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet(SHEET);
            row(s, 0, "RECENSEMENT SCOLAIRE / SCHOOL CENSUS");
            row(s, 1, "Code de l'école / School code", "", "9301");
            row(s, 2, "Nom de l'école / School name", "", "École de Lenakel");
            row(s, 4, "Effectifs / Enrolment");
            row(s, 5, "Classe / Class", "Garçons / Boys", "Filles / Girls");
            for (int g = 0; g < ENROLMENT.length; g++) {
                row(s, 6 + g, "Year " + (g + 1), ENROLMENT[g][0], ENROLMENT[g][1]);
            }
            row(s, 10, "Enseignants / Teachers");
            if (years) {
                row(s, 11, "Nom / Name", "Sexe / Sex", "Diplôme / Qualification", "Formé / Trained",
                        "Years teaching");
            } else {
                row(s, 11, "Nom / Name", "Sexe / Sex", "Diplôme / Qualification", "Formé / Trained");
            }
            for (int t = 0; t < TEACHERS.length; t++) {
                if (years) {
                    row(s, 12 + t, TEACHERS[t][0], TEACHERS[t][1], TEACHERS[t][2], TEACHERS[t][3], 3 + 4 * t);
                } else {
                    row(s, 12 + t, (Object[]) TEACHERS[t]);
                }
            }
            wb.write(out);
        }
        return file;
    }
}
