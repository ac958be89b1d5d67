package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.emisworkbench.service.DistrictGrant;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code emis admin}: what a database administrator needs of a shared workspace (docs/shared-workspace.md). */
@Command(name = "admin", description = "For a database administrator: review a shared workspace's schema scripts,"
        + " give district officers' roles their districts.",
        subcommands = {AdminCommand.Migrations.class, AdminCommand.DistrictRole.class})
final class AdminCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code emis admin migrations --print}: every schema script, in the order the workbench runs them. */
    @Command(name = "migrations", description = "Print the schema scripts a workspace runs, in order, to review them"
            + " before a shared workspace is created or upgraded.")
    static final class Migrations implements Callable<Integer> {
        @Option(names = "--print", required = true, description = "Print every script (SQL), one after another")
        boolean print;

        @Option(names = "--engine", defaultValue = "postgresql",
                description = "postgresql (a shared workspace) or h2 (a workspace file); default ${DEFAULT-VALUE}")
        Engine engine;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        enum Engine { postgresql, h2 }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(Workbench.schemaScripts(engine == Engine.postgresql));
            out.flush();
            return 0;
        }
    }

    /**
     * {@code emis admin district-role}: a district officer's database role may change only its districts'
     * returns and findings in a shared workspace, and reads everything (decision 0027). Run as the role owning
     * the workspace's tables.
     */
    @Command(name = "district-role", description = "In a shared workspace: let a database role change only its"
            + " districts' returns and findings (--role R --district D …; it reads everything), list the roles"
            + " and their districts (--list), or take districts away (--remove --role R [--district D …]; a role"
            + " left with none only reads). Run as the role that owns the workspace's tables.")
    static final class DistrictRole implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--role", paramLabel = "ROLE", description = "The officer's login role on the server")
        String role;

        @Option(names = "--district", paramLabel = "CODE", description = "A district code (repeat for several)")
        List<String> districts = new ArrayList<>();

        @Option(names = "--list", description = "List the district officers' roles and their districts")
        boolean list;

        @Option(names = "--remove", description = "Take the districts named (all when none is) from the role")
        boolean remove;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (list && (remove || role != null || !districts.isEmpty())) {
                throw new ParameterException(spec.commandLine(), "--list takes no --role, --district or --remove");
            }
            if (!list && role == null) {
                throw new ParameterException(spec.commandLine(), "Name the role (--role), or --list");
            }
            if (!list && !remove && districts.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Name the role's district (--district)");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench wb = workspace.open()) {
                if (list) {
                    List<DistrictGrant> grants = wb.districtGrants();
                    if (grants.isEmpty()) {
                        out.println("No district officer's role: every role that may change the workspace"
                                + " changes every district (a role whose districts were all taken away only reads).");
                    }
                    for (DistrictGrant g : grants) {
                        out.printf("%-32s %-12s given %s by %s%n", TerminalText.line(g.role()),
                                TerminalText.line(g.district()), g.grantedAt().truncatedTo(
                                        java.time.temporal.ChronoUnit.SECONDS),
                                g.grantedBy() == null ? "?" : TerminalText.line(g.grantedBy()));
                    }
                } else if (remove) {
                    int n = wb.removeDistricts(role, districts);
                    List<String> left = wb.districtGrants().stream().filter(g -> g.role().equals(role))
                            .map(DistrictGrant::district).toList();
                    out.printf("%d district(s) taken from %s. %s%n", n, role, left.isEmpty()
                            ? "It now only reads the workspace." : "It may still change " + String.join(", ", left)
                            + ".");
                } else {
                    wb.grantDistricts(role, districts);
                    List<String> all = wb.districtGrants().stream().filter(g -> g.role().equals(role))
                            .map(DistrictGrant::district).toList();
                    out.printf("%s may change the returns and findings of %s only, and reads everything.%n", role,
                            String.join(", ", all));
                }
            }
            out.flush();
            return 0;
        }
    }
}
