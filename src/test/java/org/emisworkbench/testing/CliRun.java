package org.emisworkbench.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.emisworkbench.cli.EmisCli;
import picocli.CommandLine;

/**
 * One run of the {@code emis} command line in a test: its exit code and what it printed. The one way every
 * test runs a command; output and errors are caught through the terminal writers the command line really
 * uses, so a test sees what the officer would (control characters made visible).
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code emis} with these arguments. */
    public static CliRun emis(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EmisCli.commandLine(out, err);
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The output read as JSON (for {@code --format json}). */
    public JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }
}
