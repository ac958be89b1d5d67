package org.emisworkbench.gui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Connect to a shared workspace dialog: it stays open while the server is asked (with a spinner and the
 * job's words), shows a refusal in plain words under the form, and closes once connected. Its Cancel stops
 * a connection under way.
 */
final class ConnectDialog {
    private final Session session;
    private final ConnectViewModel vm;

    ConnectDialog(Session session, ConnectViewModel vm) {
        this.session = session;
        this.vm = vm;
    }

    void show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(session.t("app.title"));
        d.setHeaderText(session.t("connect.header"));
        ButtonType connectType = new ButtonType(session.t("connect.button"), ButtonBar.ButtonData.OK_DONE);
        // The dialog's own Cancel, not JavaFX's: that one speaks the computer's language, not the window's.
        ButtonType cancelType = new ButtonType(session.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(connectType, cancelType);
        d.getDialogPane().setContent(form());
        Button connect = (Button) d.getDialogPane().lookupButton(connectType);
        connect.setId("connectButton");
        connect.disableProperty().bind(vm.connectingProperty());
        // Connect asks the server and keeps the dialog open until it answers.
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.connect();
        });
        Button cancel = (Button) d.getDialogPane().lookupButton(cancelType);
        cancel.setId("connectCancel");
        vm.doneProperty().addListener((o, a, b) -> {
            if (b) {
                d.close();
            }
        });
        // Closed any way (Cancel, Esc, the window's close box) while the server is asked: that attempt is let go.
        d.setOnHidden(e -> {
            vm.cancel();
            vm.forgetPassword();
        });
        d.setResultConverter(b -> null);
        d.show();
    }

    private Node form() {
        TextField host = field("connectHost", vm.hostProperty());
        host.setPromptText("dbhost.ministry.example");
        TextField port = field("connectPort", vm.portProperty());
        port.setPrefColumnCount(6);
        TextField database = field("connectDatabase", vm.databaseProperty());
        database.setPromptText(session.t("connect.databasePrompt"));
        TextField user = field("connectUser", vm.userProperty());
        TextField schema = field("connectSchema", vm.schemaProperty());
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.offerSavedPassword();
            }
        });
        Label note = new Label();
        note.setId("connectNote");
        note.textProperty().bind(vm.noteProperty());
        CheckBox remember = new CheckBox(session.t("connect.remember"));
        remember.setId("connectRemember");
        remember.setMnemonicParsing(true);
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, Fx.labelFor(session.t("connect.host"), host), host);
        grid.addRow(r++, Fx.labelFor(session.t("connect.port"), port), port);
        grid.addRow(r++, Fx.labelFor(session.t("connect.database"), database), database);
        grid.addRow(r++, Fx.labelFor(session.t("connect.user"), user), user);
        grid.addRow(r++, Fx.labelFor(session.t("connect.password"), password), password);
        grid.addRow(r++, Fx.labelFor(session.t("connect.schema"), schema), schema);
        grid.add(note, 1, r++);
        grid.add(remember, 1, r);
        grid.getChildren().forEach(c -> c.disableProperty().bind(vm.connectingProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("connectProgress");
        spinner.setPrefSize(20, 20);
        Label working = new Label();
        working.textProperty().bind(session.runner().status().messageProperty());
        HBox progress = new HBox(8, spinner, working);
        progress.visibleProperty().bind(vm.connectingProperty());
        progress.managedProperty().bind(vm.connectingProperty());
        Label error = new Label();
        error.setId("connectError");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label hint = new Label(session.t("connect.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        return new VBox(10, hint, grid, progress, error);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
