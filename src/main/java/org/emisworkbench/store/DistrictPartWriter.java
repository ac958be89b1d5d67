package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FactLine;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.store.DistrictPackages.Contents;
import org.emisworkbench.store.DistrictPackages.Out;
import org.emisworkbench.store.DistrictPackages.RulePack;

/**
 * Writes a district's census year as the parts of a district package, part after part in
 * {@link DistrictPackages#PARTS} order, over one connection: its current returns with their files,
 * schools, master list, population, import problems and findings with their follow-up.
 */
final class DistrictPartWriter {
    /** A return's or school's district, as the long CSV reads it. */
    private static final String IN_DISTRICT = "UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?)";

    /**
     * The returns of a year and district that count (parameters: year, district), one query for all three uses:
     * the current ones and those still holding current figures (a return split over two files keeps both halves,
     * {@link CurrentReturns}), so that each figure travels with its own file, and the receiving workspace replaces
     * the earlier half's topics as this one did.
     */
    private static final String CURRENT_RETURNS = " FROM school_return r LEFT JOIN school s ON s.code = r.school_code"
            + " WHERE r.census_year = ? AND " + CurrentReturns.COUNTING + " AND " + IN_DISTRICT;

    private final Workspace workspace;
    private final Connection c;
    private final Out out;

    DistrictPartWriter(Workspace workspace, Connection c, Out out) {
        this.workspace = workspace;
        this.c = c;
        this.out = out;
    }

    Contents write(int year, String district, GradeSystem grades, Cancellation cancel) throws SQLException {
        String code = districtCode(district, year);
        Set<String> returning = Sql.strings(c, "SELECT r.school_code" + CURRENT_RETURNS, year, code);
        if (returning.isEmpty()) {
            throw new WorkspaceException(null, "package.noReturns", year, district);
        }
        Set<String> schools = new TreeSet<>(returning);
        schools.addAll(Sql.strings(c, "SELECT m.school_code FROM master_school m JOIN school s ON s.code = m.school_code"
                + " WHERE UPPER(s.district_code) = UPPER(?)", code));
        Set<Long> returnBatches = Sql.longs(c, "SELECT DISTINCT r.batch_id" + CURRENT_RETURNS, year, code);
        Set<Long> batches = new TreeSet<>(returnBatches);
        batches.addAll(Sql.longs(c, "SELECT DISTINCT m.batch_id FROM master_school m JOIN school s ON s.code = m.school_code"
                + " WHERE UPPER(s.district_code) = UPPER(?)", code));
        batches.addAll(Sql.longs(c, "SELECT DISTINCT batch_id FROM population WHERE is_current = TRUE AND census_year = ?"
                + " AND UPPER(area_code) = UPPER(?) AND batch_id IN " + Sql.COMPLETE_BATCHES, year, code));
        String districtName = areas(code);
        List<String> templates = files(batches);
        schools(schools);
        returns(year, code);
        cancel.check();
        facts(year, code, grades, cancel);
        population(year, code);
        problems(year, schools, batches, returnBatches);
        Set<String> returnFiles = new HashSet<>();
        for (long b : returnBatches) {
            returnFiles.addAll(Sql.strings(c, "SELECT file_name FROM import_batch WHERE id = ?", b));
        }
        List<RulePack> packs = findings(year, code, returnFiles);
        return new Contents(code, districtName, year, templates, packs, returning.size());
    }

    private String districtCode(String district, int year) throws SQLException {
        Set<String> codes = Sql.strings(c, "SELECT code FROM admin_area WHERE area_level = 'district'"
                + " AND (UPPER(code) = UPPER(?) OR UPPER(name) = UPPER(?))", district, district);
        if (codes.size() == 1) {
            return codes.iterator().next();
        }
        Set<String> used = Sql.strings(c, "SELECT DISTINCT COALESCE(r.district_code, s.district_code)"
                + " FROM school_return r LEFT JOIN school s ON s.code = r.school_code WHERE r.census_year = ?"
                + " AND " + IN_DISTRICT, year, district);
        if (used.isEmpty()) {
            throw new WorkspaceException(null, "package.noReturns", year, district);
        }
        return used.iterator().next();
    }

    /** The district and the areas above it. Returns the district's name. */
    private String areas(String code) throws SQLException {
        String name = null;
        Set<String> seen = new HashSet<>();
        for (String area = code; area != null && seen.add(area.toUpperCase(Locale.ROOT)); ) {
            String next = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, area_level, parent_code FROM admin_area"
                    + " WHERE UPPER(code) = UPPER(?)")) {
                ps.setString(1, area);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("code", rs.getString(1));
                        row.put("name", rs.getString(2));
                        row.put("level", rs.getString(3));
                        row.put("parent", rs.getString(4));
                        out.row("areas", row);
                        if (name == null && area.equals(code)) {
                            name = rs.getString(2);
                        }
                        next = rs.getString(4);
                    }
                }
            }
            area = next;
        }
        return name;
    }

    private List<String> files(Set<Long> batches) throws SQLException {
        Set<String> templates = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, file_hash, file_size, template_id,"
                + " template_version, layout, file_role, census_year, imported_at FROM import_batch WHERE id = ?")) {
            for (long id : batches) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("file_id", rs.getLong(1));
                        row.put("file_name", rs.getString(2));
                        row.put("sha256", rs.getString(3));
                        row.put("size", rs.getLong(4));
                        row.put("template_id", rs.getString(5));
                        row.put("template_version", rs.getInt(6));
                        row.put("layout", rs.getString(7));
                        row.put("role", rs.getString(8));
                        row.put("census_year", (Integer) rs.getObject(9));
                        row.put("imported_at", rs.getTimestamp(10).toInstant().toString());
                        out.row("files", row);
                        templates.add(rs.getString(5) + "@" + rs.getInt(6));
                    }
                }
            }
        }
        return List.copyOf(templates);
    }

    private void schools(Set<String> schools) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.code, s.name, s.district_code, s.ownership,"
                + " s.locality, s.school_level, s.latitude, s.longitude, s.status, m.batch_id, m.sheet_name, m.row_no,"
                + " m.key_cell, s.gender FROM school s LEFT JOIN master_school m ON m.school_code = s.code WHERE s.code = ?")) {
            for (String code : schools) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("school_code", rs.getString(1));
                        row.put("name", rs.getString(2));
                        row.put("district", rs.getString(3));
                        row.put("ownership", rs.getString(4));
                        row.put("locality", rs.getString(5));
                        row.put("level", rs.getString(6));
                        row.put("latitude", (Double) rs.getObject(7));
                        row.put("longitude", (Double) rs.getObject(8));
                        row.put("status", rs.getString(9));
                        row.put("gender", rs.getString(14));
                        Object batch = rs.getObject(10);
                        row.put("listed", batch != null);
                        row.put("file_id", batch == null ? null : ((Number) batch).longValue());
                        row.put("sheet", rs.getString(11));
                        row.put("row", (Integer) rs.getObject(12));
                        row.put("key_cell", rs.getString(13));
                        out.row("schools", row);
                    }
                }
            }
        }
    }

    private void returns(int year, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.batch_id, r.school_code, r.school_name, r.district_code,"
                + " r.ownership, r.locality, r.school_level, r.sheet_name, r.row_no, r.key_cell, r.gender" + CURRENT_RETURNS
                + " ORDER BY r.id")) {
            Sql.bind(ps, year, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file_id", rs.getLong(1));
                    row.put("school_code", rs.getString(2));
                    row.put("name", rs.getString(3));
                    row.put("district", rs.getString(4));
                    row.put("ownership", rs.getString(5));
                    row.put("locality", rs.getString(6));
                    row.put("level", rs.getString(7));
                    row.put("gender", rs.getString(11));
                    row.put("sheet", rs.getString(8));
                    row.put("row", (Integer) rs.getObject(9));
                    row.put("key_cell", rs.getString(10));
                    out.row("returns", row);
                }
            }
        }
    }

    private void facts(int year, String code, GradeSystem grades, Cancellation cancel) {
        long[] record = {0, -1};
        String[] lastSex = {null};
        long[] count = {0};
        new FactLines(workspace).forEachStored(year, code, grades, s -> {
            FactLine l = s.line();
            String sex = l.sex() == null ? null : l.sex().code();
            if (s.row() != record[1] || !Objects.equals(sex, lastSex[0])) {
                record[0]++;
                record[1] = s.row();
                lastSex[0] = sex;
            }
            if (++count[0] % 10_000 == 0) {
                cancel.check();
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", record[0]);
            row.put("file_id", s.batchId());
            row.put("school_code", l.school());
            row.put("district", l.district());
            row.put("census_year", l.year());
            row.put("topic", l.topic().code());
            row.put("item", l.item());
            row.put("slot", s.slot());
            row.put("age", l.age());
            row.put("sex", sex);
            row.put("value", l.value());
            SourceRef src = l.source();
            row.put("file", src == null ? null : src.file());
            row.put("sheet", src == null ? null : src.sheet());
            row.put("cell", src == null ? null : src.cell());
            row.put("stored_sheet", s.sheet());
            row.put("stored_row", s.rowNo());
            row.put("stored_source", s.source());
            out.row("facts", row);
        });
    }

    private void population(int year, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, area_code, census_year, age, sex, persons,"
                + " sheet_name, cell_ref FROM population WHERE is_current = TRUE AND census_year = ?"
                + " AND UPPER(area_code) = UPPER(?) AND batch_id IN " + Sql.COMPLETE_BATCHES
                + " ORDER BY batch_id, sex, age")) {
            Sql.bind(ps, year, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file_id", rs.getLong(1));
                    row.put("area_code", rs.getString(2));
                    row.put("census_year", rs.getInt(3));
                    row.put("age", rs.getInt(4));
                    row.put("sex", rs.getString(5));
                    row.put("persons", rs.getLong(6));
                    row.put("sheet", rs.getString(7));
                    row.put("cell", rs.getString(8));
                    out.row("population", row);
                }
            }
        }
    }

    /** Current problems of the package's files about the district's schools (or, in its returns, no school). */
    private void problems(int year, Set<String> schools, Set<Long> batches, Set<Long> returnBatches) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, census_year, kind, school_code, sheet_name,"
                + " cell_ref, field_name, raw_text, detail FROM import_problem WHERE is_current = TRUE"
                + " AND (census_year = ? OR census_year IS NULL) ORDER BY batch_id, id")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long batch = rs.getLong(1);
                    String school = rs.getString(4);
                    if (!batches.contains(batch) || (school == null ? !returnBatches.contains(batch)
                            : !schools.contains(school))) {
                        continue;
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file_id", batch);
                    row.put("kind", rs.getString(3));
                    row.put("school_code", school);
                    row.put("sheet", rs.getString(5));
                    row.put("cell", rs.getString(6));
                    row.put("field", rs.getString(7));
                    row.put("raw_text", rs.getString(8));
                    row.put("detail", rs.getString(9));
                    out.row("problems", row);
                }
            }
        }
    }

    /**
     * The district's findings, and those of its files that name no district (a row without a school code):
     * the national workspace must list what the district does.
     */
    private List<RulePack> findings(int year, String code, Set<String> returnFiles) throws SQLException {
        List<StoredFinding> findings = new FindingStore(workspace).list(
                new FindingFilter(year, null, null, null, null, null).withPack(FindingFilter.ANY_PACK)).stream()
                .filter(s -> s.finding().district() != null ? s.finding().district().equalsIgnoreCase(code)
                        : s.finding().source() != null && returnFiles.contains(s.finding().source().file()))
                .toList();
        // Each pack with the version of its latest run over the year, the latest run's pack last.
        Map<String, String> packs = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pack_id, pack_version FROM validation_run"
                + " WHERE census_year = ? AND (district IS NULL OR UPPER(district) = UPPER(?)) ORDER BY id")) {
            Sql.bind(ps, year, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    packs.remove(rs.getString(1));
                    packs.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        for (StoredFinding s : findings) {
            Finding f = s.finding();
            if (s.packId() != null && !packs.containsKey(s.packId())) {
                // A pack whose run is not over this year's district (a run over one other district): still named.
                Map<String, String> first = new LinkedHashMap<>();
                first.put(s.packId(), "?");
                first.putAll(packs);
                packs.clear();
                packs.putAll(first);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", f.key().text());
            row.put("pack", s.packId());
            row.put("rule", f.ruleId());
            row.put("title", f.ruleTitle());
            row.put("severity", f.severity().name());
            row.put("school_code", f.schoolCode());
            row.put("district", f.district());
            row.put("census_year", f.year());
            row.put("grade", f.grade());
            row.put("sex", f.sex() == null ? null : f.sex().code());
            row.put("age", f.age());
            row.put("field", f.field());
            row.put("left", f.left());
            row.put("right", f.right());
            FindingColumns.putMessages(row, f.message());
            FindingColumns.putSource(row, "source", f.source());
            row.put("cell_value", f.cellValue());
            FindingColumns.putSource(row, "previous", f.previousSource());
            row.put("caused_by", f.causedBy() == null ? null : f.causedBy().text());
            row.put("status", s.status().name());
            row.put("comment", s.comment());
            row.put("marked_at", s.markedAt() == null ? null : s.markedAt().toString());
            row.put("first_seen", s.firstSeen().toString());
            row.put("last_seen", s.lastSeen().toString());
            out.row("findings", row);
        }
        List<RulePack> out2 = new ArrayList<>();
        packs.forEach((id, version) -> out2.add(new RulePack(id, version)));
        return out2;
    }
}
