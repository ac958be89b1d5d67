package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.emisworkbench.service.SampleCountryFixture;
import org.emisworkbench.service.validation.FindingGroups;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop's screens on the imported and checked sample country, at the window's default size:
 * what a participant needs is on the screen, not only in the model.
 */
class WorkshopScreensGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    /** The sample country, imported and checked for 2024 and 2025, open in the window on Validation (2025). */
    private void openSampleOnValidation(FxRobot robot) throws Exception {
        var wb = SampleCountryFixture.copy(tmp.resolve("lumeria"));
        robot.interact(() -> session.setWorkbench(wb));
        robot.interact(() -> window.show(Screen.VALIDATION));
        waitUntil(60, () -> Integer.valueOf(2025).equals(window.validation().yearProperty().get())
                && !window.validation().groups().isEmpty() && !session.runner().status().isRunning());
    }

    /** The items of the table's rows that lie wholly inside its viewport (read on the FX thread). */
    static <T> Set<T> rowsOnScreen(TableView<T> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            table.layout();
            Node viewport = table.lookup(".clipped-container");
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            Bounds scene = new javafx.geometry.BoundingBox(0, 0, table.getScene().getWidth(),
                    table.getScene().getHeight());
            Set<T> shown = new LinkedHashSet<>();
            for (Node n : table.lookupAll(".table-row-cell")) {
                if (n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null) {
                    Bounds b = row.localToScene(row.getLayoutBounds());
                    if (b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5
                            && b.getMaxY() <= scene.getMaxY() + 0.5) {
                        @SuppressWarnings("unchecked")
                        T item = (T) row.getItem();
                        shown.add(item);
                    }
                }
            }
            return shown;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyRuleWithFindingsIsOnScreenWithoutScrolling(FxRobot robot) throws Exception {
        openSampleOnValidation(robot);
        TableView<FindingGroups.Group> groups = robot.lookup("#groupTable").queryTableView();
        List<FindingGroups.Group> all = List.copyOf(window.validation().groups());
        assertTrue(all.size() >= 20, "the sample country's 2025 findings fall under many rules: " + all.size());
        Set<FindingGroups.Group> shown = rowsOnScreen(groups);
        Snapshots.take(stage.getScene(), "validation-all-rules");
        assertEquals(all.size(), shown.size(), () -> "rules on screen: " + shown.size() + " of " + all.size()
                + "; missing " + all.stream().filter(g -> !shown.contains(g)).map(FindingGroups.Group::ruleId).toList());
        assertEquals(Set.copyOf(all), shown);
    }

    /**
     * The program's own English words: those of messages.properties values that the French file words
     * otherwise, five letters or more, and not French words too (Messages, district, Excel stay).
     */
    static Set<String> englishTerms() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties fr = new java.util.Properties();
        try (var a = new java.io.InputStreamReader(WorkshopScreensGuiTest.class.getResourceAsStream(
                "/i18n/messages.properties"), java.nio.charset.StandardCharsets.UTF_8);
             var b = new java.io.InputStreamReader(WorkshopScreensGuiTest.class.getResourceAsStream(
                     "/i18n/messages_fr.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(a);
            fr.load(b);
        }
        Set<String> french = new java.util.HashSet<>();
        fr.values().forEach(v -> french.addAll(words(v.toString())));
        // French words of the core's and the report's texts count as French too (nouveaux entrants).
        for (String other : List.of("/i18n/core_fr.properties", "/i18n/report_fr.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var r = new java.io.InputStreamReader(WorkshopScreensGuiTest.class.getResourceAsStream(other),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.values().forEach(v -> french.addAll(words(v.toString())));
        }
        Set<String> english = new java.util.TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            // A language's own name (English, Français, Português in Settings) is written in that language.
            if (fr.getProperty(key) != null && !e.equals(fr.getProperty(key)) && !key.equals("language.name")) {
                words(e).stream().filter(w -> w.length() >= 5 && !french.contains(w)).forEach(english::add);
            }
        }
        return english;
    }

    static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** Every text shown on the scene: labels, buttons, cells, boxes and text areas that are visible. */
    static List<Node> shownTexts(Node root) {
        List<Node> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof javafx.scene.control.Labeled || n instanceof javafx.scene.control.TextInputControl) {
            out.add(n);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private String textOf(Node n) {
        String t = n instanceof javafx.scene.control.Labeled l ? l.getText()
                : ((javafx.scene.control.TextInputControl) n).getText();
        // Sheet and file names are the schools' own (Pupils, New entrants): data, not the program's words.
        if (t == null) {
            return "";
        }
        for (String name : dataNames) {
            t = t.replace(name, "");
        }
        // Paths and file names (lumeria.mv.db), and a sheet named in a cell reference (Repeaters!E83).
        return t.replaceAll("(feuille|fichier) [^·\\n]+", "$1").replaceAll("\\S*(/|\\\\|\\.\\p{L})\\S*", "")
                .replaceAll("\\p{L}[\\p{L} ]*![A-Z]+\\d+", "");
    }

    /** The schools' own names in the workspace: data, not the program's words. */
    private final Set<String> dataNames = new java.util.HashSet<>();

    /** A label whose text JavaFX cut short with an ellipsis (table cells aside: a column can be widened). */
    private static String clipped(Node n) {
        if (!(n instanceof javafx.scene.control.Labeled l) || n instanceof javafx.scene.control.Cell<?>
                || l.getText() == null || l.getText().isEmpty()) {
            return null;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof javafx.scene.text.Text t && t.getText() != null && t.getText().endsWith("…")
                    && !l.getText().endsWith("…")) {
                return l.getText() + " shown as " + t.getText();
            }
        }
        return null;
    }

    /** The English words and clipped labels on the screen now. */
    private List<String> problems(Screen screen, Set<String> english) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            List<String> out = new java.util.ArrayList<>();
            for (Node n : shownTexts(stage.getScene().getRoot())) {
                String text = textOf(n);
                for (String w : words(text)) {
                    if (english.contains(w)) {
                        out.add(screen + ": English '" + w + "' in " + n.getClass().getSimpleName() + " \""
                                + text.replace("\n", " | ") + "\"");
                        break;
                    }
                }
                String cut = clipped(n);
                if (cut != null) {
                    out.add(screen + ": clipped " + cut);
                }
            }
            return out;
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void theMainScreensInFrenchHoldNoEnglishAndNoClippedLabel(FxRobot robot) throws Exception {
        Set<String> english = englishTerms();
        assertTrue(english.size() > 100 && english.contains("pupils") && english.contains("findings"),
                "the list of the program's English words: " + english.size());
        robot.interact(() -> session.setLanguage("fr"));
        openSampleOnValidation(robot);
        List<String> problems = new java.util.ArrayList<>();
        session.workbench().schools(2025, null).forEach(x -> dataNames.add(x.name()));
        session.workbench().schools(2024, null).forEach(x -> dataNames.add(x.name()));
        assertTrue(dataNames.size() > 50, "school names: " + dataNames.size());
        // Validation with a rule and a finding chosen: its message, values and cells.
        TableView<FindingGroups.Group> groups = robot.lookup("#groupTable").queryTableView();
        robot.interact(() -> groups.getSelectionModel().select(window.validation().groups().stream()
                .filter(g -> g.ruleId().equals("GRD-01")).findFirst().orElse(window.validation().groups().get(0))));
        TableView<?> findings = robot.lookup("#findingTable").queryTableView();
        robot.interact(() -> findings.getSelectionModel().select(0));
        waitUntil(20, () -> window.validation().detailProperty().get().contains("Cellules"));
        problems.addAll(problems(Screen.VALIDATION, english));
        for (Screen s : List.of(Screen.HOME, Screen.IMPORT, Screen.SCHOOLS, Screen.INDICATORS, Screen.REPORTS,
                Screen.SETTINGS)) {
            robot.interact(() -> window.show(s));
            if (s == Screen.SCHOOLS) {
                waitUntil(30, () -> !window.schools().schools().isEmpty());
                robot.interact(() -> window.schools().selectedProperty().set(window.schools().schools().get(0)));
            }
            if (s == Screen.INDICATORS || s == Screen.REPORTS) {
                var area = s == Screen.INDICATORS ? window.indicators().area() : window.reports().area();
                waitUntil(30, () -> !area.districts().isEmpty());
                robot.interact(() -> area.districtProperty().set("D03"));
            }
            Thread.sleep(1500);
            waitUntil(60, () -> !session.runner().status().isRunning());
            problems.addAll(problems(s, english));
        }
        Snapshots.take(stage.getScene(), "settings-fr-walk");
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
