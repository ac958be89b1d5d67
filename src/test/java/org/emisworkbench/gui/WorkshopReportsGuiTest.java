package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.service.IndicatorService;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exercises 9 to 11 of docs/trainer-guide.md done in the window, in English and in French, on the sample
 * country imported and checked for 2024 and 2025 (as {@link WorkshopExercisesGuiTest} leaves it; exercises 6 to 8,
 * in {@link WorkshopFollowUpGuiTest}, change nothing these read): the district summary's preview and PDF, a
 * parity index's workings, a late return. A file chooser is the one step not clicked (the system's own dialog):
 * the test hands the screen the file a participant would choose there.
 */
class WorkshopReportsGuiTest extends WorkshopWalk {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exercisesNineToElevenInEnglish(FxRobot robot) throws Exception {
        walkOnTheSampleCountry(robot, "en", this::exercises);
    }

    @Test
    void exercisesNineToElevenInFrench(FxRobot robot) throws Exception {
        walkOnTheSampleCountry(robot, "fr", this::exercises);
    }

    private void exercises() throws Exception {
        exercise9();
        exercise10();
        exercise11();
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
