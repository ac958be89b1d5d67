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
import org.emisworkbench.service.Workbench;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * A sheet of a row per school and class the draft does not recognise (the class under {@code Cohort}, one column of
 * repeaters headed {@code Rptr G}) made by hand on the mapping screen's view-model: the officer says which column holds
 * the grade, sets the one column the program cannot guess, sees the preview, saves and imports; the figures stored are
 * those this test wrote.
 */
class RowPerClassByHandTest extends MappingViewModelFixture {
    static final int YEAR = 2024;
    static final String[] SCHOOLS = {"NA-101", "NA-102", "NA-103"};
    static final String[] HEADERS = {"School code", "Cohort", "Boys", "Girls", "Repeaters boys", "Rptr G"};


    /**
     * Writes the sheet: a row per school and class, grades 1 to 3 (school NA-102 without grade 3), the code on every
     * row; returns [school][grade 1..3][boys, girls, repeating boys, repeating girls], -1 where no row was written.
     */
    static int[][][] write(Path file, long seed) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Classes");
        Sheets.row(s, 0, (Object[]) HEADERS);
        Random rnd = new Random(seed);
        int[][][] v = new int[SCHOOLS.length][4][4];
        int r = 1;
        for (int i = 0; i < SCHOOLS.length; i++) {
            for (int g = 1; g <= 3; g++) {
                if (i == 1 && g == 3) {
                    java.util.Arrays.fill(v[i][g], -1);
                    continue;
                }
                for (int k = 0; k < 4; k++) {
                    v[i][g][k] = k < 2 ? 20 + rnd.nextInt(40) : rnd.nextInt(6);
                }
                Sheets.row(s, r++, SCHOOLS[i], "Grade " + g, v[i][g][0], v[i][g][1], v[i][g][2], v[i][g][3]);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return v;
    }

    static int column(MappingViewModel vm, String header) {
        for (int i = 0; i < vm.columns().size(); i++) {
            if (vm.columns().get(i).header().equals(header)) {
                return i;
            }
        }
        throw new AssertionError(header + " not among " + vm.columns());
    }

    @Test
    void aRowPerClassIsMadeByHandPreviewedUndoneSavedAndImported() throws Exception {
        Path file = tmp.resolve("classes-" + YEAR + ".xlsx");
        int[][][] v = write(file, 5);
        int rows = 0;
        for (int[][] school : v) {
            for (int g = 1; g <= 3; g++) {
                rows += school[g][0] >= 0 ? 1 : 0;
            }
        }
        vm.open(file);
        // The draft found no header here (no column it knows besides the code): the officer reads it on row 1.
        assertTrue(vm.columns().isEmpty(), vm.columns().toString());
        vm.setHeaderRow(1);
        assertTrue(vm.columns().get(column(vm, "School code")).key(), vm.columns().toString());
        assertFalse(vm.columns().get(column(vm, "Cohort")).reads(), "the draft did not recognise it: "
                + vm.columns());

        // Not every column can give the grade: Boys holds figures. Nothing changes, the officer is told where.
        List<ColumnMapping> before = List.copyOf(vm.columns());
        assertFalse(vm.rowClasses().gradeIn(column(vm, "Boys")));
        assertTrue(notes.infos.get(notes.infos.size() - 1).contains("Classes, column C (Boys)"),
                notes.infos.toString());
        assertEquals(before, vm.columns());

        assertTrue(vm.rowClasses().gradeIn(column(vm, "Cohort")));
        assertEquals("row.grade", vm.columns().get(column(vm, "Cohort")).field());
        assertEquals(List.of("enrolment M", "enrolment F", "repeaters M"), List.of(
                read(vm.columns().get(column(vm, "Boys"))), read(vm.columns().get(column(vm, "Girls"))),
                read(vm.columns().get(column(vm, "Repeaters boys")))));
        assertFalse(vm.columns().get(column(vm, "Rptr G")).reads(), "its header says neither topic nor sex");
        // The preview (the check an import would make) reads three counts a row so far.
        assertTrue(vm.preview().summary().get().contains(SCHOOLS.length + " school(s) and " + 3 * rows + " value(s)"),
                vm.preview().summary().get());
        // The one column the program cannot guess: repeaters, girls, its grade from the row (none chosen).
        vm.setColumn(column(vm, "Rptr G"), "repeaters", "F", MappingViewModel.IGNORE, "", false);
        assertTrue(vm.preview().summary().get().contains(SCHOOLS.length + " school(s) and " + 4 * rows + " value(s)"),
                vm.preview().summary().get());
        assertTrue(vm.preview().problems().isEmpty(), vm.preview().problems().toString());
        assertTrue(vm.preview().byTopic().get().contains("enrolment " + 2 * rows)
                && vm.preview().byTopic().get().contains("repeaters " + 2 * rows), vm.preview().byTopic().get());

        // Ctrl+Z, twice: the column, then the grade by row, taken back; done again for the save.
        assertTrue(vm.undo());
        assertFalse(vm.columns().get(column(vm, "Rptr G")).reads());
        assertTrue(vm.undo());
        assertEquals(before, vm.columns(), "the columns as the header row gave them");
        assertTrue(vm.rowClasses().gradeIn(column(vm, "Cohort")));
        vm.setColumn(column(vm, "Rptr G"), "repeaters", "F", MappingViewModel.IGNORE, "", false);

        vm.templateIdProperty().set("classes");
        vm.save();
        assertEquals(List.of(file.getFileName() + " classes"), imported);
        Path templates = TemplateCatalog.workspaceFolder(session.workbench().databaseFile());
        FileResult f = new ImportService(session.workbench(), TemplateCatalog.load(templates)).importFiles(
                new ImportRequest(List.of(file), "classes", null), Progress.NONE, Cancellation.none()).files().get(0);
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        int checked = 0;
        for (int i = 0; i < SCHOOLS.length; i++) {
            for (int g = 1; g <= 3; g++) {
                Integer[] want = v[i][g][0] < 0 ? new Integer[] {null, null, null, null}
                        : new Integer[] {v[i][g][0], v[i][g][1], v[i][g][2], v[i][g][3]};
                assertEquals(want[0], figure(SCHOOLS[i], Topic.ENROLMENT, g, Sex.M), SCHOOLS[i] + " G" + g + " boys");
                assertEquals(want[1], figure(SCHOOLS[i], Topic.ENROLMENT, g, Sex.F), SCHOOLS[i] + " G" + g + " girls");
                assertEquals(want[2], figure(SCHOOLS[i], Topic.REPEATERS, g, Sex.M), SCHOOLS[i] + " G" + g);
                assertEquals(want[3], figure(SCHOOLS[i], Topic.REPEATERS, g, Sex.F), SCHOOLS[i] + " G" + g);
                checked += want[0] == null ? 0 : 4;
            }
        }
        assertEquals(4 * rows, checked);
    }

    private static String read(ColumnMapping c) {
        return c.field() + (c.grade() == null ? "" : " " + c.grade()) + " " + c.sex();
    }

    private Integer figure(String school, Topic topic, int slot, Sex sex) {
        return session.workbench().whereFrom(school, YEAR, topic, slot, sex, AgeGroup.ALL)
                .map(Workbench.SourcedFigure::value).orElse(null);
    }
}
