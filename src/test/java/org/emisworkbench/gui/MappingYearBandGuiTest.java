package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.template.GridMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.TemplateLoader;
import org.emisworkbench.template.YearBands;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form printing last year's figures beside this year's (2023-24 | 2024-25 over Boys | Girls, one school per
 * sheet) opened on the mapping screen: the drafted table's band is shown in words, never as the placeholder; the
 * school name left unread by the officer; the template saved still reads this year's band, and the import stores
 * this year's figures as the test wrote them.
 */
class MappingYearBandGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aYearBandIsShownInWordsAndSavedAsTheCensusYears(FxRobot robot) throws Exception {
        robot.interact(() -> session.open(tmp.resolve("district").resolve("census.mv.db"), null));
        waitFor(() -> session.workbench() != null);
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][][] v = DraftConstructsViewModelTest.yearsSideBySide(wb, 8401);
        Path file = tmp.resolve("chipata-2024.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
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
        MappingViewModel vm = window.mapping();

        @SuppressWarnings("unchecked")
        TableView<GridMapping> grids = robot.lookup("#mappingGrids").queryAs(TableView.class);
        assertEquals(1, grids.getItems().size(), grids.getItems().toString());
        assertEquals(List.of(YearBands.THIS_YEAR), grids.getItems().get(0).band());
        assertEquals("this census year's columns", grids.getColumns().get(2).getCellData(0));

        // The school name left unread, with the button under the labels.
        @SuppressWarnings("unchecked")
        TableView<LabelMapping> labels = robot.lookup("#mappingLabels").queryAs(TableView.class);
        int name = -1;
        for (int i = 0; i < labels.getItems().size(); i++) {
            if (labels.getItems().get(i).label().startsWith("School name")) {
                name = i;
            }
        }
        assertTrue(name >= 0, labels.getItems().toString());
        int row = name;
        int before = vm.preview().checks().get();
        robot.interact(() -> labels.getSelectionModel().select(row));
        robot.interact(() -> robot.lookup("#mappingIgnoreLabel").queryButton().fire());
        waitFor(() -> vm.preview().checks().get() > before && !vm.preview().checking().get());
        assertNull(labels.getItems().get(row).field());
        assertEquals("this census year's columns", grids.getColumns().get(2).getCellData(0));

        robot.interact(() -> vm.templateIdProperty().set("chipata"));
        robot.clickOn("#mappingSave");
        waitFor(() -> !window.imports().results().isEmpty() && !session.runner().status().isRunning());
        var result = window.imports().results().get(0);
        assertEquals(FileOutcome.IMPORTED, result.outcome(), String.valueOf(result.message()));
        assertEquals("chipata", result.templateId());
        assertEquals(2, result.schoolsAdded());
        assertEquals(2 * 4 * 2L, result.valuesStored(), "this year's figures only");
        Path saved = TemplateCatalog.workspaceFolder(session.workbench().databaseFile()).resolve("chipata.json");
        var template = TemplateLoader.load(saved);
        assertEquals(List.of(YearBands.THIS_YEAR), template.sheets().get(0).grids().get(0).band(),
                Files.readString(saved));
        var w = session.workbench();
        for (int s = 0; s < 2; s++) {
            for (int g = 1; g <= 4; g++) {
                String code = "ZM-55" + s;
                assertEquals(v[s][g][0], w.whereFrom(code, 2024, Topic.ENROLMENT, g, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value(), code + " G" + g + " F");
                assertEquals(v[s][g][1], w.whereFrom(code, 2024, Topic.ENROLMENT, g, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value(), code + " G" + g + " M");
            }
        }
    }
}
