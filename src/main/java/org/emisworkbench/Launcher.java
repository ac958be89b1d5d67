package org.emisworkbench;

import org.emisworkbench.cli.EmisCli;

/**
 * Entry point of the jar. With a command it runs the CLI; without one it starts the GUI. Kept apart
 * from the JavaFX Application class, which cannot be a jar's main class with JavaFX on the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.emisworkbench.gui.WorkbenchApp.class);
            return;
        }
        int status = EmisCli.run(args);
        org.emisworkbench.store.StuckEngineGuard.exitStatus(status);
        System.exit(status);
    }
}
