package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.store.Workspace;
import org.emisworkbench.store.WorkspaceCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a workspace into a new one, from a workspace file to a shared workspace on PostgreSQL and back
 * ({@code emis workspace copy}, decision 0018): how a district's or a workshop's file becomes the national
 * team's shared workspace, and how a shared one is taken to a laptop. The target must be new, so nothing is
 * ever replaced; a copy that fails leaves no new file behind.
 */
final class WorkspaceCopier {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceCopier.class);

    private WorkspaceCopier() {
    }

    static WorkspaceCopied copy(Workbench from, String target, Map<String, String> env,
            Function<String, char[]> prompt, Progress progress, Cancellation cancel) {
        Path newFile = null;
        if (!Workbench.isSharedAddress(target)) {
            try {
                newFile = Workspace.databaseFile(Path.of(target)).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw new ServiceException(Message.of("workspace.cannotOpen", target, e.getReason()));
            }
            Path source = from.isShared() ? null : from.workspace().file().toAbsolutePath().normalize();
            if (newFile.equals(source)) {
                throw new ServiceException(Message.of("workspace.copySame", from.name()));
            }
            if (Files.exists(newFile)) {
                throw new ServiceException(Message.of("workspace.copyTargetExists", newFile));
            }
        }
        // A file is filled under a name of its own and takes the target's name only when complete: a copy
        // stopped however (a failure, Esc, Ctrl+C, a power cut) never leaves a workspace under the name asked for.
        Path filling = newFile == null ? null
                : newFile.resolveSibling(newFile.getFileName().toString().replace(".mv.db", ".copying.mv.db"));
        if (filling != null) {
            removeUnfinished(filling); // the leftover of an earlier copy that was cut
        }
        boolean copied = false;
        WorkspaceCopied result;
        Workbench to = Workbench.open(filling == null ? target : filling.toString(), env, prompt);
        try {
            if (to.isShared() && from.isShared() && to.location().equals(from.location())) {
                throw new ServiceException(Message.of("workspace.copySame", from.name()));
            }
            WorkspaceCopy.Copied done = from.store(ws -> WorkspaceCopy.copy(ws, to.workspace(), progress, cancel));
            LOG.info("Copied {} rows from {} to {}", done.rows(), done.from(), done.to());
            result = new WorkspaceCopied(from.location(), newFile == null ? to.location() : newFile.toString(),
                    done.tables().stream().map(t -> new WorkspaceCopied.Table(t.table(), t.rows(), t.alreadyThere()))
                            .toList());
            copied = true;
        } finally {
            to.close();
            if (!copied && filling != null) {
                removeUnfinished(filling);
            }
        }
        if (filling != null) {
            try {
                Files.move(filling, newFile);
            } catch (IOException e) {
                removeUnfinished(filling);
                throw new ServiceException(Message.of("workspace.copyFailed", from.name(), newFile, e.getMessage()), e);
            }
            removeUnfinished(filling); // the engine's trace file, if any
        }
        return result;
    }

    /** A file this copy created and could not fill goes, with the engine's files beside it. */
    private static void removeUnfinished(Path file) {
        for (Path part : org.emisworkbench.store.WorkspaceFiles.engineFiles(file)) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished copy {}: {}", file, e.getMessage());
            }
        }
    }
}
