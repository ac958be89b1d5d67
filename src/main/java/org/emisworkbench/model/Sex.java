package org.emisworkbench.model;

/** Sex of a pupil or staff member, as the canonical model stores it. */
public enum Sex {
    F, M;

    /**
     * A template's {@code "sex"} for a figure of both sexes together whose sex the return does not report (teachers
     * only: "Number of teachers", decision 0058): stored without sex, never as one sex.
     */
    public static final String BOTH_TOGETHER = "both";

    /** A template's sex: F or M, or null for {@link #BOTH_TOGETHER}. */
    public static Sex ofTemplate(String code) {
        return BOTH_TOGETHER.equals(code) ? null : valueOf(code);
    }

    /** The code stored in the database and written in exports. */
    public String code() {
        return name();
    }
}
