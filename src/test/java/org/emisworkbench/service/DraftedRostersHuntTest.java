package org.emisworkbench.service;

import static org.emisworkbench.service.DraftedImports.assertNoUnread;
import static org.emisworkbench.service.DraftedImports.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.DraftedImports.Run;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pupil and staff registers (one row per person) of ministries the sample generator knows nothing of,
 * each drafted as {@code emis template draft} drafts it, checked and imported; the counts by school,
 * grade, sex and age are worked out here from the pupils this test wrote, never by the code under test.
 */
class DraftedRostersHuntTest {
    private static final int YEAR = 2024;
    /** The default census reference date: 1 March of the census year. */
    private static final LocalDate REFERENCE = LocalDate.of(YEAR, 3, 1);

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    private Run draftCheckImport(XSSFWorkbook wb, String name) throws Exception {
        return new DraftedImports(dir, YEAR, workshop).draftCheckImport(wb, name);
    }

    /** A pupil as this test wrote it: school code, girl or boy, date of birth, grade number. */
    record Pupil(String school, boolean girl, LocalDate born, int grade) {
        int age() {
            int a = REFERENCE.getYear() - born.getYear();
            boolean birthdayLater = born.getMonthValue() > 3 || born.getMonthValue() == 3 && born.getDayOfMonth() > 1;
            return birthdayLater ? a - 1 : a;
        }
    }

    private static List<Pupil> pupils(Random rnd, List<String> schools, int n, int grades) {
        List<Pupil> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int g = 1 + rnd.nextInt(grades);
            LocalDate born = LocalDate.of(YEAR - 6 - g - rnd.nextInt(2), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            out.add(new Pupil(schools.get(rnd.nextInt(schools.size())), rnd.nextBoolean(), born, g));
        }
        return out;
    }

    /** Every pupil counted once, in the cell of their school, grade, sex and age, and nothing else there. */
    private void assertCounts(List<Pupil> pupils, boolean byAge) {
        Map<String, Integer> expected = new HashMap<>();
        for (Pupil p : pupils) {
            expected.merge(p.school() + "|" + p.grade() + "|" + (p.girl() ? "F" : "M") + "|"
                    + (byAge ? Integer.toString(p.age()) : "?"), 1, Integer::sum);
        }
        assertTrue(expected.size() > 5, "the test wrote a spread of pupils");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            int total = 0;
            for (Map.Entry<String, Integer> e : expected.entrySet()) {
                String[] k = e.getKey().split("\\|");
                int v = w.whereFrom(k[0], YEAR, Topic.ENROLMENT, Integer.parseInt(k[1]), Sex.valueOf(k[2]),
                        new AgeGroup(k[3])).orElseThrow(() -> new AssertionError("no figure " + e.getKey())).value();
                assertEquals(e.getValue(), v, e.getKey());
                total += v;
            }
            assertEquals(pupils.size(), total);
        }
    }

    private static CellStyle dateStyle(XSSFWorkbook wb) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        return date;
    }

    /** The date of birth in one of five ways, by turn: four text styles and a real Excel date. */
    private static void writeBirth(Sheet s, int row, int col, LocalDate born, int turn, CellStyle date) {
        String[] patterns = {"dd/MM/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "dd-MMM-yyyy"};
        var cell = s.getRow(row).createCell(col);
        if (turn % 5 == 4) {
            cell.setCellValue(born);
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(born.format(DateTimeFormatter.ofPattern(patterns[turn % 5], Locale.ENGLISH)));
        }
    }

    private void registerOfSeveralSchools(String file, String[] head, Function<Pupil, String> sex,
                                          Function<Integer, String> grade) throws Exception {
        Random rnd = new Random(file.hashCode());
        List<Pupil> pupils = pupils(rnd, List.of("SC-101", "SC-102", "SC-103"), 120, 6);
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = dateStyle(wb);
        Sheet s = wb.createSheet("Register");
        Sheets.row(s, 0, (Object[]) head);
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(s, i + 1, p.school(), "Pupil " + i, sex.apply(p), null, grade.apply(p.grade()));
            writeBirth(s, i + 1, 3, p.born(), i, date);
        }
        Run run = draftCheckImport(wb, file);
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + "\n" + run.json());
        assertEquals(3, run.result().schoolsAdded(), run.json());
        assertNoUnread(run);
        assertEquals(0, run.result().problemCount(), run.result().problems() + "\n" + run.json());
        assertCounts(pupils, true);
    }

    // ---- 1. pupil registers: dates, sex letters, grade names ---------------------------------------------

    @Test
    void englishRegisterWithBoyGirlLettersStandardsAndDatesInFiveStyles() throws Exception {
        registerOfSeveralSchools("register-2024.xlsx", new String[] {"School ID", "Pupil name", "Sex",
            "Date of birth", "Class"}, p -> p.girl() ? "G" : "B", g -> "Std " + g);
    }

    @Test
    void englishRegisterWithMaleFemaleLettersAndYearLevels() throws Exception {
        registerOfSeveralSchools("year-levels-2024.xlsx", new String[] {"School ID", "Student", "Gender",
            "DOB", "Year level"}, p -> p.girl() ? "F" : "M", g -> "Year " + g);
    }

    @Test
    void frenchRegisterWithHommeFemmeLettersAndCpToCm() throws Exception {
        String[] cp = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
        registerOfSeveralSchools("registre-2024.xlsx", new String[] {"Code école", "Nom et prénom", "Sexe",
            "Date de naissance", "Classe"}, p -> p.girl() ? "F" : "H", g -> cp[g - 1]);
    }

    @Test
    void frenchRegisterWithGarconFilleLetters() throws Exception {
        String[] cp = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
        registerOfSeveralSchools("registre-gf-2024.xlsx", new String[] {"Code école", "Nom de l'élève", "Sexe",
            "Date de naissance", "Niveau"}, p -> p.girl() ? "F" : "G", g -> cp[g - 1]);
    }

    @Test
    void portugueseRegisterWithClassesWrittenOrdinal() throws Exception {
        registerOfSeveralSchools("registo-2024.xlsx", new String[] {"Código da escola", "Nome do aluno", "Sexo",
            "Data de nascimento", "Classe"}, p -> p.girl() ? "F" : "M", g -> g + "ª classe");
    }

    @Test
    void registerOfOneSchoolWithItsCodeAboveTheListAndAnAgeColumnOnly() throws Exception {
        Random rnd = new Random(404);
        List<Pupil> pupils = pupils(rnd, List.of("VU-0417"), 60, 8);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Class lists");
        Sheets.row(s, 0, "School code:", "VU-0417");
        Sheets.row(s, 1, "School name:", "Lenakel Primary");
        Sheets.row(s, 3, "No.", "Student", "Gender", "Age", "Year level");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(s, 4 + i, i + 1, "Student " + (char) ('A' + i % 26) + i, p.girl() ? "Female" : "Male",
                    i % 3 == 0 ? p.age() + " years" : (Object) p.age(), "Year " + p.grade());
        }
        Run run = draftCheckImport(wb, "lenakel-2024.xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + "\n" + run.json());
        assertEquals(1, run.result().schoolsAdded(), run.json());
        assertNoUnread(run);
        assertEquals(0, run.result().problemCount(), run.result().problems() + "\n" + run.json());
        assertCounts(pupils, true);
    }

    // ---- 2. a register naming its school by name only --------------------------------------------------

    @Test
    void registerNamingTheSchoolOnlyByItsNameIsNeverOneSilentSchool() throws Exception {
        Random rnd = new Random(505);
        List<Pupil> pupils = pupils(rnd, List.of("Kasama Basic", "Mungwi Basic"), 40, 6);
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = dateStyle(wb);
        Sheet s = wb.createSheet("Learners");
        Sheets.row(s, 0, "School name", "Learner name", "Sex", "Date of birth", "Grade");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(s, i + 1, p.school(), "Learner " + i, p.girl() ? "F" : "M", null, "Grade " + p.grade());
            writeBirth(s, i + 1, 3, p.born(), 4, date);
        }
        Run run = draftCheckImport(wb, "kasama-names-2024.xlsx");
        FileResult f = run.result();
        // No school code anywhere: the file is refused with a message naming it, never two schools' pupils
        // counted as one school without a word.
        assertEquals(FileOutcome.FAILED, f.outcome(), f.message() + " " + f.problems() + "\n" + run.json());
        assertTrue(f.message().contains("kasama-names-2024.xlsx") && f.message().contains("no school code"),
                f.message());
        assertEquals(0, f.schoolsAdded());
    }

    // ---- 3. staff registers ------------------------------------------------------------------------------

    /** A teacher as written: school, woman or man, qualification as written, and whether it counts as qualified. */
    record Teacher(String school, boolean woman, String qualification) {
    }

    private void staffRegister(String file, String[] head, String[] sexes, String[][] qualifications,
                               String[] grades) throws Exception {
        Random rnd = new Random(file.hashCode());
        List<String> schools = List.of("ST-01", "ST-02", "ST-03");
        List<Teacher> staff = new ArrayList<>();
        Map<String, Integer> unknown = new HashMap<>();
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = dateStyle(wb);
        Sheet s = wb.createSheet("Staff");
        Sheets.row(s, 0, (Object[]) head);
        for (int i = 0; i < 45; i++) {
            String[] q = qualifications[rnd.nextInt(qualifications.length)];
            Teacher t = new Teacher(schools.get(i % 3), rnd.nextBoolean(), q[0]);
            staff.add(t);
            if (q[1] == null) {
                unknown.merge(q[0], 1, Integer::sum);
            }
            Sheets.row(s, i + 1, t.school(), "Teacher " + (char) ('A' + i % 26) + i, t.woman() ? sexes[0] : sexes[1],
                    null, t.qualification(), i % 4 == 0 ? head.length > 6 ? "Contract" : null : head.length > 6
                    ? "Permanent" : null, grades[i % grades.length]);
            writeBirth(s, i + 1, 3, LocalDate.of(1970 + i % 25, 1 + i % 12, 1 + i % 28), i, date);
        }
        Run run = draftCheckImport(wb, file);
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(3, f.schoolsAdded(), run.json());
        assertNoUnreadFigures(run);
        // A qualification the built-in list does not know (a national certificate) is reported on its cell,
        // never counted as qualified nor as unqualified silently; the officer names it in a code list.
        assertEquals(unknown.values().stream().mapToInt(Integer::intValue).sum(), count(f, "UNKNOWN_CODE"),
                f.problems() + "\n" + run.json());
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
        try (Workbench w = Workbench.open(dir.resolve("w"))) {
            for (String school : schools) {
                for (boolean woman : new boolean[] {true, false}) {
                    Sex sex = woman ? Sex.F : Sex.M;
                    List<Teacher> mine = staff.stream().filter(t -> t.school().equals(school) && t.woman() == woman)
                            .toList();
                    long yes = mine.stream().filter(t -> List.of(qualifications).stream().anyMatch(
                            q -> q[0].equals(t.qualification()) && "yes".equals(q[1]))).count();
                    assertEquals(mine.size(), w.whereFrom(school, YEAR, Topic.TEACHERS, total, sex, AgeGroup.ALL)
                            .orElseThrow().value(), school + " " + sex + " teachers");
                    // Every qualification unknown: the count is missing, never 0 (decision 0043, review 26 F4).
                    long known = mine.stream().filter(t -> !unknown.containsKey(t.qualification())).count();
                    assertEquals(known == 0 && !mine.isEmpty() ? null : (Integer) (int) yes, w.whereFrom(school, YEAR,
                            Topic.TEACHERS, qualified, sex, AgeGroup.ALL).orElseThrow().value(),
                            school + " " + sex + " qualified");
                }
            }
        }
    }

    /** No column of figures left unread (a staff list's other columns are words, reported as such at most). */
    private static void assertNoUnreadFigures(Run run) {
        assertEquals(0, run.check().unreadNumberColumns(), run.check().sheets() + "\n" + run.json());
        assertEquals(0, count(run.result(), "UNREAD_FIGURES"), run.result().problems() + "\n" + run.json());
    }

    @Test
    void englishStaffRegisterWithNationalCertificates() throws Exception {
        staffRegister("staff-2024.xlsx", new String[] {"School ID", "Name", "Sex", "Date of birth",
            "Qualification", "Status", "Grade taught"}, new String[] {"F", "M"}, new String[][] {
                {"PTC", null}, {"Diploma", "yes"}, {"BEd", "yes"}, {"Untrained", "no"}}, new String[] {"Std 1",
                "Std 4", "Std 7"});
    }

    @Test
    void staffRegisterGivingTheHighestEducationalAttainment() throws Exception {
        // A Philippines/Bangladesh staff list (review 26, F8): the qualification under its own heading.
        staffRegister("ph-staff-2024.xlsx", new String[] {"School ID", "Name", "Sex", "Date of birth",
            "Highest Educational Attainment", "Status", "Grade taught"}, new String[] {"F", "M"}, new String[][] {
                {"Diploma", "yes"}, {"BEd", "yes"}, {"Untrained", "no"}}, new String[] {"Grade 1", "Grade 4"});
    }

    @Test
    void frenchStaffRegisterWithCapCeapBepc() throws Exception {
        staffRegister("personnel-2024.xlsx", new String[] {"Code école", "Nom et prénom", "Sexe",
            "Date de naissance", "Diplôme", "Statut", "Classe tenue"}, new String[] {"F", "H"}, new String[][] {
                {"CAP", null}, {"CEAP", null}, {"BEPC", null}, {"Sans diplôme", "no"}, {"Licence", "yes"}},
                new String[] {"CP1", "CE2", "CM2"});
    }

    // ---- 1. sex written 1/2 with a legend -----------------------------------------------------------------

    private static XSSFWorkbook oneTwoRegister(List<Pupil> pupils, String legend) {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = dateStyle(wb);
        Sheet s = wb.createSheet("Enrolment");
        Sheets.row(s, 0, "School ID", "Student name", "Sex", "Date of birth", "Class");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(s, i + 1, p.school(), "Student " + i, p.girl() ? 2 : 1, null, "Class " + p.grade());
            writeBirth(s, i + 1, 3, p.born(), i, date);
        }
        Sheets.row(s, pupils.size() + 2, legend);
        return wb;
    }

    @Test
    void sexWrittenOneTwoIsReadThroughTheLegendOnTheSheet() throws Exception {
        Random rnd = new Random(606);
        List<Pupil> pupils = pupils(rnd, List.of("SB-11", "SB-12"), 30, 6);
        Run run = draftCheckImport(oneTwoRegister(pupils, "Sex: 1 = Male, 2 = Female"), "legend-2024.xlsx");
        assertTrue(run.json().contains("\"codeLists\""), run.json());
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message() + "\n" + run.json());
        assertEquals(2, f.schoolsAdded(), "the legend under the list is no school: " + f.problems());
        // The legend's row is reported as a row without a school, nothing else.
        assertEquals(1, f.problemCount(), f.problems() + "\n" + run.json());
        assertEquals("Enrolment!A" + (pupils.size() + 3), DraftedImports.first(f, "BLANK_KEY"), f.problems()::toString);
        assertCounts(pupils, true);
    }

    @Test
    void sexWrittenOneTwoWithoutALegendNamingBothIsReportedPupilByPupil() throws Exception {
        Random rnd = new Random(607);
        List<Pupil> pupils = pupils(rnd, List.of("SB-21", "SB-22"), 30, 6);
        Run run = new DraftedImports(dir, YEAR, workshop).draftCheckImport(
                oneTwoRegister(pupils, "1 = Male; see the district office for the rest"), "half-legend-2024.xlsx");
        FileResult f = run.result();
        assertTrue(!run.json().contains("\"codeLists\""), run.json());
        // Each 1 or 2 is reported on its cell; no pupil is given a sex the file did not spell out.
        assertEquals(pupils.size(), count(f, "UNKNOWN_CODE"), f.outcome() + " " + f.message() + " " + f.problems()
                + "\n" + run.json());
        assertEquals("Enrolment!C2", DraftedImports.first(f, "UNKNOWN_CODE"), f.problems()::toString);
    }

    // ---- 4. wide district files ------------------------------------------------------------------------

    @Test
    void portugueseDistrictFileWithClassesHmAndTeachers() throws Exception {
        Random rnd = new Random(707);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Escolas");
        List<Object> head = new ArrayList<>(List.of("Código da escola", "Nome"));
        for (int g = 1; g <= 7; g++) {
            head.add(g + "ª classe H");
            head.add(g + "ª classe M");
        }
        head.add("Professores H");
        head.add("Professores M");
        Sheets.row(s, 0, head.toArray());
        Map<String, int[]> expected = new HashMap<>(); // [g*2 + (F=0, M=1)], teachers at 16, 17
        for (int i = 0; i < 6; i++) {
            String code = "MZ-" + (500 + i);
            int[] v = new int[18];
            List<Object> r = new ArrayList<>(List.of(code, "EP de " + i));
            for (int g = 1; g <= 7; g++) {
                int homens = rnd.nextInt(80);
                int mulheres = rnd.nextInt(80);
                v[g * 2 + 1] = homens;
                v[g * 2] = mulheres;
                r.add(homens);
                r.add(mulheres);
            }
            v[17] = rnd.nextInt(10) + 1;
            v[16] = rnd.nextInt(10) + 1;
            r.add(v[17]);
            r.add(v[16]);
            Sheets.row(s, i + 1, r.toArray());
            expected.put(code, v);
        }
        Run run = draftCheckImport(wb, "distrito-2024.xlsx");
        DraftedImports.assertClean(run, 6);
        DraftedImports d = new DraftedImports(dir, YEAR, workshop);
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = d.open()) {
            for (Map.Entry<String, int[]> e : expected.entrySet()) {
                int[] v = e.getValue();
                for (int g = 1; g <= 7; g++) {
                    d.assertEnrolment(w, e.getKey(), g, v[g * 2], v[g * 2 + 1]);
                }
                d.assertFigure(w, e.getKey(), Topic.TEACHERS, total, v[16], v[17]);
            }
        }
    }

    @Test
    void pacificDistrictFileWithYearLevelsMaleFemaleAndEce() throws Exception {
        Random rnd = new Random(808);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        List<Object> head = new ArrayList<>(List.of("School No", "School Name", "Island", "ECE Male", "ECE Female"));
        for (int g = 1; g <= 8; g++) {
            head.add("Year " + g + " Male");
            head.add("Year " + g + " Female");
        }
        Sheets.row(s, 0, head.toArray());
        Map<String, int[]> expected = new HashMap<>(); // [slot*2 + (F=0, M=1)], slot 0 = ECE
        for (int i = 0; i < 5; i++) {
            String code = "PS" + (3100 + i);
            int[] v = new int[18];
            List<Object> r = new ArrayList<>(List.of(code, "School " + i, "Island " + (i % 2)));
            for (int slot = 0; slot <= 8; slot++) {
                v[slot * 2 + 1] = rnd.nextInt(40);
                v[slot * 2] = rnd.nextInt(40);
                r.add(v[slot * 2 + 1]);
                r.add(v[slot * 2]);
            }
            Sheets.row(s, i + 1, r.toArray());
            expected.put(code, v);
        }
        Run run = draftCheckImport(wb, "pacific-2024.xlsx");
        DraftedImports.assertClean(run, 5);
        DraftedImports d = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = d.open()) {
            for (Map.Entry<String, int[]> e : expected.entrySet()) {
                for (int slot = 0; slot <= 8; slot++) {
                    d.assertEnrolment(w, e.getKey(), slot, e.getValue()[slot * 2], e.getValue()[slot * 2 + 1]);
                }
            }
        }
    }

    // ---- 5. sex as the outer header row --------------------------------------------------------------------

    @Test
    void boysAndGirlsMergedOverGradesOneToSix() throws Exception {
        Random rnd = new Random(909);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Enrolment");
        List<Object> top = new ArrayList<>(List.of("School code", "School name", "Boys"));
        List<Object> sub = new ArrayList<>(List.of("", ""));
        for (int i = 0; i < 5; i++) {
            top.add(null);
        }
        top.add("Girls");
        for (String sex : new String[] {"M", "F"}) {
            for (int g = 1; g <= 6; g++) {
                sub.add("Grade " + g);
            }
        }
        Sheets.row(s, 0, top.toArray());
        Sheets.row(s, 1, sub.toArray());
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 2, 7));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 8, 13));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 0));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 1, 1));
        Map<String, int[]> expected = new HashMap<>(); // boys 1..6 at 0..5, girls at 6..11
        for (int i = 0; i < 6; i++) {
            String code = "ZM-" + (7000 + i);
            int[] v = new int[12];
            List<Object> r = new ArrayList<>(List.of(code, "Basic " + i));
            for (int k = 0; k < 12; k++) {
                v[k] = rnd.nextInt(90);
                r.add(v[k]);
            }
            Sheets.row(s, i + 2, r.toArray());
            expected.put(code, v);
        }
        Run run = draftCheckImport(wb, "boys-girls-2024.xlsx");
        DraftedImports.assertClean(run, 6);
        DraftedImports d = new DraftedImports(dir, YEAR, workshop);
        try (Workbench w = d.open()) {
            for (Map.Entry<String, int[]> e : expected.entrySet()) {
                for (int g = 1; g <= 6; g++) {
                    d.assertEnrolment(w, e.getKey(), g, e.getValue()[5 + g], e.getValue()[g - 1]);
                }
            }
        }
    }
}
