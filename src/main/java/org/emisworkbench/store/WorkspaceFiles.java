package org.emisworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Looking at a workspace file from the outside, without opening it as a workspace: opening runs the
 * schema scripts, which must never touch a database that is not ours.
 */
public final class WorkspaceFiles {
    /** What a path given as a workspace holds. */
    public enum Found {
        /** No file there yet. */
        NOTHING,
        /** A workspace database of this workbench. */
        WORKSPACE,
        /** Something else: a folder, another program's file, or an H2 database without our tables. */
        OTHER
    }

    private WorkspaceFiles() {
    }

    /**
     * What the workspace path {@code path} ({@code census} or {@code census.mv.db}) holds.
     *
     * @throws WorkspaceException when a database is there but cannot be read, e.g. because another
     *                            program has it open
     */
    public static Found inspect(Path path) {
        Path file = Workspace.databaseFile(path);
        if (!Files.exists(file)) {
            return Found.NOTHING;
        }
        if (!Files.isRegularFile(file) || !Workspace.looksLikeH2(file)) {
            return Found.OTHER;
        }
        try {
            if (Files.size(file) == 0) {
                return Found.WORKSPACE; // H2 treats an empty file as a new database, as Workspace.open does
            }
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotReadFile", file, e.getMessage());
        }
        return hasOurTables(file) ? Found.WORKSPACE : Found.OTHER;
    }

    /**
     * Whether the file passes the check every workspace passes before it is opened: read from its
     * storage, never opened as a database, so looking neither runs nor changes anything in it.
     */
    private static boolean hasOurTables(Path file) {
        try {
            WorkspaceCheck.verify(file);
            return true;
        } catch (WorkspaceException e) {
            String key = e.message().key();
            if (key.startsWith("workspace.unsafe.") || key.equals("workspace.notOurs")) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The files the database engine keeps for the workspace file {@code path} names: the database itself
     * ({@code census.mv.db}) and the trace and lock files it may write beside it. What a workspace that was
     * created and must not stay (an unfinished copy, an import that stored nothing) is removed with.
     */
    public static java.util.List<Path> engineFiles(Path path) {
        Path file = Workspace.databaseFile(path);
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - Workspace.SUFFIX.length());
        return java.util.List.of(file, file.resolveSibling(base + ".trace.db"), file.resolveSibling(base + ".lock.db"));
    }

    /** The name a workspace file gets when set aside with {@code label}: {@code census.label.mv.db}. */
    public static Path asideName(Path path, String label) {
        Path file = Workspace.databaseFile(path);
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - Workspace.SUFFIX.length()) + "." + label
                + Workspace.SUFFIX);
    }

    /**
     * Moves the closed workspace file at {@code path} aside to {@link #asideName}, replacing an older
     * copy of that name, and returns where it went. Moving (not copying) leaves the path free for a new
     * workspace while every byte of the old one is kept.
     */
    public static Path setAside(Path path, String label) {
        Path file = Workspace.databaseFile(path);
        Path target = asideName(path, label);
        try {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FilePermissions.restrictToOwner(target);
            return target;
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.cannotSetAside", file.getFileName(), target.getFileName(),
                    e.getMessage());
        }
    }
}
