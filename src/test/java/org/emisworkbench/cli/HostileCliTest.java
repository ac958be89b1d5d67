package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line facing hostile file names and a user asking for help. */
class HostileCliTest {
    @TempDir
    Path dir;

    private static void commandPaths(CommandLine cl, List<String> prefix, List<List<String>> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            out.add(path);
            commandPaths(sub, path, out);
        });
    }

    @Test
    void everyCommandAnswersHelpEvenWithRequiredOptions() {
        List<List<String>> commands = new ArrayList<>();
        commandPaths(EmisCli.commandLine(), List.of(), commands);
        assertTrue(commands.size() >= 16, commands::toString);
        assertTrue(commands.contains(List.of("import")));
        for (List<String> c : commands) {
            List<String> args = new ArrayList<>(c);
            args.add("--help");
            CliRun r = emis(args.toArray(String[]::new));
            assertEquals(0, r.code(), () -> c + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: emis " + String.join(" ", c)), () -> c + ": " + r.out());
            assertFalse(r.err().contains("Missing required"), r::err);
        }
        assertTrue(emis("import", "--help").out().contains("--db"));
    }

    @Test
    void escapeSequencesAndLineBreaksInAFileNameNeverReachTheTerminalRaw() throws Exception {
        String name = "evil\u001b]0;owned\u0007\u001b[2J\u202e\nOK      fake.xlsx";
        Path evil = Files.write(dir.resolve(name), new byte[] {1, 2, 3, 4});
        CliRun r = emis("import", "--db", dir.resolve("w").toString(), evil.toString());
        assertEquals(1, r.code(), r.err());
        String all = r.out() + r.err();
        for (char c : all.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f || c == 0x202e,
                    () -> "raw control character " + (int) c + " in: " + all);
        }
        for (String line : r.out().split("\\R")) {
            assertFalse(line.startsWith("OK "), () -> "forged line: " + r.out());
        }
        assertTrue(r.out().contains("evil\\u001B]0;owned\\u0007\\u001B[2J\\u202E\\nOK      fake.xlsx"), r.out());
    }

    @Test
    void aStoredFileNameWithALineBreakStaysOnItsLineInEveryListing() throws Exception {
        Path file = Files.copy(Path.of("sample-workbooks/2024/wide/D01-2024.xlsx"),
                dir.resolve("D01-2024\n#999   forged.xlsx\u001b[8m.xlsx"));
        String db = dir.resolve("w").toString();
        CliRun imported = emis("import", "--db", db, file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("OK      "), imported.out());
        CliRun info = emis("db-info", "--db", db);
        assertEquals(0, info.code(), info.err());
        for (String out : List.of(imported.out(), info.out())) {
            assertFalse(out.contains("\u001b"), out);
            for (String line : out.split("\\R")) {
                assertFalse(line.startsWith("#999"), () -> "forged line: " + out);
            }
        }
        assertTrue(info.out().contains("D01-2024\\n#999   forged.xlsx\\u001B[8m.xlsx"), info.out());
    }

    @Test
    void controlCharactersFromDataAreVisibleInEveryOutputFormat() {
        StringWriter sink = new StringWriter();
        var w = TerminalText.writer(sink);
        w.println("a\u001b[31mred\u009b0m\tb");
        w.flush();
        assertEquals("a\\u001B[31mred\\u009B0m\tb" + System.lineSeparator(), sink.toString());
    }
}
