package org.emisworkbench.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a test main() in a child JVM on the test class path, with its own heap limit. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** What a finished child printed (stdout and stderr together) and its exit code (-1: killed at the time limit). */
    public record Result(int exitCode, String output) {
        /** The last lines, for assertion messages. */
        public String tail() {
            String[] lines = output.split("\n");
            return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 60), lines.length));
        }
    }

    /** Starts {@code main} of the class; stderr is merged into stdout. The child exits on running out of memory. */
    public static Process start(Class<?> main, String heap, String... args) throws IOException {
        return start(main, heap, true, args);
    }

    /**
     * As above; with {@code exitOnOutOfMemory} false the child goes on after an {@link OutOfMemoryError}, as the
     * program does, so a test can see how it copes.
     */
    public static Process start(Class<?> main, String heap, boolean exitOnOutOfMemory, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, exitOnOutOfMemory ? "-XX:+ExitOnOutOfMemoryError" : "-XX:-ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Runs the class to its end, killing it after {@code timeout}. */
    public static Result run(Class<?> main, String heap, long timeout, TimeUnit unit, String... args)
            throws IOException, InterruptedException {
        return run(start(main, heap, args), timeout, unit);
    }

    /** Runs the class to its end without exiting on running out of memory, killing it after {@code timeout}. */
    public static Result runThroughOutOfMemory(Class<?> main, String heap, long timeout, TimeUnit unit,
                                               String... args) throws IOException, InterruptedException {
        return run(start(main, heap, false, args), timeout, unit);
    }

    private static Result run(Process p, long timeout, TimeUnit unit) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> drain(p.getInputStream(), out), "child-output");
        reader.start();
        boolean done = p.waitFor(timeout, unit);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        reader.join(10_000);
        synchronized (out) {
            return new Result(done ? p.exitValue() : -1, out.toString());
        }
    }

    private static void drain(InputStream in, StringBuilder out) {
        byte[] buf = new byte[8192];
        try (in) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                synchronized (out) {
                    out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            synchronized (out) {
                out.append("\n[output lost: ").append(e.getMessage()).append("]\n");
            }
        }
    }
}
