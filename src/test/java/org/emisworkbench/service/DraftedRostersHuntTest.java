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
}
