package org.emisworkbench.model;

import java.time.Instant;

/** An imported file as the workspace remembers it. */
public record BatchInfo(long id, String fileName, String fileHash, String templateId, int templateVersion,
                        String role, Integer year, Instant importedAt, int schoolsAdded, int schoolsReplaced,
                        long valuesStored, int problems, String importedBy) {
}
