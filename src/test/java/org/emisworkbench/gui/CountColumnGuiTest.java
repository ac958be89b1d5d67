package org.emisworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Counts in the window's tables (a file's rows skipped, a rule's findings, a school's figures) are written as the
 * reader's language writes whole numbers: 12 345 in French, 12,345 in English; they still sort as numbers.
 */
@ExtendWith(ApplicationExtension.class)
class CountColumnGuiTest {
    @TempDir
    static Path tmp;
    private Stage stage;

    record Row(String name, Integer count) {
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void countsAreGroupedInTheWindowsLanguageAndSortAsNumbers(FxRobot robot) {
        Session session = TestSessions.direct(tmp, new Notifier.Recording());
        for (String language : List.of("fr", "en")) {
            robot.interact(() -> session.setLanguage(language));
            TableView<Row> table = new TableView<>();
            var column = Fx.countColumn(session, "n", Row::count, 90);
            table.getColumns().add(column);
            table.getItems().setAll(new Row("a", 12345), new Row("b", 987), new Row("c", null));
            robot.interact(() -> {
                stage.setScene(new Scene(table, 200, 200));
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> texts = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> c.getTableColumn() == column && c.getIndex() < 3 && c.getIndex() >= 0)
                    .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                    .map(c -> c.getText() == null ? "" : c.getText()).toList();
            assertEquals(3, texts.size(), texts.toString());
            if (language.equals("fr")) {
                // French groups thousands with a space (of whichever width), never a comma or a dot.
                assertTrue(texts.get(0).matches("12[\\s\\u00A0\\u202F]345"), texts.get(0));
            } else {
                assertEquals("12,345", texts.get(0));
            }
            assertEquals("987", texts.get(1));
            assertEquals("", texts.get(2), "no figure, no text");
            robot.interact(() -> {
                table.getSortOrder().setAll(List.of(column));
                table.sort();
            });
            assertEquals(List.of(987, 12345), table.getItems().stream().map(Row::count)
                    .filter(java.util.Objects::nonNull).toList(), "sorted by number, not by text");
        }
    }
}
