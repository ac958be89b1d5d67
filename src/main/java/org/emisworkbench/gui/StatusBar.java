package org.emisworkbench.gui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom bar: the running job with its progress and a cancel button, or the last notice. */
final class StatusBar extends HBox {
    private final Label notice = new Label();

    StatusBar(Session session) {
        JobStatus job = session.runner().status();
        Label title = new Label();
        title.setId("jobTitle");
        title.textProperty().bind(Bindings.when(job.runningProperty())
                .then(Bindings.concat(job.titleProperty(), " — ", job.messageProperty())).otherwise(""));
        ProgressBar bar = new ProgressBar();
        bar.setId("jobProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(job.progressProperty());
        Button cancel = new Button(session.t("job.cancel"));
        cancel.setOnAction(e -> job.cancel());
        cancel.setId("cancelJob");
        cancel.disableProperty().bind(job.cancellingProperty());
        for (var n : new javafx.scene.Node[] {bar, cancel, title}) {
            n.visibleProperty().bind(job.runningProperty());
            n.managedProperty().bind(job.runningProperty());
        }
        notice.setId("notice");
        notice.visibleProperty().bind(job.runningProperty().not());
        notice.managedProperty().bind(job.runningProperty().not());
        Label workspace = new Label();
        workspace.setId("workspaceName");
        workspace.textProperty().bind(Bindings.createStringBinding(() -> session.workbench() == null ? ""
                : session.workbench().name(), session.workbenchProperty()));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(bar, cancel, title, notice, spacer, workspace);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("status-bar");
    }

    void notice(String text) {
        notice.setText(text);
    }
}
