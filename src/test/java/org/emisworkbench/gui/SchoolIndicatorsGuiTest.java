package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.emisworkbench.model.IndicatorNumbers;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Unit;
import org.emisworkbench.service.IndicatorService.Row;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Schools screen shows the chosen school's indicators with the Indicators screen's workings and numbers,
 * computed off the JavaFX thread. School S1 of ReportFixture (2024): girls 30 + 20 + 10 + 10 + 10 + 10, boys
 * 30 + 25 + 10 + 10 + 10 + 10, repeaters 3 + 2 girls and 5 + 3 boys, teachers 4 women (3 qualified) and 2 men
 * (1 qualified), classrooms 3 good and 2 fair.
 */
class SchoolIndicatorsGuiTest extends WindowTest {
    private static final double EPS = 1e-9;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aChosenSchoolShowsItsIndicatorsWithTheirWorkings(FxRobot robot) throws Exception {
        double girls = 30 + 20 + 10 + 10 + 10 + 10;
        double boys = 30 + 25 + 10 + 10 + 10 + 10;
        double pupils = girls + boys;
        double teachers = 4 + 2;
        double expectedPtr = pupils / teachers;
        double expectedRepeaters = 100 * (3 + 2 + 5 + 3) / pupils;
        double expectedPcr = pupils / (3 + 2);
        double expectedQualified = 100 * (3 + 1) / teachers;
        double expectedGpi = girls <= boys ? girls / boys : 2 - boys / girls;

        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        robot.interact(() -> window.show(Screen.SCHOOLS));
        SchoolsViewModel vm = window.schools();
        waitUntil(30, () -> !vm.schools().isEmpty());
        robot.interact(() -> vm.yearProperty().set(2024));
        waitUntil(30, () -> vm.schools().stream().anyMatch(s -> s.code().equals("S1") && s.year() == 2024));
        SchoolListing s1 = vm.schools().stream().filter(s -> s.code().equals("S1")).findFirst().orElseThrow();
        TableView<SchoolListing> schools = robot.lookup("#schoolTable").queryTableView();
        robot.interact(() -> schools.getSelectionModel().select(s1));
        waitUntil(30, () -> !vm.indicators().isEmpty());

        TableView<Row> table = robot.lookup("#schoolIndicatorTable").queryTableView();
        assertEquals(vm.indicators(), table.getItems());
        IndicatorNumbers numbers = new IndicatorNumbers(Locale.ENGLISH);
        check(table, "pupil_teacher_ratio", expectedPtr, numbers.number("pupil_teacher_ratio", Unit.RATIO, expectedPtr));
        check(table, "repeaters_pct", expectedRepeaters, numbers.number("repeaters_pct", Unit.PERCENT,
                expectedRepeaters));
        check(table, "pupil_classroom_ratio_usable", expectedPcr, numbers.number("pupil_classroom_ratio_usable",
                Unit.RATIO, expectedPcr));
        check(table, "qualified_teachers_pct", expectedQualified, numbers.number("qualified_teachers_pct",
                Unit.PERCENT, expectedQualified));
        check(table, "gpi_enrolment", expectedGpi, numbers.number("gpi_enrolment", Unit.INDEX, expectedGpi));
        check(table, "enrolment_female", girls, numbers.number("enrolment_female", Unit.COUNT, girls));

        // Only what means something for one school: no population ratios, no shares of schools.
        List<String> ids = table.getItems().stream().map(Row::id).toList();
        assertFalse(ids.contains("ger") || ids.contains("ner") || ids.contains("completeness_pct")
                || ids.contains("schools_with_electricity_pct"), ids.toString());
        // No return for 2025: the flow rates say why, in the Note column, not 0.
        Row dropout = row(table, "dropout_rate");
        assertFalse(dropout.available());
        assertEquals(dropout.reason(), table.getColumns().get(2).getCellData(dropout));
        assertEquals("not available", table.getColumns().get(1).getCellData(dropout));

        // The workings of the chosen indicator, as on the Indicators screen.
        Row ptr = row(table, "pupil_teacher_ratio");
        robot.interact(() -> table.getSelectionModel().select(ptr));
        String detail = robot.lookup("#schoolIndicatorDetail").queryAs(TextArea.class).getText();
        assertEquals(window.indicators().detail(ptr), detail);
        assertTrue(detail.contains("Denominator") && detail.contains("6"), detail);
    }

    private static Row row(TableView<Row> table, String id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private static void check(TableView<Row> table, String id, double expected, String shown) {
        Row r = row(table, id);
        assertTrue(r.available(), id + ": " + r.reason());
        assertEquals(expected, r.value(), EPS, id);
        assertEquals(shown, table.getColumns().get(1).getCellData(r), id);
    }
}
