package org.emisworkbench.gui;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Small helpers shared by the views. */
final class Fx {
    private Fx() {
    }

    /** A button whose text may carry a mnemonic ("_Import"). */
    static Button button(String text, EventHandler<ActionEvent> action) {
        Button b = new Button(text);
        b.setMnemonicParsing(true);
        b.setOnAction(action);
        return b;
    }

    /** A label for a control, with its mnemonic focusing the control. */
    static Label labelFor(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heading");
        return l;
    }

    static <S, T> TableColumn<S, T> column(String title, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? null
                : value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A column of counts written as the window's language writes whole numbers ({@code 1 234} in French,
     * {@code 1,234} in English), right-aligned; it still sorts by number. Years and row numbers are not counts:
     * they stay in {@link #column}.
     */
    static <S, T extends Number> TableColumn<S, T> countColumn(Session session, String title, Function<S, T> value,
            double width) {
        TableColumn<S, T> c = column(title, value, width);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : org.emisworkbench.model.Numbers.of(session.messages().locale()).count(item.doubleValue()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    static VBox page(Node... children) {
        VBox box = new VBox(8, children);
        box.setPadding(new Insets(12));
        return box;
    }

    static Region grow(Region r) {
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    static Window window(Node n) {
        return n.getScene() == null ? null : n.getScene().getWindow();
    }

    static File existingDir(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        File f = new File(path);
        File dir = f.isDirectory() ? f : f.getParentFile();
        return dir != null && dir.isDirectory() ? dir : null;
    }
}
