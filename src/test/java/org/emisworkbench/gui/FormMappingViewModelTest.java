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
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;

/** The mapping screen's view-model on a form, without JavaFX controls: jobs run on the test thread. */
class FormMappingViewModelTest extends MappingViewModelFixture {

    /** Code and two teacher counts whose labels name no sex; classrooms; one table of enrolment. */
    private Path form() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Formulaire");
        Sheets.row(s, 0, "Code école :", "FM-1");
        Sheets.row(s, 1, "Titulaires :", 4);
        Sheets.row(s, 2, "Suppléantes :", 2);
        Sheets.row(s, 3, "Salles de classe en bon état :", 5);
        Sheets.row(s, 5, "Effectifs par classe et par sexe");
        Sheets.row(s, 6, null, "CP1", null, "CP2");
        Sheets.row(s, 7, null, "M", "F", "M", "F");
        Sheets.row(s, 8, "Élèves", 10, 11, 12, 13);
        Path f = tmp.resolve("formulaire-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private int label(String text) {
        for (int i = 0; i < vm.form().labels().size(); i++) {
            if (vm.form().labels().get(i).label().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + vm.form().labels());
    }

    @Test
    void labelsAndTablesAreSetByHandAndKeptWhileTheLayoutChanges() {
        try {
            vm.open(form());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(Layout.GRID, vm.layoutProperty().get());
        assertTrue(vm.formShownProperty().get());
        assertEquals(1, vm.form().grids().size());
        // Code, classrooms and the table's 4 values.
        assertTrue(vm.preview().summary().get().contains("1 school(s) and 5 value(s)"),
                vm.preview().summary().get());

        vm.setLabel(label("Titulaires"), "teachers.total", "M");
        assertTrue(vm.preview().summary().get().contains("6 value(s)"), vm.preview().summary().get());
        // A count by sex without its sex cannot be written: named in the notes, the figure not read.
        vm.setLabel(label("Suppléantes"), "teachers.total", null);
        assertTrue(vm.preview().summary().get().contains("6 value(s)"), vm.preview().summary().get());
        assertTrue(vm.preview().notes().get().contains("Suppléantes"), vm.preview().notes().get());
        vm.setLabel(label("Suppléantes"), "teachers.total", "F");
        assertTrue(vm.preview().summary().get().contains("7 value(s)"), vm.preview().summary().get());

        // Another layout shows the sheet as that layout reads it; coming back finds the labels as set.
        vm.setLayout(Layout.WIDE);
        assertFalse(vm.formShownProperty().get());
        vm.setLayout(Layout.ROSTER);
        assertTrue(vm.formShownProperty().get(), "no list in the workbook: the sheet is a sheet of labels");
        vm.setLayout(Layout.GRID);
        LabelMapping women = vm.form().labels().get(label("Suppléantes"));
        assertEquals("F", women.sex());
        assertTrue(vm.preview().summary().get().contains("7 value(s)"), vm.preview().summary().get());

        // The table left out, then the sum of both teacher labels instead of each.
        vm.setGrid(0, MappingViewModel.IGNORE);
        assertTrue(vm.preview().summary().get().contains("3 value(s)"), vm.preview().summary().get());
        vm.setLabel(label("Titulaires"), MappingViewModel.IGNORE, null);
        vm.setLabel(label("Suppléantes"), MappingViewModel.IGNORE, null);
        assertFalse(vm.extras().apply("", "teachers.total F = Titulaires"));
        assertTrue(vm.extras().apply("", "teachers.total F = Titulaires + Suppléantes"));
        // Classrooms and the sum.
        assertTrue(vm.preview().summary().get().contains("2 value(s)"), vm.preview().summary().get());

        // The sheet left out: no sheet, no template.
        vm.setIncluded(false);
        assertFalse(vm.includedProperty().get());
        assertTrue(vm.preview().summary().get().startsWith("Not a usable template yet"),
                vm.preview().summary().get());
        vm.setIncluded(true);
        vm.templateIdProperty().set("formulaire");
        vm.save();
        assertEquals(List.of("formulaire-2024.xlsx formulaire"), imported);
    }

    @Test
    void aTableLeftUnreadIsListedAmongWhatIsNotReadWithItsCells() {
        try {
            vm.open(form());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(vm.preview().unread().stream().noneMatch(u -> u.startsWith("Formulaire B9")),
                vm.preview().unread().toString());
        vm.setGrid(0, MappingViewModel.IGNORE);
        // Set to not read by hand: left out on purpose (its title in the sheet's ignore), still listed, with the
        // title and the grades over its figures.
        assertTrue(vm.preview().unread().contains("Formulaire B9:E9 “Effectifs par classe et par sexe | CP1 | CP2 | M"
                + " | F | Élèves”: figures left out on purpose"), vm.preview().unread().toString());
        assertTrue(vm.preview().problems().stream().noneMatch(p -> p.contains("B9")), vm.preview().problems()
                .toString());
    }
}
