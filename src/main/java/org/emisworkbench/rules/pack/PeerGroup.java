package org.emisworkbench.rules.pack;

import java.util.Locale;
import java.util.Optional;

/** Which schools an outlier rule compares a school with. */
public enum PeerGroup {
    DISTRICT_LEVEL, DISTRICT, LEVEL, NATIONAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeerGroup> byCode(String code) {
        for (PeerGroup p : values()) {
            if (p.code().equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
