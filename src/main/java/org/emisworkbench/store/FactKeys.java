package org.emisworkbench.store;

/**
 * Keys of {@code fact_row}: the rows of one return are the key range starting at
 * {@code returnId * ROWS_PER_RETURN}, so a school's figures are found through the primary key alone.
 */
final class FactKeys {
    static final int ROWS_PER_RETURN = 1024;

    private FactKeys() {
    }

    static long first(long returnId) {
        return returnId * ROWS_PER_RETURN;
    }

    static long last(long returnId) {
        return first(returnId) + ROWS_PER_RETURN - 1;
    }

    /** SQL condition joining {@code f} (fact_row) to {@code r} (school_return) through the key range. */
    static final String JOIN = "f.id BETWEEN r.id * " + ROWS_PER_RETURN + " AND r.id * " + ROWS_PER_RETURN + " + "
            + (ROWS_PER_RETURN - 1);
}
