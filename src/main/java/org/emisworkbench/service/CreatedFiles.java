package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.emisworkbench.store.Workspace;
import org.emisworkbench.store.WorkspaceFiles;
import org.slf4j.LoggerFactory;

/**
 * The engine's files an opening of a workspace file creates, when it creates the workspace itself (no workspace
 * file was there): what may be removed again when nothing was stored in it (decision 0053). A workspace file
 * already there makes nothing of the opening removable.
 */
final class CreatedFiles {
    static final CreatedFiles NONE = new CreatedFiles(List.of());

    private final List<Path> files;

    private CreatedFiles(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** Looked at before the workspace {@code db} names is opened: the engine's files not there yet. */
    static CreatedFiles before(Path db) {
        try {
            if (Files.exists(Workspace.databaseFile(db))) {
                return NONE;
            }
            List<Path> absent = new ArrayList<>();
            WorkspaceFiles.engineFiles(db).stream().filter(f -> !Files.exists(f)).forEach(absent::add);
            return new CreatedFiles(absent);
        } catch (InvalidPathException e) {
            return NONE; // the opening refuses the path with its own message
        }
    }

    /** True when the opening created the workspace. */
    boolean any() {
        return !files.isEmpty();
    }

    /**
     * True when a workspace's row counts ({@code Workbench.tableCounts}) show no row an officer's work put there: no
     * return (not even a failed one's leftover), school, master-list entry or area; only what the schema writes.
     */
    static boolean nothingStored(Map<String, Map<Integer, Long>> counts) {
        return Stream.of("import_batch", "school", "master_school", "admin_area")
                .allMatch(t -> counts.containsKey(t) && counts.get(t).getOrDefault(0, 0L) == 0L);
    }

    /**
     * Removes the files the opening created, and only those (the workspace closed first).
     *
     * @return {@code workspaceFile} when it is gone, else null
     */
    Path remove(Path workspaceFile) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                LoggerFactory.getLogger(CreatedFiles.class).warn("Could not remove the unused new workspace file {}: {}",
                        f, e.getMessage());
            }
        }
        return Files.exists(workspaceFile) ? null : workspaceFile;
    }
}
