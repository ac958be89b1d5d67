package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.FindingStatus;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Exercises 6 to 8 of docs/trainer-guide.md done in the window, in English and in French, on the sample
 * country as exercises 1 and 2 leave it (imported and checked for 2024 and 2025: {@link WorkshopExercisesGuiTest}
 * does those in the window). A folder or file chooser is the one step not clicked: it is the system's own
 * dialog, so the test hands the screen the folder or file a participant would choose there.
 */
class WorkshopFollowUpGuiTest extends WorkshopWalk {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exercisesSixToEightInEnglish(FxRobot robot) throws Exception {
        walkOnTheSampleCountry(robot, "en", this::exercises);
    }

    @Test
    void exercisesSixToEightInFrench(FxRobot robot) throws Exception {
        walkOnTheSampleCountry(robot, "fr", this::exercises);
    }

    private void exercises() throws Exception {
        exercise6();
        exercise7();
        exercise8();
    }

    /** Confirm a false alarm: CHG-01 of SCH04077 in 2025, a comment, Confirm correct. */
    private void exercise6() throws Exception {
        filters(2025, "", "SCH04077", null);
        assertEquals(List.of("SCH04077 " + status(FindingStatus.OPEN)), findings("CHG-01"));
        select("#findingTable", 0, "SCH04077");
        waitUntil(20, () -> text("#findingDetail").contains("SCH04077"));
        shows("CHG-01 of SCH04077", text("#findingDetail"), say("1,584", "1 584"), "227");
        typeInto("#findingComment", "2025 is right: the 2024 return was inflated (OUT-01 2024)");
        robot.clickOn("#confirmFinding");
        idle(30);
        waitUntil(20, () -> findingsQuietly("CHG-01").equals(List.of("SCH04077 " + status(FindingStatus.CONFIRMED))));
    }

    private List<String> findingsQuietly(String rule) {
        try {
            return findings(rule);
        } catch (Exception | AssertionError e) {
            return List.of();
        }
    }

    /** Send a query workbook: 2024, D03, Export school queries… into a folder. */
    private void exercise7() throws Exception {
        filters(2024, "D03", "", null);
        Path out = Files.createDirectories(tmp.resolve("queries-" + lang));
        // The button opens the system's folder chooser; what it hands back is the folder chosen.
        robot.interact(() -> window.validation().exportQueries(out));
        idle(60);
        Path query = out.resolve("query-2024-SCH03054.xlsx");
        assertTrue(Files.isRegularFile(query), () -> "written: " + list(out));
        assertTrue(notes.infos.stream().anyMatch(i -> plain(i).contains(out.toString())), notes.infos.toString());
        // One line to answer: the cell U24, its value −2.
        try (Workbook book = WorkbookFactory.create(query.toFile())) {
            DataFormatter f = new DataFormatter();
            List<String> lines = new java.util.ArrayList<>();
            for (Row r : book.getSheetAt(0)) {
                StringBuilder sb = new StringBuilder();
                r.forEach(c -> sb.append(f.formatCellValue(c)).append(" | "));
                if (sb.toString().contains("U24")) {
                    lines.add(plain(sb.toString()));
                }
            }
            assertEquals(1, lines.size(), lines.toString());
            shows("query line", lines.get(0), "-2");
        }
    }

    private static String list(Path dir) {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** Re-import a corrected return; the checks again; the findings resolved, the confirmation kept. */
    private void exercise8() throws Exception {
        String totals = importFromKit("2024/forms/D03/SCH03054.xlsx");
        shows("import of SCH03054", totals, say("schools added 0, replaced 1", "écoles ajoutées 0, remplacées 1"));
        shortcut(KeyCode.DIGIT4);
        choose("#validationYear", 2024);
        robot.type(KeyCode.F5);
        idle(120);
        choose("#validationYear", 2025);
        robot.type(KeyCode.F5);
        idle(120);
        filters(2024, "", "SCH03054", FindingStatus.RESOLVED);
        assertEquals(List.of("SCH03054 " + status(FindingStatus.RESOLVED)), findings("IMP-02"));
        filters(2025, "", "SCH03054", FindingStatus.RESOLVED);
        assertEquals(List.of("SCH03054 " + status(FindingStatus.RESOLVED)), findings("COH-01"));
        select("#findingTable", 0, "SCH03054");
        waitUntil(20, () -> text("#findingDetail").contains("W14"));
        filters(2025, "", "SCH04077", FindingStatus.CONFIRMED);
        assertEquals(List.of("SCH04077 " + status(FindingStatus.CONFIRMED)), findings("CHG-01"));
        filters(2024, "", "", null); // filters cleared for what comes next

        shortcut(KeyCode.DIGIT3);
        choose("#schoolYear", 2024);
        typeInto("#schoolSearch", "SCH03054");
        waitUntil(30, () -> robot.lookup("#schoolTable").queryTableView().getItems().size() == 1);
        select("#schoolTable", 0, "SCH03054");
        waitUntil(30, () -> !window.schools().figures().isEmpty() && text("#schoolName").contains("SCH03054"));
        TableView<org.emisworkbench.service.SchoolDetails.FigureRow> t = robot.lookup("#figureTable").queryTableView();
        int row = -1;
        List<String> topics = column(t, 0);
        List<String> grades = column(t, 1);
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).equals(session.t("topic.enrolment")) && grades.get(i).equals("G9")) {
                row = i;
                break;
            }
        }
        int r = row;
        assertTrue(r >= 0, grades.toString());
        assertEquals("21", column(t, 2).get(r));
        robot.interact(() -> t.getSelectionModel().clearAndSelect(r, t.getVisibleLeafColumns().get(2)));
        waitUntil(20, () -> text("#figureSource").contains("U24"));
        typeInto("#schoolSearch", "");
    }

}
