package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;

/**
 * What a file says about schools themselves (their latest identity, the master list, districts and
 * regions), held until the file is complete and then written in the transaction that makes the file
 * visible: a file that fails changes none of it.
 */
final class SchoolWrites {
    static final String INSERT = "INSERT INTO school (code, name, district_code, ownership, locality, school_level,"
            + " latitude, longitude, status, gender, added_by_batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The parameter of {@link #INSERT} that takes the batch adding the school. */
    static final int ADDED_BY_BATCH = 11;

    private record Pending(SchoolRecord school, boolean known, boolean master) {
    }

    private final long batchId;
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> areasSeen = new HashSet<>();
    /** The district a district package's master list covers, or null for the country's whole list. */
    private String masterDistrict;

    SchoolWrites(long batchId) {
        this.batchId = batchId;
    }

    void fromReturn(SchoolRecord school, boolean known) {
        pending.add(new Pending(school, known, false));
    }

    void fromMasterList(SchoolRecord school, boolean known) {
        pending.add(new Pending(school, known, true));
    }

    void masterListOf(String district) {
        this.masterDistrict = district;
    }

    /** Writes everything held, in the caller's (final) transaction. */
    void write(Connection c) throws SQLException {
        boolean anyMaster = pending.stream().anyMatch(Pending::master);
        if (anyMaster) {
            // A master list replaces the previous one whole: schools dropped from it are no longer expected.
            // A district package's list replaces that district's part only.
            try (PreparedStatement del = c.prepareStatement(masterDistrict == null ? "DELETE FROM master_school"
                    : "DELETE FROM master_school WHERE school_code IN (SELECT code FROM school"
                    + " WHERE UPPER(district_code) = UPPER(?))")) {
                if (masterDistrict != null) {
                    del.setString(1, masterDistrict);
                }
                del.executeUpdate();
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT);
             PreparedStatement fill = c.prepareStatement("UPDATE school SET name = COALESCE(name, ?),"
                     + " district_code = COALESCE(district_code, ?), ownership = COALESCE(ownership, ?),"
                     + " locality = COALESCE(locality, ?), school_level = COALESCE(school_level, ?),"
                     + " latitude = COALESCE(latitude, ?), longitude = COALESCE(longitude, ?),"
                     + " status = COALESCE(status, ?), gender = COALESCE(gender, ?) WHERE code = ?");
             PreparedStatement overwrite = c.prepareStatement("UPDATE school SET name = COALESCE(?, name),"
                     + " district_code = COALESCE(?, district_code), ownership = COALESCE(?, ownership),"
                     + " locality = COALESCE(?, locality), school_level = COALESCE(?, school_level),"
                     + " latitude = COALESCE(?, latitude), longitude = COALESCE(?, longitude),"
                     + " status = COALESCE(?, status), gender = COALESCE(?, gender) WHERE code = ?");
             PreparedStatement master = c.prepareStatement("INSERT INTO master_school (school_code, batch_id,"
                     + " sheet_name, row_no, key_cell) VALUES (?, ?, ?, ?, ?)")) {
            for (Pending p : pending) {
                PreparedStatement target = !p.known() ? insert : p.master() ? overwrite : fill;
                bindSchool(target, p.school(), p.known());
                if (!p.known()) {
                    target.setLong(ADDED_BY_BATCH, batchId);
                }
                target.addBatch();
                if (p.master()) {
                    master.setString(1, p.school().code());
                    master.setLong(2, batchId);
                    master.setString(3, p.school().sheet());
                    master.setInt(4, p.school().row() + 1);
                    master.setString(5, p.school().keyCell());
                    master.addBatch();
                    writeAreas(c, p.school());
                }
            }
            insert.executeBatch();
            fill.executeBatch();
            overwrite.executeBatch();
            master.executeBatch();
        }
    }

    static void bindSchool(PreparedStatement ps, SchoolRecord s, boolean update) throws SQLException {
        int i = update ? 1 : 2;
        if (!update) {
            ps.setString(1, s.code());
        }
        ps.setString(i, Sql.clip(s.get(SchoolAttribute.NAME), 300));
        ps.setString(i + 1, Sql.clip(s.get(SchoolAttribute.DISTRICT), 40));
        ps.setString(i + 2, Sql.clip(s.get(SchoolAttribute.OWNERSHIP), 40));
        ps.setString(i + 3, Sql.clip(s.get(SchoolAttribute.LOCALITY), 20));
        ps.setString(i + 4, Sql.clip(s.get(SchoolAttribute.LEVEL), 40));
        setDouble(ps, i + 5, s.get(SchoolAttribute.LATITUDE));
        setDouble(ps, i + 6, s.get(SchoolAttribute.LONGITUDE));
        ps.setString(i + 7, Sql.clip(s.get(SchoolAttribute.STATUS), 20));
        ps.setString(i + 8, Sql.clip(s.get(SchoolAttribute.GENDER), 10));
        if (update) {
            ps.setString(10, s.code());
        }
    }

    /** The master list names regions and districts: they become admin areas (code, name, parent). */
    private void writeAreas(Connection c, SchoolRecord s) throws SQLException {
        String region = s.get(SchoolAttribute.REGION);
        String district = s.get(SchoolAttribute.DISTRICT);
        if (region != null && areasSeen.add(region)) {
            upsertArea(c, region, null, "region", null);
        }
        if (district != null && areasSeen.add(district)) {
            String name = s.get(SchoolAttribute.DISTRICT_NAME);
            upsertArea(c, district, name, "district", region);
            if (name != null) {
                // Returns imported before the master list named the district: give them its code now.
                try (PreparedStatement ps = c.prepareStatement("UPDATE school_return SET district_code = ?"
                        + " WHERE UPPER(district_code) = UPPER(?)")) {
                    ps.setString(1, Sql.clip(district, 40));
                    ps.setString(2, Sql.clip(name, 40));
                    ps.executeUpdate();
                }
            }
        }
    }

    static void upsertArea(Connection c, String code, String name, String level, String parent)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE admin_area SET name = COALESCE(?, name),"
                + " parent_code = COALESCE(?, parent_code), area_level = ? WHERE code = ?")) {
            up.setString(1, Sql.clip(name, 200));
            up.setString(2, Sql.clip(parent, 40));
            up.setString(3, level);
            up.setString(4, Sql.clip(code, 40));
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO admin_area (code, name, area_level,"
                + " parent_code) VALUES (?, ?, ?, ?)")) {
            ins.setString(1, Sql.clip(code, 40));
            ins.setString(2, Sql.clip(name, 200));
            ins.setString(3, level);
            ins.setString(4, Sql.clip(parent, 40));
            ins.executeUpdate();
        }
    }

    private static void setDouble(PreparedStatement ps, int index, String text) throws SQLException {
        Double d = null;
        if (text != null) {
            try {
                d = Double.valueOf(text.trim());
            } catch (NumberFormatException e) {
                d = null; // the interpreter reported the unreadable coordinate
            }
        }
        if (d == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, d);
        }
    }
}
