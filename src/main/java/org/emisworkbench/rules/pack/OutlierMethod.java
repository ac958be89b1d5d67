package org.emisworkbench.rules.pack;

import java.util.Locale;
import java.util.Optional;

/** How an outlier rule compares a school with its peers. */
public enum OutlierMethod {
    /** Iglewicz–Hoaglin: 0.6745 × (x − median) / MAD; robust to the outlier itself. */
    MODIFIED_Z,
    /** (x − mean) / standard deviation; the outlier inflates both, so it under-flags in small groups. */
    Z_SCORE,
    /** Outside Q1 − k × IQR … Q3 + k × IQR, k being the threshold (1.5 mild, 3 extreme). */
    IQR,
    /** x / median above the threshold or below its inverse: plain words for officers, robust to skew. */
    MEDIAN_RATIO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutlierMethod> byCode(String code) {
        for (OutlierMethod m : values()) {
            if (m.code().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
