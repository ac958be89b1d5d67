package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.emisworkbench.maps.Legend;
import org.emisworkbench.maps.MapPicture;
import org.emisworkbench.maps.MapPoint;
import org.emisworkbench.maps.MapView;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Severity;
import org.emisworkbench.service.MapService;
import org.emisworkbench.service.SampleCountryFixture;
import org.emisworkbench.service.Workbench;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Map screen's schools on the sample country (boundaries, coordinates, 2025 checked with the default
 * pack): coloured by their open findings as the finding list says, school by school; coloured by a school
 * figure; a school clicked opens the Schools screen with that school selected and its findings shown.
 */
class MapSchoolsGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Workbench openSampleOnMap(FxRobot robot) throws Exception {
        Workbench wb = SampleCountryFixture.copy(tmp.resolve("lumeria"));
        robot.interact(() -> session.setWorkbench(wb));
        robot.interact(() -> window.show(Screen.MAP));
        MapsViewModel vm = window.maps();
        waitUntil(60, () -> vm.pictureProperty().get() != null && !vm.busyProperty().get()
                && Integer.valueOf(2025).equals(vm.area().yearProperty().get()));
        return wb;
    }

    private static MapPicture colouredBy(FxRobot robot, MapsViewModel vm, String id) throws Exception {
        robot.interact(() -> vm.colourSchoolsBy(id));
        waitUntil(60, () -> vm.pictureProperty().get() != null && !vm.busyProperty().get()
                && vm.schoolsByProperty().get() != null && vm.schoolsByProperty().get().id().equals(id)
                && vm.pictureProperty().get().pointLegend() != null
                && vm.onScreenProperty().get() == vm.pictureProperty().get());
        return vm.pictureProperty().get();
    }

    @Test
    void schoolsColouredByTheirOpenFindingsAndAClickOpensTheSchool(FxRobot robot) throws Exception {
        Workbench wb = openSampleOnMap(robot);
        MapsViewModel vm = window.maps();
        assertTrue(vm.pictureProperty().get().points().stream().allMatch(p -> Color.BLACK.equals(
                vm.pictureProperty().get().fillOf(p))), "plain black dots until a colouring is chosen");

        MapPicture pic = colouredBy(robot, vm, MapService.SCHOOLS_BY_FINDINGS);
        List<MapPoint> points = pic.points();
        assertFalse(points.isEmpty());
        Legend legend = pic.pointLegend();
        assertEquals(3, legend.classes().size());
        // Expected, school by school, from the finding list filtered by school, severity and status.
        int[] expectedCounts = new int[3];
        Map<String, Integer> expected = new HashMap<>();
        for (MapPoint p : points) {
            int worst = open(wb, p.code(), Severity.ERROR) ? 2 : open(wb, p.code(), Severity.WARNING) ? 1 : 0;
            expected.put(p.code(), worst);
            expectedCounts[worst]++;
            assertEquals(legend.classes().get(worst).fill(), pic.fillOf(p), p.code());
        }
        assertTrue(expectedCounts[2] > 0 && expectedCounts[1] > 0 && expectedCounts[0] > 0,
                "the sample country has schools of each kind: " + java.util.Arrays.toString(expectedCounts));
        assertEquals(List.of(expectedCounts[0], expectedCounts[1], expectedCounts[2]),
                legend.classes().stream().map(Legend.Band::count).toList());
        assertEquals(List.of(Color.WHITE, Color.decode("#fdae61"), Color.decode("#d7191c")),
                legend.classes().stream().map(Legend.Band::fill).toList());
        Snapshots.take(robot.window(0).getScene(), "map-schools-findings");

        // A school with errors, clear of its neighbours on screen, hovered then clicked.
        Canvas canvas = robot.lookup("#mapCanvas").query();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight());
        List<Point2D> at = new ArrayList<>();
        points.forEach(p -> at.add(pic.toFrame(p.longitude(), p.latitude(), frame, MapView.FIT)));
        int chosen = -1;
        for (int i = 0; i < points.size() && chosen < 0; i++) {
            if (expected.get(points.get(i).code()) == 2 && clear(at, i, 12)) {
                chosen = i;
            }
        }
        assertTrue(chosen >= 0, "a school with errors apart from the others");
        MapPoint school = points.get(chosen);
        javafx.geometry.Point2D onScreen = canvas.localToScreen(at.get(chosen).getX(), at.get(chosen).getY());
        robot.moveTo(onScreen);
        waitUntil(10, () -> vm.hoverProperty().get().startsWith(school.code() + " "));
        assertTrue(vm.hoverProperty().get().endsWith(": " + legend.classes().get(2).label()),
                vm.hoverProperty().get());

        robot.clickOn(onScreen);
        waitUntil(10, () -> window.current() == Screen.SCHOOLS);
        SchoolsViewModel schools = window.schools();
        waitUntil(30, () -> schools.selectedProperty().get() != null && !schools.busyProperty().get());
        SchoolListing selected = schools.selectedProperty().get();
        assertEquals(school.code(), selected.code());
        assertEquals(2025, selected.year());
        TableView<SchoolListing> table = robot.lookup("#schoolTable").query();
        assertEquals(selected, table.getSelectionModel().getSelectedItem());
        int findings = wb.validation().findings(new FindingFilter(2025, null, school.code(), null, null, null))
                .size();
        assertTrue(findings > 0);
        waitUntil(30, () -> schools.findings().size() == findings && !schools.figures().isEmpty());
        assertTrue(schools.findings().stream().allMatch(f -> school.code().equals(f.finding().schoolCode())));
    }

    @Test
    void theKeyboardStepsFromSchoolToSchoolNearestFirstAndEnterOpensTheOneUnderTheCross(FxRobot robot)
            throws Exception {
        openSampleOnMap(robot);
        MapsViewModel vm = window.maps();
        waitUntil(30, () -> vm.onScreenProperty().get() == vm.pictureProperty().get());
        MapPicture pic = vm.pictureProperty().get();
        Canvas canvas = robot.lookup("#mapCanvas").query();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight());
        double[] centre = MapPicture.centre(frame);
        // The order the test expects: every school by its distance from the centre of the whole map.
        List<MapPoint> points = new ArrayList<>(pic.points());
        assertTrue(points.size() > 100, "the sample country's schools: " + points.size());
        points.sort(java.util.Comparator.comparingDouble(p -> pic.toFrame(p.longitude(), p.latitude(), frame,
                MapView.FIT).distance(centre[0], centre[1])));

        robot.interact(canvas::requestFocus); // as Tab brings it there
        waitUntil(10, () -> canvas.isFocused() && robot.lookup("#mapCross").query().isVisible());
        robot.type(KeyCode.N);
        waitUntil(10, () -> vm.hoverProperty().get().startsWith(points.get(0).code() + " "));
        robot.type(KeyCode.N);
        waitUntil(10, () -> vm.hoverProperty().get().startsWith(points.get(1).code() + " "));
        // The second school is under the cross: the map was panned to put it there.
        MapPoint second = points.get(1);
        Point2D at = pic.toFrame(second.longitude(), second.latitude(), frame, vm.viewProperty().get());
        assertEquals(centre[0], at.getX(), 0.5);
        assertEquals(centre[1], at.getY(), 0.5);
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        waitUntil(10, () -> vm.hoverProperty().get().startsWith(points.get(0).code() + " "));

        robot.type(KeyCode.ENTER);
        waitUntil(10, () -> window.current() == Screen.SCHOOLS);
        SchoolsViewModel schools = window.schools();
        waitUntil(30, () -> schools.selectedProperty().get() != null && !schools.busyProperty().get());
        assertEquals(points.get(0).code(), schools.selectedProperty().get().code());
    }

    @Test
    void schoolsColouredByTheirPupilTeacherRatio(FxRobot robot) throws Exception {
        Workbench wb = openSampleOnMap(robot);
        MapsViewModel vm = window.maps();
        MapPicture pic = colouredBy(robot, vm, "pupil_teacher_ratio");
        Legend legend = pic.pointLegend();
        assertTrue(legend.classes().size() >= 2);
        int classed = 0;
        assertEquals("primary", vm.area().levelProperty().get());
        for (MapPoint p : pic.points()) {
            String level = wb.indicators().school(2025, p.code()).orElseThrow().level();
            if (level != null && !level.equals("primary")) {
                continue; // the Schools screen shows such a school's own level; the map shows primary
            }
            // The ratio as the Schools screen shows it for the school (its own rows), independently of the map.
            Double ratio = wb.indicators().schoolRows(2025, p.code(), java.util.Locale.ENGLISH).stream()
                    .filter(r -> r.id().equals("pupil_teacher_ratio")).findFirst().map(r -> r.value()).orElse(null);
            if (ratio == null) {
                assertEquals(Color.WHITE, pic.fillOf(p), p.code());
                continue;
            }
            classed++;
            assertNotNull(p.value(), p.code());
            assertEquals(ratio, p.value(), 1e-9, p.code());
            Legend.Band band = legend.classes().stream().filter(b -> ratio >= b.from() - 1e-9 && ratio <= b.to() + 1e-9)
                    .findFirst().orElseThrow();
            assertEquals(band.fill(), pic.fillOf(p), p.code());
        }
        assertTrue(classed > 0);
        assertEquals(classed, legend.classes().stream().mapToInt(Legend.Band::count).sum());
    }

    private static boolean open(Workbench wb, String school, Severity severity) {
        return !wb.validation().findings(new FindingFilter(2025, null, school, null, severity, FindingStatus.OPEN))
                .isEmpty();
    }

    private static boolean clear(List<Point2D> at, int i, double pixels) {
        for (int j = 0; j < at.size(); j++) {
            if (j != i && at.get(j).distance(at.get(i)) < pixels) {
                return false;
            }
        }
        Point2D p = at.get(i);
        return p.getX() > pixels && p.getY() > pixels;
    }
}
