package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.model.LocalizedException;
import org.emisworkbench.template.CodeLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A country of thirteen years of schooling (decision 0072): Uganda's 7+4+2, P1–P7 then S1–S6, S5–S6 being upper
 * secondary. The returns are a workbook the test writes, one row per class of a school with its boys and girls
 * side by side; every expected figure is worked out here from the numbers written.
 */
class ThirteenGradesTest {
    private static final String UGANDA = """
            {"id": "uganda-classes", "version": 1, "layout": "wide", "role": "census", "year": {"fromFileName": true},
             "codeLists": {"grade": {"G8": ["S1"], "G9": ["S2"], "G10": ["S3"], "G11": ["S4"], "G12": ["S5"],
                                     "G13": ["S6"]}},
             "sheets": [{"names": ["Classes"], "key": ["EMIS Number"], "every": true,
               "columns": [
                 {"headers": ["School"], "field": "school.name"},
                 {"headers": ["District"], "field": "school.district"},
                 {"headers": ["Class"], "field": "row.grade"},
                 {"patterns": ["Pupils {sex}"], "field": "enrolment"}]}]}
            """;
    private static final String POPULATION = """
            {"id": "uganda-pop", "version": 1, "layout": "wide", "role": "population", "year": {"fromFileName": true},
             "sheets": [{"names": ["Population"], "key": ["District"], "required": ["population.age"], "columns": [
               {"headers": ["Age"], "field": "population.age"},
               {"headers": ["Girls"], "field": "population", "sex": "F"},
               {"headers": ["Boys"], "field": "population", "sex": "M"}]}]}
            """;
    private static final String[] CLASSES = {"P1", "P2", "P3", "P4", "P5", "P6", "P7", "S1", "S2", "S3", "S4", "S5",
        "S6"};
    private static final SchoolStructure UGANDA_7_4_2 = SchoolStructure.withUpper(7, 4, 2, 6, 1);
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    /** Boys of school {@code s} in grade {@code g} (1 … 13). */
    private static int boys(int g, int s) {
        return 30 + 2 * g + 11 * s;
    }

    private static int girls(int g, int s) {
        return 25 + 3 * g + 7 * s;
    }

    private static int pop(int age, boolean girls) {
        return girls ? 900 - 20 * age : 880 - 18 * age;
    }

    private static XSSFWorkbook returns() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Classes");
        row(sh, 0, "EMIS Number", "School", "District", "Class", "Pupils Boys", "Pupils Girls");
        int r = 1;
        for (int s = 0; s < 2; s++) {
            for (int g = 1; g <= CLASSES.length; g++) {
                row(sh, r++, "U000" + s, "School " + s, "Mukono", CLASSES[g - 1], boys(g, s), girls(g, s));
            }
        }
        return wb;
    }

    private static XSSFWorkbook population() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Population");
        row(sh, 0, "District", "Age", "Girls", "Boys");
        int r = 1;
        for (int age = 5; age <= 20; age++) {
            row(sh, r++, "Mukono", age, pop(age, true), pop(age, false));
        }
        return wb;
    }

    private static long pupils(int from, int to) {
        long n = 0;
        for (int s = 0; s < 2; s++) {
            for (int g = from; g <= to; g++) {
                n += boys(g, s) + girls(g, s);
            }
        }
        return n;
    }

    private static IndicatorValue indicator(TemplateImports imports, String id, String level) {
        return imports.workbench.indicators().compute(2024, AreaSelector.district("Mukono"), level).stream()
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ugandaSixthYearOfSecondaryIsStoredAsG13InUpperSecondary() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            String said = imports.workbench.structure().change(UGANDA_7_4_2, 2).english();
            assertTrue(said.contains("2 of upper secondary"), said);
            assertEquals(UGANDA_7_4_2, imports.workbench.structure().current().orElseThrow());
            List<Grade> grades = imports.workbench.structure().grades().grades();
            assertEquals(14, grades.size(), grades.toString());
            assertEquals(new Grade("G12", 12, "upper_secondary", 17), grades.get(12));
            assertEquals(new Grade("G13", 13, "upper_secondary", 18), grades.get(13));

            FileResult f = imports.importWith(returns(), "uganda-classes-2024.xlsx", UGANDA, null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(0, f.problemCount(), f.problems().toString());
            FileResult p = imports.importWith(population(), "population-2024.xlsx", POPULATION, null);
            assertEquals(FileOutcome.IMPORTED, p.outcome(), p.message());

            // Upper secondary is S5 and S6: G12 and G13, both counted in its total and shown by grade.
            IndicatorValue upper = indicator(imports, "enrolment_total", "upper_secondary");
            assertEquals(pupils(12, 13), upper.value(), EPS, "upper secondary counts S6");
            assertEquals(List.of("G12", "G13"), List.copyOf(upper.byGrade().keySet()));
            assertEquals(boys(13, 0) + girls(13, 0) + boys(13, 1) + girls(13, 1),
                    upper.byGrade().get("G13").value(), EPS, "S6 stored as G13");
            assertEquals(pupils(8, 11), indicator(imports, "enrolment_total", "lower_secondary").value(), EPS);
            assertEquals(pupils(1, 7), indicator(imports, "enrolment_total", "primary").value(), EPS);

            // GER of upper secondary: its pupils over the population of its official ages, 17 and 18.
            IndicatorValue ger = indicator(imports, "ger", "upper_secondary");
            assertTrue(ger.available(), String.valueOf(ger.reason()));
            long ages = pop(17, true) + pop(17, false) + pop(18, true) + pop(18, false);
            assertEquals(ages, ger.denominator(), EPS, "population of ages 17-18");
            assertEquals(100.0 * pupils(12, 13) / ages, ger.value(), EPS);

            // Back to twelve grades would lose S6's figures: refused, nothing changed.
            LocalizedException back = assertThrows(LocalizedException.class,
                    () -> imports.workbench.structure().change(new SchoolStructure(7, 4, 6), 1));
            String why = back.message().english();
            assertTrue(why.contains("G13") && why.contains("Nothing was changed"), why);
            assertEquals(UGANDA_7_4_2, imports.workbench.structure().current().orElseThrow());

            // Another division of the thirteen grades keeps G13 where it is (no --upper-secondary: the count stays).
            SchoolStructure sixFourThree = new SchoolStructure(6, 4, 6, 1, 13);
            imports.workbench.structure().change(sixFourThree, null);
            assertEquals(new Grade("G13", 13, "upper_secondary", 18),
                    imports.workbench.structure().grades().bySlot(13));
            assertEquals(pupils(11, 13), indicator(imports, "enrolment_total", "upper_secondary").value(), EPS);
        }
    }

    @Test
    void aTwelveGradeWorkspaceTakesG13WithoutMovingItsFigures() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            // A workspace as every one before decision 0072: twelve grades, figures stored in them. P1..S5 only.
            FileResult f = imports.importWith(twelve(), "uganda-classes-2024.xlsx", UGANDA, null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            assertEquals(13, imports.workbench.structure().grades().size());
            long g12 = boys(12, 0) + girls(12, 0) + boys(12, 1) + girls(12, 1);
            assertEquals(g12, indicator(imports, "enrolment_total", "upper_secondary").byGrade().get("G12").value(),
                    EPS);

            imports.workbench.structure().change(UGANDA_7_4_2, 2);
            List<Grade> grades = imports.workbench.structure().grades().grades();
            assertEquals(14, grades.size());
            IndicatorValue upper = indicator(imports, "enrolment_total", "upper_secondary");
            assertEquals(g12, upper.byGrade().get("G12").value(), EPS, "G12's figures stay in G12");
            assertEquals(pupils(12, 12), upper.value(), EPS, "nothing stored in G13 yet");

            // With no figure in G13, going back to twelve grades takes it away again.
            imports.workbench.structure().change(new SchoolStructure(7, 4, 6), 1);
            assertEquals(13, imports.workbench.structure().grades().size());
            assertFalse(imports.workbench.structure().grades().byCode("G13").isPresent());
        }
    }

    private static XSSFWorkbook twelve() {
        XSSFWorkbook wb = returns();
        Sheet sh = wb.getSheet("Classes");
        for (int r = sh.getLastRowNum(); r >= 1; r--) {
            if ("S6".equals(sh.getRow(r).getCell(3).getStringCellValue())) {
                sh.removeRow(sh.getRow(r));
            }
        }
        // the blank rows left are skipped as empty
        return wb;
    }

    @Test
    void inATwelveGradeWorkspaceS6IsReportedWithTheStructureThatWouldHoldIt() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            imports.workbench.structure().change(new SchoolStructure(7, 4, 6), null); // upper secondary: S5 only
            FileResult f = imports.importWith(returns(), "uganda-classes-2024.xlsx", UGANDA, null);
            assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
            var findings = TemplateImports.of(imports.validate(2024), "IMP-05", "U0000");
            assertEquals(1, findings.size(), findings.toString());
            String said = findings.get(0).finding().message().english();
            assertTrue(said.contains("'S6'") && said.contains("grade G13 is not in the workspace")
                    && said.contains("emis structure --db W --upper-secondary 2"), said);
            assertFalse(imports.workbench.structure().grades().byCode("G13").isPresent());
        }
    }

    @Test
    void moreThanThirteenGradesIsRefusedSayingTheLimit() throws Exception {
        try (TemplateImports imports = new TemplateImports(dir)) {
            ServiceException e = assertThrows(ServiceException.class, () -> imports.workbench.structure()
                    .change(SchoolStructure.withUpper(7, 4, 3, 6, 1), 3));
            String why = e.message().english();
            assertTrue(why.contains("7 + 4 + 3 = 14 grades") && why.contains("at most thirteen")
                    && why.contains("at most 2 year(s)"), why);
            ServiceException few = assertThrows(ServiceException.class, () -> imports.workbench.structure()
                    .change(SchoolStructure.withUpper(6, 3, 2, 6, 1), 2));
            assertTrue(few.message().english().contains("give 3 year(s) or 4, not 2"), few.message().english());
            assertEquals(SchoolStructure.standard(), imports.workbench.structure().current().orElseThrow());
        }
    }

    @Test
    void theBuiltInGradeListKnowsTheThirteenthGradeByItsCommonNamesOnly() {
        var grades = CodeLists.builtIn().get("grade").orElseThrow();
        for (String name : List.of("Grade 13", "Class 13", "G13", "Year 13", "Std 13")) {
            assertEquals("G13", grades.code(name), name);
        }
        // A bare 13 is more often a count of pupils beside a grade than a grade heading.
        assertEquals(null, grades.code("13"));
        assertEquals("G12", grades.code("Grade 12"));
    }
}
