package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.emisworkbench.maps.Legend;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapView;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Map screen over ReportFixture's workspace (2024: D01 Akuna with 210 pupils and 7 teachers, a ratio of
 * 30; D02 Bela with 100 and 2, a ratio of 50) and two district outlines written here: the indicator chosen,
 * the districts shaded, the district under the pointer named with its value, a click opening Indicators on it.
 */
class MapGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void chooseAnIndicatorHoverAndClickADistrictToOpenItsIndicators(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        Path areas = tmp.resolve("areas.geojson");
        Files.writeString(areas, "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"district\":\"D01\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[30,-2],[31,-2],[31,-1],[30,-1],[30,-2]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"district\":\"D02\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[31,-2],[32.5,-2],[31.5,-0.5],[31,-1],[31,-2]]]}}]}");
        session.workbench().boundaries().importFile(areas, "district");

        robot.interact(() -> window.show(Screen.MAP));
        MapsViewModel vm = window.maps();
        robot.interact(() -> vm.chooseIndicator("pupil_teacher_ratio"));
        waitUntil(30, () -> vm.pictureProperty().get() != null && !vm.busyProperty().get()
                && vm.indicatorProperty().get().id().equals("pupil_teacher_ratio")
                && vm.onScreenProperty().get() == vm.pictureProperty().get());
        MapPicture pic = vm.pictureProperty().get();
        assertEquals(List.of(30.0, 50.0), pic.areas().stream().map(a -> a.value()).toList());
        Legend legend = pic.legend();
        assertEquals(2, legend.classes().size());
        assertEquals(List.of(1, 1), legend.classes().stream().map(Legend.Band::count).toList());
        Snapshots.take(stage.getScene(), "map");

        Canvas canvas = robot.lookup("#mapCanvas").query();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight());
        Point2D inBela = pic.toFrame(31.4, -1.6, frame, MapView.FIT);
        javafx.geometry.Point2D onScreen = canvas.localToScreen(inBela.getX(), inBela.getY());
        robot.moveTo(onScreen);
        waitUntil(10, () -> vm.hoverProperty().get().startsWith("D02"));
        assertTrue(vm.hoverProperty().get().endsWith(": 50"), vm.hoverProperty().get());

        robot.clickOn(onScreen);
        waitUntil(10, () -> window.current() == Screen.INDICATORS);
        assertEquals("D02", window.indicators().area().districtProperty().get());
        waitUntil(30, () -> window.indicators().rows().stream().anyMatch(r -> r.id().equals("pupil_teacher_ratio")
                && r.value() != null && Math.abs(r.value() - 50) < 1e-9));
        assertNotNull(window.indicators().area().yearProperty().get());
    }

    @Test
    void theKeyboardPansZoomsAndShowsTheWholeCountry(FxRobot robot) throws Exception {
        Path db = ReportFixture.create(tmp);
        robot.interact(() -> window.home().open(db));
        waitUntil(30, () -> session.workbench() != null);
        Path areas = tmp.resolve("areas.geojson");
        Files.writeString(areas, "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"D01\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[30,-2],[31,-2],[31,-1],[30,-1],[30,-2]]]}}]}");
        session.workbench().boundaries().importFile(areas, null);
        robot.interact(() -> window.show(Screen.MAP));
        MapsViewModel vm = window.maps();
        waitUntil(30, () -> vm.pictureProperty().get() != null && vm.onScreenProperty().get() == vm.pictureProperty()
                .get());
        Canvas canvas = robot.lookup("#mapCanvas").query();
        robot.interact(canvas::requestFocus);
        assertTrue(canvas.isFocused());
        robot.type(javafx.scene.input.KeyCode.LEFT, 2).type(javafx.scene.input.KeyCode.UP);
        assertEquals(new MapView(1, 80, 40), vm.viewProperty().get());
        robot.type(javafx.scene.input.KeyCode.ADD);
        assertEquals(1.25, vm.viewProperty().get().zoom(), 1e-9);
        assertEquals(100, vm.viewProperty().get().dx(), 1e-9, "zoomed about the centre: the pan grows with it");
        robot.type(javafx.scene.input.KeyCode.SUBTRACT);
        assertEquals(1.0, vm.viewProperty().get().zoom(), 1e-9);
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertEquals(MapView.FIT, vm.viewProperty().get());
        waitUntil(10, () -> MapView.FIT.equals(vm.drawnViewProperty().get()));
    }
}
