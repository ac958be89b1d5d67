package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.FormMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.SumMapping;
import org.emisworkbench.template.WorkbookMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms and rosters mapped through the workshop, as the mapping screen does, in layouts the GUI tests do
 * not write: a form whose enrolment table has an M row and an F row under each merged age, a table of new
 * entrants by age without grade headers, and a teacher count that is the sum of two labels; a roster of
 * one school whose code stands on a sheet of labels. Each template is saved, the file imported with it,
 * and the stored figures compared with the ones this test wrote.
 */
class FormAndRosterMappingTest {
    @TempDir
    Path dir;
    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    private Path save(XSSFWorkbook wb, String name) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private FileResult importWith(Workbench w, Path file, Path template) {
        return new ImportService(w, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(file),
                template.toString(), null), Progress.NONE, Cancellation.none()).files().get(0);
    }

    @Test
    void aFormWithSexRowsNewEntrantsAndALabelSumIsMappedAndImported() throws Exception {
        Random rnd = new Random(3);
        String[] ages = {"6 ans", "7 ans", "8 ans"};
        String[] ageCodes = {"6", "7", "8"};
        int[][][] e = new int[ages.length][2][2]; // [age][grade CP1, CP2][sex M, F]
        int[][] ne = new int[2][2]; // [age 5, 6][sex M, F]
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Questionnaire");
        Sheets.row(s, 0, "Code école :", "LK-204");
        Sheets.row(s, 1, "Institutrices titulaires :", 3);
        Sheets.row(s, 2, "Institutrices contractuelles :", 2);
        Sheets.row(s, 4, "Effectifs par âge et par sexe");
        Sheets.row(s, 5, "Âge", "Sexe", "CP1", "CP2");
        for (int a = 0; a < ages.length; a++) {
            for (int g = 0; g < 2; g++) {
                e[a][g][0] = rnd.nextInt(40);
                e[a][g][1] = rnd.nextInt(40);
            }
            Sheets.row(s, 6 + 2 * a, ages[a], "Garçons", e[a][0][0], e[a][1][0]);
            Sheets.row(s, 7 + 2 * a, null, "Filles", e[a][0][1], e[a][1][1]);
            s.addMergedRegion(new CellRangeAddress(6 + 2 * a, 7 + 2 * a, 0, 0));
        }
        int q = 7 + 2 * ages.length;
        Sheets.row(s, q, "Nouveaux inscrits en CP1 par âge");
        Sheets.row(s, q + 1, "Âge", "Garçons", "Filles");
        for (int a = 0; a < 2; a++) {
            ne[a][0] = 1 + rnd.nextInt(20);
            ne[a][1] = 1 + rnd.nextInt(20);
            Sheets.row(s, q + 2 + a, (5 + a) + " ans", ne[a][0], ne[a][1]);
        }
        Path file = save(wb, "questionnaire-lk204-2024.xlsx");

        TemplateWorkshop.DraftWorkbook d = workshop.open(file);
        assertEquals(Layout.GRID, d.layout());
        FormMapping form = d.forms().get(0);
        assertEquals(2, form.grids().size(), form.grids().toString());
        GridMapping enrolment = form.grids().get(0);
        assertEquals("enrolment", enrolment.field());
        assertEquals("rows", enrolment.sexLayout());
        assertEquals("age", enrolment.rows());
        GridMapping entrants = form.grids().get(1);
        assertEquals("new_entrants", entrants.field());
        assertEquals("G1", entrants.grade());
        assertTrue(form.labels().stream().anyMatch(LabelMapping::key), form.labels().toString());
        List<LabelMapping> unknown = form.labels().stream().filter(l -> l.label().startsWith("Institutrices")).toList();
        assertEquals(2, unknown.size(), form.labels().toString());
        assertTrue(unknown.stream().noneMatch(LabelMapping::reads), "no field is guessed for them");

        // The officer's sum of the two labels, as the screen's Sums box writes it.
        FormMapping withSum = form.withExtras(Map.of("school.level", "primary"), List.of(new SumMapping(
                "teachers.total", "F", List.of("Institutrices titulaires", "Institutrices contractuelles"))));
        var saved = workshop.save(d, "questionnaire", "Questionnaire", new WorkbookMapping(Layout.GRID, List.of(),
                List.of(withSum)), dir);
        assertEquals(Layout.GRID, saved.template().layout());
        try (Workbench w = Workbench.open(dir.resolve("q.mv.db"))) {
            FileResult r = importWith(w, file, saved.file());
            assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()));
            int[] slots = {GradeSystem.standard().byCode("G1").orElseThrow().slot(),
                GradeSystem.standard().byCode("G2").orElseThrow().slot()};
            for (int a = 0; a < ages.length; a++) {
                for (int g = 0; g < 2; g++) {
                    assertEquals(e[a][g][0], w.whereFrom("LK-204", 2024, Topic.ENROLMENT, slots[g], Sex.M,
                            new AgeGroup(ageCodes[a])).map(v -> v.value()).orElse(-1), ages[a] + " M");
                    assertEquals(e[a][g][1], w.whereFrom("LK-204", 2024, Topic.ENROLMENT, slots[g], Sex.F,
                            new AgeGroup(ageCodes[a])).map(v -> v.value()).orElse(-1), ages[a] + " F");
                }
            }
            for (int a = 0; a < 2; a++) {
                AgeGroup age = new AgeGroup(String.valueOf(5 + a));
                assertEquals(ne[a][0], w.whereFrom("LK-204", 2024, Topic.NEW_ENTRANTS, slots[0], Sex.M, age)
                        .orElseThrow().value());
                assertEquals(ne[a][1], w.whereFrom("LK-204", 2024, Topic.NEW_ENTRANTS, slots[0], Sex.F, age)
                        .orElseThrow().value());
            }
            int total = Topic.TEACHERS.fixedSlots().indexOf("total");
            assertEquals(3 + 2, w.whereFrom("LK-204", 2024, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL).orElseThrow()
                    .value());
            assertEquals("primary", w.schools(2024, null).get(0).level());
        }
    }

    private record Pupil(String sex, LocalDate born, int grade, boolean repeater) {
    }

    @Test
    void aRosterOfOneSchoolTakesItsCodeFromASheetOfLabels() throws Exception {
        Random rnd = new Random(11);
        String[] grades = {"Classe 1", "Classe 2"};
        List<Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int g = rnd.nextInt(2);
            pupils.add(new Pupil(rnd.nextBoolean() ? "Fille" : "Garçon", LocalDate.of(2017 - g - rnd.nextInt(2),
                    1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), g, rnd.nextInt(4) == 0));
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet school = wb.createSheet("École");
        Sheets.row(school, 1, "Code école :", "LAC-9");
        Sheets.row(school, 2, "Nom de l'école :", "École du Lac");
        Sheet list = wb.createSheet("Liste des élèves");
        Sheets.row(list, 0, "Sexe", "Date de naissance", "Classe", "Statut", "Observations");
        for (int i = 0; i < pupils.size(); i++) {
            Pupil p = pupils.get(i);
            Sheets.row(list, 1 + i, p.sex(), null, grades[p.grade()], p.repeater() ? "Redoublant" : "Nouveau",
                    i % 7 == 0 ? "transféré" : null);
            list.getRow(1 + i).createCell(1).setCellValue(p.born());
            list.getRow(1 + i).getCell(1).setCellStyle(date);
        }
        Sheet staff = wb.createSheet("Personnel");
        Sheets.row(staff, 0, "Sexe", "Diplôme", "CP1", "CP2");
        String[][] people = {{"F", "Licence", "x", null}, {"F", "Certificat", null, "x"}, {"M", "Maîtrise", "x", "x"}};
        for (int i = 0; i < people.length; i++) {
            Sheets.row(staff, 1 + i, (Object[]) people[i]);
        }
        Path file = save(wb, "ecole-du-lac-2024.xlsx");

        TemplateWorkshop.DraftWorkbook d = workshop.open(file);
        assertEquals(Layout.ROSTER, d.layout());
        assertEquals(List.of("Liste des élèves", "Personnel"), List.copyOf(d.rosters().keySet()));
        SheetMapping staffList = d.rosters().get("Personnel");
        assertEquals(List.of("staff.sex", "staff.qualification", "staff.grade_taught", "staff.grade_taught"),
                staffList.columns().stream().map(c -> c.field()).toList());
        assertEquals(List.of("G1", "G2"), staffList.columns().subList(2, 4).stream().map(c -> c.grade()).toList());
        SheetMapping pupilsList = d.rosters().get("Liste des élèves");
        assertNull(pupilsList.keyColumn(), "a list of one school has no school-code column");
        assertEquals(List.of("pupil.sex", "pupil.birth_date", "pupil.grade", "pupil.status"), pupilsList.columns()
                .stream().filter(c -> c.field() != null).map(c -> c.field()).toList());
        assertFalse(pupilsList.columns().get(4).reads(), "Observations");
        List<FormMapping> labels = d.forms().stream().filter(f -> f.sheet().equals("École")).toList();
        assertTrue(labels.get(0).hasKey());

        var saved = workshop.save(d, "ecole-du-lac", "Registre", new WorkbookMapping(Layout.ROSTER,
                List.of(pupilsList, staffList), labels), dir);
        assertEquals(Layout.ROSTER, saved.template().layout());
        Map<String, Integer> enrolment = new TreeMap<>();
        Map<String, Integer> repeaters = new TreeMap<>();
        LocalDate reference = LocalDate.of(2024, 3, 1);
        for (Pupil p : pupils) {
            String sex = p.sex().equals("Fille") ? "F" : "M";
            enrolment.merge(p.grade() + "|" + sex + "|" + Period.between(p.born(), reference).getYears(), 1,
                    Integer::sum);
            if (p.repeater()) {
                repeaters.merge(p.grade() + "|" + sex, 1, Integer::sum);
            }
        }
        try (Workbench w = Workbench.open(dir.resolve("r.mv.db"))) {
            FileResult r = importWith(w, file, saved.file());
            assertEquals(FileOutcome.IMPORTED, r.outcome(), String.valueOf(r.message()));
            assertEquals("École du Lac", w.schools(2024, null).get(0).name());
            assertFalse(enrolment.isEmpty());
            for (var x : enrolment.entrySet()) {
                String[] k = x.getKey().split("\\|");
                int slot = GradeSystem.standard().byCode("G" + (Integer.parseInt(k[0]) + 1)).orElseThrow().slot();
                assertEquals(x.getValue(), w.whereFrom("LAC-9", 2024, Topic.ENROLMENT, slot, Sex.valueOf(k[1]),
                        new AgeGroup(k[2])).orElseThrow().value(), x.getKey());
            }
            int total = Topic.TEACHERS.fixedSlots().indexOf("total");
            int qualified = Topic.TEACHERS.fixedSlots().indexOf("qualified");
            assertEquals(2, w.whereFrom("LAC-9", 2024, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals(1, w.whereFrom("LAC-9", 2024, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL).orElseThrow().value());
            assertEquals(1, w.whereFrom("LAC-9", 2024, Topic.TEACHERS, qualified, Sex.F, AgeGroup.ALL).orElseThrow()
                    .value(), "Licence is a qualification, Certificat is not");
            assertFalse(repeaters.isEmpty());
            for (var x : repeaters.entrySet()) {
                String[] k = x.getKey().split("\\|");
                int slot = GradeSystem.standard().byCode("G" + (Integer.parseInt(k[0]) + 1)).orElseThrow().slot();
                assertEquals(x.getValue(), w.whereFrom("LAC-9", 2024, Topic.REPEATERS, slot, Sex.valueOf(k[1]),
                        AgeGroup.ALL).orElseThrow().value(), x.getKey());
            }
        }
    }
}
