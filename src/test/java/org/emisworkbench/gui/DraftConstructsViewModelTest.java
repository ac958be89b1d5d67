package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.template.YearBands;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * The template constructs the drafter writes for new kinds of return ({@code {year}} bands, rows naming topic and
 * sex, teacher statuses summed) kept by the mapping screen: the draft opened, something unrelated changed, the
 * template saved, and the file imported with it gives the figures this test wrote.
 */
class DraftConstructsViewModelTest extends MappingViewModelFixture {
    private static final int YEAR = 2024;


    private static Path write(XSSFWorkbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** Saves the template as {@code id}, loads it back, and imports {@code file} with it into the workspace. */
    private Template saveAndImport(String id, Path file) throws Exception {
        vm.templateIdProperty().set(id);
        vm.save();
        assertEquals(List.of(file.getFileName() + " " + id), imported);
        Path templates = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        Template t = TemplateLoader.load(templates.resolve(id + ".json"));
        FileResult f = new ImportService(session.workbench(), TemplateCatalog.load(templates)).importFiles(
                new ImportRequest(List.of(file), id, null), Progress.NONE, Cancellation.none()).files().get(0);
        assertEquals(org.emisworkbench.service.FileOutcome.IMPORTED, f.outcome(), f.message());
        lastImport = f;
        return t;
    }

    private FileResult lastImport;

    private int figure(String school, Topic topic, int slot, Sex sex) {
        return session.workbench().whereFrom(school, YEAR, topic, slot, sex, AgeGroup.ALL)
                .orElseThrow(() -> new AssertionError(school + " " + topic + " " + slot + " " + sex)).value();
    }

    // ---- last year's figures beside this year's: the band {year} ----------------------------------------------------

    /** One school per sheet, each printing 2023-24 beside 2024-25 over Boys | Girls; returns [school][grade][F, M]. */
    static int[][][] yearsSideBySide(XSSFWorkbook wb, long seed) {
        Random rnd = new Random(seed);
        int[][][] thisYear = new int[2][5][2];
        for (int s = 0; s < 2; s++) {
            Sheet sh = wb.createSheet("School " + (s + 1));
            Sheets.row(sh, 0, "School code:", "ZM-55" + s);
            Sheets.row(sh, 1, "School name:", "Chipata " + s);
            Sheets.row(sh, 3, "ENROLMENT BY GRADE AND SEX");
            Sheets.row(sh, 4, "Grade", "2023-24", null, "2024-25", null);
            sh.addMergedRegion(new CellRangeAddress(4, 4, 1, 2));
            sh.addMergedRegion(new CellRangeAddress(4, 4, 3, 4));
            Sheets.row(sh, 5, null, "Boys", "Girls", "Boys", "Girls");
            for (int g = 1; g <= 4; g++) {
                thisYear[s][g][0] = rnd.nextInt(60) + 5;
                thisYear[s][g][1] = rnd.nextInt(60) + 5;
                Sheets.row(sh, 5 + g, "Grade " + g, rnd.nextInt(60) + 100, rnd.nextInt(60) + 100,
                        thisYear[s][g][1], thisYear[s][g][0]);
            }
        }
        return thisYear;
    }

    @Test
    void aYearBandIsShownInWordsAndKeptThroughAnUnrelatedChange() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][][] v = yearsSideBySide(wb, 8101);
        Path file = write(wb, tmp.resolve("chipata-2024.xlsx"));
        vm.open(file);
        List<GridMapping> grids = vm.form().grids();
        assertEquals(1, grids.size(), grids.toString());
        assertEquals(List.of(YearBands.THIS_YEAR), grids.get(0).band());
        // Never the literal placeholder: the officer reads which columns are taken.
        assertEquals("this census year's columns", vm.words().band(grids.get(0)));
        assertEquals("", vm.words().band(new GridMapping(0, 0, "T", "enrolment", "none", "columns", null, List.of(),
                1)));

        // The preview reads this year's columns only; last year's are left out on purpose by the template (as the
        // import does, without a warning): no problem, listed on each school's sheet as last year's, never stored.
        assertTrue(vm.preview().summary().get().contains("2 school(s) and 16 value(s); 0 problem(s); 0 column(s)"),
                vm.preview().summary().get() + " " + vm.preview().problems());
        assertEquals(List.of(), vm.preview().problems());
        List<String> lastYear = vm.preview().unread().stream().filter(u -> u.contains("another school year’s figures")).toList();
        assertEquals(2, lastYear.size(), vm.preview().unread().toString());
        assertTrue(lastYear.get(0).startsWith("School 1 B7:C10 “"), lastYear.get(0));
        assertTrue(lastYear.get(0).endsWith("”: another school year’s figures (2023-24), not read: the template reads this"
                + " census year’s columns"), lastYear.get(0));
        assertTrue(lastYear.get(1).startsWith("School 2 B7:C10 “"), lastYear.get(1));

        // The school name left unread on the first sheet: nothing to do with the table.
        int name = indexOfLabel("School name");
        vm.setLabel(name, MappingViewModel.IGNORE, null);
        assertEquals(List.of(YearBands.THIS_YEAR), vm.form().grids().get(0).band());
        vm.sheetProperty().set("School 2");
        assertEquals(List.of(YearBands.THIS_YEAR), vm.form().grids().get(0).band());

        Template t = saveAndImport("chipata", file);
        GridSpec g = t.sheets().get(0).grids().get(0);
        assertEquals(List.of(YearBands.THIS_YEAR), g.band(), t.sheets().toString());
        assertEquals(2 * 4 * 2, lastImport.valuesStored(), "this year's figures only");
        for (int s = 0; s < 2; s++) {
            for (int gr = 1; gr <= 4; gr++) {
                assertEquals(v[s][gr][0], figure("ZM-55" + s, Topic.ENROLMENT, gr, Sex.F));
                assertEquals(v[s][gr][1], figure("ZM-55" + s, Topic.ENROLMENT, gr, Sex.M));
            }
        }
    }

    private int indexOfLabel(String text) {
        for (int i = 0; i < vm.form().labels().size(); i++) {
            if (vm.form().labels().get(i).label().startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no label " + text + " in " + vm.form().labels());
    }

    // ---- rows naming topic and sex, the grades across ------------------------------------------------------------

    @Test
    void gridsOfRowsNamingTopicAndSexAreShownAndKept() throws Exception {
        Random rnd = new Random(8201);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code école :", "BJ-0990");
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Adjarra");
        Sheets.row(sh, 3, "EFFECTIFS ET REDOUBLANTS PAR CLASSE");
        Sheets.row(sh, 4, null, "CP1", "CP2", "CE1", "CE2");
        String[] labels = {"Effectif garçons", "Effectif filles", "Redoublants garçons", "Redoublants filles"};
        int[][] v = new int[4][5]; // [row][grade]
        for (int r = 0; r < 4; r++) {
            Object[] cells = new Object[5];
            cells[0] = labels[r];
            for (int g = 1; g <= 4; g++) {
                v[r][g] = r < 2 ? rnd.nextInt(70) + 10 : rnd.nextInt(9);
                cells[g] = v[r][g];
            }
            Sheets.row(sh, 5 + r, cells);
        }
        Path file = write(wb, tmp.resolve("adjarra-2024.xlsx"));
        vm.open(file);
        List<String> drafted = vm.form().grids().stream().map(g -> g.field() + "/" + String.join("+", g.band()) + "/"
                + g.rows() + "/" + g.sexLayout()).toList();
        assertEquals(List.of("enrolment/Effectif/none/rows", "repeaters/Redoublants/none/rows"), drafted);
        assertEquals("rows starting “Effectif”, one row per sex", vm.words().band(vm.form().grids().get(0)));

        vm.setLabel(indexOfLabel("Nom de l"), MappingViewModel.IGNORE, null);
        Template t = saveAndImport("adjarra", file);
        List<GridSpec> saved = t.sheets().get(0).grids();
        assertEquals(2, saved.size(), saved.toString());
        assertEquals(List.of("Effectif"), saved.get(0).band());
        assertEquals(List.of("Redoublants"), saved.get(1).band());
        assertTrue(saved.stream().allMatch(g -> "rows".equals(g.sexLayout()) && "none".equals(g.rows())), saved.toString());
        assertEquals(4 * 2 * 2, lastImport.valuesStored());
        for (int g = 1; g <= 4; g++) {
            assertEquals(v[0][g], figure("BJ-0990", Topic.ENROLMENT, g, Sex.M));
            assertEquals(v[1][g], figure("BJ-0990", Topic.ENROLMENT, g, Sex.F));
            assertEquals(v[2][g], figure("BJ-0990", Topic.REPEATERS, g, Sex.M));
            assertEquals(v[3][g], figure("BJ-0990", Topic.REPEATERS, g, Sex.F));
        }
    }

    private List<String> sums() {
        return vm.extras().sumsText().get().lines().filter(l -> !l.isBlank()).toList();
    }

    // ---- teacher statuses summed into teachers.total -------------------------------------------------------------

    @Test
    void teacherStatusesSummedAreShownAndKept() throws Exception {
        Random rnd = new Random(8301);
        String[] statuses = {"Titulaires", "Contractuels", "Volontaires"};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Personnel");
        Object[] header = new Object[3 + 2 * statuses.length];
        header[0] = "Code école";
        header[1] = "Nom de l'école";
        header[2] = "Localité";
        for (int i = 0; i < statuses.length; i++) {
            header[3 + 2 * i] = statuses[i] + " H";
            header[4 + 2 * i] = statuses[i] + " F";
        }
        Sheets.row(sh, 0, header);
        int[][] teachers = new int[3][2]; // [school][F, M]
        for (int s = 0; s < 3; s++) {
            Object[] cells = new Object[header.length];
            cells[0] = "SN-40" + s;
            cells[1] = "École " + s;
            cells[2] = "Thiès";
            for (int i = 0; i < statuses.length; i++) {
                int men = rnd.nextInt(5);
                int women = rnd.nextInt(5);
                cells[3 + 2 * i] = men;
                cells[4 + 2 * i] = women;
                teachers[s][0] += women;
                teachers[s][1] += men;
            }
            Sheets.row(sh, 1 + s, cells);
        }
        Path file = write(wb, tmp.resolve("personnel-2024.xlsx"));
        vm.open(file);
        List<String> sums = sums();
        assertEquals(2, sums.size(), sums.toString());
        assertEquals(List.of("teachers.total F = Titulaires F + Contractuels F + Volontaires F",
                "teachers.total M = Titulaires H + Contractuels H + Volontaires H"), sums.stream().sorted().toList());

        // The locality left out on purpose: a column the sums do not touch.
        int locality = -1;
        for (int i = 0; i < vm.columns().size(); i++) {
            if ("Localité".equals(vm.columns().get(i).header())) {
                locality = i;
            }
        }
        assertTrue(locality >= 0, vm.columns().toString());
        vm.leaveOut(locality);
        assertTrue(vm.columns().stream().anyMatch(ColumnMapping::leftOut));
        assertEquals(sums, sums(), "the sums as drafted");

        Template t = saveAndImport("personnel", file);
        assertEquals(2, t.sheets().get(0).columns().stream().filter(c -> c.sumOf() != null && !c.sumOf().isEmpty())
                .count(), t.sheets().get(0).columns().toString());
        for (int s = 0; s < 3; s++) {
            assertEquals(teachers[s][0], figure("SN-40" + s, Topic.TEACHERS, 0, Sex.F));
            assertEquals(teachers[s][1], figure("SN-40" + s, Topic.TEACHERS, 0, Sex.M));
        }
    }

    // ---- a total for both sexes beside one sex only: HM | M (decision 0044) ------------------------------------------

    @Test
    void aTotalBesideOneSexIsShownAsADifferenceAndKept() throws Exception {
        Random rnd = new Random(4401);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("EP1");
        Sheets.row(sh, 0, "Código da escola", "Nome da escola", "Distrito", "1ª classe HM", "1ª classe M",
                "2ª classe HM", "2ª classe M");
        int[][][] v = new int[3][2][2]; // [school][grade][total, girls]
        for (int s = 0; s < 3; s++) {
            for (int g = 0; g < 2; g++) {
                v[s][g][1] = rnd.nextInt(40) + 1;
                v[s][g][0] = v[s][g][1] + rnd.nextInt(40);
            }
            Sheets.row(sh, 1 + s, "MZ-90" + s, "EP " + s, "Ribaué", v[s][0][0], v[s][0][1], v[s][1][0], v[s][1][1]);
        }
        Path file = write(wb, tmp.resolve("ep-2024.xlsx"));
        vm.open(file);
        List<String> sums = sums();
        assertEquals(List.of("enrolment M G1 = 1ª classe HM \u2212 1ª classe M",
                "enrolment M G2 = 2ª classe HM \u2212 2ª classe M"), sums.stream().sorted().toList());
        // Typed by hand: a minus sign or a hyphen between spaces; without the sex worked out, refused and named.
        assertFalse(vm.extras().apply("", "enrolment = 1ª classe HM \u2212 1ª classe M"));
        assertTrue(vm.extras().problem().get().contains("enrolment = 1ª classe HM"), vm.extras().problem().get());
        assertTrue(vm.extras().apply("", String.join("\n", sums).replace(" \u2212 ", " - ")));
        assertEquals(sums, sums(), "read back as typed");
        int district = -1;
        for (int i = 0; i < vm.columns().size(); i++) {
            if ("Distrito".equals(vm.columns().get(i).header())) {
                district = i;
            }
        }
        assertTrue(district >= 0, vm.columns().toString());
        vm.leaveOut(district);
        assertEquals(sums, sums(), "the differences as drafted");

        Template t = saveAndImport("ep-hm", file);
        // The grades' differences saved as one pattern entry, as a family of ordinary columns is.
        List<org.emisworkbench.template.ColumnSpec> differences = t.sheets().get(0).columns().stream()
                .filter(c -> c.difference()).toList();
        assertEquals(1, differences.size(), t.sheets().get(0).columns().toString());
        assertEquals(null, differences.get(0).grade(), differences.toString());
        assertTrue(differences.get(0).differenceOf().stream().allMatch(h -> h.contains("{grade}")),
                differences.toString());
        for (int s = 0; s < 3; s++) {
            for (int g = 0; g < 2; g++) {
                assertEquals(v[s][g][1], figure("MZ-90" + s, Topic.ENROLMENT, g + 1, Sex.F));
                assertEquals(v[s][g][0] - v[s][g][1], figure("MZ-90" + s, Topic.ENROLMENT, g + 1, Sex.M));
            }
        }
    }
}
