package org.emisworkbench.gui;

import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.emisworkbench.service.FileOutcome;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard shortcuts, mnemonics without clashes, the language switch, text size and dropped files. */
class KeyboardGuiTest extends WindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Test
    void ctrlDigitsReachEveryScreen(FxRobot robot) {
        Screen[] screens = Screen.values();
        for (int i = screens.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + (i + 1))).release(KeyCode.CONTROL);
            assertEquals(screens[i], window.current());
        }
    }

    @Test
    void ctrlEqualsAndMinusChangeTheTextSize(FxRobot robot) {
        double before = window.settings().fontSizeProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(before + 2, window.settings().fontSizeProperty().get());
        assertTrue(window.root().getStyle().contains("-fx-font-size: " + (before + 2)));
        // Long lists have one row height, in em: it follows the text size.
        robot.interact(() -> window.show(Screen.SCHOOLS));
        javafx.scene.control.TableView<?> schools = robot.lookup("#schoolTable").queryTableView();
        robot.interact(schools::applyCss);
        assertEquals(2 * (before + 2), schools.getFixedCellSize(), 0.01);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(before, window.settings().fontSizeProperty().get());
        robot.interact(schools::applyCss);
        assertEquals(2 * before, schools.getFixedCellSize(), 0.01);
    }

    @Test
    void noTwoControlsShareAMnemonicOnAnyScreenInAnyLanguage(FxRobot robot) {
        for (String lang : org.emisworkbench.model.Languages.codes()) {
            robot.interact(() -> session.setLanguage(lang));
            for (Screen s : Screen.values()) {
                robot.interact(() -> window.show(s));
                Map<Character, List<String>> seen = new HashMap<>();
                MenuBar menus = robot.lookup("#menuBar").query();
                for (Menu m : menus.getMenus()) {
                    add(seen, m.getText());
                }
                collect(window.root(), seen);
                seen.values().removeIf(l -> l.size() < 2);
                assertEquals(Map.of(), seen, lang + " " + s + ": mnemonic clashes");
            }
        }
    }

    /** Within one open menu, each underlined letter picks one item, in every language. */
    @Test
    void noTwoItemsOfAMenuShareAMnemonicInAnyLanguage(FxRobot robot) {
        int items = 0;
        for (String lang : org.emisworkbench.model.Languages.codes()) {
            robot.interact(() -> session.setLanguage(lang));
            MenuBar menus = robot.lookup("#menuBar").query();
            for (Menu m : menus.getMenus()) {
                Map<Character, List<String>> seen = new HashMap<>();
                for (javafx.scene.control.MenuItem item : m.getItems()) {
                    if (item.isVisible() && item.isMnemonicParsing()) {
                        add(seen, item.getText());
                        items++;
                    }
                }
                seen.values().removeIf(l -> l.size() < 2);
                assertEquals(Map.of(), seen, lang + " menu " + m.getText() + ": mnemonic clashes");
            }
        }
        assertTrue(items > 20, "menu items were checked: " + items);
    }

    @Test
    void switchingToFrenchRelabelsTheWindowAtOnce(FxRobot robot) {
        robot.interact(() -> window.show(Screen.SETTINGS));
        robot.interact(() -> window.settings().languageProperty().set("fr"));
        ToggleButton home = robot.lookup("#nav-home").query();
        assertEquals("Accueil", home.getText());
        assertEquals("EMIS Workbench", stage.getTitle());
        assertEquals(Screen.SETTINGS, window.current());
        Snapshots.take(stage.getScene(), "settings-fr");
        // Settings offers every language of i18n/languages.properties, each named in itself.
        javafx.scene.control.ChoiceBox<String> choice = robot.lookup("#languageChoice").query();
        assertEquals(org.emisworkbench.model.Languages.codes(), List.copyOf(choice.getItems()));
        assertEquals("Português", choice.getConverter().toString("pt"));
        robot.interact(() -> choice.setValue("pt"));
        assertEquals("Início", robot.lookup("#nav-home").queryAs(ToggleButton.class).getText());
        robot.interact(() -> window.settings().languageProperty().set("en"));
        assertEquals("Home", robot.lookup("#nav-home").queryAs(ToggleButton.class).getText());
    }

    @Test
    void droppedWorkbooksAreImported(FxRobot robot) throws Exception {
        robot.interact(() -> window.home().open(tmp.resolve("drop")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.workbench() != null);
        robot.interact(() -> window.dropped(List.of(TestSessions.samples().resolve("2024/wide/D02-2024.xlsx")
                .toFile())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !session.runner().status().isRunning()
                && !window.imports().results().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.IMPORT, window.current());
        assertEquals(FileOutcome.IMPORTED, window.imports().results().get(0).outcome());
    }

    @Test
    void aFilesTemplateIsChosenWithTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.show(Screen.IMPORT);
            window.imports().loadTemplates();
            window.imports().paths().add(TestSessions.samples().resolve("2024/wide/D02-2024.xlsx"));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.imports().files().size() == 1
                && !window.imports().templates().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<ImportFile> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> {
            files.requestFocus();
            files.getFocusModel().focus(0, files.getColumns().get(1));
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(files.getColumns().get(1), files.getEditingCell().getTableColumn(), "F2 opens the template list");
        // Down the list to sample-roster, then Enter: the choice is kept for the file.
        int from = window.imports().templates().indexOf("sample-wide");
        int to = window.imports().templates().indexOf("sample-roster");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        KeyCode step = to > from ? KeyCode.DOWN : KeyCode.UP;
        for (int i = 0; i < Math.abs(to - from); i++) {
            robot.type(step);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("sample-roster", window.imports().files().get(0).choiceProperty().get());
        Snapshots.take(stage.getScene(), "import-files");
    }

    private static void collect(Node n, Map<Character, List<String>> seen) {
        if (!n.isVisible() || n instanceof MenuBar) {
            return; // menus are counted once, from their Menu objects
        }
        if (n instanceof Labeled l && l.isMnemonicParsing()) {
            add(seen, l.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : new ArrayList<>(p.getChildrenUnmodifiable())) {
                collect(c, seen);
            }
        }
    }

    private static void add(Map<Character, List<String>> seen, String text) {
        int i = text == null ? -1 : text.indexOf('_');
        if (i >= 0 && i + 1 < text.length()) {
            char c = Character.toLowerCase(text.charAt(i + 1));
            seen.computeIfAbsent(c, k -> new ArrayList<>()).add(text.toLowerCase(Locale.ROOT));
        }
    }
}
