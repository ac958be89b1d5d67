package org.emisworkbench.service;

import static org.emisworkbench.testing.Sheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constants, label defaults and label sums on one-school forms (grid) and rosters, written here. */
class FormConstructsImportTest {
    private static final int SLOT_WATER = Topic.FACILITIES.fixedSlots().indexOf("drinking_water");

    private static FileResult.ProblemSummary problems(FileResult r, String kind) {
        return r.problems().stream().filter(p -> p.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + r.problems()));
    }

    /** A one-page school form: labels in column A, values in column C, teachers split by qualification. */
    @Test
    void aFormsTeacherTotalIsTheSumOfItsLabelsAndItsConstantsAndDefaultsAreStored(@TempDir Path dir)
            throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet f = wb.createSheet("Fiche");
        row(f, 0, "FICHE D'ÉCOLE — RECENSEMENT 2024");
        row(f, 2, "Code école", null, "EC-77");
        row(f, 3, "Nom", null, "Les Palmiers");
        row(f, 4, "District", null, "D12");
        row(f, 5, "Milieu", null, null);
        row(f, 7, "Enseignantes qualifiées", null, 5);
        row(f, 8, "Enseignantes non qualifiées", null, 2);
        row(f, 9, "Enseignants qualifiés", null, 3);
        row(f, 10, "Enseignants non qualifiés", null, null);
        String template = """
                {"id": "fiche", "version": 1, "layout": "grid",
                 "constants": {"school.level": "primaire", "school.ownership": "publique",
                               "facilities.drinking_water": "non"},
                 "sheets": [{"names": ["Fiche"], "labels": [
                   {"labels": ["Code école"], "field": "school.code"},
                   {"labels": ["Nom"], "field": "school.name"},
                   {"labels": ["District"], "field": "school.district"},
                   {"labels": ["Milieu"], "field": "school.locality", "default": "rural"},
                   {"labels": ["Enseignantes qualifiées"], "field": "teachers.qualified", "sex": "F"},
                   {"labels": ["Enseignants qualifiés"], "field": "teachers.qualified", "sex": "M"},
                   {"sumOf": ["Enseignantes qualifiées", "Enseignantes non qualifiées"], "field": "teachers.total", "sex": "F"},
                   {"sumOf": ["Enseignants qualifiés", "Enseignants non qualifiés"], "field": "teachers.total", "sex": "M"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "EC-77.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            SchoolListing school = t.workbench.schools(2024, null).get(0);
            assertEquals("primary", school.level());
            assertEquals("public", school.ownership());
            assertEquals("rural", school.locality(), "blank Milieu: the label's default");
            assertEquals("Fiche!C6", problems(r, "DEFAULT_USED").firstCell());
            var women = t.workbench.whereFrom("EC-77", 2024, Topic.TEACHERS, 0, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(5 + 2, women.value());
            assertEquals("Fiche!C8+C9", women.source().sheetCell());
            var men = t.workbench.whereFrom("EC-77", 2024, Topic.TEACHERS, 0, Sex.M, AgeGroup.ALL).orElseThrow();
            assertEquals(3, men.value(), "the blank part left out, and reported");
            assertEquals(1, problems(r, "PARTIAL_SUM").count());
            var water = t.workbench.whereFrom("EC-77", 2024, Topic.FACILITIES, SLOT_WATER, null, AgeGroup.ALL)
                    .orElseThrow();
            assertEquals(0, water.value());
            assertEquals("template constant", water.source().cell());
            List<StoredFinding> teacherRules = t.validate(2024);
            assertTrue(TemplateImports.of(teacherRules, "TCH-04", "EC-77").isEmpty(),
                    "qualified 5 of 7 women, 3 of 3 men: not more than the sums");
            List<StoredFinding> findings = teacherRules;
            assertTrue(TemplateImports.of(findings, "REQ-05", "EC-77").isEmpty(), "level set by the constant");
            assertTrue(TemplateImports.of(findings, "REQ-04", "EC-77").isEmpty(), "locality set by the default");
        }
    }

    /** A pupil register of one school without a level on its school sheet: the template says primary. */
    @Test
    void aRostersSchoolGetsTheTemplatesConstants(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Ecole");
        row(s, 0, "Code", "R-5");
        row(s, 1, "Nom", "Baobab");
        row(s, 2, "District", "D03");
        Sheet p = wb.createSheet("Eleves");
        row(p, 0, "Sexe", "Classe");
        String[][] pupils = {{"F", "1"}, {"M", "1"}, {"F", "2"}, {"F", "1"}, {"M", "2"}};
        for (int i = 0; i < pupils.length; i++) {
            row(p, i + 1, pupils[i][0], pupils[i][1]);
        }
        String template = """
                {"id": "registre", "version": 1, "layout": "roster", "constants": {"school.level": "Primary"},
                 "sheets": [
                   {"names": ["Ecole"], "labels": [
                     {"labels": ["Code"], "field": "school.code"},
                     {"labels": ["Nom"], "field": "school.name"},
                     {"labels": ["District"], "field": "school.district"}]},
                   {"names": ["Eleves"], "kind": "pupils", "required": ["pupil.sex", "pupil.grade"], "columns": [
                     {"headers": ["Sexe"], "field": "pupil.sex"},
                     {"headers": ["Classe"], "field": "pupil.grade"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            FileResult r = t.importWith(wb, "R-5.xlsx", template, 2024);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            assertEquals("primary", t.workbench.schools(2024, null).get(0).level());
            assertEquals(3.0, t.indicator(2024, AreaSelector.school("R-5"), "enrolment_female").value(), 1e-9,
                    "three girls on the register");
            assertTrue(TemplateImports.of(t.validate(2024), "REQ-05", "R-5").isEmpty());
        }
    }

    @Test
    void aFormsBlankDistrictFilledFromLastYearIsReported(@TempDir Path dir) throws Exception {
        String template = """
                {"id": "fiche-simple", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["Fiche"], "labels": [
                   {"labels": ["Code école"], "field": "school.code"},
                   {"labels": ["District"], "field": "school.district"},
                   {"labels": ["Salles en bon état"], "field": "classrooms.good"}]}]}
                """;
        try (TemplateImports t = new TemplateImports(dir)) {
            for (int year : new int[] {2023, 2024}) {
                XSSFWorkbook wb = new XSSFWorkbook();
                Sheet f = wb.createSheet("Fiche");
                row(f, 0, "Code école", null, "EC-90");
                row(f, 1, "District", null, year == 2023 ? "D21" : null);
                row(f, 2, "Salles en bon état", null, 4);
                FileResult r = t.importWith(wb, "EC-90-" + year + ".xlsx", template, year);
                assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
                if (year == 2024) {
                    assertEquals("Fiche!C2", problems(r, "VALUE_CARRIED_OVER").firstCell());
                    assertEquals("D21", t.workbench.schools(2024, null).get(0).district());
                }
            }
        }
    }
}
