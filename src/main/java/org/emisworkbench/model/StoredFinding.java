package org.emisworkbench.model;

import java.time.Instant;

/** A finding as the workspace keeps it, with its follow-up. */
public record StoredFinding(long id, FindingRecord finding, FindingStatus status, String comment,
                            Instant markedAt, Instant firstSeen, Instant lastSeen) {
}
