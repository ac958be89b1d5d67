package org.emisworkbench.gui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.model.Cancellation;

/** The long job in progress: its title, message, progress (-1 unknown) and a way to cancel it. */
public final class JobStatus {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    private Cancellation cancellation;

    void start(String jobTitle, Cancellation c) {
        cancellation = c;
        title.set(jobTitle);
        message.set("");
        progress.unbind();
        message.unbind();
        progress.set(-1);
        cancelling.set(false);
        running.set(true);
    }

    void finish() {
        progress.unbind();
        message.unbind();
        running.set(false);
        cancelling.set(false);
        progress.set(0);
        message.set("");
        title.set("");
        cancellation = null;
    }

    /** Asks the running job to stop; it stops at its next check and rolls back its unfinished part. */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
            cancelling.set(true);
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling;
    }

    public boolean isRunning() {
        return running.get();
    }
}
