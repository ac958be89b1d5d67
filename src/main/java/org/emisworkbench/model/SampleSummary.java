package org.emisworkbench.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the sample generator produced.
 *
 * @param outDir        the output folder
 * @param seed          the seed used; the same seed and school count give the same files
 * @param schools       schools in the master list
 * @param filesWritten  workbooks plus the answer key
 * @param bytesWritten  total size of the files written
 * @param errorsPlanted entries in answer-key.json
 * @param errorsByKind  planted errors per kind, in the contract's order
 */
public record SampleSummary(Path outDir, long seed, int schools, int filesWritten, long bytesWritten,
                            int errorsPlanted, Map<String, Integer> errorsByKind) {
    public SampleSummary {
        errorsByKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errorsByKind));
    }
}
