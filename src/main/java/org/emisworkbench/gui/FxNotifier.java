package org.emisworkbench.gui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Notices as ControlsFX notifications; errors as plain dialogs with the technical details folded away. */
final class FxNotifier implements Notifier {
    private final Window owner;
    private final Session session;
    private final java.util.function.Consumer<String> status;

    FxNotifier(Window owner, Session session, java.util.function.Consumer<String> status) {
        this.owner = owner;
        this.session = session;
        this.status = status;
    }

    @Override
    public void info(String message) {
        status.accept(message);
        if (owner != null && owner.isShowing()) {
            // Top right, away from the comment box and the buttons at the foot of the detail panes.
            Notifications.create().owner(owner).text(message).position(javafx.geometry.Pos.TOP_RIGHT)
                    .hideAfter(Duration.seconds(6)).showInformation();
        }
    }

    @Override
    public void error(String title, String message, Throwable cause) {
        status.accept(title + ": " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setDialogPane(new WindowLanguagePane(session));
        alert.getDialogPane().getButtonTypes().setAll(ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(session.t("app.title"));
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(text));
        if (cause != null) {
            StringWriter sw = new StringWriter();
            cause.printStackTrace(new PrintWriter(sw));
            TextArea details = new TextArea(sw.toString());
            details.setEditable(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(new VBox(new Label(session.t("error.details")), details));
        }
        alert.show();
    }
}
