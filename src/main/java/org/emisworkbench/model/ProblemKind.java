package org.emisworkbench.model;

/** Cell-level problems found while importing. None of them stops the file; all are stored. */
public enum ProblemKind {
    NOT_A_NUMBER,
    NEGATIVE_COUNT,
    FRACTIONAL_COUNT,
    FORMULA_ERROR,
    UNKNOWN_CODE,
    BLANK_KEY,
    DUPLICATE_SCHOOL,
    TOTAL_MISMATCH,
    BAD_DATE,
    MISSING_REQUIRED_VALUE,
    UNMATCHED_COLUMN;

    /** The kind in words, key {@code problem.NAME} of the core texts. */
    public Message message() {
        return Message.of("problem." + name());
    }
}
