package org.emisworkbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How a summary is written.
 *
 * @param locale           one of the {@link Languages} (any other language falls back to English)
 * @param ptrBound         pupils per teacher above which a school is flagged (national policy, often 40)
 * @param pupilsPerRoomBound pupils per usable classroom above which a school is flagged
 */
public record ReportOptions(Locale locale, Paper paper, double ptrBound, double pupilsPerRoomBound) {
    public static final double DEFAULT_PTR_BOUND = 40;
    public static final double DEFAULT_ROOM_BOUND = 50;

    public ReportOptions {
        Objects.requireNonNull(paper, "paper");
        locale = Languages.of(locale);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(Locale.ENGLISH, Paper.A4, DEFAULT_PTR_BOUND, DEFAULT_ROOM_BOUND);
    }

    public ReportOptions withLocale(Locale l) {
        return new ReportOptions(l, paper, ptrBound, pupilsPerRoomBound);
    }

    public ReportOptions withPaper(Paper p) {
        return new ReportOptions(locale, p, ptrBound, pupilsPerRoomBound);
    }
}
