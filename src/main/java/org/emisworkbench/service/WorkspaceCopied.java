package org.emisworkbench.service;

import java.util.List;

/** What a copy did, table by table (parents first); a table the schema scripts had filled is marked. */
public record WorkspaceCopied(String from, String to, List<Table> tables) {
    public WorkspaceCopied {
        tables = List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().filter(t -> !t.alreadyThere()).mapToLong(Table::rows).sum();
    }

    public record Table(String name, long rows, boolean alreadyThere) {
    }
}
