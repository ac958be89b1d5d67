package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose country does not divide its grades as the sample country does (decision 0039): Zambia, seven
 * years of primary from age 7, and Malawi, eight years (Standard 1–8) from age 6. The returns and the population
 * are workbooks the test writes ("Grade 3 Girls" headers, a template of its own); every expected figure is
 * worked out here from the numbers written.
 */
class SchoolStructureTest {
    private static final String CENSUS = """
            {"id": "structure-wide", "version": 1, "layout": "wide", "role": "census", "year": {"fromFileName": true},
             "sheets": [{"names": ["Returns"], "key": ["School code"], "required": ["school.name", "enrolment"],
               "columns": [
                 {"headers": ["School name"], "field": "school.name"},
                 {"headers": ["District"], "field": "school.district"},
                 {"headers": ["Level"], "field": "school.level", "codeList": "level"},
                 {"patterns": ["New entrants Grade {grade} {sex}"], "field": "new_entrants"},
                 %s
                 {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;
    private static final String POPULATION = """
            {"id": "structure-pop", "version": 1, "layout": "wide", "role": "population", "year": {"fromFileName": true},
             "sheets": [{"names": ["Population"], "key": ["District"], "required": ["population.age"], "columns": [
               {"headers": ["Age"], "field": "population.age"},
               {"headers": ["Girls"], "field": "population", "sex": "F"},
               {"headers": ["Boys"], "field": "population", "sex": "M"}]}]}
            """;
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    /** A school's pupils: per grade 1..n, {girls, boys}; and its new entrants to Grade 1 {girls, boys}. */
    private record School(String code, int[][] pupils, int[] entrants) {
    }

    private static int girls(int grade, int school) {
        return 20 + 3 * grade + 7 * school;
    }

    private static int boys(int grade, int school) {
        return 18 + 2 * grade + 5 * school;
    }

    /** Three primary schools of district D01 with {@code grades} grades; school 2 also reports 4 pupils one grade above. */
    private static List<School> schools(int grades) {
        List<School> out = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            int[][] p = new int[grades + 1][];
            for (int g = 1; g <= grades; g++) {
                p[g - 1] = new int[] {girls(g, s), boys(g, s)};
            }
            p[grades] = s == 2 ? new int[] {1, 3} : new int[] {0, 0};
            out.add(new School("S" + s, p, new int[] {girls(1, s) - 2, boys(1, s) - 1}));
        }
        return out;
    }

    /** Pupils a grade above its official age: the rest of the grade's pupils are of its official age. */
    private static int over(int grade) {
        return grade % 3 + 1;
    }

    /**
     * The returns: each school's pupils by grade and sex; for the {@code ageGrades} first grades also by age, the
     * grade's official age ({@code entranceAge - 1 + grade}) and one year above.
     */
    private static XSSFWorkbook returns(List<School> schools, int columns, int ageGrades, int entranceAge) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Returns");
        List<Object> header = new ArrayList<>(List.of("School code", "School name", "District", "Level",
                "New entrants Grade 1 Girls", "New entrants Grade 1 Boys"));
        for (int g = 1; g <= columns; g++) {
            header.add("Grade " + g + " Girls");
            header.add("Grade " + g + " Boys");
        }
        for (int g = 1; g <= ageGrades; g++) {
            for (int age = entranceAge - 1 + g; age <= entranceAge + g; age++) {
                header.add("Grade " + g + " Age " + age + " Girls");
                header.add("Grade " + g + " Age " + age + " Boys");
            }
        }
        row(sh, 0, header.toArray());
        int r = 1;
        for (School s : schools) {
            List<Object> v = new ArrayList<>(List.of(s.code(), "School " + s.code(), "D01", "primary",
                    s.entrants()[0], s.entrants()[1]));
            for (int[] g : s.pupils()) {
                v.add(g[0]);
                v.add(g[1]);
            }
            for (int g = 1; g <= ageGrades; g++) {
                int[] pupils = s.pupils()[g - 1];
                v.add(pupils[0] - over(g));
                v.add(pupils[1] - over(g));
                v.add(over(g));
                v.add(over(g));
            }
            row(sh, r++, v.toArray());
        }
        return wb;
    }

    /** Population of D01 by single age 3–20, girls and boys. */
    private static Map<Integer, int[]> population() {
        Map<Integer, int[]> m = new LinkedHashMap<>();
        for (int age = 3; age <= 20; age++) {
            m.put(age, new int[] {400 - 9 * age, 390 - 8 * age});
        }
        return m;
    }

    private static XSSFWorkbook populationWorkbook(Map<Integer, int[]> pop) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Population");
        row(sh, 0, "District", "Age", "Girls", "Boys");
        int r = 1;
        for (var e : pop.entrySet()) {
            row(sh, r++, "D01", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        return wb;
    }

    private static long popSum(Map<Integer, int[]> pop, int from, int to) {
        long n = 0;
        for (int a = from; a <= to; a++) {
            n += pop.get(a)[0] + pop.get(a)[1];
        }
        return n;
    }

    private static long enrolled(List<School> schools, int firstGrade, int lastGrade) {
        long n = 0;
        for (School s : schools) {
            for (int g = firstGrade; g <= lastGrade && g <= s.pupils().length; g++) {
                n += s.pupils()[g - 1][0] + s.pupils()[g - 1][1];
            }
        }
        return n;
    }

    private static IndicatorValue indicator(TemplateImports imports, String id, String level) {
        return imports.workbench.indicators().compute(2025, AreaSelector.district("D01"), level).stream()
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** The template's columns of pupils by age, one per header the returns write. */
    private static String ageColumns(int ageGrades, int entranceAge) {
        StringBuilder sb = new StringBuilder();
        for (int g = 1; g <= ageGrades; g++) {
            for (int age = entranceAge - 1 + g; age <= entranceAge + g; age++) {
                for (String[] sex : new String[][] {{"Girls", "F"}, {"Boys", "M"}}) {
                    sb.append("{\"headers\": [\"Grade ").append(g).append(" Age ").append(age).append(' ')
                            .append(sex[0]).append("\"], \"field\": \"enrolment\", \"grade\": \"G").append(g)
                            .append("\", \"age\": \"").append(age).append("\", \"sex\": \"").append(sex[1])
                            .append("\"},\n");
                }
            }
        }
        return sb.toString();
    }

    /** Imports the returns and the population, then gives the workspace {@code structure}. */
    private TemplateImports workspace(List<School> schools, int columns, SchoolStructure structure) throws Exception {
        TemplateImports imports = new TemplateImports(dir);
        FileResult f = imports.importWith(returns(schools, columns, structure.primaryYears(), structure.entranceAge()),
                "returns-2025.xlsx", CENSUS.formatted(ageColumns(structure.primaryYears(), structure.entranceAge())),
                null);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(0, f.problemCount(), f.problems().toString());
        FileResult p = imports.importWith(populationWorkbook(population()), "population-2025.xlsx", POPULATION, null);
        assertEquals(FileOutcome.IMPORTED, p.outcome(), p.message());
        String said = imports.workbench.structure().change(structure, null).english();
        assertTrue(said.contains("run the checks again"), said);
        assertEquals(structure, imports.workbench.structure().current().orElseThrow());
        return imports;
    }

    @Test
    void zambiaSevenYearsOfPrimaryFromAgeSeven() throws Exception {
        List<School> schools = schools(7);
        Map<Integer, int[]> pop = population();
        SchoolStructure zambia = new SchoolStructure(7, 2, 7);
        try (TemplateImports imports = workspace(schools, 8, zambia)) {
            // The grade table: G7 primary at age 13, G8 lower secondary, PP at 6; codes and slots as before.
            List<Grade> grades = imports.workbench.structure().grades().grades();
            assertEquals(13, grades.size());
            assertEquals(new Grade("PP", 0, "pre_primary", 6), grades.get(0));
            assertEquals(new Grade("G1", 1, "primary", 7), grades.get(1));
            assertEquals(new Grade("G7", 7, "primary", 13), grades.get(7));
            assertEquals(new Grade("G8", 8, "lower_secondary", 14), grades.get(8));
            assertEquals(new Grade("G10", 10, "upper_secondary", 16), grades.get(10));

            IndicatorValue enrol = indicator(imports, "enrolment_total", "primary");
            assertEquals(enrolled(schools, 1, 7), enrol.value(), EPS, "primary enrolment counts Grade 7");
            assertTrue(enrol.byGrade().containsKey("G7"), String.valueOf(enrol.byGrade().keySet()));
            assertFalse(enrol.byGrade().containsKey("G8"));

            IndicatorValue ger = indicator(imports, "ger", "primary");
            assertTrue(ger.available(), String.valueOf(ger.reason()));
            assertEquals(popSum(pop, 7, 13), ger.denominator(), EPS, "population of ages 7-13");
            assertEquals(100.0 * enrolled(schools, 1, 7) / popSum(pop, 7, 13), ger.value(), EPS);

            long entrants = schools.stream().mapToLong(s -> s.entrants()[0] + s.entrants()[1]).sum();
            IndicatorValue gir = indicator(imports, "gir", "primary");
            assertTrue(gir.available(), String.valueOf(gir.reason()));
            assertEquals(popSum(pop, 7, 7), gir.denominator(), EPS, "population of age 7");
            assertEquals(100.0 * entrants / popSum(pop, 7, 7), gir.value(), EPS);

            // NER: every pupil of G1-G7 is of age 7-13 but Grade 7's over-age pupils (14).
            IndicatorValue ner = indicator(imports, "ner", "primary");
            assertTrue(ner.available(), String.valueOf(ner.reason()));
            assertEquals(popSum(pop, 7, 13), ner.denominator(), EPS);
            assertEquals(enrolled(schools, 1, 7) - 3 * 2 * over(7), ner.numerator(), EPS);

            // Lower secondary is G8-G9 now, ages 14-15: school S2's Grade 8 pupils.
            IndicatorValue lower = indicator(imports, "enrolment_total", "lower_secondary");
            assertEquals(4, lower.value(), EPS);
            IndicatorValue lowerGer = indicator(imports, "ger", "lower_secondary");
            assertEquals(popSum(pop, 14, 15), lowerGer.denominator(), EPS);

            // The district summary's table of primary pupils by grade ends with Grade 7.
            Path pdf = imports.workbench.reports().district(2025, "D01", null,
                    org.emisworkbench.model.ReportOptions.defaults(), dir.resolve("d01.pdf"));
            String text;
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
            int g7Girls = girls(7, 0) + girls(7, 1) + girls(7, 2);
            int g7Boys = boys(7, 0) + boys(7, 1) + boys(7, 2);
            assertTrue(text.contains("G7 " + g7Girls + " " + g7Boys + " " + (g7Girls + g7Boys) + " "), text);
            assertFalse(text.contains("G8 "), "Grade 8 is not in the primary tables");

            // LVL-01: Grade 7 pupils in a primary school are primary; the one school with Grade 8 pupils is flagged.
            List<StoredFinding> findings = imports.validate(2025);
            assertTrue(TemplateImports.of(findings, "LVL-01", "S0").isEmpty());
            assertTrue(TemplateImports.of(findings, "LVL-01", "S1").isEmpty());
            List<StoredFinding> s2 = TemplateImports.of(findings, "LVL-01", "S2");
            assertEquals(1, s2.size(), findings.toString());
            assertTrue(s2.get(0).finding().message().english().contains("reports 4 secondary pupils"),
                    s2.get(0).finding().message().english());
        }
    }

    @Test
    void malawiEightYearsOfPrimaryFromAgeSix() throws Exception {
        List<School> schools = schools(8);
        Map<Integer, int[]> pop = population();
        try (TemplateImports imports = workspace(schools, 9, new SchoolStructure(8, 2, 6))) {
            IndicatorValue enrol = indicator(imports, "enrolment_total", "primary");
            assertEquals(enrolled(schools, 1, 8), enrol.value(), EPS, "Standards 1-8 all primary");
            assertEquals(8, enrol.byGrade().size(), String.valueOf(enrol.byGrade().keySet()));
            IndicatorValue ger = indicator(imports, "ger", "primary");
            assertEquals(popSum(pop, 6, 13), ger.denominator(), EPS, "population of ages 6-13");
            assertEquals(100.0 * enrolled(schools, 1, 8) / popSum(pop, 6, 13), ger.value(), EPS);
            assertEquals(popSum(pop, 6, 6), indicator(imports, "gir", "primary").denominator(), EPS);
            IndicatorValue ner = indicator(imports, "ner", "primary");
            assertEquals(popSum(pop, 6, 13), ner.denominator(), EPS);
            assertEquals(enrolled(schools, 1, 8) - 3 * 2 * over(8), ner.numerator(), EPS, "Standard 8 at 14 is over age");
            assertEquals(2, imports.workbench.structure().grades().gradesOf("upper_secondary").size(),
                    "G11-G12");
            List<StoredFinding> findings = imports.validate(2025);
            assertTrue(TemplateImports.of(findings, "LVL-01", "S0").isEmpty());
            assertEquals(1, TemplateImports.of(findings, "LVL-01", "S2").size(), "Grade 9 is secondary");
        }
    }

    @Test
    void theSampleCountrysStructureIsTheDefaultAThirteenthGradeIsTakenAndAFourteenthRefused() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            SchoolStructures structure = imports.workbench.structure();
            assertEquals(SchoolStructure.standard(), structure.current().orElseThrow());
            assertEquals(org.emisworkbench.model.GradeSystem.standard().grades(), structure.grades().grades());
            // Togo and Senegal: 6 + 4 + 3 = 13 grades, G13 added (decision 0072); back to twelve while it holds none.
            structure.change(new SchoolStructure(6, 4, 6), 3);
            assertEquals(SchoolStructure.withUpper(6, 4, 3, 6, 1), structure.current().orElseThrow());
            assertEquals(new Grade("G13", 13, "upper_secondary", 18), structure.grades().bySlot(13));
            structure.change(SchoolStructure.standard(), 3);
            assertEquals(org.emisworkbench.model.GradeSystem.standard().grades(), structure.grades().grades());
            // 7 + 4 + 3 = 14 grades: only G1-G13 exist.
            ServiceException e = assertThrows(ServiceException.class,
                    () -> structure.change(new SchoolStructure(7, 4, 6), 3));
            assertTrue(e.getMessage().contains("7 + 4 + 3 = 14 grades do not fit"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
            assertEquals(SchoolStructure.standard(), structure.current().orElseThrow(), "nothing changed");
            e = assertThrows(ServiceException.class, () -> structure.change(new SchoolStructure(11, 1, 6), null));
            assertTrue(e.getMessage().startsWith("Primary cannot last 11 years: give 4 to 9"), e.getMessage());
            e = assertThrows(ServiceException.class, () -> structure.change(new SchoolStructure(7, 5, 6), null));
            assertTrue(e.getMessage().contains("give 1 to 4"), e.getMessage());
            e = assertThrows(ServiceException.class, () -> structure.change(new SchoolStructure(6, 3, 12), null));
            assertTrue(e.getMessage().contains("entrance age of 4 to 9"), e.getMessage());
            // Mozambique after its reform: 7 years from age 6; then back again.
            structure.change(new SchoolStructure(7, 3, 6), 2);
            assertEquals(new SchoolStructure(7, 3, 6), structure.current().orElseThrow());
            assertTrue(structure.change(new SchoolStructure(7, 3, 6), null).english().contains("nothing was changed"));
            structure.change(SchoolStructure.standard(), null);
            assertEquals(org.emisworkbench.model.GradeSystem.standard().grades(), structure.grades().grades());
        }
    }

    @Test
    void aGradeTableWithoutG12IsRefusedWholeAndNothingChanges() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            try (var c = imports.workbench.workspace().connect(); var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM grade WHERE code = 'G12'");
            }
            SchoolStructures structure = imports.workbench.structure();
            var before = structure.grades().grades();
            assertEquals(12, before.size());
            ServiceException e = assertThrows(ServiceException.class,
                    () -> structure.change(new SchoolStructure(7, 2, 7), null));
            assertTrue(e.getMessage().contains("(it lacks G12)") && e.getMessage().contains("Nothing was changed"),
                    e.getMessage());
            assertEquals(before, structure.grades().grades(), "G1-G11 rolled back with the rest");
        }
    }
}
