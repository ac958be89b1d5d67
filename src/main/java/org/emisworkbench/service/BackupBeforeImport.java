package org.emisworkbench.service;

import java.nio.file.Path;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.store.WorkspaceException;

/**
 * The backup an import run keeps of the workspace before its first write: made once per run, only when
 * a file is about to be stored (a run of files already imported writes nothing, so it keeps nothing),
 * and not for a workspace that holds no import yet; removed again at the end of a run whose every file was
 * refused ({@link #finish}). A backup that cannot be made stops the run: that
 * file and every later one are not imported.
 */
final class BackupBeforeImport {
    private final Workbench workbench;
    private final int kept;
    private final Progress progress;
    private final Cancellation cancel;
    private boolean tried;
    private Path made;
    private Message failure;

    BackupBeforeImport(Workbench workbench, int kept, Progress progress, Cancellation cancel) {
        this.workbench = workbench;
        this.kept = kept;
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Makes the backup if this run has not tried yet. Call under the import lock, just before writing.
     *
     * @return null when writing may go on; otherwise why no backup could be kept
     * @throws org.emisworkbench.model.CancelledException when cancelled while copying (no file is left)
     */
    Message beforeWriting() {
        if (!tried) {
            try {
                // "Keeping a backup…" only when one is kept: a new workspace has nothing to lose.
                made = workbench.workspace().backupBeforeImport(cancel,
                        () -> progress.step(0, -1, Message.of("import.keepingBackup")));
            } catch (WorkspaceException e) {
                failure = e.message();
            }
            // Only now: an Error (memory ran out) or a cancel half-way leaves the run without a copy, and
            // the next file to be written must try again rather than write to a workspace no copy exists of.
            tried = true;
        }
        return failure;
    }

    /** Why the run must stop, once a backup failed; null otherwise. */
    Message failure() {
        return failure;
    }

    /**
     * At the end of the run: when it wrote something, only the newest backups are left (as many as kept); when it
     * wrote nothing (every file refused), the backup made is removed, as it is the workspace as it still is and
     * would only have pushed an older backup out. Older backups are never removed for a run that stored nothing.
     */
    void finish(boolean written) {
        if (made == null) {
            return;
        }
        if (written) {
            workbench.workspace().pruneBeforeImportBackups(kept);
        } else {
            workbench.workspace().discardBeforeImportBackup(made);
            made = null;
        }
    }

    /** The backup made, or null. */
    Path made() {
        return made;
    }
}
