package org.emisworkbench.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes sure the program ends after the database engine failed. When memory runs out inside H2, a lock of its
 * store can stay taken for good; H2's own exit hook ({@code OnExitDatabaseCloser}, registered for every
 * workspace file whatever {@code DB_CLOSE_ON_EXIT} says) then waits on it forever, and the program never ends
 * although its work is done and reported. Once the engine has closed a workspace after a failure, a hook of
 * ours waits for H2's to finish and, should it still be waiting after {@link #GRACE_SECONDS}, stops the
 * program with its exit status. Nothing is lost by that: the workspace file is reopened from its last complete
 * state at the next start, as after a crash.
 */
public final class StuckEngineGuard {
    static final long GRACE_SECONDS = 15;
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static volatile int exitStatus;

    private StuckEngineGuard() {
    }

    /** The status the program is ending with (the CLI's), used should it have to be stopped. */
    public static void exitStatus(int status) {
        exitStatus = status;
    }

    /** Called once the engine closed a workspace, or memory ran out, after a failure; idempotent. */
    public static void arm() {
        if (ARMED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(StuckEngineGuard::awaitEngineHooks, "emis-exit-guard"));
        }
    }

    private static void awaitEngineHooks() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(StuckEngineGuard::engineExitHook)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.err.println("The database engine did not close after its failure; the program stops now (the"
                + " workspace opens from its last complete state next time).");
        Runtime.getRuntime().halt(exitStatus);
    }

    private static boolean engineExitHook(Thread t) {
        return t.isAlive() && t.getClass().getName().equals("org.h2.engine.OnExitDatabaseCloser");
    }
}
