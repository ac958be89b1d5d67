package org.emisworkbench.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one window, remembered size, the last workspace reopened. */
public class WorkbenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private Session session;
    private Stage stage;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        session = new Session(AppSettings.user(), new FxTaskRunner(), new Notifier.Recording());
        MainWindow window = show(primary, session, new ServiceImporter());
        window.started();
        // The installer's smoke start (installer/build-linux.sh) waits for this line.
        LOG.info("Window shown ({} x {})", (int) primary.getWidth(), (int) primary.getHeight());
    }

    /** Builds the window into {@code stage} and shows it; tests call this with their own session. */
    public static MainWindow show(Stage stage, Session session, Importer importer) {
        MainWindow window = new MainWindow(session, importer);
        AppSettings s = session.settings();
        double[] b = s.window();
        Scene scene = new Scene(window.root(), b[2], b[3]);
        window.install(scene);
        session.setNotifier(new FxNotifier(stage, session, window::notice));
        // The open workspace in the title: its file name, or a shared workspace's server and database.
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var wb = session.workbench();
            return wb == null ? session.t("app.title") : session.t("app.titleWith", wb.name());
        }, session.messagesProperty(), session.workbenchProperty()));
        stage.setScene(scene);
        if (!Double.isNaN(b[0]) && !Double.isNaN(b[1])) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
        stage.setMaximized(s.maximized());
        stage.show();
        return window;
    }

    @Override
    public void stop() {
        if (stage != null && session != null) {
            session.settings().saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
        }
        if (session != null) {
            session.runner().status().cancel();
            session.closeWorkspace();
            session.runner().shutdown();
        }
    }
}
