package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;

/**
 * Finds the source cells of many figures at once (the figures validation findings point at), a few
 * queries per 500 schools instead of one per figure.
 */
public final class SourceIndex {
    private static final int CHUNK = 500;
    private final Workspace workspace;

    public SourceIndex(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A figure whose source is wanted; age ALL takes the all-ages row, else the first age row holding it. */
    public record Figure(String school, Topic topic, int slot, Sex sex, AgeGroup age) {
    }

    /** A school's stored row with where it was read. */
    record Row(String topic, String age, String file, String sheet, int rowNo, FactCodec.Stored stored) {
    }

    public Map<Figure, SourceRef> resolve(int year, Collection<Figure> figures) {
        Map<String, List<Figure>> bySchool = new HashMap<>();
        for (Figure f : figures) {
            bySchool.computeIfAbsent(f.school(), k -> new ArrayList<>()).add(f);
        }
        Map<Figure, SourceRef> out = new HashMap<>();
        List<String> schools = new ArrayList<>(bySchool.keySet());
        try (Connection c = workspace.connect()) {
            for (int i = 0; i < schools.size(); i += CHUNK) {
                List<String> chunk = schools.subList(i, Math.min(schools.size(), i + CHUNK));
                Map<String, List<Row>> rows = load(c, year, chunk);
                for (String school : chunk) {
                    for (Figure f : bySchool.get(school)) {
                        Provenance.SourcedValue found = find(rows.getOrDefault(school, List.of()), f, true);
                        if (found != null) {
                            out.put(f, found.source());
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /** Where each school of the master list is listed: file, sheet and its code cell. */
    public Map<String, SourceRef> masterListCells() {
        Map<String, SourceRef> out = new HashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT m.school_code,"
                + " b.file_name, m.sheet_name, m.key_cell, m.row_no FROM master_school m"
                + " JOIN import_batch b ON b.id = m.batch_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String cell = rs.getString(4) != null ? rs.getString(4) : "A" + rs.getInt(5);
                out.put(rs.getString(1), new SourceRef(rs.getString(2), rs.getString(3), cell));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadMasterList", e.getMessage());
        }
    }

    /** The visible rows of {@code schools} in {@code year}, per school in the order read. */
    static Map<String, List<Row>> load(Connection c, int year, List<String> schools) throws SQLException {
        // One placeholder per school: the list's length is ours, the codes are bound values.
        String marks = Sql.placeholders(schools.size());
        Map<String, List<Row>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.school_code, f.topic, f.sex, f.age_group, b.file_name,"
                + " f.sheet_name, f.row_no, COALESCE(f.sources, p.text), f.vals FROM school_return r"
                + " JOIN fact_row f ON " + FactKeys.JOIN
                + " JOIN import_batch b ON b.id = f.batch_id"
                + " LEFT JOIN source_pattern p ON p.id = f.sources_ref"
                + " WHERE r.census_year = ? AND " + FactCodec.VISIBLE
                + " AND r.school_code IN (" + marks + ") ORDER BY f.id")) {
            ps.setInt(1, year);
            for (int i = 0; i < schools.size(); i++) {
                ps.setString(i + 2, schools.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Row(rs.getString(2),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            FactCodec.Stored.of(rs.getString(3), rs.getArray(9), rs.getString(8))));
                }
            }
        }
        return out;
    }

    /**
     * The figure's value and source from the first row of its topic, sex and age holding a source for
     * its slot; {@code anyAgeForAll}: for age ALL without an all-ages row, the first age row holding one.
     */
    static Provenance.SourcedValue find(List<Row> rows, Figure f, boolean anyAgeForAll) {
        String topic = f.topic().code();
        List<Row> candidates = rows.stream().filter(r -> r.topic().equals(topic) && r.stored().holds(f.sex())
                && r.age().equals(f.age().code())).toList();
        if (candidates.isEmpty() && anyAgeForAll && f.age().isAll()) {
            candidates = rows.stream().filter(r -> r.topic().equals(topic)
                    && (f.sex() == null || r.stored().holds(f.sex()))).toList();
        }
        for (Row r : candidates) {
            String s = r.stored().source(f.sex(), f.slot());
            if (s != null) {
                return new Provenance.SourcedValue(r.stored().value(f.sex(), f.slot()),
                        SourceRef.resolve(r.file(), r.sheet(), r.rowNo(), s), new AgeGroup(r.age()));
            }
        }
        return null;
    }
}
