package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.GroupRows;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.testing.Sheets;
import org.emisworkbench.testing.ScriptDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 (issue #11, B1 to B3): forms drafted in the field's languages. A Moroccan school form in Arabic only
 * (right-to-left, Arabic ordinals as grades, Arabic-Indic digits) was "nothing to draft"; a Myanmar form's KG row was
 * stored as pre-primary without a word, its township code not read as the district; a Haitian form's département was
 * drafted as the district beside its commune. Each workbook is written here with POI, drafted, checked and imported
 * with the draft, and its figures read back against the numbers the test wrote.
 */
class FieldLanguagesDraftTest {
    private static final int YEAR = 2024;
    private static final String ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";
    private static final String BURMESE_DIGITS = "၀၁၂၃၄၅၆၇၈၉";

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /**
     * The Moroccan form: labels, the school year in a title, pupils by level (boys, girls, total) with the rows named
     * {@code levels}, teachers by sex, classrooms; {@code pupils[g] = {boys, girls}}, odd boys typed in Arabic-Indic
     * digits as text.
     */
    private static XSSFWorkbook moroccanForm(String code, String[] levels, int[][] pupils, int[] teachers,
                                             int classrooms) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("استمارة المؤسسة");
        sh.setRightToLeft(true);
        Sheets.row(sh, 0, "الإحصاء المدرسي السنوي");
        Sheets.row(sh, 1, "الموسم الدراسي 2024/2025");
        Sheets.row(sh, 2, "رمز المؤسسة", null, code);
        Sheets.row(sh, 3, "اسم المؤسسة", null, "مدرسة النور");
        Sheets.row(sh, 4, "المديرية الإقليمية", null, "الرباط");
        Sheets.row(sh, 5, "الجماعة", null, "حسان");
        Sheets.row(sh, 6, "عدد الحجرات", null, classrooms);
        Sheets.row(sh, 8, "التلاميذ حسب المستوى والجنس");
        Sheets.row(sh, 9, "المستوى", "ذكور", "إناث", "المجموع");
        int boys = 0;
        int girls = 0;
        for (int g = 0; g < levels.length; g++) {
            Object b = g % 2 == 1 ? ScriptDigits.of(pupils[g][0], ARABIC_DIGITS) : pupils[g][0];
            Sheets.row(sh, 10 + g, levels[g], b, pupils[g][1], pupils[g][0] + pupils[g][1]);
            boys += pupils[g][0];
            girls += pupils[g][1];
        }
        Sheets.row(sh, 10 + levels.length, "المجموع", boys, girls, boys + girls);
        Sheets.row(sh, 12 + levels.length, "الأساتذة", "ذكور", "إناث", "المجموع");
        Sheets.row(sh, 13 + levels.length, "عدد الأساتذة", teachers[0], teachers[1], teachers[0] + teachers[1]);
        return wb;
    }

    private void moroccanFormIsDraftedAndImported(String code, String[] levels, long seed) throws Exception {
        int[][] pupils = OneLanguageDraftTest.figures(levels.length, seed);
        int[] teachers = {3 + (int) (seed % 5), 6 + (int) (seed % 3)};
        int classrooms = 7 + (int) seed;
        Path folder = Files.createDirectories(dir.resolve(code));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(moroccanForm(code, levels, pupils, teachers, classrooms),
                folder, "recensement_" + code + "_" + YEAR + ".xlsx");
        assertTrue(run.json().contains("\"grids\""), "the table is drafted: " + run.json());
        assertFalse(run.json().contains("codeLists"), "no codeLists needed: " + run.json());
        assertTrue(run.json().contains("\"الموسم الدراسي\""), "the year's label: " + run.json());
        assertTrue(run.check().clean(), "template check passes: " + run.check());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        // Only the figures typed in Arabic-Indic digits are said (once per file), nothing else.
        assertEquals(run.result().problems().stream().filter(p -> p.kind().equals("DIGITS_READ"))
                .mapToInt(FileResult.ProblemSummary::count).sum(), run.result().problemCount(),
                run.result().problems().toString());
        assertEquals(levels.length * 2L + 2 + 1, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            for (int g = 0; g < levels.length; g++) {
                imports.assertEnrolment(w, code, g + 1, pupils[g][1], pupils[g][0]);
            }
            imports.assertFigure(w, code, Topic.TEACHERS, 0, teachers[1], teachers[0]);
            var rows = new SchoolDetails(w).figures(code, YEAR, imports.school(w, code).district());
            assertTrue(rows.stream().anyMatch(r -> r.topic() == Topic.CLASSROOMS && Integer.valueOf(classrooms)
                    .equals(r.total())), rows.toString());
            assertEquals("الرباط", imports.school(w, code).district());
            assertEquals("مدرسة النور", imports.school(w, code).name());
        }
    }

    @Test
    void moroccanArabicFormByLevelIsDraftedAndImported() throws Exception {
        moroccanFormIsDraftedAndImported("24512X", new String[] {"المستوى الأول", "المستوى الثاني", "المستوى الثالث",
            "المستوى الرابع", "المستوى الخامس", "المستوى السادس"}, 1);
    }

    @Test
    void moroccanArabicFormByYearOfPrimaryIsDraftedAndImported() throws Exception {
        moroccanFormIsDraftedAndImported("24513Y", new String[] {"السنة الأولى ابتدائي", "السنة الثانية ابتدائي",
            "السنة الثالثة ابتدائي", "السنة الرابعة ابتدائي", "السنة الخامسة ابتدائي", "السنة السادسة ابتدائي"}, 2);
    }

    @Test
    void arabicGradeSexAndTotalWords() {
        var grade = CodeLists.builtIn().require("grade");
        String[][] grades = {{"المستوى الأول", "G1"}, {"المستوى الاول", "G1"}, {"المستوي الثاني", "G2"},
            {"السنة الثالثة ابتدائي", "G3"}, {"الصف الرابع الابتدائي", "G4"}, {"القسم الخامس", "G5"},
            {"المستوى السادس", "G6"}, {"المستوى ٣", "G3"}, {"السنة الأولى", "G1"}};
        for (String[] c : grades) {
            assertEquals(c[1], grade.code(c[0]), c[0]);
        }
        for (String no : new String[] {"المستوى", "المستوى السابع الأول", "السنة الدراسية", "الأول", "السنة 2024"}) {
            assertNull(grade.code(no), no);
        }
        var sex = CodeLists.builtIn().require("sex");
        assertEquals("M", sex.code("ذكور"));
        assertEquals("F", sex.code("إناث"));
        assertEquals("F", sex.code("اناث"));
        assertEquals("M", sex.code("ذکور"), "the Dari spelling still");
        assertEquals("M", sex.code("ကျား"));
        assertEquals("F", sex.code("မ"));
        assertNull(sex.code("ذكور الأساتذة"));
        assertTrue(HeaderText.isTotalWord("المجموع"));
        assertTrue(HeaderText.isTotalWord("Total / စုစုပေါင်း"));
    }

    /** A Myanmar form in Burmese and English: KG then Grade 1 … 5, figures partly in Burmese digits. */
    @Test
    void myanmarFormSaysWhatKgIsReadAsAndReadsTheTownshipAsTheDistrict() throws Exception {
        String code = "BEPS-0101";
        String[] grades = {"KG", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5"};
        int[][] v = OneLanguageDraftTest.figures(grades.length, 3);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Census");
        Sheets.row(sh, 0, "ANNUAL SCHOOL CENSUS " + YEAR + " / နှစ်စဉ်ကျောင်းစာရင်း");
        Sheets.row(sh, 2, "School code / ကျောင်းကုဒ်", null, code);
        Sheets.row(sh, 3, "School name / ကျောင်းအမည်", null, "BEPS No. 1 Hlaing");
        Sheets.row(sh, 4, "Township code / မြို့နယ်ကုဒ်", null, "MMR013012");
        Sheets.row(sh, 6, "ENROLMENT / ကျောင်းသားဦးရေ");
        Sheets.row(sh, 7, "Grade / အတန်း", "Boys / ကျား", "Girls / မ", "Total / စုစုပေါင်း");
        for (int g = 0; g < grades.length; g++) {
            Object boys = g % 2 == 1 ? ScriptDigits.of(v[g][0], BURMESE_DIGITS) : v[g][0];
            Sheets.row(sh, 8 + g, grades[g], boys, v[g][1], v[g][0] + v[g][1]);
        }
        Path file = dir.resolve("census_" + code + "_" + YEAR + ".xlsx");
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        var draft = workshop.draft(file, "mm").draft();
        Message kg = draft.notes().stream().filter(n -> n.key().equals("draft.kindergarten")).findFirst()
                .orElse(null);
        assertNotNull(kg, draft.notes().toString());
        assertEquals("A9", kg.args().get(1));
        assertEquals("PP", kg.args().get(3));
        assertTrue(kg.english().contains("KG is read as pre-primary (PP)"), kg.english());
        assertTrue(draft.json().contains("\"Township code / မြို့နယ်ကုဒ်\" ],\n      \"field\" : \"school.district\""),
                draft.json());

        Path folder = Files.createDirectories(dir.resolve("mm"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "census_" + code + "_" + YEAR + ".xlsx");
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message());
        DraftedImports.assertNoUnread(run);
        assertEquals(grades.length * 2L, run.result().valuesStored(), run.result().problems() + run.json());
        try (var w = imports.open()) {
            assertEquals("MMR013012", imports.school(w, code).district());
            for (int g = 1; g < grades.length; g++) {
                imports.assertEnrolment(w, code, g, v[g][1], v[g][0]);
            }
            var rows = new SchoolDetails(w).figures(code, YEAR, "MMR013012");
            assertTrue(rows.stream().anyMatch(r -> r.topic() == Topic.ENROLMENT && r.slot() <= 0
                    && Integer.valueOf(v[0][1]).equals(r.female()) && Integer.valueOf(v[0][0]).equals(r.male())),
                    "KG stored as pre-primary: " + rows);
        }
        // No KG, no note.
        Path plain = dir.resolve("census_plain_" + YEAR + ".xlsx");
        try (var out = Files.newOutputStream(plain); XSSFWorkbook other = new XSSFWorkbook()) {
            Sheet s = other.createSheet("Census");
            Sheets.row(s, 2, "School code", null, "BEPS-0102");
            Sheets.row(s, 6, "ENROLMENT");
            Sheets.row(s, 7, "Grade", "Boys", "Girls");
            Sheets.row(s, 8, "Grade 1", 4, 5);
            Sheets.row(s, 9, "Grade 2", 6, 7);
            other.write(out);
        }
        assertTrue(workshop.draft(plain, "plain").draft().notes().stream()
                .noneMatch(n -> n.key().equals("draft.kindergarten")));
    }

    /** A Haitian form: the département, perhaps a commune under it, then the pupils by year of the école fondamentale. */
    private static XSSFWorkbook haitianForm(String code, boolean commune, int[][] v) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "RECENSEMENT SCOLAIRE " + YEAR);
        Sheets.row(sh, 2, "Code de l'école", null, code);
        Sheets.row(sh, 3, "Nom de l'école", null, "École nationale " + code);
        Sheets.row(sh, 4, "Département", null, "Ouest");
        if (commune) {
            Sheets.row(sh, 5, "Commune", null, "Delmas");
        }
        Sheets.row(sh, 7, "EFEKTIF ELÈV YO");
        Sheets.row(sh, 8, "Klas", "Gason", "Fi", "Total");
        for (int g = 0; g < v.length; g++) {
            Sheets.row(sh, 9 + g, (g + 1) + "e AF", v[g][0], v[g][1], v[g][0] + v[g][1]);
        }
        return wb;
    }

    @Test
    void haitianDepartementIsTheRegionBesideItsCommuneAndTheDistrictAlone() throws Exception {
        for (boolean commune : new boolean[] {true, false}) {
            String code = commune ? "HT-0501" : "HT-0502";
            int[][] v = OneLanguageDraftTest.figures(6, commune ? 4 : 5);
            Path folder = Files.createDirectories(dir.resolve(code));
            DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
            DraftedImports.Run run = imports.draftCheckImport(haitianForm(code, commune, v), folder,
                    "fiche_" + code + "_" + YEAR + ".xlsx");
            DraftedImports.assertClean(run, 1);
            String departement = run.json().replaceAll("(?s).*\"labels\" : \\[ \"Département\" ],\\s*\"field\" : \"([a-z._]+)\".*",
                    "$1");
            assertEquals(commune ? "school.region" : "school.district", departement, run.json());
            try (var w = imports.open()) {
                assertEquals(commune ? "Delmas" : "Ouest", imports.school(w, code).district());
                for (int g = 0; g < v.length; g++) {
                    imports.assertEnrolment(w, code, g + 1, v[g][1], v[g][0]);
                }
            }
        }
    }

    @Test
    void haitianListOfSchoolsReadsTheCommuneAsTheDistrict() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Effectifs");
        Sheets.row(s, 0, "Département", "Commune", "Code école", "Nom école", "1e AF Garçons", "1e AF Filles",
                "2e AF Garçons", "2e AF Filles");
        String[] communes = {"Delmas", "Delmas", "Pétion-Ville", "Carrefour"};
        int[][] v = OneLanguageDraftTest.figures(communes.length * 2, 6);
        for (int i = 0; i < communes.length; i++) {
            Sheets.row(s, i + 1, "Ouest", communes[i], "HT-1" + i, "École " + i, v[2 * i][0], v[2 * i][1],
                    v[2 * i + 1][0], v[2 * i + 1][1]);
        }
        Path folder = Files.createDirectories(dir.resolve("wide"));
        DraftedImports imports = new DraftedImports(folder, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, folder, "effectifs_ouest_" + YEAR + ".xlsx");
        DraftedImports.assertClean(run, communes.length);
        assertTrue(run.json().contains("\"school.region\""), run.json());
        try (var w = imports.open()) {
            for (int i = 0; i < communes.length; i++) {
                assertEquals(communes[i], imports.school(w, "HT-1" + i).district());
                imports.assertEnrolment(w, "HT-1" + i, 1, v[2 * i][1], v[2 * i][0]);
                imports.assertEnrolment(w, "HT-1" + i, 2, v[2 * i + 1][1], v[2 * i + 1][0]);
            }
        }
    }

    @Test
    void populationByCommuneUnderItsDepartementIsKeyedByTheCommune() throws Exception {
        Path file = dir.resolve("population_ouest_" + YEAR + ".xlsx");
        try (var out = Files.newOutputStream(file); XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Population");
            Sheets.row(s, 0, "Département", "Commune", "Âge", "Garçons", "Filles");
            int r = 1;
            for (String commune : new String[] {"Delmas", "Carrefour"}) {
                for (int age = 6; age <= 11; age++) {
                    Sheets.row(s, r++, "Ouest", commune, age, 100 + age, 98 + age);
                }
            }
            wb.write(out);
        }
        var d = workshop.draft(file, "pop-ouest").draft();
        String json = d.json().replaceAll("\\s", "");
        assertTrue(json.contains("\"key\":[\"Commune\"]"), json);
    }

    @Test
    void groupHeadingsAndPopulationAgreeOnTheDepartement() {
        assertEquals("school.region", GroupRows.draftedField("Département : Ouest", List.of("Commune : Delmas")));
        assertEquals("school.district", GroupRows.draftedField("Département : Ouest", List.of("Département : Nord")));
        assertEquals("school.district", GroupRows.draftedField("DISTRICT: MONGU", List.of("Commune : Delmas")));
        assertFalse(GroupRows.namesOtherGroup("Département : Ouest", "school.region"));
        assertTrue(GroupRows.namesOtherGroup("Commune : Delmas", "school.region"));
        assertEquals(0, GroupRows.belowDepartement("District scolaire"));
        assertEquals(2, GroupRows.belowDepartement("Commune"));
        assertEquals(-1, GroupRows.belowDepartement("Département"));
        assertTrue(GroupRows.namesArea("Área"));
    }
}
