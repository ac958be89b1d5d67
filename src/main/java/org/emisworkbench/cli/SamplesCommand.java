package org.emisworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.SampleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis samples}: write the fictional sample country. */
@Command(name = "samples", description = "Write the sample country (returns in three layouts, master list,"
        + " population, answer-key.json).")
final class SamplesCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into")
    Path out;

    @Option(names = "--force", description = "Replace files of the same kind already there (never the workspace)")
    boolean force;

    @Option(names = "--seed", defaultValue = "2024", description = "Random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--schools", defaultValue = "420", description = "Number of schools (default ${DEFAULT-VALUE})")
    int schools;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var summary = SampleService.generate(out, seed, schools, CliProgress.to(spec.commandLine().getErr()),
                Cancellation.none(), force);
        spec.commandLine().getOut().printf("Wrote %d files (%d schools, %d planted errors) to %s%n",
                summary.filesWritten(), summary.schools(), summary.errorsPlanted(), out.toAbsolutePath());
        return 0;
    }
}
