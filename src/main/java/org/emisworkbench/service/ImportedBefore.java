package org.emisworkbench.service;

import java.util.List;
import java.util.Objects;
import org.emisworkbench.model.BatchInfo;
import org.emisworkbench.template.Template;

/**
 * The earlier imports of a file's content, census year by census year: a file holding two years side by side
 * (year bands, sheets named by year) imported for 2023 is not yet imported for 2024. The same file, year and
 * template again is a no-op; another template reads that year again (its first reading was wrong).
 */
final class ImportedBefore {
    private final List<BatchInfo> batches;

    ImportedBefore(List<BatchInfo> batches) {
        this.batches = List.copyOf(batches);
    }

    boolean none() {
        return batches.isEmpty();
    }

    /** The latest batch of the file whatever its year, or null. */
    BatchInfo latest() {
        return batches.isEmpty() ? null : batches.get(batches.size() - 1);
    }

    /**
     * The batch that already read this file for this census year with this template, or null when the file is
     * to be read: not imported for that year, or the officer now names another template for it.
     *
     * @param forced the template the officer gave, null when it is chosen by its fit
     * @param year   the census year the file is imported as; null when none is known, and then any year's
     */
    BatchInfo sameReading(Template forced, Integer year) {
        // No census year known (a file of another role): the latest reading, whatever its year.
        BatchInfo same = year == null ? latest() : null;
        for (BatchInfo b : batches) {
            if (year != null && year.equals(b.year())) {
                same = b;
            }
        }
        if (same == null || forced != null && !forced.id().equals(same.templateId())) {
            return null;
        }
        return same;
    }

    /** The census years the file was imported for, each once, in the order first imported. */
    List<Integer> years() {
        return batches.stream().map(BatchInfo::year).filter(Objects::nonNull).distinct().toList();
    }
}
