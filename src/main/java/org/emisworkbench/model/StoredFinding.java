package org.emisworkbench.model;

import java.time.Instant;

/**
 * A finding as the workspace keeps it, with its follow-up and the id of the rule pack that raised it.
 * {@code causedBy} is the id of the finding it follows from (folded under it, not counted), or null.
 * {@code markedBy} is who marked it (the operating-system user, or the database role of a shared workspace),
 * or null when it is not marked or was marked before that was recorded.
 */
public record StoredFinding(long id, Finding finding, FindingStatus status, String comment,
                            Instant markedAt, Instant firstSeen, Instant lastSeen, String packId, Long causedBy,
                            String markedBy) {

    /** Whether this finding is a consequence of another: listed under its cause, not counted. */
    public boolean folded() {
        return causedBy != null || finding.folded();
    }
}
