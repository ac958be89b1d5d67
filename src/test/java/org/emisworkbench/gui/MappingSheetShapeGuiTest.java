package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The template constructs an officer used to need JSON for, seen and set on the mapping screen: a French wide sheet
 * with a two-row header (grades merged over Garçons | Filles) and {@code CIRCONSCRIPTION DE …} band rows heading
 * the schools of each district (the sheet's {@code headerRows} and {@code groupRows}), and a Portuguese form giving
 * its age × grade table once per sex (the grid's {@code sex}). Each shows what the draft chose, is changed from its
 * control, undone, and saved; the preview's figures and the import's are those the test wrote.
 */
class MappingSheetShapeGuiTest extends WindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** School codes by district, as written under each district's band row. */
    private static final String[][] SCHOOLS = {{"TG-101", "TG-102"}, {"TG-201", "TG-202", "TG-203"}};
    private static final String[] DISTRICTS = {"KARA", "BASSAR"};
    private static final int GRADES = 2;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Girls and boys of a school and grade, as written: distinct for every cell. */
    private static int figure(String code, int grade, Sex sex) {
        return Integer.parseInt(code.substring(3)) % 97 + grade * 5 + (sex == Sex.F ? 2 : 0);
    }

    /** The control a label's underlined letter (Alt and the letter) goes to, after checking it has one. */
    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> keyboardChoice(FxRobot robot, String id) {
        javafx.scene.Node target = robot.lookup("#" + id).query();
        javafx.scene.control.Label caption = robot.lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getLabelFor() == target).query();
        assertTrue(caption.isMnemonicParsing() && caption.getText().contains("_"), id + ": " + caption.getText());
        return (ComboBox<T>) target;
    }

    private Path wide() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("Effectifs");
        Sheets.row(s, 0, "DIRECTION RÉGIONALE DE LA KARA - EFFECTIFS PAR CLASSE");
        Sheets.row(s, 1, "Code école", "Nom de l'école", "CP1", null, "CP2", null);
        Sheets.row(s, 2, null, null, "Garçons", "Filles", "Garçons", "Filles");
        s.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
        s.addMergedRegion(new CellRangeAddress(1, 1, 4, 5));
        int r = 3;
        for (int d = 0; d < DISTRICTS.length; d++) {
            Sheets.row(s, r, "CIRCONSCRIPTION DE " + DISTRICTS[d]);
            s.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
            r++;
            for (String code : SCHOOLS[d]) {
                Sheets.row(s, r++, code, "EPP " + code.substring(3), figure(code, 1, Sex.M), figure(code, 1, Sex.F),
                        figure(code, 2, Sex.M), figure(code, 2, Sex.F));
            }
        }
        return write(wb, "kara-2024.xlsx");
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private MappingViewModel openMapping(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("w-" + file.getFileName()).resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        robot.interact(() -> window.openMapping(file));
        waitFor(() -> window.mapping() != null && window.mapping().preview().checks().get() > 0
                && !window.mapping().preview().checking().get());
        return window.mapping();
    }

    /** Runs {@code change} on the FX thread and waits for the preview it starts. */
    private void previewAfter(FxRobot robot, MappingViewModel vm, Runnable change) throws Exception {
        int before = vm.preview().checks().get();
        robot.interact(change);
        waitFor(() -> vm.preview().checks().get() > before && !vm.preview().checking().get());
    }

    private static int schools() {
        return SCHOOLS[0].length + SCHOOLS[1].length;
    }

    @Test
    void headerDepthAndGroupRowsAreShownSetUndoneAndSaved(FxRobot robot) throws Exception {
        MappingViewModel vm = openMapping(robot, wide());
        ComboBox<Integer> depth = keyboardChoice(robot, "mappingHeaderRows");
        ComboBox<String> groups = keyboardChoice(robot, "mappingGroupRows");
        // As drafted: the grade row above the sex row, and the band rows giving the district.
        assertEquals(2, depth.getValue());
        assertEquals("school.district", groups.getValue());
        assertTrue(depth.isVisible() && !depth.isDisabled() && !groups.isDisabled());
        int values = schools() * GRADES * 2;
        assertTrue(vm.preview().summary().get().contains(schools() + " school(s) and " + values + " value(s)"),
                vm.preview().summary().get());
        assertTrue(vm.preview().schools().contains("TG-201 EPP 201 (BASSAR) · " + GRADES * 2 + " value(s)"),
                vm.preview().schools().toString());

        // No group rows: the band rows are still no schools, but the schools no longer get a district from them.
        previewAfter(robot, vm, () -> groups.setValue(SheetShapeViewModel.NO_GROUPS));
        assertEquals(SheetShapeViewModel.NO_GROUPS, vm.sheetShape().groupRows().get());
        assertTrue(vm.preview().summary().get().contains(schools() + " school(s) and " + values + " value(s)"),
                vm.preview().summary().get());
        assertTrue(vm.preview().schools().contains("TG-201 EPP 201 · " + GRADES * 2 + " value(s)"),
                vm.preview().schools().toString());
        // Undone (Ctrl+Z on the screen): as drafted again.
        previewAfter(robot, vm, () -> assertTrue(vm.undo()));
        assertEquals("school.district", groups.getValue());
        assertTrue(vm.preview().schools().contains("TG-101 EPP 101 (KARA) · " + GRADES * 2 + " value(s)"),
                vm.preview().schools().toString());

        // A one-row header: the sex row is no longer part of it, and the sexes are no longer read as drafted.
        previewAfter(robot, vm, () -> depth.setValue(1));
        assertEquals(1, vm.sheetShape().headerRows().get());
        assertFalse(vm.preview().summary().get().contains(schools() + " school(s) and " + values + " value(s)"),
                vm.preview().summary().get());
        previewAfter(robot, vm, () -> assertTrue(vm.undo()));
        assertEquals(2, depth.getValue());
        assertTrue(vm.preview().summary().get().contains(schools() + " school(s) and " + values + " value(s)"),
                vm.preview().summary().get());
        // Set by hand: the template then says the header's row and its depth.
        previewAfter(robot, vm, () -> depth.setValue(1));
        previewAfter(robot, vm, () -> depth.setValue(2));
        // And the officer's own choice of attribute.
        previewAfter(robot, vm, () -> groups.setValue("school.region"));
        assertTrue(vm.preview().summary().get().contains(schools() + " school(s) and " + values + " value(s)"),
                vm.preview().summary().get());

        robot.interact(() -> vm.templateIdProperty().set("kara-effectifs"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("kara-effectifs.json");
        JsonNode sheet = JSON.readTree(Files.readString(saved)).get("sheets").get(0);
        assertEquals(2, sheet.path("headerRow").asInt(), sheet.toString());
        assertEquals(2, sheet.path("headerRows").asInt(), sheet.toString());
        assertEquals("school.region", sheet.path("groupRows").asText(), sheet.toString());
        assertEquals(schools(), result.schoolsAdded());
        assertEquals(values, result.valuesStored());
        var w = session.workbench();
        int expected = 0;
        int stored = 0;
        for (String[] district : SCHOOLS) {
            for (String code : district) {
                for (int g = 1; g <= GRADES; g++) {
                    for (Sex x : List.of(Sex.F, Sex.M)) {
                        int v = w.whereFrom(code, 2024, Topic.ENROLMENT, g, x, AgeGroup.ALL).orElseThrow().value();
                        assertEquals(figure(code, g, x), v, code + " G" + g + " " + x);
                        expected += figure(code, g, x);
                        stored += v;
                    }
                }
            }
        }
        assertTrue(expected > 0);
        assertEquals(expected, stored);
    }

    /** [0 boys, 1 girls][age][grade] as written. */
    private static int cell(int sex, int age, int grade) {
        return 3 + age * 2 + grade + sex * 4;
    }

    private static final int[] AGES = {6, 7, 8, 9};

    private Path form() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("Ficha");
        Sheets.row(s, 0, "Código da escola:", "MZ-3301");
        int r = 2;
        // The province's print has the Portuguese letters: H homens (boys), M mulheres (girls).
        for (int sex = 0; sex < 2; sex++) {
            Sheets.row(s, r++, "MATRÍCULA POR IDADE E CLASSE - " + (sex == 0 ? "H" : "M"));
            Sheets.row(s, r++, "Idade", "1ª classe", "2ª classe", "Total");
            for (int a = 0; a < AGES.length; a++) {
                Sheets.row(s, r++, AGES[a], cell(sex, a, 0), cell(sex, a, 1), cell(sex, a, 0) + cell(sex, a, 1));
            }
            r++;
        }
        return write(wb, "mz-3301-2024.xlsx");
    }

    @Test
    void aFormTablesSexIsShownSetUndoneAndSaved(FxRobot robot) throws Exception {
        MappingViewModel vm = openMapping(robot, form());
        @SuppressWarnings("unchecked")
        TableView<GridMapping> grids = robot.lookup("#mappingGrids").queryAs(TableView.class);
        ComboBox<String> sex = keyboardChoice(robot, "mappingGridSex");
        assertEquals(2, grids.getItems().size(), grids.getItems().toString());
        // As drafted: H is homens, M mulheres in a Portuguese form.
        assertEquals(List.of("M", "F"), grids.getItems().stream().map(GridMapping::sex).toList());
        robot.interact(() -> grids.getSelectionModel().select(1));
        assertEquals("F", sex.getValue());
        assertFalse(sex.isDisabled());
        assertTrue(grids.getColumns().get(3).getCellData(1).toString().endsWith("girls only"),
                String.valueOf(grids.getColumns().get(3).getCellData(1)));
        int values = 2 * AGES.length * 2;
        assertTrue(vm.preview().summary().get().contains("1 school(s) and " + values + " value(s)"),
                vm.preview().summary().get());

        // The print swapped its titles this year: the officer reads the first table as girls, the second as boys.
        previewAfter(robot, vm, () -> {
            grids.getSelectionModel().select(0);
            sex.setValue("F");
        });
        assertEquals("F", grids.getItems().get(0).sex());
        assertTrue(grids.getColumns().get(3).getCellData(0).toString().endsWith("girls only"),
                String.valueOf(grids.getColumns().get(3).getCellData(0)));
        // Undone: as drafted again.
        previewAfter(robot, vm, () -> assertTrue(vm.undo()));
        assertEquals(List.of("M", "F"), grids.getItems().stream().map(GridMapping::sex).toList());
        previewAfter(robot, vm, () -> {
            grids.getSelectionModel().select(0);
            sex.setValue("F");
        });
        previewAfter(robot, vm, () -> {
            grids.getSelectionModel().select(1);
            sex.setValue("M");
        });
        assertEquals(List.of("F", "M"), grids.getItems().stream().map(GridMapping::sex).toList());
        assertTrue(vm.preview().summary().get().contains("1 school(s) and " + values + " value(s); 0 problem"),
                vm.preview().summary().get());

        robot.interact(() -> vm.templateIdProperty().set("mz-ficha"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("mz-ficha.json");
        JsonNode savedGrids = JSON.readTree(Files.readString(saved)).get("sheets").get(0).get("grids");
        assertEquals("F", savedGrids.get(0).path("sex").asText(), savedGrids.toString());
        assertEquals("M", savedGrids.get(1).path("sex").asText(), savedGrids.toString());
        var w = session.workbench();
        for (int a = 0; a < AGES.length; a++) {
            for (int g = 0; g < 2; g++) {
                AgeGroup age = new AgeGroup(Integer.toString(AGES[a]));
                // The first block (titled H) read as girls, the second (titled M) as boys.
                assertEquals(cell(0, a, g), w.whereFrom("MZ-3301", 2024, Topic.ENROLMENT, g + 1, Sex.F, age)
                        .orElseThrow().value(), "F age " + AGES[a] + " G" + (g + 1));
                assertEquals(cell(1, a, g), w.whereFrom("MZ-3301", 2024, Topic.ENROLMENT, g + 1, Sex.M, age)
                        .orElseThrow().value(), "M age " + AGES[a] + " G" + (g + 1));
            }
        }
    }

    /** Figures of a school written across: [school][grade][0 boys, 1 girls]. */
    private static int across(int school, int grade, int sex) {
        return 11 + school * 7 + grade * 3 + sex;
    }

    private static final String[] ACROSS = {"NR-01", "NR-02", "NR-03"};

    /** One column per school: a row of codes across, a row of names, then Grade n with Boys and Girls down. */
    private Path acrossSheet() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet s = wb.createSheet("Summary");
        Sheets.row(s, 0, "NORTH DISTRICT - SUMMARY OF RETURNS 2024");
        Object[] codes = new Object[2 + ACROSS.length];
        Object[] names = new Object[2 + ACROSS.length];
        codes[0] = "School code";
        names[0] = "School name";
        for (int i = 0; i < ACROSS.length; i++) {
            codes[2 + i] = ACROSS[i];
            names[2 + i] = "School " + (i + 1);
        }
        Sheets.row(s, 1, codes);
        Sheets.row(s, 2, names);
        int r = 3;
        for (int g = 1; g <= GRADES; g++) {
            for (int sex = 0; sex < 2; sex++) {
                Object[] row = new Object[2 + ACROSS.length];
                row[0] = sex == 0 ? "Grade " + g : null;
                row[1] = sex == 0 ? "Boys" : "Girls";
                for (int i = 0; i < ACROSS.length; i++) {
                    row[2 + i] = across(i, g, sex);
                }
                Sheets.row(s, r++, row);
            }
        }
        return write(wb, "north-2024.xlsx");
    }

    @Test
    void schoolsAcrossColumnsAreShownSetUndoneAndSaved(FxRobot robot) throws Exception {
        MappingViewModel vm = openMapping(robot, acrossSheet());
        ComboBox<Boolean> direction = keyboardChoice(robot, "mappingSchoolsIn");
        // As drafted: one column per school, read on its side.
        assertEquals(Boolean.TRUE, direction.getValue());
        int values = ACROSS.length * GRADES * 2;
        String read = ACROSS.length + " school(s) and " + values + " value(s); 0 problem";
        assertTrue(vm.preview().summary().get().contains(read), vm.preview().summary().get());
        assertTrue(vm.preview().schools().contains("NR-02 School 2 · " + GRADES * 2 + " value(s)"),
                vm.preview().schools().toString());

        // One school per row: the codes across are then headers of columns nothing reads, and no school is read.
        previewAfter(robot, vm, () -> direction.setValue(false));
        assertEquals(Boolean.FALSE, direction.getValue());
        assertFalse(vm.sheetShape().across().get());
        assertTrue(vm.columns().stream().anyMatch(c -> c.header().equals("NR-01")), vm.columns().toString());
        assertFalse(vm.preview().summary().get().contains(read), vm.preview().summary().get());
        assertTrue(vm.preview().schools().isEmpty(), vm.preview().schools().toString());
        // Undone: read on its side again.
        previewAfter(robot, vm, () -> assertTrue(vm.undo()));
        assertEquals(Boolean.TRUE, direction.getValue());
        assertTrue(vm.preview().summary().get().contains(read), vm.preview().summary().get());
        // Turned by hand, and back: the rows read each way are kept, the columns guessed again.
        previewAfter(robot, vm, () -> direction.setValue(false));
        previewAfter(robot, vm, () -> direction.setValue(true));
        assertTrue(vm.sheetShape().across().get());
        assertTrue(vm.preview().summary().get().contains(read), vm.preview().summary().get());

        robot.interact(() -> vm.templateIdProperty().set("north-summary"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("north-summary.json");
        JsonNode sheet = JSON.readTree(Files.readString(saved)).get("sheets").get(0);
        assertEquals("columns", sheet.path("schoolsIn").asText(), sheet.toString());
        assertEquals(ACROSS.length, result.schoolsAdded());
        assertEquals(values, result.valuesStored());
        var w = session.workbench();
        for (int i = 0; i < ACROSS.length; i++) {
            for (int g = 1; g <= GRADES; g++) {
                assertEquals(across(i, g, 0), w.whereFrom(ACROSS[i], 2024, Topic.ENROLMENT, g, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value(), ACROSS[i] + " G" + g + " M");
                assertEquals(across(i, g, 1), w.whereFrom(ACROSS[i], 2024, Topic.ENROLMENT, g, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value(), ACROSS[i] + " G" + g + " F");
            }
        }
    }
}
