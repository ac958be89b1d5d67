package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emisworkbench.service.SampleCountryFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs a French-speaking workshop meets, opened in French as a participant opens them (the File, Data
 * and Help menus, the Workshop menu's reset, a file that is not a workspace, a mark without its comment): no
 * label, button, title, prompt or tooltip may show one of the program's English texts. A text equal to an
 * English value of the window's texts that French words otherwise is a leak, and so is one of the program's
 * own English words ({@link WorkshopScreensGuiTest#englishTerms()}).
 */
class FrenchDialogsGuiTest extends WorkshopWalk {
    private Set<String> englishValues;
    private Set<String> englishWords;
    private final List<String> leaks = new ArrayList<>();
    private int textsRead;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The real notifier: failures come as the window's own error dialog. */
    @Override
    Notifier notifier() {
        return session.notifier();
    }

    @Test
    void theWorkshopsDialogsSpeakFrench(FxRobot robot) throws Exception {
        this.robot = robot;
        englishValues = englishValues();
        englishWords = WorkshopScreensGuiTest.englishTerms();
        assertTrue(englishValues.size() > 300 && englishWords.size() > 100, englishValues.size() + " values");
        speak("fr");
        walk("Settings", null);

        // File ▸ Open… on a file that is not a workspace: the error dialog (the chooser is the system's own).
        Path letter = Files.writeString(tmp.resolve("lettre.mv.db"), "Ceci n'est pas un espace de travail.");
        robot.interact(() -> window.home().open(letter));
        walkDialog("error dialog (not a workspace)");

        // File ▸ Connect to a shared workspace…
        menu("menu.file", "menu.connect");
        walkDialog("Connect");

        var wb = SampleCountryFixture.copy(tmp.resolve("lumeria"));
        robot.interact(() -> session.setWorkbench(wb));
        idle(60);

        // File ▸ Area boundaries…
        menu("menu.file", "menu.boundaries");
        walkDialog("Area boundaries");

        // Workshop ▸ Reset the workspace to the sample country… (closed with Keep).
        menu("menu.workshop", "menu.workshopReset");
        walkDialog("Workshop reset");

        // Help ▸ Keyboard keys (F1) and Help ▸ About.
        robot.type(KeyCode.F1);
        walkDialog("Keys");
        menu("menu.help", "menu.about");
        walkDialog("About");

        // Validation: a finding confirmed without a comment, and a finding's detail.
        shortcut(KeyCode.DIGIT4);
        choose("#validationYear", 2024);
        // Validation ▸ Rule thresholds… (the pack's parameters, described in French).
        robot.clickOn("#thresholdsButton");
        waitUntil(30, () -> robot.lookup("#threshold-age_offset_max").tryQuery().isPresent());
        walkDialog("Rule thresholds");
        select("#groupTable", 1, "IMP-02");
        select("#findingTable", 0, "SCH03054");
        waitUntil(20, () -> !text("#findingDetail").isEmpty());
        typeInto("#findingComment", "");
        robot.clickOn("#confirmFinding");
        waitUntil(10, () -> !text("#commentProblem").isEmpty());
        walk("Validation, confirm without a comment", null);

        // Import: a file's detail with its problems (exercise 1).
        shortcut(KeyCode.DIGIT2);
        robot.interact(() -> window.imports().paths().add(Path.of("workshop-kit/returns/2024/forms/D03/SCH03054.xlsx")
                .toAbsolutePath()));
        waitUntil(30, () -> !window.imports().files().isEmpty());
        robot.clickOn("#startImport");
        idle(120);
        waitUntil(20, () -> !text("#importTotals").isEmpty());
        select("#importResults", 1, session.t("outcome.IMPORTED"));
        walk("Import, after a file", null);

        Snapshots.take(stage.getScene(), "french-dialogs-import");
        assertTrue(textsRead > 150, "texts read: " + textsRead);
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " English texts in French:\n" + String.join("\n", leaks));
    }

    /** Clicks a menu, then one of its items, by their French texts. */
    private void menu(String menuKey, String itemKey) {
        robot.clickOn(session.t(menuKey).replace("_", ""));
        robot.clickOn(session.t(itemKey).replace("_", ""));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the dialog, reads it, and closes it with its cancelling button (or its window). */
    private void walkDialog(String where) throws Exception {
        waitUntil(20, () -> dialog() != null);
        Thread.sleep(300);
        Window w = dialog();
        walk(where, w);
        Snapshots.take(w.getScene(), "french-" + where.replaceAll("\\W+", "-").toLowerCase(java.util.Locale.ROOT));
        robot.interact(() -> {
            if (w.getScene().getRoot() instanceof DialogPane pane) {
                for (ButtonType b : pane.getButtonTypes()) {
                    if (b.getButtonData().isCancelButton() || pane.getButtonTypes().size() == 1) {
                        ((javafx.scene.control.Button) pane.lookupButton(b)).fire();
                        return;
                    }
                }
            }
            ((Stage) w).close();
        });
        waitUntil(10, () -> dialog() == null);
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }

    /** Reads every text of a window (the main one when {@code w} is null) and notes the English ones. */
    private void walk(String where, Window w) throws Exception {
        Window window = w == null ? stage : w;
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            if (window instanceof Stage s && s.getTitle() != null) {
                out.add(s.getTitle());
            }
            window.getScene().getRoot().applyCss();
            collect(window.getScene().getRoot(), out);
            return out;
        }).get(20, TimeUnit.SECONDS);
        textsRead += texts.size();
        for (String t : texts) {
            String plain = t.replace("_", "").strip();
            if (plain.isEmpty()) {
                continue;
            }
            if (englishValues.contains(plain)) {
                leaks.add(where + ": \"" + plain + "\"");
                continue;
            }
            // Paths and file names, a sheet named in a cell reference (Pupils!Q10), template ids (sample-grid-columns):
            // the workspace's data, not the program's words.
            String words = plain.replaceAll("\\S*(/|\\\\|\\.\\p{L})\\S*", "").replaceAll("\\p{L}+![A-Z]+\\d+", "")
                    .replaceAll("[a-z0-9]+(-[a-z0-9]+)+", "");
            for (String word : WorkshopScreensGuiTest.words(words)) {
                if (englishWords.contains(word)) {
                    leaks.add(where + ": English '" + word + "' in \"" + plain.replace("\n", " | ") + "\"");
                    break;
                }
            }
        }
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
            if (l.getTooltip() != null) {
                out.add(l.getTooltip().getText());
            }
        } else if (n instanceof TextInputControl t) {
            out.add(t.getText());
            out.add(t.getPromptText());
            Tooltip tip = t.getTooltip();
            if (tip != null) {
                out.add(tip.getText());
            }
        } else if (n instanceof Text t) {
            out.add(t.getText());
        }
        if (n instanceof DialogPane p) {
            out.add(p.getHeaderText());
            out.add(p.getContentText());
        }
        if (n instanceof javafx.scene.control.ComboBoxBase<?> c && c.getPromptText() != null) {
            out.add(c.getPromptText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
        out.removeIf(java.util.Objects::isNull);
    }

    /** The English values of the window's texts that the French file words otherwise (mnemonics aside). */
    static Set<String> englishValues() throws Exception {
        Properties en = load("/i18n/messages.properties");
        Properties fr = load("/i18n/messages_fr.properties");
        Set<String> out = new HashSet<>();
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key).replace("_", "").strip();
            String f = fr.getProperty(key, "").replace("_", "").strip();
            if (!e.equals(f) && !key.equals("language.name") && e.length() > 2) {
                out.add(e);
            }
        }
        return out;
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var r = new InputStreamReader(FrenchDialogsGuiTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
