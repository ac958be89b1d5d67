package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The joined sources of stored fact rows, for a reader of many rows: a row holds them itself, or names a
 * {@code source_pattern} shared by the rows of one layout ({@link SourcePatterns}); each pattern is read once
 * per reader, so reading sources costs a few lookups, not a join on every row.
 */
final class SourceTexts {
    private final Connection connection;
    private final Map<Integer, String> patterns = new HashMap<>();

    SourceTexts(Connection connection) {
        this.connection = connection;
    }

    /** The sources of a row: its own, or its pattern's ({@code noRef}: the row names none). */
    String of(String own, int ref, boolean noRef) throws SQLException {
        if (own != null || noRef) {
            return own;
        }
        String known = patterns.get(ref);
        if (known != null || patterns.containsKey(ref)) {
            return known;
        }
        String text = null;
        try (PreparedStatement ps = connection.prepareStatement("SELECT text FROM source_pattern WHERE id = ?")) {
            ps.setInt(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    text = rs.getString(1);
                }
            }
        }
        patterns.put(ref, text);
        return text;
    }
}
