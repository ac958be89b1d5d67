package org.emisworkbench.service;

import java.nio.file.Path;

/** The workbench's own folder: the sample country, reports and the sample workspace live there. */
public final class AppHome {
    private AppHome() {
    }

    /** {@code -Demis.home=DIR} when given (tests, a shared training laptop), else {@code ~/EMIS Workbench}. */
    public static Path folder() {
        String h = System.getProperty("emis.home");
        return h != null ? Path.of(h) : Path.of(System.getProperty("user.home"), "EMIS Workbench");
    }
}
