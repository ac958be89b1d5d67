package org.emisworkbench.service;

import java.nio.file.Path;

/**
 * Keeps a workspace open in a second process, as another EMIS Workbench window would: prints OPEN once
 * it holds it, then waits until its standard input ends (or 120 s). Argument: the workspace.
 */
public final class HoldWorkspaceMain {
    private HoldWorkspaceMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Workbench wb = Workbench.open(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            long end = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < end && System.in.read() >= 0) {
                // waiting for the parent to close our input
            }
        }
    }
}
