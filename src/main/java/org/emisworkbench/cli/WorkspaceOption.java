package org.emisworkbench.cli;

import java.io.Console;
import java.nio.file.Path;
import org.emisworkbench.service.ServiceException;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every workspace command takes: a workspace file (H2), or the address of a shared
 * workspace on PostgreSQL ({@code postgresql://host:5432/census}, decision 0018). The role and password of a
 * shared workspace come from PGUSER and PGPASSWORD, else the password is asked on the terminal (never
 * echoed), else the role's ~/.pgpass is read; a password is never taken from the command line.
 */
final class WorkspaceOption {
    @Option(names = "--db", required = true, paramLabel = "PATH|URL",
            description = "Workspace database file, e.g. census.mv.db (import, import-package, boundaries, and"
                    + " structure when it changes one, create it when absent; the other commands refuse a file that is not there); or a shared workspace"
                    + " on PostgreSQL, e.g. postgresql://dbhost:5432/census (role and password from PGUSER and"
                    + " PGPASSWORD, else asked)")
    String db;

    /**
     * Opens a workspace that is already there, asking for a shared workspace's password on the terminal when
     * none is given: a mistyped file name is refused, never made into a new, empty workspace.
     */
    Workbench open() {
        return Workbench.openExisting(db, System.getenv(), WorkspaceOption::askPassword, "workspace.noSuchFile");
    }

    /** Opens the workspace, creating a new workspace file when there is none: for the commands that store data. */
    Workbench openOrCreate() {
        return Workbench.open(db, System.getenv(), WorkspaceOption::askPassword);
    }

    /** The workspace file, for the commands that work on files beside it; refused for a shared workspace. */
    Path file(String command) {
        if (Workbench.isSharedAddress(db)) {
            throw new ServiceException(org.emisworkbench.model.Message.of("service.needsWorkspaceFile", command));
        }
        return Path.of(db);
    }

    /** The workspace file, or null for a shared workspace (which has no templates folder beside it). */
    Path fileOrNull() {
        return Workbench.isSharedAddress(db) ? null : Path.of(db);
    }

    /** Asks for a shared workspace's password on the terminal, not echoed; null when there is no terminal. */
    static char[] askPassword(String who) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] given = console.readPassword("Password for %s (Enter: none, or ~/.pgpass): ", who);
        return given == null || given.length == 0 ? null : given;
    }
}
