package org.emisworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code emis} command line: one sub-command per use case, each a thin caller of a service. */
@Command(name = "emis", mixinStandardHelpOptions = true, versionProvider = EmisCli.Version.class,
        description = "EMIS Workbench: import, validate and report annual school census returns.",
        subcommands = {ImportCommand.class, TemplatesCommand.class, TemplateCommand.class, SamplesCommand.class, DbInfoCommand.class,
            SchoolsCommand.class, TraceCommand.class, ValidateCommand.class, RulesCommand.class, FindingsCommand.class, ConfirmCommand.class,
            IndicatorsCommand.class, ReportCommand.class, ExportCommand.class, QueriesCommand.class, WorkshopCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class EmisCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests call it with their own output writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EmisCli());
        withHelp(cl);
        return cl.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(new PlainErrors());
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
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EmisCli.class.getPackage().getImplementationVersion();
            return new String[] {"EMIS Workbench " + (v == null ? "development" : v)};
        }
    }
}
