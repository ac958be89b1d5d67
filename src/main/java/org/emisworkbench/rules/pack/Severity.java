package org.emisworkbench.rules.pack;

import java.util.Locale;

/** How bad a finding is. Errors block nothing by themselves but lead the officer's to-do list. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
