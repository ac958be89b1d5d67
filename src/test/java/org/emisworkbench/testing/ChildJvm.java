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

    /**
     * What a finished child printed (stdout and stderr together) and its exit code (-1: killed at the time limit);
     * for a child killed at the limit, its threads as they stood just before, so a failure says where it was.
     */
    public record Result(int exitCode, String output, String threadsWhenKilled) {
        /** The last lines, and the threads of a killed child, for assertion messages. */
        public String tail() {
            String[] lines = output.split("\n");
            return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 60), lines.length))
                    + (threadsWhenKilled.isEmpty() ? "" : "\n[killed at the time limit; its threads then:]\n"
                    + threadsWhenKilled);
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
        return start(main, List.of("-Xmx" + heap,
                exitOnOutOfMemory ? "-XX:+ExitOnOutOfMemoryError" : "-XX:-ExitOnOutOfMemoryError"), args);
    }

    private static Process start(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Runs the class to its end with one more JVM option (a collector, say), killing it after {@code timeout}. */
    public static Result run(Class<?> main, String heap, String jvmOption, long timeout, TimeUnit unit,
                             String... args) throws IOException, InterruptedException {
        return run(start(main, List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", jvmOption), args), timeout, unit);
    }

    /** Runs the class to its end, killing it after {@code timeout}. */
    public static Result run(Class<?> main, String heap, long timeout, TimeUnit unit, String... args)
            throws IOException, InterruptedException {
        return run(start(main, heap, args), timeout, unit);
    }

    /**
     * Runs the class to its end with one more JVM option (a collector, say), without exiting on running out of
     * memory, killing it after {@code timeout}.
     */
    public static Result runThroughOutOfMemory(Class<?> main, String heap, String jvmOption, long timeout,
                                               TimeUnit unit, String... args) throws IOException, InterruptedException {
        return run(start(main, List.of("-Xmx" + heap, "-XX:-ExitOnOutOfMemoryError", jvmOption), args), timeout, unit);
    }

    private static Result run(Process p, long timeout, TimeUnit unit) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> drain(p.getInputStream(), out), "child-output");
        reader.start();
        boolean done = p.waitFor(timeout, unit);
        String threads = "";
        if (!done) {
            threads = threadDump(p.pid());
            p.destroyForcibly().waitFor();
        }
        reader.join(10_000);
        synchronized (out) {
            return new Result(done ? p.exitValue() : -1, out.toString(), threads);
        }
    }

    /** The threads of a running child, by the JDK's own jcmd; a line saying why when that fails. */
    private static String threadDump(long pid) {
        try {
            // Into a file, so a jcmd that cannot attach to a starved child is given up after a while.
            Path dump = java.nio.file.Files.createTempFile("child-threads", ".txt");
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid), "Thread.print").redirectErrorStream(true).redirectOutput(dump.toFile())
                        .start();
                if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
                    jcmd.destroyForcibly().waitFor();
                }
                return java.nio.file.Files.readString(dump, StandardCharsets.UTF_8);
            } finally {
                java.nio.file.Files.deleteIfExists(dump);
            }
        } catch (IOException | RuntimeException e) {
            return "[no thread dump: " + e + "]";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "[no thread dump: interrupted]";
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
