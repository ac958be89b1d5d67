package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Sessions for tests: settings in a throw-away preferences node, the app's home in a temp folder. */
final class TestSessions {
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestSessions::dropTestPrefs));
    }

    private TestSessions() {
    }

    static AppSettings settings(Path home) {
        return new AppSettings(Preferences.userRoot().node("emis-workbench-test/" + UUID.randomUUID()), home);
    }

    static Session direct(Path home, Notifier notifier) {
        return new Session(settings(home), new DirectTaskRunner(), notifier);
    }

    static void forget(Session session) {
        session.closeWorkspace();
    }

    static void dropTestPrefs() {
        try {
            Preferences.userRoot().node("emis-workbench-test").removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // best effort
        }
    }

    /** The committed sample workbooks of the project. */
    static Path samples() {
        return Path.of("sample-workbooks").toAbsolutePath();
    }
}
