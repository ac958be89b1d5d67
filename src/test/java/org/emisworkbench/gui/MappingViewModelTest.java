package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;

/** The mapping screen's view-model without JavaFX controls: jobs run on the test thread. */
class MappingViewModelTest extends MappingViewModelFixture {

    /** Headers on row 4 under a title; "Effectif total" (girls and boys) and a sheet of notes without codes. */
    private Path workbook() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Données");
        Sheets.row(s, 0, "Fiche de synthèse");
        Sheets.row(s, 3, "Code école", "Nom", "Classe 1 F", "Classe 1 M", "Effectif total");
        Sheets.row(s, 4, "A1", "Une", 10, 12, 22);
        Sheets.row(s, 5, "A2", "Deux", 7, 9, 16);
        Sheet n = wb.createSheet("Notes");
        Sheets.row(n, 0, "Rempli par le bureau du district");
        Path f = tmp.resolve("fiche-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    @Test
    void guessesPreviewsAndRecomputesAsMappingsChange() throws Exception {
        vm.open(workbook());
        assertEquals(List.of("Données", "Notes"), vm.sheets());
        assertEquals("Données", vm.sheetProperty().get());
        assertEquals(4, vm.headerRowProperty().get());
        assertTrue(vm.includedProperty().get());
        assertTrue(vm.columns().get(0).key());
        assertEquals("enrolment", vm.columns().get(2).field());
        assertTrue(vm.preview().notes().get().contains("Notes"), "the sheet without header is named: " + vm.preview().notes().get());
        assertTrue(vm.preview().summary().get().contains("2 school(s) and 4 value(s)"),
                vm.preview().summary().get());
        // "Effectif total" (girls and boys, beside both sexes' columns) is guessed as their total: checked, not stored.
        assertTrue(vm.columns().get(4).total(), vm.columns().get(4).toString());
        assertEquals("enrolment", vm.columns().get(4).field());
        assertTrue(vm.preview().unread().stream().noneMatch(u -> u.contains("Effectif total")),
                vm.preview().unread().toString());
        assertEquals("10, 7", vm.examples(vm.columns().get(2)));

        // Leaving the girls of class 1 out: two values fewer; taking them again as G1 F by hand.
        vm.setColumn(2, MappingViewModel.IGNORE, null, null, null, false);
        assertFalse(vm.columns().get(2).reads());
        assertTrue(vm.preview().summary().get().contains("2 value(s)"), vm.preview().summary().get());
        vm.setColumn(2, "enrolment", "F", "G1", "", false);
        ColumnMapping c = vm.columns().get(2);
        assertEquals("G1", c.grade());
        assertEquals(1.0, c.confidence());
        assertTrue(vm.preview().summary().get().contains("4 value(s)"), vm.preview().summary().get());

        // A count whose sex is not given cannot be written: the preview says why, nothing is guessed.
        vm.setColumn(4, "teachers.total", null, null, null, false);
        assertTrue(vm.preview().notes().get().contains("Effectif total") && vm.preview().notes().get().contains("sex"),
                vm.preview().notes().get());
    }

    @Test
    void constantsAndSumsAreReadLineByLineAndABadLineIsNamed() throws Exception {
        vm.open(workbook());
        assertFalse(vm.extras().apply("school.level primary", ""));
        assertTrue(vm.extras().problem().get().contains("school.level primary"), vm.extras().problem().get());
        assertFalse(vm.extras().apply("", "teachers.total F = Qualified F"));
        assertTrue(vm.extras().problem().get().contains("teachers.total F = Qualified F"));
        assertTrue(vm.extras().apply("school.level = primary", ""));
        assertEquals("", vm.extras().problem().get());
        assertEquals("school.level = primary\n", vm.extras().constantsText().get());
    }

    @Test
    void aHeaderRowChosenByHandIsReadAgainAndASheetCanBeLeftOut() throws Exception {
        vm.open(workbook());
        vm.setHeaderRow(1);
        assertEquals(1, vm.headerRowProperty().get());
        assertEquals(1, vm.columns().size());
        assertFalse(vm.columns().get(0).reads(), "a title is no header: nothing guessed");
        vm.setHeaderRow(4);
        assertTrue(vm.columns().get(0).key());
        vm.sheetProperty().set("Notes");
        assertFalse(vm.includedProperty().get());
        vm.sheetProperty().set("Données");
        assertTrue(vm.includedProperty().get());
    }

    @Test
    void saveWritesTheTemplateBesideTheWorkspaceThenBumpsItsVersion() throws Exception {
        vm.open(workbook());
        vm.templateIdProperty().set("fiche");
        vm.save();
        Path saved = tmp.resolve("office").resolve("templates").resolve("fiche.json");
        assertEquals(1, TemplateLoader.load(saved).version());
        assertEquals(List.of("fiche-2024.xlsx fiche"), imported);
        vm.save();
        assertEquals(2, TemplateLoader.load(saved).version(), "saving the same id again is its next version");
        vm.templateIdProperty().set("Not An Id");
        vm.save();
        assertEquals(2, imported.size(), "a bad id saves nothing");
        assertTrue(notes.infos.stream().anyMatch(i -> i.contains("template id")), notes.infos.toString());
    }

    /**
     * Nil marks and the thousands separator: shown as the workbook's count cells write them (the dash of the
     * remarks column is none), changed on the screen, reflected by the preview and carried by the template saved.
     */
    @Test
    void nilMarksAndTheThousandsSeparatorAreSetOnTheScreenPreviewedAndSaved() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Effectifs");
        Sheets.row(s, 0, "Code école", "CP1 Garçons", "CP1 Filles", "Observations");
        Sheets.row(s, 1, "T1", "1.050", "-", "\u2014");
        Sheets.row(s, 2, "T2", "n/a", "12", "Nouvelle école");
        Path f = tmp.resolve("effectifs-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        vm.open(f);
        assertEquals("-", vm.figures().nilMarksText().get(), "the counts' dash, not the remarks' one");
        assertEquals(".", vm.figures().thousands().get(), "1.050 is written with dotted thousands");
        // Each nil mark read is reported at its cell; "n/a" is not a number until the officer says it is nil.
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith("Effectifs!C2")), vm.preview().problems()
                .toString());
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith("Effectifs!B3")
                && p.contains("n/a")), vm.preview().problems().toString());
        vm.figures().set("- n/a", ",");
        assertEquals("- n/a", vm.figures().nilMarksText().get());
        assertEquals(",", vm.figures().thousands().get());
        // With a comma for thousands, 1.050 is one and a twentieth: reported, never stored as 1050.
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith("Effectifs!B2")),
                vm.preview().problems().toString());
        vm.figures().set("- n/a", ".");
        assertTrue(vm.preview().problems().stream().noneMatch(p -> p.startsWith("Effectifs!B2")),
                vm.preview().problems().toString());
        vm.templateIdProperty().set("effectifs");
        vm.save();
        var saved = TemplateLoader.load(tmp.resolve("office").resolve("templates").resolve("effectifs.json"));
        assertEquals(List.of("-", "n/a"), saved.nilMarks());
        assertEquals(".", saved.thousands());
        vm.figures().set("", ",");
        vm.save();
        saved = TemplateLoader.load(tmp.resolve("office").resolve("templates").resolve("effectifs.json"));
        assertEquals(List.of(), saved.nilMarks(), "no nil mark once the officer cleared them");
        assertEquals(null, saved.thousands());
    }
}
