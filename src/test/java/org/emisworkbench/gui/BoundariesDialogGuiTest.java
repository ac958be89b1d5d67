package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.maps.Boundary;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Area boundaries… over ReportFixture's workspace (region R1; districts D01 and D02), with a file
 * written here in a ministry's style the sample generator does not write: the codes in an "ADM2_PCODE"
 * property in lower case, beside a numeric "OBJECTID" and a "name"; one feature is D01, one the region, one
 * an area the workspace does not know. The dialog guesses the property, imports, and lists the unknown area
 * and the district left without one.
 */
class BoundariesDialogGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static String feature(int id, String code, String name, double x) {
        return "{\"type\":\"Feature\",\"properties\":{\"OBJECTID\":" + id + ",\"ADM2_PCODE\":\"" + code
                + "\",\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x
                + ",-2],[" + (x + 1) + ",-2],[" + (x + 1) + ",-1],[" + x + ",-1],[" + x + ",-2]]]}}";
    }

    @Test
    void theFilesPropertyIsGuessedAndUnmatchedAreasAreListedOnBothSides(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        Path file = tmp.resolve("admin2 areas.json");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + feature(7, "d01", "Akuna", 30)
                + "," + feature(8, "zz9", "Lakeside", 32) + "," + feature(9, "r1", "North", 34) + "]}");

        MenuBar bar = robot.lookup("#menuBar").query();
        Menu fileMenu = bar.getMenus().get(0);
        MenuItem item = fileMenu.getItems().stream().filter(i -> "menu.boundaries".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        waitUntil(10, () -> robot.lookup("#boundaryFile").tryQuery().isPresent());
        TextField field = robot.lookup("#boundaryFile").query();
        robot.interact(() -> field.setText(file.toString()));
        robot.clickOn(field).type(KeyCode.ENTER);
        BoundariesViewModel vm = window.boundaries();
        waitUntil(30, () -> !vm.properties().isEmpty() && !vm.busyProperty().get());
        assertEquals(List.of("OBJECTID", "ADM2_PCODE", "name"), List.copyOf(vm.properties()));
        assertEquals("ADM2_PCODE", vm.propertyProperty().get());
        ComboBox<String> property = robot.lookup("#boundaryProperty").query();
        assertEquals("ADM2_PCODE", property.getValue());
        assertTrue(vm.propertyText("ADM2_PCODE").contains("2") && vm.propertyText("ADM2_PCODE").contains("3"),
                vm.propertyText("ADM2_PCODE"));
        Snapshots.take(robot.window(field).getScene(), "boundaries-dialog");

        robot.clickOn("#boundaryImport");
        waitUntil(30, () -> !vm.busyProperty().get() && vm.reportProperty().get().contains("kept"));
        String report = vm.reportProperty().get();
        TextArea shown = robot.lookup("#boundaryReport").query();
        assertEquals(report, shown.getText());
        assertTrue(report.contains("1 district and 1 region boundaries kept"), report);
        String[] parts = report.split("\n\n");
        String unmatched = find(parts, "Areas of the file matching no district or region");
        assertTrue(unmatched.contains("(1)") && unmatched.contains("#2 (Lakeside)") && unmatched.contains("zz9"),
                unmatched);
        assertFalse(unmatched.contains("Akuna") || unmatched.contains("North"), unmatched);
        String without = find(parts, "Districts of the workspace without an area in the file");
        assertTrue(without.contains("(1)") && without.endsWith("\nD02"), without);
        assertFalse(report.contains("Regions of the workspace without"), report);

        List<Boundary> kept = session.workbench().boundaries().all();
        assertEquals(List.of("D01", "R1"), kept.stream().map(Boundary::code).sorted().toList());
    }

    private static String find(String[] parts, String title) {
        for (String p : parts) {
            if (p.startsWith(title)) {
                return p;
            }
        }
        throw new AssertionError("no \"" + title + "\" in " + String.join(" | ", parts));
    }
}
