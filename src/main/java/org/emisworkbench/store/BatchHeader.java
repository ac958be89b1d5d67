package org.emisworkbench.store;

import java.util.Objects;

/** What is known of a file before its rows are stored. */
public record BatchHeader(String fileName, String filePath, String fileHash, long fileSize, String templateId,
                         int templateVersion, String layout, String role, Integer censusYear) {
    public BatchHeader {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(fileHash, "fileHash");
        Objects.requireNonNull(templateId, "templateId");
    }
}
