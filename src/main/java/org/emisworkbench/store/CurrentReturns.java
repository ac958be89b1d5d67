package org.emisworkbench.store;

/**
 * The one reading of which stored returns and figures count (decision 0080). A corrected return replaces an
 * earlier one topic by topic ({@link Supersede}): a return split over two files, or one file read with two
 * templates, keeps both halves. So a figure counts by its own row's {@code is_current} ({@link FactCodec#VISIBLE},
 * the {@code current_fact} view), never by its return's: the earlier return is no longer its school's current
 * return, yet the topics the later file did not bring still count. A school's attributes (name, district,
 * ownership ...) are those of its <em>current</em> return, the latest one; a figure takes its district from there,
 * and its file, sheet, cell and import from its own row.
 */
final class CurrentReturns {
    private CurrentReturns() {
    }

    /** Condition on {@code r} (school_return): the school's current return of its year, from a complete import. */
    static final String CURRENT = "r.is_current = TRUE AND r.batch_id IN " + Sql.COMPLETE_BATCHES;

    /**
     * Condition on {@code r}: a return of a complete import that still counts, being current or holding a current
     * figure row (another file replaced some of its topics only). Its file and rows must travel with the figures.
     */
    static final String COUNTING = "r.batch_id IN " + Sql.COMPLETE_BATCHES + " AND (r.is_current = TRUE"
            + " OR EXISTS (SELECT 1 FROM fact_row f WHERE " + FactKeys.JOIN + " AND f.is_current = TRUE))";
}
