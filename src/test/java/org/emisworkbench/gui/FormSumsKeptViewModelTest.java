package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.SumMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * A form's sums of labels read in a named column of a small table, or as differences of two columns on labelled rows,
 * survive the sums box of the mapping screen: applying the constants and sums (to add a constant, say) used to read
 * the box's text back without the column, label or rows, so the labels were then read beside themselves: the men's
 * column counted as the women.
 */
class FormSumsKeptViewModelTest extends MappingViewModelFixture {
    private static final int YEAR = 2024;


    @Test
    void aSumInAColumnOfASmallTableKeepsItsColumnWhenTheBoxIsApplied() throws Exception {
        Random rnd = new Random(2901);
        String[] categories = {"Titulaires", "Contractuels", "Volontaires"};
        int women = 0;
        int men = 0;
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Fiche");
        Sheets.row(sh, 0, "Code de l'école :", "BJ-3107");
        Sheets.row(sh, 1, "Nom de l'école :", "EPP Kalalé");
        Sheets.row(sh, 3, "Enseignants", "Hommes", "Femmes");
        for (int i = 0; i < categories.length; i++) {
            int m = rnd.nextInt(9) + 1;
            int f = rnd.nextInt(9) + 10; // never equal to a men's figure: a column mixed up shows
            Sheets.row(sh, 4 + i, categories[i], m, f);
            men += m;
            women += f;
        }
        Path file = tmp.resolve("kalale-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();

        vm.open(file);
        List<String> lines = vm.extras().sumsText().get().lines().filter(l -> !l.isBlank()).sorted().toList();
        assertEquals(List.of("teachers.total F = Titulaires + Contractuels + Volontaires (column Femmes)",
                "teachers.total M = Titulaires + Contractuels + Volontaires (column Hommes)"), lines);

        // The officer adds a constant and applies the box as it stands.
        assertTrue(vm.extras().apply("school.level = primary", vm.extras().sumsText().get()),
                vm.extras().problem().get());
        assertEquals(lines, vm.extras().sumsText().get().lines().filter(l -> !l.isBlank()).sorted().toList());
        assertEquals(List.of("Femmes", "Hommes"), vm.currentForm().sums().stream().map(SumMapping::column).sorted().toList());

        vm.templateIdProperty().set("kalale");
        vm.save();
        assertEquals(List.of(file.getFileName() + " kalale"), imported);
        Path templates = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        FileResult f = new ImportService(session.workbench(), TemplateCatalog.load(templates)).importFiles(
                new ImportRequest(List.of(file), "kalale", null), Progress.NONE, Cancellation.none()).files().get(0);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(women, figure("BJ-3107", Sex.F));
        assertEquals(men, figure("BJ-3107", Sex.M));
    }

    @Test
    void differencesOnLabelledRowsReadBackAsWritten() {
        List<SumMapping> sums = List.of(
                SumMapping.rowDifference("teachers.total", "M", "Professores", "HM", "M"),
                SumMapping.rowsDifference("teachers.total", "M", List.of("Com formação", "Sem formação"), "HM", "M"),
                SumMapping.difference("enrolment", "M", "G1", "1ª classe HM", "1ª classe M"),
                new SumMapping("teachers.total", "F", List.of("Titulaires", "Contractuelles"), "F"),
                new SumMapping("teachers.total", "F", List.of("Qualified F", "Unqualified F")),
                SumMapping.inBands("teachers.total", "M", List.of("Mathematics", "English"), "Male",
                        List.of("Qualified", "Unqualified")));
        String text = MappingExtras.sumsToText(sums);
        MappingExtras back = MappingExtras.parse("", text);
        assertNull(back.problem(), back.badLine());
        assertEquals(sums, back.sums(), text);
        assertTrue(text.contains("teachers.total M = HM \u2212 M (rows Com formação + Sem formação)"), text);
        assertTrue(text.contains("teachers.total M = HM \u2212 M (label Professores)"), text);
        assertTrue(text.contains("teachers.total M = Mathematics + English (column Male) (band Qualified + Unqualified)"),
                text);
    }

    @Test
    void aPlaceThatCannotGoWithTheSumIsRefusedNamingTheLine() {
        for (String line : List.of("teachers.total F = A + B (label Total)", "enrolment M G1 = HM \u2212 M (rows A + B)",
                "teachers.total M = HM \u2212 M (column M)", "teachers.total M = A + B (band Qualified)")) {
            MappingExtras back = MappingExtras.parse("", line);
            assertEquals("mapping.badSum", back.problem(), line);
            assertEquals(line, back.badLine());
        }
    }

    private int figure(String school, Sex sex) {
        return session.workbench().whereFrom(school, YEAR, Topic.TEACHERS, 0, sex, AgeGroup.ALL)
                .orElseThrow(() -> new AssertionError(school + " teachers " + sex)).value();
    }
}
