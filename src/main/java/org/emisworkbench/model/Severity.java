package org.emisworkbench.model;

/** How serious a finding is: errors block sending figures to the ministry. */
public enum Severity {
    ERROR, WARNING, INFO
}
