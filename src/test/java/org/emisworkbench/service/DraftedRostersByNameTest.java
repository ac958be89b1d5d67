package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
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

/**
 * Registers naming their schools only by name (no code anywhere), drafted as {@code emis template draft}
 * drafts them and imported into a workspace holding a master list this test wrote: each name is read as
 * the one master-list school of that name (case, accents, punctuation and spaces aside, within the row's
 * district when the register gives one) and said so; a name of no school or of several is reported and its
 * rows are not counted. Expected figures are worked out here from the rows this test wrote (decision 0037).
 */
class DraftedRostersByNameTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** A master-list school: code, name as the list writes it, district code and district name. */
    record Listed(String code, String name, String district, String districtName) {
    }

    /** Two districts each with a "Hope Primary"; accents, apostrophes and capitals in the names. */
    private static final List<Listed> MASTER = List.of(
            new Listed("KS-101", "Kasama Basic", "D01", "Kasama"),
            new Listed("KS-102", "Mungwi Basic", "D01", "Kasama"),
            new Listed("KS-103", "Hope Primary", "D01", "Kasama"),
            new Listed("MP-201", "St. Mary's Primary", "D02", "Mpika"),
            new Listed("MP-202", "Hope Primary", "D02", "Mpika"),
            new Listed("MP-203", "École primaire Sainte-Thérèse", "D02", "Mpika"));

    /** Imports the master list, written in the style of a ministry's list of schools. */
    private void importMasterList() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Schools");
        Sheets.row(s, 0, "School code", "School name", "District code", "District");
        for (int i = 0; i < MASTER.size(); i++) {
            Listed l = MASTER.get(i);
            Sheets.row(s, i + 1, l.code(), l.name(), l.district(), l.districtName());
        }
        Path file = dir.resolve("master-list.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            FileResult r = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                    "sample-master-list", null), Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()));
            assertEquals(MASTER.size(), r.masterListed());
        }
    }

    /** A pupil as written: the school as the register names it, its district cell, girl or boy, age, grade. */
    record Pupil(String schoolAsWritten, String district, String code, boolean girl, int age, int grade) {
    }

    /**
     * The register's names, each with the district cell written beside it and the school it must be read as
     * (null: no school, or several).
     */
    private static final String[][] NAMES = {
        {"KASAMA   basic", "Kasama", "KS-101"},           // capitals and repeated spaces; district by name
        {"Mungwi Basic.", "D01", "KS-102"},               // punctuation; district by code
        {"ST MARYS PRIMARY", "", "MP-201"},               // no district, no apostrophe: the name is unique
        {"Hope Primary", "Mpika", "MP-202"},              // two districts have one: the row's district decides
        {"hope primary", "kasama", "KS-103"},
        {"ecole primaire sainte therese", "", "MP-203"},  // accents and hyphen dropped
        {"Hope Primary", "", null},                       // ambiguous: which district's?
        {"Chilubi Day School", "Kasama", null},           // in no list
        {"Mungwi Basic", "Mpika", null},                  // a school of the list, but not in that district
    };

    private static List<Pupil> pupils(Random rnd, int n) {
        List<Pupil> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] name = NAMES[i < NAMES.length ? i : rnd.nextInt(NAMES.length)];
            int grade = 1 + rnd.nextInt(6);
            out.add(new Pupil(name[0], name[1], name[2], rnd.nextBoolean(), 5 + grade + rnd.nextInt(3), grade));
        }
        return out;
    }

    @Test
    void pupilRegisterNamingItsSchoolsIsReadByTheMasterListsNames() throws Exception {
        importMasterList();
        List<Pupil> pupils = pupils(new Random(37), 160);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Learners 2024");
        Sheets.row(s, 0, "School name", "District", "Learner", "Sex", "Age", "Grade");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(s, i + 1, p.schoolAsWritten(), p.district().isEmpty() ? null : p.district(), "Learner " + i,
                    p.girl() ? "F" : "M", p.age(), "Grade " + p.grade());
        }
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, "learners-by-name-2024.xlsx");
        assertTrue(run.json().contains("\"schoolKey\" : \"name\"") || run.json().contains("\"schoolKey\": \"name\""),
                run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());

        // Expected, from the rows written: pupils of a matched name by school, grade, sex and age.
        Map<String, Integer> expected = new HashMap<>();
        Map<String, String> firstNameOf = new TreeMap<>();
        int notCounted = 0;
        for (Pupil p : pupils) {
            if (p.code() == null) {
                notCounted++;
                continue;
            }
            firstNameOf.putIfAbsent(p.code(), p.schoolAsWritten());
            expected.merge(p.code() + "|" + p.grade() + "|" + (p.girl() ? "F" : "M") + "|" + p.age(), 1, Integer::sum);
        }
        assertTrue(notCounted > 0 && expected.size() > 10, "the test wrote both kinds of rows");
        long schools = pupils.stream().map(Pupil::code).filter(c -> c != null).distinct().count();
        assertEquals(6, schools);
        assertEquals(schools, f.schoolsAdded(), f.problems() + "\n" + run.json());

        // One line per school read by its name, one per name not matched; never silent.
        assertEquals(schools, count(f, "SCHOOL_BY_NAME"), f.problems().toString());
        assertEquals(3, count(f, "SCHOOL_NAME_UNMATCHED"), f.problems().toString());
        assertTrue(f.hasWarnings(), "rows not counted make it OK with warnings");
        assertTrue(f.warningSummary().english().contains("Hope Primary"), f.warningSummary().english());
        List<String> lines = f.schoolNames().stream().map(Message::english).toList();
        assertEquals(schools + 3, lines.size(), lines.toString());
        for (String code : firstNameOf.keySet()) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("read as school " + code + " by its name")), code
                    + " " + lines);
        }
        String ambiguous = lines.stream().filter(l -> l.contains("\"Hope Primary\"") && l.contains("2 schools"))
                .findFirst().orElseThrow(() -> new AssertionError(lines.toString()));
        assertTrue(ambiguous.contains("KS-103") && ambiguous.contains("MP-202") && ambiguous.contains("Learners 2024!A"),
                ambiguous);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Chilubi Day School") && l.contains("no school")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Mungwi Basic") && l.contains("district \"Mpika\"")),
                lines.toString());

        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            int total = 0;
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                int v = w.whereFrom(k[0], YEAR, Topic.ENROLMENT, Integer.parseInt(k[1]), Sex.valueOf(k[2]),
                        new AgeGroup(k[3])).orElseThrow(() -> new AssertionError("no figure " + e.getKey())).value();
                assertEquals(e.getValue(), v, e.getKey());
                total += v;
            }
            assertEquals(pupils.size() - notCounted, total);
            // The rows of names not matched went to no school: only the six schools have a return.
            assertEquals(firstNameOf.keySet(), new java.util.TreeSet<>(w.schools(YEAR, null).stream()
                    .map(org.emisworkbench.model.SchoolListing::code).toList()));
            int stored = 0;
            for (String code : firstNameOf.keySet()) {
                String district = MASTER.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().district();
                for (SchoolDetails.FigureRow r : new SchoolDetails(w).figures(code, YEAR, district)) {
                    if (r.topic() == Topic.ENROLMENT) {
                        stored += (r.female() == null ? 0 : r.female()) + (r.male() == null ? 0 : r.male());
                    }
                }
            }
            assertEquals(pupils.size() - notCounted, stored, "no pupil of an unmatched name counted anywhere");

            // The checks list them too: an error per name not matched, a note per school read by its name.
            ValidationService v = new ValidationService(w);
            v.validate(null, YEAR, null, org.emisworkbench.model.Progress.NONE, org.emisworkbench.model.Cancellation.none());
            var findings = v.findings(org.emisworkbench.model.FindingFilter.all());
            assertEquals(3, findings.stream().filter(x -> x.finding().ruleId().equals("IMP-20")
                    && x.finding().severity() == org.emisworkbench.model.Severity.ERROR).count(), findings.toString());
            assertEquals(schools, findings.stream().filter(x -> x.finding().ruleId().equals("IMP-21")).count());
            assertTrue(findings.stream().filter(x -> x.finding().ruleId().equals("IMP-20"))
                    .anyMatch(x -> x.finding().message().english().contains("Hope Primary")
                            && x.finding().message().english().contains("its rows were not imported")), findings.toString());
        }
    }

    @Test
    void withoutAMasterListTheRegisterIsRefusedSayingAListLetsNamesBeMatched() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Élèves");
        Sheets.row(s, 0, "Nom de l'école", "Nom et prénom", "Sexe", "Âge", "Classe");
        String[] schools = {"EPP Tokoin", "École primaire publique Bè", "EPP Tokoin"};
        for (int i = 0; i < 30; i++) {
            Sheets.row(s, i + 1, schools[i % 3], "Élève " + i, i % 2 == 0 ? "F" : "G", 6 + i % 5, "CP" + (1 + i % 2));
        }
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, "eleves-2024.xlsx");
        assertTrue(run.json().contains("schoolKey"), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.FAILED, f.outcome(), f.message());
        assertEquals(0, f.schoolsAdded());
        assertTrue(f.message().contains("eleves-2024.xlsx") && f.message().contains("no school code")
                && f.message().contains("master list"), f.message());
    }

    @Test
    void frenchStaffRegisterNamesSchoolsWithAbbreviationsAndAccents() throws Exception {
        importMasterList();
        // The French register writes "EP" for "École primaire", capitals without accents.
        String[][] rows = {
            {"EP SAINTE-THERESE", "F", "CAP"}, {"EP Sainte Thérèse", "M", "BEPC"}, {"Kasama basic", "F", "Degree"},
            {"EP Sainte-Thérèse", "F", "CEAP"}, {"École Inconnue", "M", "CAP"}, {"HOPE PRIMARY", "F", "PTC"}};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Personnel");
        Sheets.row(s, 0, "Nom de l'école", "Nom", "Sexe", "Diplôme", "Fonction");
        for (int i = 0; i < rows.length; i++) {
            Sheets.row(s, i + 1, rows[i][0], "Agent " + i, rows[i][1], rows[i][2], "Enseignant");
        }
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, "personnel-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(2, f.schoolsAdded(), f.schoolNames() + "\n" + run.json());
        List<String> lines = f.schoolNames().stream().map(Message::english).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("read as school MP-203 by its name \"EP SAINTE-THERESE\"")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("read as school KS-101")), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("MP-203")).count(), "said once per school: " + lines);
        assertEquals(2, count(f, "SCHOOL_NAME_UNMATCHED"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("read as school") && l.contains("Hope")), lines.toString());
    }

    @Test
    void templateCheckSaysWhichNameIsWhichSchoolWithAWorkspaceAndLeavesThemToTheImportWithout() throws Exception {
        importMasterList();
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Escola");
        Sheets.row(s, 0, "Escola", "Distrito", "Nome do aluno", "Sexo", "Idade", "Classe");
        String[][] rows = {{"Kasama Basic", "D01"}, {"HOPE PRIMARY", "Mpika"}, {"Hope Primary", ""},
            {"Escola Desconhecida", "D02"}, {"kasama basic", "D01"}};
        for (int i = 0; i < 20; i++) {
            String[] r = rows[i % rows.length];
            Sheets.row(s, i + 1, r[0], r[1].isEmpty() ? null : r[1], "Aluno " + i, i % 2 == 0 ? "F" : "M", 7 + i % 4,
                    (1 + i % 3) + "ª classe");
        }
        Path file = dir.resolve("alunos-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        String json = workshop.draft(file, "alunos").draft().json();
        assertTrue(json.contains("schoolKey"), json);
        Path template = dir.resolve("alunos.json");
        Files.writeString(template, json);

        var withDb = org.emisworkbench.testing.CliRun.emis("template", "check", "--template", template.toString(),
                "--db", dir.resolve("w").toString(), file.toString());
        String out = withDb.out();
        assertTrue(out.contains("matched against the workspace's master list as the import would"), out);
        assertTrue(out.contains("SCHOOL_BY_NAME") && out.contains("read as school KS-101 by its name"), out);
        assertTrue(out.contains("read as school MP-202 by its name"), out);
        assertTrue(out.contains("SCHOOL_NAME_UNMATCHED") && out.contains("Escola Desconhecida"), out);
        // Kasama Basic (both spellings) and Hope Primary of Mpika: two schools.
        assertTrue(out.contains("would store 2 school(s)"), out);

        var alone = org.emisworkbench.testing.CliRun.emis("template", "check", "--template", template.toString(),
                file.toString());
        String plain = alone.out();
        assertTrue(plain.contains("matched against the workspace's master list at import"), plain);
        assertFalse(plain.contains("SCHOOL_BY_NAME"), plain);
        assertFalse(plain.contains("REFUSE"), plain);
    }

    @Test
    void nationalQualificationsAreListedAtDraftTimeForTheOfficerToSortNeverGuessed() throws Exception {
        // A staff list whose "Habilitações" column holds national certificates the built-in list does not know.
        String[] written = {"PTC", "CAP", "Diploma", "BEPC", "CAP", "Sem habilitações", "PTC", "CEAP"};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Pessoal");
        Sheets.row(s, 0, "Código da escola", "Nome", "Sexo", "Habilitações");
        List<String> qualifications = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String q = written[i % written.length];
            qualifications.add(q);
            Sheets.row(s, i + 1, i % 2 == 0 ? "MZ-01" : "MZ-02", "Professor " + i, "F", q);
        }
        Path file = dir.resolve("pessoal-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        var draft = workshop.draft(file, "pessoal").draft();
        List<String> notes = draft.notes().stream().map(Message::english).toList();
        String note = notes.stream().filter(n -> n.contains("qualification list does not know")).findFirst()
                .orElseThrow(() -> new AssertionError(notes.toString()));
        // Each unknown value named once, in the order met; the known ones (Diploma, Sem habilitações) not.
        org.emisworkbench.template.CodeList known = org.emisworkbench.template.CodeLists.builtIn()
                .require("qualification");
        List<String> unknown = qualifications.stream().filter(q -> known.code(q) == null).distinct().toList();
        assertTrue(unknown.containsAll(List.of("PTC", "CAP", "BEPC", "CEAP")), unknown.toString());
        assertTrue(note.contains(String.join(", ", unknown) + "."), note);
        assertFalse(note.contains("Sem habilitações"), note);
        // The skeleton the loader accepts: an empty yes and no, so nothing is counted by guess.
        org.emisworkbench.template.Template t = draft.template();
        assertTrue(draft.json().contains("\"qualification\""), draft.json());
        for (String q : unknown) {
            assertEquals(null, t.lists().require("qualification").code(q), q + " left for the officer");
        }

        // Imported as drafted: each unknown value reported on its cell, none counted qualified.
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(reopen(file), "pessoal-2024.xlsx");
        long unknownCells = qualifications.stream().filter(unknown::contains).count();
        assertEquals(unknownCells, count(run.result(), "UNKNOWN_CODE"), run.result().problems().toString());
        // "Nome" is the teacher's name, not the school's: no school given two names.
        assertEquals(0, count(run.result(), "DUPLICATE_SCHOOL"), run.result().problems() + "\n" + run.json());

        // The officer sorts them in the skeleton (PTC and CEAP qualified, the others not): the template loads
        // and nothing is reported any more.
        String sorted = run.json().replaceFirst("\"yes\"\\s*:\\s*\\[\\s*\\]", "\"yes\" : [\"PTC\", \"CEAP\"]")
                .replaceFirst("\"no\"\\s*:\\s*\\[\\s*\\]", "\"no\" : [\"CAP\", \"BEPC\"]");
        org.emisworkbench.template.Template mine = org.emisworkbench.template.TemplateLoader.parse(sorted, "mine.json",
                null);
        assertEquals("yes", mine.lists().require("qualification").code("PTC"));
        assertEquals("no", mine.lists().require("qualification").code("CAP"));
        assertEquals("yes", mine.lists().require("qualification").code("Diploma"), "built-in spellings stay");
    }

    private static XSSFWorkbook reopen(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void schoolKeyIsCheckedWhenTheTemplateLoads() throws Exception {
        String roster = """
                {"id": "r", "version": 1, "layout": "roster", "sheets": [{"names": ["*"], "kind": "pupils",
                 "key": ["School name"], "schoolKey": "%s",
                 "columns": [{"headers": ["Sex"], "field": "pupil.sex"}, {"headers": ["Age"], "field": "pupil.age"}]}]}""";
        org.emisworkbench.template.Template ok = org.emisworkbench.template.TemplateLoader.parse(
                roster.formatted("name"), "r.json", null);
        assertTrue(ok.sheets().get(0).keyedByName());
        var typo = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse(roster.formatted("names"), "r.json", null));
        assertTrue(typo.getMessage().contains("schoolKey"), typo.getMessage());
        String noKey = roster.formatted("name").replace("\"key\": [\"School name\"], ", "");
        var keyless = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse(noKey, "r.json", null));
        assertTrue(keyless.getMessage().contains("schoolKey"), keyless.getMessage());
        // A wide list may name its schools too; a grid form (one school per sheet, no key column) may not.
        String wide = """
                {"id": "w", "version": 1, "layout": "wide", "sheets": [{"names": ["*"], "key": ["School name"],
                 "schoolKey": "name", "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}""";
        assertTrue(org.emisworkbench.template.TemplateLoader.parse(wide, "w.json", null).sheets().get(0).keyedByName());
        String grid = """
                {"id": "g", "version": 1, "layout": "grid", "sheets": [{"names": ["*"], "key": ["School name"],
                 "schoolKey": "name", "labels": [{"labels": ["School code"], "field": "school.code"}]}]}""";
        var onGrid = org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.template.TemplateException.class,
                () -> org.emisworkbench.template.TemplateLoader.parse(grid, "g.json", null));
        assertTrue(onGrid.getMessage().contains("schoolKey"), onGrid.getMessage());
    }

    @Test
    void aRegisterWhoseNamesMatchNoSchoolIsRefusedWhole() throws Exception {
        importMasterList();
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Learners");
        Sheets.row(s, 0, "School", "Learner", "Gender", "Age", "Grade");
        String[] names = {"Kasama", "Hope", "St Mary"}; // parts of names only: never matched by guess
        for (int i = 0; i < 12; i++) {
            Sheets.row(s, i + 1, names[i % 3], "L" + i, i % 2 == 0 ? "F" : "M", 8, "Grade " + (1 + i % 3));
        }
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, "partial-names-2024.xlsx");
        FileResult f = run.result();
        assertEquals(FileOutcome.FAILED, f.outcome(), f.message() + "\n" + run.json());
        assertTrue(f.message().contains("partial-names-2024.xlsx") && f.message().contains("matches exactly one school"),
                f.message());
        assertEquals(0, f.schoolsAdded());
    }

    /** A district list, one row per school named without its code: read through the master list as a register is. */
    @Test
    void aDistrictListNamingItsSchoolsIsReadThroughTheMasterList() throws Exception {
        importMasterList();
        String template = """
                {"id": "names-wide", "version": 1, "layout": "wide", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Enrolment"], "key": ["Name of school"], "schoolKey": "name",
                   "columns": [{"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
                """;
        // name as written, the school it must be read as (null: none or several), Grade 1 boys, Grade 1 girls.
        Object[][] rows = {
            {"KASAMA BASIC", "KS-101", 12, 14},
            {"St Marys Primary", "MP-201", 20, 22},
            {"ecole primaire sainte-therese", "MP-203", 9, 11},
            {"Hope Primary", null, 30, 31},
            {"Chilubi Day School", null, 5, 6},
        };
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "Name of school", "Grade 1 Boys", "Grade 1 Girls");
        for (int r = 0; r < rows.length; r++) {
            Sheets.row(s, r + 1, rows[r][0], rows[r][2], rows[r][3]);
        }
        Path file = dir.resolve("district-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        Path t = Files.writeString(dir.resolve("names-wide.json"), template);
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            FileResult f = new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                    t.toString(), null), Progress.NONE, Cancellation.none()).files().get(0);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), String.valueOf(f.message()));
            long matched = java.util.Arrays.stream(rows).filter(r -> r[1] != null).count();
            assertEquals(matched, f.schoolsAdded(), f.problems().toString());
            assertEquals(matched, count(f, "SCHOOL_BY_NAME"), f.problems().toString());
            assertEquals(rows.length - matched, count(f, "SCHOOL_NAME_UNMATCHED"), f.problems().toString());
            assertEquals(rows.length - matched, f.rowsSkipped(), "the rows of names not matched are not counted");
            for (Object[] r : rows) {
                if (r[1] == null) {
                    continue;
                }
                assertEquals(r[2], w.whereFrom((String) r[1], YEAR, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL)
                        .orElseThrow(() -> new AssertionError("no figure for " + r[1])).value());
                assertEquals(r[3], w.whereFrom((String) r[1], YEAR, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value());
            }
        }
    }
}
