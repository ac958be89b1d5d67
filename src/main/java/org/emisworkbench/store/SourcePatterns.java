package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer's dictionary of per-slot source texts ({@code source_pattern}). A text met a second time
 * in a file is stored once and referred to by number from then on: in a wide sheet every school's
 * enrolment row has the same columns, so 50,000 rows share a few dozen texts, and writing them once
 * takes a tenth off a national import. A text met once stays in the row itself. Used by the writer
 * thread only.
 */
final class SourcePatterns {
    static final String INSERT = "INSERT INTO source_pattern (id, batch_id, text) VALUES (?, ?, ?)";
    /** Distinct texts tracked per file; past this (rosters, say, where each school differs) rows keep their text. */
    private static final int MAX_TRACKED = 100_000;
    private static final int SEEN_ONCE = -1;

    private final long batchId;
    private final RowWriter.Pending insert;
    private final Map<String, Integer> known = new HashMap<>();
    private int nextId;

    SourcePatterns(Connection c, long batchId, RowWriter.Pending insert) throws SQLException {
        this.batchId = batchId;
        this.insert = insert;
        // One import at a time per workspace (Workbench.importLock), so the numbers cannot collide.
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM source_pattern");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            nextId = rs.getInt(1) + 1;
        }
    }

    /** The pattern number to store for this text, or 0 to store the text itself. */
    int ref(String text) throws SQLException {
        if (text == null) {
            return 0;
        }
        Integer id = known.get(text);
        if (id == null) {
            if (known.size() < MAX_TRACKED) {
                known.put(text, SEEN_ONCE);
            }
            return 0;
        }
        if (id == SEEN_ONCE) {
            id = nextId++;
            known.put(text, id);
            PreparedStatement ps = insert.statement;
            ps.setInt(1, id);
            ps.setLong(2, batchId);
            ps.setString(3, text);
            insert.added();
        }
        return id;
    }
}
