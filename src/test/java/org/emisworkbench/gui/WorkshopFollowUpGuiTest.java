package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.service.IndicatorService;
import org.emisworkbench.service.SampleCountryFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exercises 6 to 11 of docs/trainer-guide.md done in the window, in English and in French, on the sample
 * country as exercises 1 and 2 leave it (imported and checked for 2024 and 2025: {@link WorkshopExercisesGuiTest}
 * does those in the window). A folder or file chooser is the one step not clicked: it is the system's own
 * dialog, so the test hands the screen the folder or file a participant would choose there.
 */
class WorkshopFollowUpGuiTest extends WorkshopWalk {
    private static final Path KIT = Path.of("workshop-kit/returns").toAbsolutePath();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exercisesSixToElevenInEnglish(FxRobot robot) throws Exception {
        this.robot = robot;
        walk("en");
    }

    @Test
    void exercisesSixToElevenInFrench(FxRobot robot) throws Exception {
        this.robot = robot;
        walk("fr");
    }

    private void walk(String language) throws Exception {
        speak(language);
        var wb = SampleCountryFixture.copy(tmp.resolve("lumeria"));
        robot.interact(() -> session.setWorkbench(wb));
        idle(60);
        exercise6();
        exercise7();
        exercise8();
        exercise9();
        exercise10();
        exercise11();
        assertTrue(notes.errors.isEmpty(), notes.errors.toString());
    }

    private void filters(int year, String district, String school, FindingStatus status) throws Exception {
        shortcut(KeyCode.DIGIT4);
        choose("#validationYear", year);
        typeInto("#districtFilter", district);
        typeInto("#schoolFilter", school);
        choose("#statusFilter", status);
        press("validation.apply");
    }

    /** Schools and status of the chosen rule's findings: "SCH04077 Confirmed". */
    private List<String> findings(String rule) throws Exception {
        select("#groupTable", 1, rule);
        TableView<?> t = robot.lookup("#findingTable").queryTableView();
        List<String> schools = column(t, 0);
        List<String> status = column(t, 3);
        return java.util.stream.IntStream.range(0, schools.size()).mapToObj(i -> schools.get(i) + " "
                + status.get(i)).toList();
    }

    private String status(FindingStatus s) {
        return session.t("status." + s.name());
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

    /** Imports one file of the workshop kit from the Import screen (Ctrl+2), as Add files… and Import now do. */
    private String importFromKit(String file) throws Exception {
        shortcut(KeyCode.DIGIT2);
        // Add files… opens the system's file chooser; what it hands back is the file chosen.
        robot.interact(() -> window.imports().paths().add(KIT.resolve(file)));
        waitUntil(30, () -> !window.imports().files().isEmpty());
        robot.clickOn("#startImport");
        waitUntil(10, () -> session.runner().status().isRunning() || !text("#importTotals").isEmpty());
        idle(120);
        waitUntil(20, () -> !text("#importTotals").isEmpty());
        return text("#importTotals");
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

    /** Read the district summary: Reports (Ctrl+6), 2025, primary, D04; Generate the summary. */
    private void exercise9() throws Exception {
        shortcut(KeyCode.DIGIT6);
        choose("#reportYear", 2025);
        choose("#reportLevel", "primary");
        choose("#reportDistrict", "D04");
        waitUntil(60, () -> !window.reports().preview().isEmpty() && window.reports().preview().get(0)
                .equals("D04 Doma · R2 · 2025 · " + say("primary", "primaire")));
        String preview = plain(String.join("\n", robot.lookup("#reportPreview").queryListView().getItems()
                .stream().map(Object::toString).toList()));
        System.out.println("[exercise 9, " + lang + "]\n" + preview);
        shows("preview of D04", preview, say("98.8%", "98,8 %"), say("9,439", "9 439"), say("11,264", "11 264"),
                say("90.1%", "90,1 %"), say("109.5%", "109,5 %"));
        Path folder = Files.createDirectories(tmp.resolve("reports-" + lang));
        typeInto("#reportFolder", folder.toString());
        robot.clickOn("#generateReport");
        idle(180);
        waitUntil(30, () -> !window.reports().written().isEmpty());
        Path pdf = window.reports().written().get(0);
        assertEquals("summary-2025-D04.pdf", pdf.getFileName().toString());
        String text = pdfText(pdf);
        shows("summary of D04", text, "SCH04077", "SCH04016", "SCH04055", "SCH04001");
    }

    static String pdfText(Path pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            var ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(ex.getTextFromPage(p)).append('\n');
            }
            return plain(sb.toString());
        } finally {
            reader.close();
        }
    }

    /** Explain a gender parity index: Indicators (Ctrl+5), 2024, D03, primary; the rows' workings. */
    private void exercise10() throws Exception {
        shortcut(KeyCode.DIGIT5);
        choose("#indicatorsYear", 2024);
        choose("#indicatorsLevel", "primary");
        choose("#indicatorsDistrict", "D03");
        // The district's charts come with its figures (a whole country has none): the screen shows D03 now.
        waitUntil(60, () -> !window.indicators().charts().isEmpty());
        idle(60);
        TableView<IndicatorService.Row> table = robot.lookup("#indicatorTable").queryTableView();
        assertEquals(say("0.99", "0,99"), value(table, "gpi_enrolment"));
        String gpi = tooltip(table, "gpi_enrolment");
        shows("GPI of enrolment, hovered", gpi, say("6,795", "6 795"), say("6,859", "6 859"));
        assertEquals(say("1.01", "1,01"), value(table, "gpi_ger"));
        shows("GPI of GER, hovered", tooltip(table, "gpi_ger"), say("95.49", "95,49"), say("94.69", "94,69"));
        IndicatorService.Row ger = table.getItems().stream().filter(r -> r.id().equals("ger")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(ger));
        String detail = text("#indicatorDetail");
        shows("GER's workings", detail, say("95.5% (6,795 / 7,116)", "95,5 % (6 795 / 7 116)"),
                say("94.7% (6,859 / 7,244)", "94,7 % (6 859 / 7 244)"));
    }

    /** The value an indicator's row shows. */
    private String value(TableView<IndicatorService.Row> table, String id) throws Exception {
        int i = indexOf(table, id);
        return plain(column(table, 1).get(i));
    }

    private static int indexOf(TableView<IndicatorService.Row> table, String id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    /** What hovering over an indicator's row shows: its tooltip. */
    private String tooltip(TableView<IndicatorService.Row> table, String id) throws Exception {
        int i = indexOf(table, id);
        robot.interact(() -> table.scrollTo(i));
        return plain(WaitForAsyncUtils.asyncFx(() -> {
            table.layout();
            for (Node n : table.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> row && row.getItem() instanceof IndicatorService.Row r && r.id().equals(id)
                        && row.getTooltip() != null) {
                    return row.getTooltip().getText();
                }
            }
            return "";
        }).get(10, TimeUnit.SECONDS));
    }

    /** A late return: import SCH04016's 2025 return, check 2025, Doma complete, 420 schools. */
    private void exercise11() throws Exception {
        String totals = importFromKit("2025/forms/D04/SCH04016.xlsx");
        shows("import of SCH04016", totals, say("schools added 1, replaced 0", "écoles ajoutées 1, remplacées 0"));
        shortcut(KeyCode.DIGIT4);
        choose("#validationYear", 2025);
        robot.type(KeyCode.F5);
        idle(120);
        filters(2025, "", "SCH04016", FindingStatus.RESOLVED);
        assertEquals(List.of("SCH04016 " + status(FindingStatus.RESOLVED)), findings("RET-03"));
        filters(2025, "", "", null);
        shortcut(KeyCode.DIGIT6);
        choose("#reportDistrict", "D04");
        waitUntil(60, () -> !window.reports().preview().isEmpty() && window.reports().preview().get(0).startsWith("D04"));
        String preview = plain(String.join("\n", window.reports().preview()));
        shows("preview of D04 with its late return", preview, say("100.0%", "100,0 %"));
        shortcut(KeyCode.DIGIT3);
        choose("#schoolYear", 2025);
        waitUntil(30, () -> text("#schoolCount").startsWith("420"));
    }
}
