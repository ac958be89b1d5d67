package org.emisworkbench.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import org.emisworkbench.model.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The {@code emis} command line: one sub-command per use case, each a thin caller of a service. */
// The help options are inherited: every sub-command answers --help, even one with required options.
@Command(name = "emis", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = EmisCli.Version.class,
        description = "EMIS Workbench: import, validate and report annual school census returns.",
        subcommands = {ImportCommand.class, TemplatesCommand.class, TemplateCommand.class, SamplesCommand.class, DbInfoCommand.class,
            SchoolsCommand.class, TraceCommand.class, ValidateCommand.class, RulesCommand.class, FindingsCommand.class, ConfirmCommand.class,
            IndicatorsCommand.class, ReportCommand.class, ExportCommand.class, ExploreCommand.class, PackageCommand.class,
            ImportPackageCommand.class, QueriesCommand.class, WorkshopCommand.class, BenchCommand.class,
            BackupsCommand.class, RestoreCommand.class, AdminCommand.class, BoundariesCommand.class, WorkspaceCommand.class,
            StructureCommand.class, WithdrawCommand.class,
            CommandLine.HelpCommand.class})
public final class EmisCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        CommandLine cl = commandLine();
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Outside the use cases (which say it themselves): one plain sentence, never a stack trace.
            cl.getErr().println("error: " + TerminalText.message(Message.of("work.outOfMemory")));
            code = PlainErrors.FAILED;
        }
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /** The configured command line, writing to the terminal; tests may set their own writers. */
    public static CommandLine commandLine() {
        Charset cs = Charset.defaultCharset();
        return commandLine(new OutputStreamWriter(System.out, cs), new OutputStreamWriter(System.err, cs));
    }

    /**
     * The configured command line writing to {@code out} and {@code err} through {@link TerminalText}: no
     * control character from a file name or a cell reaches the terminal raw (help is therefore plain,
     * without colours).
     */
    public static CommandLine commandLine(Writer out, Writer err) {
        CommandLine cl = new CommandLine(new EmisCli());
        withHelp(cl);
        return cl.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new PlainErrors())
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setOut(TerminalText.writer(out)).setErr(TerminalText.writer(err));
    }

    /** Every command and sub-command takes --help (and --version), however it was declared. */
    private static void withHelp(CommandLine cl) {
        CommandLine.Model.CommandSpec s = cl.getCommandSpec();
        if (s.findOption("--help") == null) {
            s.mixinStandardHelpOptions(true);
            s.versionProvider(new Version());
        }
        cl.getSubcommands().values().forEach(EmisCli::withHelp);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EmisCli.class.getPackage().getImplementationVersion();
            return new String[] {"EMIS Workbench " + (v == null ? "development" : v)};
        }
    }
}
