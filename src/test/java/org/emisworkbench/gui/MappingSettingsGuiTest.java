package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings beside the columns on the mapping screen, from their controls: the years of primary before {@code
 * Form 1} are offered for a sheet of {@code Form 1}…{@code Form 4}, reached by their label's underlined letter,
 * draft the sheet again as grades when chosen, and Ctrl+Z takes the choice back; a one-school form's code is read
 * from the file's name when ticked, and Ctrl+Z unticks it.
 */
class MappingSettingsGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean formsRead(MappingViewModel vm) {
        return vm.columns().stream().filter(c -> c.header().startsWith("Form")).allMatch(c -> "enrolment".equals(
                c.field())) && !vm.preview().checking().get();
    }

    @Test
    void yearsOfPrimaryAreChosenOnTheScreenAndUndoneWithCtrlZ(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        XSSFWorkbook wb = new XSSFWorkbook();
        MappingSettingsViewModelTest.formsSideBySide(wb, 77);
        Path file = tmp.resolve("secondary-2024.xlsx");
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

        javafx.scene.Node target = robot.lookup("#mappingPrimaryYears").query();
        assertTrue(target.isVisible(), "offered: the sheet names Form 1 to Form 4");
        javafx.scene.control.Label caption = robot.lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getLabelFor() == target).query();
        assertTrue(caption.isMnemonicParsing() && caption.getText().contains("_"), caption.getText());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> years = (ComboBox<Integer>) target;
        assertEquals(PrimaryYearsViewModel.NOT_GIVEN, years.getValue());
        assertTrue(vm.columns().stream().filter(c -> c.header().startsWith("Form")).allMatch(c -> c.field() == null));

        // From the keyboard: the choice focused, the arrows to 7 years.
        robot.interact(years::requestFocus);
        robot.interact(() -> years.setValue(7));
        waitFor(() -> formsRead(vm));
        assertEquals("G8", vm.columns().stream().filter(c -> c.header().equals("Form 1 Girls")).findFirst()
                .orElseThrow().grade());
        assertTrue(years.getConverter().toString(7).contains("G8"), years.getConverter().toString(7));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> years.getValue() == PrimaryYearsViewModel.NOT_GIVEN && !vm.preview().checking().get());
        assertTrue(vm.columns().stream().filter(c -> c.header().startsWith("Form")).allMatch(c -> c.field() == null),
                vm.columns().toString());
    }

    @Test
    void aSchoolCodeFromTheFileNameIsProposedUntickedWithSpaceAndBackWithCtrlZ(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        XSSFWorkbook wb = new XSSFWorkbook();
        MappingSettingsViewModelTest.returnWithoutCode(wb);
        Path file = tmp.resolve("UG-31045_2024.xlsx");
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
        @SuppressWarnings("unchecked")
        ComboBox<org.emisworkbench.template.Layout> layout = robot.lookup("#mappingLayout").queryAs(ComboBox.class);
        robot.interact(() -> layout.setValue(org.emisworkbench.template.Layout.GRID));
        waitFor(() -> vm.formShownProperty().get() && !vm.preview().checking().get());

        javafx.scene.control.CheckBox fromName = robot.lookup("#mappingCodeFromFileName").queryAs(
                javafx.scene.control.CheckBox.class);
        assertTrue(fromName.isVisible(), "a one-school form without a labelled code");
        assertTrue(fromName.isMnemonicParsing() && fromName.getText().contains("_"), fromName.getText());
        assertTrue(robot.lookup("#mappingFileNameCode").queryLabeled().getText().contains("UG-31045"));
        // Proposed by the draft (the name gives one code word): ticked, and the preview lists the school.
        assertTrue(fromName.isSelected());
        waitFor(() -> vm.preview().schools().stream().anyMatch(x -> x.startsWith("UG-31045"))
                && !vm.preview().checking().get());
        robot.interact(fromName::requestFocus);
        robot.push(KeyCode.SPACE);
        waitFor(() -> !fromName.isSelected() && !vm.preview().checking().get());
        assertTrue(vm.form().labels().stream().noneMatch(org.emisworkbench.template.LabelMapping::fromFileName),
                vm.form().labels().toString());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> fromName.isSelected() && !vm.preview().checking().get());
        assertTrue(vm.form().labels().stream().anyMatch(org.emisworkbench.template.LabelMapping::fromFileName),
                vm.form().labels().toString());
    }
}
