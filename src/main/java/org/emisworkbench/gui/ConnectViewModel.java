package org.emisworkbench.gui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emisworkbench.service.SharedAddress;

/**
 * File ▸ Connect to a shared workspace…: the server, port, database and role of a shared workspace on
 * PostgreSQL (decision 0018), its password, and whether to remember the server (never the password). The
 * connection is made by {@link Session#connect}, the command line's way, off the JavaFX thread.
 */
public final class ConnectViewModel {
    private final Session session;
    private final Runnable connected;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(SharedAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty schema = new SimpleStringProperty(SharedAddress.DEFAULT_SCHEMA);
    /** Bound to the password field; emptied once it is used and when the dialog closes. */
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    /** True while the password of ~/.pgpass is put in the field (not typed). */
    private boolean offering;

    /** @param connected what the window does once connected (shows the Schools screen) */
    public ConnectViewModel(Session session, Runnable connected) {
        this.session = session;
        this.connected = connected;
        user.set(SharedAddress.defaultUser(System.getenv()));
        // A password typed over the one offered is no longer the file's.
        password.addListener((o, a, b) -> {
            if (!offering) {
                note.set("");
            }
        });
        // The one offered belongs to that server, database and role: it goes when one of them changes.
        for (StringProperty field : List.of(host, port, database, user)) {
            field.addListener((o, a, b) -> {
                if (!note.get().isEmpty()) {
                    forgetPassword();
                }
            });
        }
    }

    /**
     * Fills the form with {@code address} (a remembered server), else with the server remembered last, else
     * leaves the defaults (port 5432, the role from PGUSER or the operating-system user); then offers the
     * password the role's ~/.pgpass holds for it, read off the JavaFX thread.
     */
    public void fill(String address) {
        String chosen = address;
        if (chosen == null) {
            chosen = session.settings().recent().stream().filter(r -> SharedAddress.of(r).isPresent()).findFirst()
                    .orElse(null);
        }
        SharedAddress.of(chosen).ifPresent(a -> {
            host.set(a.host());
            port.set(Integer.toString(a.port()));
            database.set(a.database());
            user.set(a.user());
            schema.set(a.schema());
            remember.set(true);
            offerSavedPassword();
        });
    }

    /**
     * Puts the password the role's ~/.pgpass holds for the form's server, database and role in the empty
     * password field (read off the JavaFX thread): when the form is filled in, and when the officer reaches the
     * password field after typing the rest.
     */
    public void offerSavedPassword() {
        SharedAddress a = address();
        if (a == null || !password.get().isEmpty()) {
            return;
        }
        session.runner().fetch((p, c) -> a.savedPassword(), saved -> {
            if (saved != null && password.get().isEmpty() && a.equals(address())) {
                offering = true;
                password.set(new String(saved));
                offering = false;
                note.set(session.t("connect.fromPgpass"));
            }
            if (saved != null) {
                Arrays.fill(saved, '\0');
            }
        }, e -> { }); // an unreadable ~/.pgpass only means no password is offered
    }

    /** The form's server, or null while a field is missing or the port is not a number. */
    SharedAddress address() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (host.get().isBlank() || database.get().isBlank() || user.get().isBlank() || p < 1 || p > 65535) {
            return null;
        }
        return new SharedAddress(host.get().strip(), p, database.get().strip(), user.get().strip(),
                schema.get().isBlank() ? SharedAddress.DEFAULT_SCHEMA : schema.get().strip());
    }

    /** Connects in the background; a refusal is shown in plain words in {@link #errorProperty()}. */
    public void connect() {
        if (connecting.get()) {
            return;
        }
        SharedAddress a = address();
        if (a == null) {
            error.set(session.t("connect.incomplete"));
            return;
        }
        char[] typed = password.get().isEmpty() ? null : password.get().toCharArray();
        error.set("");
        connecting.set(true);
        boolean started = session.connect(a, typed, remember.get(), wb -> {
            connecting.set(false);
            forgetPassword();
            done.set(true);
            connected.run();
        }, why -> {
            connecting.set(false);
            error.set(why);
        });
        if (!started) {
            connecting.set(false);
            if (typed != null) {
                Arrays.fill(typed, '\0');
            }
        }
    }

    /** Stops a connection under way (the server's answer is then let go). */
    public void cancel() {
        if (connecting.get()) {
            session.runner().status().cancel();
        }
    }

    /** Empties the password field: when connected, and when the dialog closes. */
    public void forgetPassword() {
        password.set("");
        note.set("");
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The schema the workspace lives in: emis unless the administrator made another (a training copy…). */
    public StringProperty schemaProperty() {
        return schema;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Remember the server, database and role in the recent workspaces (never the password). */
    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting;
    }

    /** True once connected: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    /** Why the last attempt failed, in plain words ("" when none). */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Where the offered password came from ("" when typed). */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }
}
