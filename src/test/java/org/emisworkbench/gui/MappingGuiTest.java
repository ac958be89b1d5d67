package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mapping screen end to end on a workbook no built-in template fits (French headers under a
 * merged banner, teacher columns named "Maîtresses" and "Maîtres" that no header list knows): opened
 * from the Import screen, two columns mapped by hand, the template saved, the file imported with it,
 * and the stored figures equal to the ones this test wrote; a later file of the same layout is then
 * matched to the new template by itself.
 */
class MappingGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final int SCHOOLS = 6;


    /** [school][0..3] enrolment CP1 F, CP1 M, CP2 F, CP2 M; [school][4] women teachers; [school][5] men. */
    private static int[][] numbers(long seed) {
        Random rnd = new Random(seed);
        int[][] n = new int[SCHOOLS][6];
        for (int[] row : n) {
            for (int i = 0; i < 4; i++) {
                row[i] = 10 + rnd.nextInt(70);
            }
            row[4] = 1 + rnd.nextInt(6);
            row[5] = 1 + rnd.nextInt(6);
        }
        return n;
    }

    private Path workbook(String name, int[][] n) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Recensement");
        Sheets.row(s, 0, "DIRECTION DE L’ENSEIGNEMENT DE BASE — RECENSEMENT SCOLAIRE");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        Sheets.row(s, 2, "Code école", "Nom de l'école", "CP1 Filles", "CP1 Garçons", "CP2 Filles", "CP2 Garçons",
                "Maîtresses", "Maîtres");
        for (int i = 0; i < SCHOOLS; i++) {
            Sheets.row(s, 3 + i, "EC" + (500 + i), "École n° " + i, n[i][0], n[i][1], n[i][2], n[i][3], n[i][4], n[i][5]);
        }
        Path f = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int columnIndex(String header) {
        List<ColumnMapping> cols = window.mapping().columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header + " in " + cols);
    }

    /** Selects a column's row, picks its field in the searchable list by typing, sets the sex, applies. */
    private void mapByHand(FxRobot robot, String header, String sex) throws Exception {
        int before = window.mapping().preview().checks().get();
        TableView<?> table = robot.lookup("#mappingColumns").queryTableView();
        int row = columnIndex(header);
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        robot.clickOn("#mappingField");
        robot.write("teachers.total");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> sexBox = robot.lookup("#mappingSex").queryComboBox();
        robot.clickOn(sexBox);
        robot.interact(() -> sexBox.getSelectionModel().select(sex));
        robot.interact(sexBox::hide);
        robot.clickOn("#mappingApply");
        waitFor(() -> window.mapping().preview().checks().get() > before && !window.mapping().preview().checking().get());
        ColumnMapping c = window.mapping().columns().get(row);
        assertEquals("teachers.total", c.field(), header);
        assertEquals(sex, c.sex(), header);
        assertEquals(1.0, c.confidence(), "set by hand");
    }

    @Test
    void aNewLayoutIsMappedByHandSavedImportedAndMatchedNextTime(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("office").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        int[][] n = numbers(41);
        Path file = workbook("recensement-2024.xlsx", n);

        // Import: no template fits the file.
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().add(file);
        });
        waitFor(() -> !window.imports().files().isEmpty() && !window.imports().matchingProperty().get());
        assertNull(window.imports().files().get(0).choiceProperty().get(), "no built-in template fits");
        TableView<?> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#newTemplate");
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());

        // The guess: the header on row 3 under the merged banner, the key, the enrolment by CP1/CP2 and sex.
        MappingViewModel vm = window.mapping();
        assertNotNull(robot.lookup("#mappingSpreadsheet").query(), "the sheet is shown as a grid");
        assertEquals(3, vm.headerRowProperty().get());
        assertTrue(vm.columns().get(columnIndex("Code école")).key());
        ColumnMapping cp2m = vm.columns().get(columnIndex("CP2 Garçons"));
        assertEquals("enrolment", cp2m.field());
        assertEquals("G2", cp2m.grade());
        assertEquals("M", cp2m.sex());
        assertFalse(vm.columns().get(columnIndex("Maîtresses")).reads(), "no header list knows Maîtresses");
        assertTrue(vm.preview().unread().stream().anyMatch(u -> u.contains("Maîtresses")), vm.preview().unread().toString());
        assertTrue(vm.preview().summary().get().contains(SCHOOLS + " school(s) and " + SCHOOLS * 4 + " value(s)"),
                vm.preview().summary().get());

        // By hand: the two teacher columns, then a template id without the year.
        mapByHand(robot, "Maîtresses", "F");
        mapByHand(robot, "Maîtres", "M");
        assertTrue(vm.preview().summary().get().contains(SCHOOLS * 6 + " value(s)"),
                vm.preview().summary().get());
        assertTrue(vm.preview().unread().isEmpty(), vm.preview().unread().toString());
        Snapshots.take(stage.getScene(), "mapping");
        robot.doubleClickOn("#mappingTemplateId");
        robot.interact(() -> vm.templateIdProperty().set(""));
        robot.clickOn("#mappingTemplateId").write("recensement");
        assertEquals("recensement", vm.templateIdProperty().get());

        // Save: the template goes beside the workspace, the file is imported with it.
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        assertEquals(Screen.IMPORT, window.current());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals("recensement", result.templateId());
        assertEquals(SCHOOLS, result.schoolsAdded());
        assertEquals(SCHOOLS * 6L, result.valuesStored());
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("recensement.json");
        assertTrue(Files.isRegularFile(saved), saved.toString());

        // The stored figures are the ones written above.
        int g1 = GradeSystem.standard().byCode("G1").orElseThrow().slot();
        int g2 = GradeSystem.standard().byCode("G2").orElseThrow().slot();
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        for (int i = 0; i < SCHOOLS; i++) {
            String code = "EC" + (500 + i);
            var wb = session.workbench();
            assertEquals(n[i][0], wb.whereFrom(code, 2024, Topic.ENROLMENT, g1, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals(n[i][1], wb.whereFrom(code, 2024, Topic.ENROLMENT, g1, Sex.M, AgeGroup.ALL).orElseThrow().value());
            assertEquals(n[i][2], wb.whereFrom(code, 2024, Topic.ENROLMENT, g2, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals(n[i][3], wb.whereFrom(code, 2024, Topic.ENROLMENT, g2, Sex.M, AgeGroup.ALL).orElseThrow().value());
            assertEquals(n[i][4], wb.whereFrom(code, 2024, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL).orElseThrow().value());
            assertEquals(n[i][5], wb.whereFrom(code, 2024, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL).orElseThrow().value());
        }

        // Next year's file of the same layout finds the new template by itself.
        Path next = workbook("recensement-2025.xlsx", numbers(77));
        robot.interact(() -> window.imports().paths().setAll(List.of(next)));
        waitFor(() -> !window.imports().files().isEmpty() && !window.imports().matchingProperty().get()
                && window.imports().files().get(0).file().equals(next));
        assertEquals("recensement", window.imports().files().get(0).choiceProperty().get());
    }

    /**
     * The nil marks and the thousands separator are set with the screen's own controls (no JSON): the field
     * shows the dash the counts hold, a mark typed in is read as nil by the preview, the separator chosen reads
     * "1.050" as 1050, and the template saved carries both.
     */
    @Test
    void nilMarksAndThousandsAreSetWithTheScreensControls(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("office2").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Effectifs");
        Sheets.row(s, 0, "Code école", "Nom de l'école", "CP1 Garçons", "CP1 Filles", "Observations");
        Sheets.row(s, 1, "NM1", "Une", "1.050", "-", "\u2014");
        Sheets.row(s, 2, "NM2", "Deux", "nd", "12", "Nouvelle école");
        Path file = tmp.resolve("nil-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().add(file);
        });
        waitFor(() -> !window.imports().files().isEmpty() && !window.imports().matchingProperty().get());
        TableView<?> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#newTemplate");
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        MappingViewModel vm = window.mapping();
        javafx.scene.control.TextField nil = robot.lookup("#mappingNilMarks").queryAs(javafx.scene.control.TextField.class);
        assertEquals("-", nil.getText(), "the counts' dash; the remarks' one is none");
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith("Effectifs!C3")), vm.preview().problems()
                .toString());

        int before = vm.preview().checks().get();
        robot.interact(() -> nil.requestFocus());
        robot.interact(() -> nil.positionCaret(nil.getText().length()));
        robot.write(" nd");
        robot.type(KeyCode.ENTER);
        waitFor(() -> vm.preview().checks().get() > before && !vm.preview().checking().get());
        assertEquals("- nd", vm.figures().nilMarksText().get());
        assertTrue(vm.preview().problems().stream().noneMatch(p -> p.startsWith("Effectifs!C3")
                && !p.contains("nil")), "nd is now read as nil: " + vm.preview().problems());

        ComboBox<String> sep = robot.lookup("#mappingThousands").queryComboBox();
        assertEquals(".", sep.getValue(), "1.050 shows dotted thousands");
        int again = vm.preview().checks().get();
        robot.interact(() -> sep.getSelectionModel().select(","));
        waitFor(() -> vm.preview().checks().get() > again && !vm.preview().checking().get());
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith("Effectifs!C2")),
                "with a comma for thousands 1.050 is no count: " + vm.preview().problems());
        int third = vm.preview().checks().get();
        robot.interact(() -> sep.getSelectionModel().select("."));
        waitFor(() -> vm.preview().checks().get() > third && !vm.preview().checking().get());

        robot.interact(() -> vm.templateIdProperty().set("nil"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("nil.json");
        var t = org.emisworkbench.template.TemplateLoader.load(saved);
        assertEquals(List.of("-", "nd"), t.nilMarks());
        assertEquals(".", t.thousands());
        assertEquals(1050, session.workbench().whereFrom("NM1", 2024, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL)
                .orElseThrow().value());
    }
}
