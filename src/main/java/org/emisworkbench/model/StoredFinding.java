package org.emisworkbench.model;

import java.time.Instant;

/** A finding as the workspace keeps it, with its follow-up and the id of the rule pack that raised it. */
public record StoredFinding(long id, FindingRecord finding, FindingStatus status, String comment,
                            Instant markedAt, Instant firstSeen, Instant lastSeen, String packId) {
}
