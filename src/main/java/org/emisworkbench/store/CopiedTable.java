package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A table of a workspace as the copy sees it in the engine's own catalogue: its columns with their JDBC
 * types and identity columns, and the tables its foreign keys refer to.
 */
record CopiedTable(String name, List<Column> columns, Set<String> parents) {
    record Column(String name, int type, boolean identity) {
    }

    /** The workspace's tables (not views, not the schema history), every table after those it refers to. */
    static List<CopiedTable> inOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, CopiedTable> byName = new TreeMap<>();
        for (String table : names(c)) {
            byName.put(table, read(meta, schema, table));
        }
        List<CopiedTable> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < byName.size()) {
            boolean progressed = false;
            for (CopiedTable t : byName.values()) {
                if (!placed.contains(t.name()) && placed.containsAll(t.parents().stream()
                        .filter(byName::containsKey).filter(p -> !p.equals(t.name())).toList())) {
                    ordered.add(t);
                    placed.add(t.name());
                    progressed = true;
                }
            }
            if (!progressed) {
                // A cycle of foreign keys (the schema has none): the rest in name order.
                byName.values().stream().filter(t -> !placed.contains(t.name())).forEach(ordered::add);
                break;
            }
        }
        return ordered;
    }

    /** The names (lower case) of the workspace's own tables. */
    static List<String> names(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                String name = rs.getString("TABLE_NAME");
                if (("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type))
                        && !WorkspaceCopy.isSchemaHistory(name)) {
                    out.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static CopiedTable read(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, Column> columns = new TreeMap<>();
        for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(null, schema, t, "%")) {
                while (rs.next()) {
                    columns.put(rs.getInt("ORDINAL_POSITION"), new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getInt("DATA_TYPE"), "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            if (!columns.isEmpty()) {
                Set<String> parents = new TreeSet<>();
                try (ResultSet rs = meta.getImportedKeys(null, schema, t)) {
                    while (rs.next()) {
                        parents.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                return new CopiedTable(table, List.copyOf(columns.values()), parents);
            }
        }
        throw new SQLException("no columns found for table " + table);
    }

    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    String selectSql() {
        return "SELECT " + columnList() + " FROM " + name;
    }

    String insertSql() {
        return "INSERT INTO " + name + " (" + columnList() + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Whether both workspaces hold the same rows here (used only for tables the schema scripts fill). */
    boolean sameRows(Connection a, Connection b) throws SQLException {
        return rows(a).equals(rows(b));
    }

    private List<List<String>> rows(Connection c) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(selectSql())) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.sql.Array a) {
                        v = Arrays.toString((Object[]) a.getArray());
                    }
                    row.add(Objects.toString(v, null));
                }
                out.add(row);
            }
        }
        out.sort((x, y) -> x.toString().compareTo(y.toString()));
        return out;
    }

    /** Sets each identity column to go on after the highest value copied. */
    void restartIdentities(Connection c) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        for (Column col : columns) {
            if (col.identity()) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT MAX(" + col.name() + ") FROM " + name)) {
                    rs.next();
                    long max = rs.getLong(1);
                    if (!rs.wasNull()) {
                        next.put(col.name(), max + 1);
                    }
                }
            }
        }
        for (Map.Entry<String, Long> e : next.entrySet()) {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE " + name + " ALTER COLUMN " + e.getKey() + " RESTART WITH " + e.getValue());
            }
        }
    }
}
