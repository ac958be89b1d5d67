package org.emisworkbench.model;

import java.util.Locale;

/**
 * How serious a finding is, as its rule declares it. Errors lead the officer's to-do list, and
 * {@code emis validate} exits 1 while an error that counts is open.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The spelling of rule packs: {@code error}, {@code warning}, {@code info}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
