package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.StackedTable;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tables stacked on one wide sheet, marked on the mapping screen without JSON: a French district sheet with the
 * enrolment under its header, then a "Redoublants" title alone on its row directly over the same schools' repeaters
 * (no header written again, so the draft does not take it for a table). The officer selects the title's row in the
 * sheet's grid and starts a table there; the preview reads the second table; the template saved carries it as
 * {@code tables}, and the repeaters stored are those this test wrote.
 */
class MappingStackedTablesGuiTest extends WindowTest {
    private static final int SCHOOLS = 5;
    /** 0-based row of the "Redoublants" title: header, the schools, a blank row. */
    private static final int TITLE_ROW = 1 + SCHOOLS + 1;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** [school][0..3] enrolment CP1 G, CP1 F, CP2 G, CP2 F; [school][4..7] repeaters in the same order. */
    private static int[][] numbers() {
        Random rnd = new Random(20240917L);
        int[][] n = new int[SCHOOLS][8];
        for (int[] row : n) {
            for (int i = 0; i < 4; i++) {
                row[i] = 20 + rnd.nextInt(60);
                row[4 + i] = rnd.nextInt(row[i] / 4 + 1);
            }
        }
        return n;
    }

    private Path workbook(int[][] n) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Circonscription");
        Sheets.row(s, 0, "Code école", "Nom de l'école", "CP1 Garçons", "CP1 Filles", "CP2 Garçons", "CP2 Filles");
        for (int i = 0; i < SCHOOLS; i++) {
            Sheets.row(s, 1 + i, "RD" + (710 + i), "École de " + (char) ('A' + i), n[i][0], n[i][1], n[i][2], n[i][3]);
        }
        Sheets.row(s, TITLE_ROW, "Redoublants");
        for (int i = 0; i < SCHOOLS; i++) {
            Sheets.row(s, TITLE_ROW + 1 + i, "RD" + (710 + i), "École de " + (char) ('A' + i), n[i][4], n[i][5],
                    n[i][6], n[i][7]);
        }
        Path f = tmp.resolve("circonscription-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    private void waitForPreview(int after) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.mapping() != null
                && window.mapping().preview().checks().get() > after && !window.mapping().preview().checking().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTableTheDraftMissedIsMarkedOnTheScreenSavedAndImported(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.workbench() != null);
        int[][] n = numbers();
        Path file = workbook(n);
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().paths().add(file);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.imports().files().isEmpty()
                && !window.imports().matchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.imports().files().get(0).choiceProperty().get(), "no built-in template fits");
        TableView<?> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#newTemplate");
        waitForPreview(0);

        // The draft found no table under the first one: the repeaters are read as enrolment of the same schools.
        MappingViewModel vm = window.mapping();
        StackedTablesViewModel tables = vm.stackedTables();
        assertTrue(tables.tables().isEmpty(), tables.tables().toString());
        assertTrue(robot.lookup("#mappingTables").query().isVisible(), "a wide sheet shows its stacked tables");
        String duplicate = session.t(org.emisworkbench.model.ProblemKind.DUPLICATE_SCHOOL.message());
        assertTrue(vm.preview().problems().stream().anyMatch(p -> p.startsWith("Circonscription!A" + (TITLE_ROW + 2))
                && p.contains(duplicate)), "the schools again under Redoublants: " + vm.preview().problems());

        // A row of figures is no title: said, nothing changed.
        TextField row = robot.lookup("#mappingTitleRow").queryAs(TextField.class);
        robot.interact(() -> row.setText("3"));
        fire(robot, "#mappingMarkTitle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tables.problem().get().contains("3"), tables.problem().get());
        assertTrue(tables.tables().isEmpty());

        // The title's row selected in the sheet's grid, then a table started on it.
        SpreadsheetView grid = robot.lookup("#mappingSpreadsheet").queryAs(SpreadsheetView.class);
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(TITLE_ROW, grid.getColumns().get(0)));
        assertEquals(String.valueOf(TITLE_ROW + 1), row.getText(), "the row selected in the grid is offered");
        int before = vm.preview().checks().get();
        fire(robot, "#mappingMarkTitle");
        waitForPreview(before);
        assertEquals("", tables.problem().get());
        assertEquals(1, tables.tables().size(), tables.tables().toString());
        StackedTable t = tables.tables().get(0);
        assertEquals(TITLE_ROW, t.row());
        assertEquals("Redoublants", t.title());
        assertEquals("repeaters", t.field(), "the kind is guessed from the title");
        assertTrue(vm.preview().problems().isEmpty(), vm.preview().problems().toString());
        assertTrue(vm.preview().summary().get().contains(SCHOOLS + " school(s) and " + SCHOOLS * 8 + " value(s)"),
                vm.preview().summary().get());

        // Left out, the table's rows are those of the table above again; read as repeaters once more.
        chooseKind(robot, MappingViewModel.IGNORE);
        assertNull(tables.tables().get(0).field());
        assertFalse(vm.preview().problems().isEmpty(), "left out: the same schools again");
        chooseKind(robot, "repeaters");
        assertEquals("repeaters", tables.tables().get(0).field());
        assertTrue(vm.preview().problems().isEmpty(), vm.preview().problems().toString());
        // The title's row is marked in the sheet as the header is; the grid shown from just above it.
        SpreadsheetView marked = robot.lookup("#mappingSpreadsheet").queryAs(SpreadsheetView.class);
        assertTrue(marked.getGrid().getRows().get(TITLE_ROW).get(0).getStyleClass().contains("mapping-header"));
        assertFalse(marked.getGrid().getRows().get(TITLE_ROW + 1).get(0).getStyleClass().contains("mapping-header"));
        robot.interact(() -> marked.scrollToRow(TITLE_ROW - 2));
        Snapshots.take(stage.getScene(), "mapping-tables");

        // Saved and imported: the template carries the table; the stored repeaters are the ones written above.
        robot.interact(() -> vm.templateIdProperty().set("circonscription"));
        robot.clickOn("#mappingSave");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !window.imports().results().isEmpty()
                && !session.runner().status().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals("circonscription", result.templateId());
        assertEquals(SCHOOLS, result.schoolsAdded());
        assertEquals(SCHOOLS * 8L, result.valuesStored());
        String json = Files.readString(TemplateCatalog.workspaceFolder(session.workbench().databaseFile())
                .resolve("circonscription.json"));
        assertTrue(json.contains("\"tables\"") && json.contains("\"Redoublants\"") && json.contains("\"repeaters\""),
                json);
        int g1 = GradeSystem.standard().byCode("G1").orElseThrow().slot();
        int g2 = GradeSystem.standard().byCode("G2").orElseThrow().slot();
        var wb = session.workbench();
        int repeatersSeen = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            String code = "RD" + (710 + i);
            assertEquals(n[i][0], wb.whereFrom(code, 2024, Topic.ENROLMENT, g1, Sex.M, AgeGroup.ALL).orElseThrow().value());
            assertEquals(n[i][3], wb.whereFrom(code, 2024, Topic.ENROLMENT, g2, Sex.F, AgeGroup.ALL).orElseThrow().value());
            int[][] cells = {{g1, 4}, {g1, 5}, {g2, 6}, {g2, 7}};
            for (int[] c : cells) {
                Sex sex = c[1] % 2 == 0 ? Sex.M : Sex.F;
                var figure = wb.whereFrom(code, 2024, Topic.REPEATERS, c[0], sex, AgeGroup.ALL).orElseThrow();
                assertEquals(n[i][c[1]], figure.value(), code + " repeaters " + c[0] + " " + sex);
                // Column C is CP1 Garçons: the school's row under the title, 1-based in the cell name.
                String letter = String.valueOf((char) ('A' + c[1] - 2));
                assertTrue(figure.source().sheetCell().endsWith("!" + letter + (TITLE_ROW + 2 + i)),
                        figure.source().sheetCell());
                repeatersSeen++;
            }
        }
        assertEquals(SCHOOLS * 4, repeatersSeen);
    }

    /** The editor scrolls: its buttons are pressed as a keyboard user would, wherever they stand. */
    private static void fire(FxRobot robot, String id) {
        javafx.scene.control.Button b = robot.lookup(id).queryButton();
        assertFalse(b.isDisabled(), id);
        robot.interact(b::fire);
    }

    private void chooseKind(FxRobot robot, String kind) throws Exception {
        TableView<?> list = robot.lookup("#mappingTables").queryTableView();
        ComboBox<String> box = robot.lookup("#mappingTableKind").queryComboBox();
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            box.getSelectionModel().select(kind);
        });
        int before = window.mapping().preview().checks().get();
        fire(robot, "#mappingApplyTable");
        waitForPreview(before);
    }
}
