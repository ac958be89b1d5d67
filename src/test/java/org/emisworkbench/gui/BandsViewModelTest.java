package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SchoolsPer;
import org.junit.jupiter.api.Test;

/** Topics side by side under banners, split and set on the mapping screen's view-model (jobs on the test thread). */
class BandsViewModelTest extends MappingViewModelFixture {

    private String summary() {
        return vm.preview().summary().get();
    }

    private List<String> bands() {
        return vm.form().grids().stream().map(g -> String.join("/", g.band()) + "=" + g.field()).toList();
    }

    @Test
    void aTableTheDraftLeftWholeIsSplitByItsBannersAndEachBandSetOnEverySheet() throws Exception {
        BandSheets f = BandSheets.draw(11, 2);
        vm.open(f.write(tmp.resolve("kpalime-2024.xlsx")));
        assertEquals(Layout.GRID, vm.layoutProperty().get());
        assertEquals(SchoolsPer.SHEET, vm.schools().schools().get());
        // Drafted whole: one table read as enrolment, the repeaters and drop-outs clashing with it.
        assertEquals(List.of("=enrolment"), bands());
        assertTrue(vm.preview().byTopic().get().contains("enrolment 24"), vm.preview().byTopic().get());
        assertFalse(vm.preview().byTopic().get().contains("repeaters"), vm.preview().byTopic().get());
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.contains("D7")), vm.preview().problems().toString());

        // A table without banners over its sexes (or no table) is not split.
        assertFalse(vm.splitBands(5));
        assertTrue(vm.splitBands(0));
        assertEquals(List.of("Effectifs=enrolment", "Doublants=enrolment", "Abandons=enrolment"), bands());
        assertTrue(vm.form().grids().stream().allMatch(g -> g.title().equals(BandSheets.TITLE)),
                "each band under the table's title: " + vm.form().grids());
        assertFalse(vm.splitBands(1), "a band is not split again");

        vm.setGrid(1, "repeaters");
        vm.setGrid(2, MappingViewModel.IGNORE);
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=null"), bands());
        assertEquals("enrolment 24 · repeaters 24", vm.preview().byTopic().get().replaceAll("^.*: ", ""));
        // The dropouts left out on purpose: no warning, still listed, a block a school: never dropped silently.
        assertTrue(summary().contains("2 school(s) and 48 value(s); 0 problem(s)"), summary());
        assertEquals(2, vm.preview().unread().stream().filter(u -> u.contains("Abandons")
                && u.endsWith("figures left out on purpose")).count(), vm.preview().unread().toString());

        // The other school's sheet shows the same bands: one form read again.
        vm.sheetProperty().set(BandSheets.sheet(1));
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=null"), bands());
        GridMapping repeaters = vm.form().grids().get(1);
        assertEquals(List.of("Doublants"), repeaters.band());

        vm.templateIdProperty().set("kpalime");
        vm.save();
        assertEquals(List.of("kpalime-2024.xlsx kpalime"), imported);
        // The band left out is written into the sheet's ignore, so the next import is quiet about it, and the
        // check still lists it as left out.
        Path saved = tmp.resolve("office").resolve("templates").resolve("kpalime.json");
        var template = org.emisworkbench.template.TemplateLoader.load(saved);
        assertEquals(List.of("Abandons"), template.sheets().get(0).ignore());
        var check = new TemplateWorkshop(TemplateCatalog.load(null)).check(f.write(tmp.resolve("kpalime-2025.xlsx")),
                saved.toString(), 2025, org.emisworkbench.model.Cancellation.none());
        assertEquals(0, check.byKind().stream().filter(k -> k.kind().equals("UNREAD_FIGURES")).count(),
                check.byKind().toString());
        assertEquals(2, check.leftOutBlocks().size(), check.leftOutBlocks().toString());
        assertTrue(check.leftOutBlocks().stream().allMatch(b -> b.headers().contains("Abandons")),
                check.leftOutBlocks().toString());
        assertEquals(48, check.values());
    }

    @Test
    void eachMappingChangeIsUndoneLastFirstDownToTheDraft() throws Exception {
        BandSheets f = BandSheets.draw(13, 2);
        vm.open(f.write(tmp.resolve("kpalime-2024.xlsx")));
        assertFalse(vm.canUndoProperty().get(), "nothing changed yet");
        assertFalse(vm.undo());
        assertTrue(vm.splitBands(0));
        vm.setGrid(1, "repeaters");
        vm.setGrid(2, MappingViewModel.IGNORE);
        vm.setGrid(2, MappingViewModel.IGNORE); // changes nothing: no step of its own
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=null"), bands());
        assertTrue(vm.canUndoProperty().get());

        assertTrue(vm.undo());
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=enrolment"), bands());
        // Two bands giving enrolment from two cells: the preview says the import would refuse the file (decision 0090).
        assertTrue(summary().contains("would refuse the file") && summary().contains("given twice"), summary());
        // On the other school's sheet too: one form read again on every sheet.
        vm.sheetProperty().set(BandSheets.sheet(1));
        assertEquals(List.of("Effectifs=enrolment", "Doublants=repeaters", "Abandons=enrolment"), bands());
        vm.sheetProperty().set(BandSheets.sheet(0));
        assertTrue(vm.undo());
        assertEquals(List.of("Effectifs=enrolment", "Doublants=enrolment", "Abandons=enrolment"), bands());
        assertTrue(vm.undo());
        assertEquals(List.of("=enrolment"), bands(), "the split undone: the table as drafted");
        assertFalse(vm.preview().byTopic().get().contains("repeaters"), vm.preview().byTopic().get());
        assertFalse(vm.canUndoProperty().get());
        assertFalse(vm.undo());

        // A change after an undo is undone as any other.
        assertTrue(vm.splitBands(0));
        vm.setGrid(2, MappingViewModel.IGNORE);
        assertTrue(vm.undo());
        assertEquals(List.of("Effectifs=enrolment", "Doublants=enrolment", "Abandons=enrolment"), bands());
    }

    /**
     * Bands the draft made but read wrong: {@code Redoublants | Abandons} name two topics to the drafter's words
     * (repeaters, and enrolment for anything else), so the drop-outs would be stored as enrolment; left out here.
     */
    @Test
    void aBandTheDraftReadAsTheWrongTopicIsLeftOut() throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Fiche");
        org.emisworkbench.testing.Sheets.row(s, 0, "Code école :", "RB-7");
        org.emisworkbench.testing.Sheets.row(s, 2, "Redoublants et abandons par classe");
        org.emisworkbench.testing.Sheets.row(s, 3, null, "Redoublants", null, "Abandons", null);
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 1, 2));
        s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 3, 4));
        org.emisworkbench.testing.Sheets.row(s, 4, "Classe", "Garçons", "Filles", "Garçons", "Filles");
        org.emisworkbench.testing.Sheets.row(s, 5, "CP1", 4, 3, 1, 0);
        org.emisworkbench.testing.Sheets.row(s, 6, "CP2", 2, 5, 0, 2);
        Path file = tmp.resolve("fiche-2024.xlsx");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        vm.open(file);
        assertEquals(List.of("Redoublants=repeaters", "Abandons=enrolment"), bands());
        assertEquals("repeaters 4 · enrolment 4", vm.preview().byTopic().get().replaceAll("^.*: ", ""));
        assertFalse(vm.splitBands(0), "already bands");
        vm.setGrid(1, MappingViewModel.IGNORE);
        assertEquals(List.of("Redoublants=repeaters", "Abandons=null"), bands());
        assertEquals("repeaters 4", vm.preview().byTopic().get().replaceAll("^.*: ", ""));
        assertTrue(summary().contains("1 school(s) and 4 value(s); 0 problem(s)"), summary());
        assertTrue(vm.preview().unread().contains("Fiche D6:E7 “Redoublants et abandons par classe | Abandons | Classe |"
                + " Garçons | Filles | CP1 | CP2”: figures left out on purpose"), vm.preview().unread().toString());
    }
}
