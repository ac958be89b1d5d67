package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.emisworkbench.model.FindingStatus;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workshop participant at the window: keys, clicks and the screens' own controls, and what the screen
 * shows read back as text. The exercises of docs/trainer-guide.md are walked with it in English and in
 * French ({@link WorkshopExercisesGuiTest}, {@link WorkshopFollowUpGuiTest}); the expected figures are
 * the guide's answers, written here in each language as a reader writes them, never taken from the
 * program's formatter.
 */
abstract class WorkshopWalk extends WindowTest {
    static final Path KIT = Path.of("workshop-kit/returns").toAbsolutePath();

    FxRobot robot;
    String lang = "en";

    /** Some of the guide's exercises, in order. */
    @FunctionalInterface
    interface Exercises {
        void run() throws Exception;
    }

    /**
     * A participant's walk: the language chosen on Settings, a copy of the checked sample country opened, the
     * exercises done; no error shown on the way.
     */
    void walkOnTheSampleCountry(FxRobot robot, String language, Exercises exercises) throws Exception {
        this.robot = robot;
        speak(language);
        var wb = org.emisworkbench.service.SampleCountryFixture.copy(tmp.resolve("lumeria"));
        robot.interact(() -> session.setWorkbench(wb));
        idle(60);
        exercises.run();
        org.junit.jupiter.api.Assertions.assertTrue(notes.errors.isEmpty(), notes.errors.toString());
    }

    /** Chooses the language on Settings (Ctrl+8) as a participant does. */
    void speak(String language) throws Exception {
        lang = language;
        if (language.equals("en")) {
            return;
        }
        shortcut(KeyCode.DIGIT8);
        ChoiceBox<String> box = robot.lookup("#languageChoice").queryAs(ChoiceBox.class);
        robot.clickOn(box);
        robot.clickOn(Messages.forLanguage(language).t("language.name"));
        waitUntil(10, () -> session.messages().locale().getLanguage().equals(language));
    }

    /** {@code en} in English, {@code fr} in French. */
    String say(String en, String fr) {
        return lang.equals("fr") ? fr : en;
    }

    /** Ctrl+key, the window's accelerators (Ctrl+4: Validation). */
    void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void idle(int seconds) throws Exception {
        Thread.sleep(300);
        waitUntil(seconds, () -> !session.runner().status().isRunning());
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses {@code value} in the box with that id, as picking it from its list does. */
    <T> void choose(String id, T value) throws Exception {
        ComboBox<T> box = robot.lookup(id).queryComboBox();
        assertTrue(box.getItems().contains(value), () -> id + " offers " + value + ": " + box.getItems());
        robot.interact(() -> box.getSelectionModel().select(value));
        idle(60);
    }

    /** Clicks a field, clears it and types {@code text}. */
    void typeInto(String id, String text) {
        TextInputControl field = robot.lookup(id).queryTextInputControl();
        robot.clickOn(field);
        robot.interact(field::selectAll);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Clicks the visible button that reads {@code key}'s text (its mnemonic underscore aside). */
    void press(String key) throws Exception {
        String text = session.t(key);
        Button b = robot.lookup((Node n) -> n instanceof Button x && text.equals(x.getText()) && x.isVisible()
                && x.getScene() != null).queryButton();
        robot.clickOn(b);
        idle(120);
    }

    /** What a table shows in a column, row by row (the column by its position). */
    static <S> List<String> column(TableView<S> table, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            TableColumn<S, Object> c = (TableColumn<S, Object>) table.getVisibleLeafColumns().get(index);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                Object v = c.getCellData(i);
                out.add(v == null ? "" : v.toString());
            }
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The row of a table whose column {@code index} reads {@code text}; selects it as a click does. */
    <S> S select(String id, int index, String text) throws Exception {
        TableView<S> table = robot.lookup(id).queryTableView();
        List<String> shown = column(table, index);
        int row = shown.indexOf(text);
        assertTrue(row >= 0, () -> id + " lists " + text + ": " + shown);
        robot.interact(() -> {
            table.scrollTo(row);
            table.getSelectionModel().clearAndSelect(row);
        });
        idle(30);
        return table.getItems().get(row);
    }

    /** The text a label, button or text box shows, with no-break spaces as spaces and a true minus as '-'. */
    String text(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        if (n == null) {
            return "";
        }
        String t = n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
        return plain(t);
    }

    static String plain(String t) {
        return t == null ? "" : t.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2212', '-');
    }

    /** Fails unless {@code text} holds each of {@code parts}. */
    static void shows(String where, String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> where + " should show \"" + p + "\":\n" + text);
        }
    }

    /** Fails if {@code text} holds any of {@code parts}. */
    static void showsNot(String where, String text, String... parts) {
        for (String p : parts) {
            assertTrue(!text.contains(p), () -> where + " should not show \"" + p + "\":\n" + text);
        }
    }

    static Predicate<String> anyOf(String... texts) {
        return t -> List.of(texts).contains(t);
    }

    void filters(int year, String district, String school, FindingStatus status) throws Exception {
        shortcut(KeyCode.DIGIT4);
        choose("#validationYear", year);
        typeInto("#districtFilter", district);
        typeInto("#schoolFilter", school);
        choose("#statusFilter", status);
        press("validation.apply");
    }

    /** Schools and status of the chosen rule's findings: "SCH04077 Confirmed". */
    List<String> findings(String rule) throws Exception {
        select("#groupTable", 1, rule);
        TableView<?> t = robot.lookup("#findingTable").queryTableView();
        List<String> schools = column(t, 0);
        List<String> status = column(t, 3);
        return java.util.stream.IntStream.range(0, schools.size()).mapToObj(i -> schools.get(i) + " "
                + status.get(i)).toList();
    }

    String status(FindingStatus s) {
        return session.t("status." + s.name());
    }

    /** Imports one file of the workshop kit from the Import screen (Ctrl+2), as Add files… and Import now do. */
    String importFromKit(String file) throws Exception {
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

}
