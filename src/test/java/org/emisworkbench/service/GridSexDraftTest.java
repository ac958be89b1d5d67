package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emis template draft} writes a grid's {@code "sex"} when the table's title or its sheet's name says the sex
 * (decision 0045): an age × grade table given once for boys and once for girls, grades across with no M/F under
 * them. Workbooks written here in French (the sex in the titles) and Portuguese (the sex in the sheets' names);
 * the import with the drafted template stores each figure under the sex its block gives, as the test wrote it.
 */
class GridSexDraftTest {
    private static final int YEAR = 2024;
    private static final int[] AGES = {6, 7, 8, 9, 10};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** [0 boys, 1 girls][age][grade], as written: (age index * 3 + grade + sex * 2 + 1). */
    private static int figure(int sex, int age, int grade) {
        return age * 3 + grade + sex * 2 + 1;
    }

    /** Writes one block at {@code r}: title, header of grades, a row per age, a Total row; returns the next row. */
    private static int block(Sheet s, int r, String title, String ageWord, List<String> grades, int sex) {
        Sheets.row(s, r++, title);
        List<Object> header = new ArrayList<>(List.of(ageWord));
        header.addAll(grades);
        header.add("Total");
        Sheets.row(s, r++, header.toArray());
        int[] totals = new int[grades.size() + 1];
        for (int a = 0; a < AGES.length; a++) {
            Object[] row = new Object[grades.size() + 2];
            row[0] = AGES[a];
            int sum = 0;
            for (int g = 0; g < grades.size(); g++) {
                row[g + 1] = figure(sex, a, g);
                sum += figure(sex, a, g);
                totals[g] += figure(sex, a, g);
            }
            row[grades.size() + 1] = sum;
            totals[grades.size()] += sum;
            Sheets.row(s, r++, row);
        }
        Object[] last = new Object[grades.size() + 2];
        last[0] = "Total";
        for (int g = 0; g <= grades.size(); g++) {
            last[g + 1] = totals[g];
        }
        Sheets.row(s, r++, last);
        return r + 1;
    }

    private static List<JsonNode> grids(String json) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode sheet : JSON.readTree(json).get("sheets")) {
            if (sheet.has("grids")) {
                sheet.get("grids").forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void frenchTitlesNamingTheSexAreDraftedAsGridsOfOneSex() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Fiche");
        Sheets.row(s, 0, "Code de l'école :", "BF-4410");
        int r = block(s, 2, "EFFECTIFS PAR ÂGE ET PAR CLASSE - GARÇONS", "Âge", List.of("CP1", "CP2", "CE1"), 0);
        block(s, r, "EFFECTIFS PAR ÂGE ET PAR CLASSE - FILLES", "Âge", List.of("CP1", "CP2", "CE1"), 1);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "kaya-4410-2024.xlsx");
        List<JsonNode> grids = grids(run.json());
        assertEquals(2, grids.size(), run.json());
        assertEquals("M", grids.get(0).path("sex").asText(), run.json());
        assertEquals("F", grids.get(1).path("sex").asText(), run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + " " + run.result().problems());
        assertStored(imports, "BF-4410", 3);
    }

    @Test
    void portugueseSheetsNamedBySexAreDraftedAsGridsOfOneSex() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet boys = wb.createSheet("Rapazes");
        Sheets.row(boys, 0, "Código da escola:", "MZ-0912");
        List<String> grades = List.of("1ª classe", "2ª classe");
        block(boys, 2, "MATRÍCULA POR IDADE E CLASSE", "Idade", grades, 0);
        Sheet girls = wb.createSheet("Raparigas");
        block(girls, 2, "MATRÍCULA POR IDADE E CLASSE", "Idade", grades, 1);
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "nampula-0912-2024.xlsx");
        List<JsonNode> grids = grids(run.json());
        assertEquals(2, grids.size(), run.json());
        assertEquals(List.of("M", "F"), grids.stream().map(g -> g.path("sex").asText()).toList(), run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + " " + run.result().problems());
        assertStored(imports, "MZ-0912", 2);
    }

    @Test
    void aTableNamingBothSexesOrNoneIsNotDraftedAsOneSex() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Return");
        Sheets.row(s, 0, "School code:", "GH-0001");
        block(s, 2, "ENROLMENT BY AGE AND CLASS - BOYS AND GIRLS", "Age", List.of("P1", "P2"), 0);
        Path file = dir.resolve("both-2024.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        String json;
        try {
            json = workshop.draft(file, "both").draft().json();
        } catch (ServiceException e) {
            // Nothing to read but the code: no template, and certainly no grid of one sex.
            return;
        }
        assertTrue(grids(json).stream().noneMatch(g -> g.has("sex")), json);
    }

    /**
     * Review 16b: the two sexes' tables side by side on one row of titles ({@code … - RAPAZES | … - RAPARIGAS}), a
     * blank column between them. The draft gave the first title's grid alone and the girls were never read.
     */
    @Test
    void tablesOfOneSexSideBySideAreEachDrafted() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Ficha");
        Sheets.row(s, 0, "Código da escola:", "MZ-2207");
        List<String> grades = List.of("1ª classe", "2ª classe", "3ª classe");
        int width = grades.size() + 2;
        Object[] titles = new Object[width * 2 + 1];
        titles[0] = "MATRÍCULAS POR IDADE - RAPAZES";
        titles[width + 1] = "MATRÍCULAS POR IDADE - RAPARIGAS";
        Sheets.row(s, 2, titles);
        Object[] header = new Object[width * 2 + 1];
        for (int sex = 0; sex < 2; sex++) {
            int from = sex * (width + 1);
            header[from] = "Idade";
            for (int g = 0; g < grades.size(); g++) {
                header[from + 1 + g] = grades.get(g);
            }
            header[from + 1 + grades.size()] = "Total";
        }
        Sheets.row(s, 3, header);
        for (int a = 0; a < AGES.length; a++) {
            Object[] row = new Object[width * 2 + 1];
            for (int sex = 0; sex < 2; sex++) {
                int from = sex * (width + 1);
                row[from] = AGES[a];
                int sum = 0;
                for (int g = 0; g < grades.size(); g++) {
                    row[from + 1 + g] = figure(sex, a, g);
                    sum += figure(sex, a, g);
                }
                row[from + 1 + grades.size()] = sum;
            }
            Sheets.row(s, 4 + a, row);
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "ribaue-2207-2024.xlsx");
        List<JsonNode> grids = grids(run.json());
        assertEquals(2, grids.size(), run.json());
        assertEquals("M", grids.get(0).path("sex").asText(), run.json());
        assertEquals("F", grids.get(1).path("sex").asText(), run.json());
        assertEquals(FileOutcome.IMPORTED, run.result().outcome(), run.result().message() + " " + run.result().problems());
        assertStored(imports, "MZ-2207", grades.size());
    }

    private void assertStored(DraftedImports imports, String school, int grades) {
        int expected = 0;
        int stored = 0;
        try (Workbench w = imports.open()) {
            for (int sex = 0; sex < 2; sex++) {
                for (int a = 0; a < AGES.length; a++) {
                    for (int g = 0; g < grades; g++) {
                        Sex x = sex == 0 ? Sex.M : Sex.F;
                        int v = w.whereFrom(school, YEAR, Topic.ENROLMENT, g + 1, x,
                                new AgeGroup(Integer.toString(AGES[a]))).orElseThrow(() -> new AssertionError(
                                        "no figure")).value();
                        assertEquals(figure(sex, a, g), v, x + " age " + AGES[a] + " grade " + (g + 1));
                        expected += figure(sex, a, g);
                        stored += v;
                    }
                }
            }
        }
        assertTrue(expected > 0);
        assertEquals(expected, stored);
    }
}
