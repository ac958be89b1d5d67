package org.emisworkbench.gui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file or folder the workbench wrote with the program the computer uses for it, and says
 * whether one did: the JavaFX host services only log "No web browser found" when none is installed,
 * which leaves the officer waiting for a PDF that never shows.
 */
@FunctionalInterface
interface DesktopOpener {
    /** Opens {@code path} (run off the JavaFX thread: it may wait for the system); false when nothing could. */
    boolean open(Path path);

    /** The system's way: xdg-open on Linux (its exit code says whether a program took the file), else AWT's Desktop. */
    DesktopOpener SYSTEM = path -> {
        if (!Files.exists(path)) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            return xdgOpen(path);
        }
        try {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                return false;
            }
            java.awt.Desktop.getDesktop().open(path.toFile());
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // no program is associated with the file
        }
    };

    private static boolean xdgOpen(Path path) {
        String pathVar = System.getenv("PATH");
        boolean found = pathVar != null && java.util.Arrays.stream(pathVar.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "xdg-open")));
        if (!found) {
            return false;
        }
        try {
            // The file name is one argument, never read by a shell.
            Process p = new ProcessBuilder("xdg-open", path.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                return true; // still starting a viewer: it was found
            }
            return p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
