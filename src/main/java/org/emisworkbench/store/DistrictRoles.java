package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.emisworkbench.model.Message;

/**
 * District officers' rights in a shared workspace (decision 0027): the roles {@code district_role} names may
 * change only their districts' returns and findings, which the schema's row-level security enforces (script
 * V14); a role it does not name changes everything. {@code emis admin district-role} grants and removes
 * them here, as the role that owns the tables. The import and the marking of a finding ask {@link #limits}
 * first, so that an officer is told plainly, before anything is written, what the server would refuse.
 */
public final class DistrictRoles {
    /**
     * The tables a district officer's role may change (rows of its districts only, by the policies of script
     * V14): what an import of returns, a check of its district and the marking of its findings write. It may
     * read every table and change no other.
     */
    static final List<String> CHANGED_BY_DISTRICTS = List.of("import_batch", "school_return", "fact_row",
            "import_problem", "source_pattern", "school", "validation_run", "finding", "finding_mark",
            "workspace_setting");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern DISTRICT = Pattern.compile("[\\p{L}\\p{N}_.\\-/ ]{1,40}");

    /** One district granted to one role: when, and by which role. */
    public record Grant(String role, String district, Instant grantedAt, String grantedBy) {
    }

    private final Workspace workspace;

    public DistrictRoles(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The districts (upper case) the connected role may change, or empty when it may change every district's
     * rows: a national role, or any workspace file.
     */
    static Optional<Set<String>> limits(Connection c) throws SQLException {
        if (!Sql.postgres(c)) {
            return Optional.empty();
        }
        Set<String> districts = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT district_code FROM district_role WHERE role_name = current_user");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                districts.add(rs.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return districts.isEmpty() ? Optional.empty() : Optional.of(districts);
    }

    /**
     * Refuses a check a district officer's role may not store: the whole country (null) or a district not its
     * own. Said before anything is loaded, in plain words; the policies would otherwise keep its findings out
     * silently and the run would count what it could not store.
     */
    public void requireMayCheck(String district) {
        try (Connection c = workspace.connect()) {
            Optional<Set<String>> limits = limits(c);
            if (limits.isPresent() && !allows(limits, district)) {
                String who;
                try (PreparedStatement ps = c.prepareStatement("SELECT current_user"); ResultSet rs = ps.executeQuery()) {
                    who = rs.next() ? rs.getString(1) : "?";
                }
                throw new WorkspaceException(null, "districtRole.checkOnly", who, String.join(", ", limits.get()));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "districtRole.failed", e.getMessage());
        }
    }

    /** Whether {@code district} is one of {@code limits} (none: every district is). */
    static boolean allows(Optional<Set<String>> limits, String district) {
        return limits.isEmpty() || district != null && limits.get().contains(district.toUpperCase(Locale.ROOT));
    }

    /**
     * What a district officer's import meets first: refuses, before anything of the file is kept, a school of
     * a district the role may not change (or of none), and a file only a national role imports (a master list,
     * population figures; {@code school} null).
     */
    static void requireAllowed(Optional<Set<String>> limits, String role, String school, String district) {
        if (limits.isEmpty()) {
            return;
        }
        String granted = String.join(", ", limits.get());
        if (school == null) {
            throw new WorkspaceException(null, "workspace.nationalFile", role, granted);
        }
        if (district == null || district.isBlank()) {
            throw new WorkspaceException(null, "workspace.schoolWithoutDistrict", WorkspaceCheck.printable(school),
                    role, granted);
        }
        if (!allows(limits, district)) {
            throw new WorkspaceException(null, "workspace.notYourDistrict", WorkspaceCheck.printable(school),
                    WorkspaceCheck.printable(district), role, granted);
        }
    }

    /**
     * Refuses, in plain words, the marking of a finding of a district the connected role may not change (the
     * server would refuse it too).
     */
    static void requireFinding(Connection c, long findingId) throws SQLException {
        Optional<Set<String>> limits = limits(c);
        if (limits.isEmpty()) {
            return;
        }
        Set<String> district = Sql.strings(c, "SELECT COALESCE(district_code, '') FROM finding WHERE id = ?",
                findingId);
        String d = district.isEmpty() ? "" : district.iterator().next();
        if (!allows(limits, d)) {
            throw new WorkspaceException(null, "workspace.cannotMark", Message.of("workspace.notYourFinding",
                    findingId, d.isEmpty() ? "—" : WorkspaceCheck.printable(d), Sql.actor(c),
                    String.join(", ", limits.get())));
        }
    }

    /**
     * The schools the workspace knows in districts {@code limits} does not allow (or in none), with their
     * district (empty text for none); nothing for a role without limits.
     */
    static java.util.Map<String, String> othersSchools(Connection c, Optional<Set<String>> limits) throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (limits.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT code, district_code FROM school");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String d = rs.getString(2);
                if (!allows(limits, d)) {
                    out.put(rs.getString(1), d == null ? "" : d);
                }
            }
        }
        return out;
    }

    /** Refuses a school the workspace knows in another district (or in none), naming that district. */
    static void requireOwnSchool(java.util.Map<String, String> othersSchools, Optional<Set<String>> limits,
                                 String role, String school) {
        String known = othersSchools.get(school);
        if (known != null) {
            throw new WorkspaceException(null, "workspace.notYourSchool", WorkspaceCheck.printable(school),
                    known.isEmpty() ? "—" : WorkspaceCheck.printable(known), role, String.join(", ", limits.get()));
        }
    }

    /** Every role's districts, by role then district. */
    public List<Grant> list() {
        try (Connection c = workspace.connect()) {
            requireShared(c);
            List<Grant> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT role_name, district_code, granted_at, granted_by"
                    + " FROM district_role ORDER BY role_name, district_code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Grant(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "districtRole.failed", e.getMessage());
        }
    }

    /**
     * Makes {@code role} (an existing login role of the server) a district officer of {@code districts}: it may
     * then read the workspace and change only those districts' returns and findings. Adds to the districts it
     * already has. Refuses a role that could undo the limits: a superuser, a role that bypasses row-level
     * security, the owner of the tables or a member of it.
     */
    public void grant(String role, List<String> districts) {
        String name = checkedRole(role);
        List<String> codes = checkedDistricts(districts);
        try (Connection c = workspace.connect()) {
            requireShared(c);
            String owner = requireOwner(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT rolsuper OR rolbypassrls,"
                    + " pg_has_role(rolname, ?, 'MEMBER') FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, owner);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkspaceException(null, "districtRole.noSuchRole", name);
                    }
                    if (rs.getBoolean(1)) {
                        throw new WorkspaceException(null, "districtRole.bypasses", name);
                    }
                    if (rs.getBoolean(2)) {
                        throw new WorkspaceException(null, "districtRole.memberOfOwner", name, owner);
                    }
                }
            }
            codes = known(c, codes);
            c.setAutoCommit(false);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO district_role (role_name, district_code,"
                    + " granted_at, granted_by) SELECT ?, ?, ?, current_user WHERE NOT EXISTS (SELECT 1 FROM"
                    + " district_role WHERE role_name = ? AND district_code = ?)")) {
                for (String d : codes) {
                    ins.setString(1, name);
                    ins.setString(2, d);
                    ins.setTimestamp(3, Timestamp.from(Instant.now()));
                    ins.setString(4, name);
                    ins.setString(5, d);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            String schema = quoted(currentSchema(c));
            String who = quoted(name);
            // Names checked above (a lower-case identifier) and quoted; the schema is the workspace's own.
            execute(c, "GRANT USAGE ON SCHEMA " + schema + " TO " + who);
            execute(c, "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + who);
            execute(c, "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO " + who);
            execute(c, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + who);
            execute(c, "GRANT INSERT, UPDATE, DELETE ON " + String.join(", ", CHANGED_BY_DISTRICTS) + " TO " + who);
            c.commit();
        } catch (SQLException e) {
            throw new WorkspaceException(e, "districtRole.failed", e.getMessage());
        }
    }

    /**
     * Takes {@code districts} (empty: all of them) from {@code role}. A role left with no district loses its
     * right to change anything and only reads: a role with no district would otherwise count as national.
     *
     * @return how many districts were taken away
     */
    public int remove(String role, List<String> districts) {
        String name = checkedRole(role);
        List<String> codes = districts.isEmpty() ? List.of() : checkedDistricts(districts);
        try (Connection c = workspace.connect()) {
            requireShared(c);
            requireOwner(c);
            c.setAutoCommit(false);
            int removed = 0;
            if (codes.isEmpty()) {
                removed = update(c, "DELETE FROM district_role WHERE role_name = ?", name);
            } else {
                for (String d : codes) {
                    removed += update(c, "DELETE FROM district_role WHERE role_name = ?"
                            + " AND UPPER(district_code) = UPPER(?)", name, d);
                }
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM district_role WHERE role_name = ?", name) == 0
                    && Sql.count(c, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", name) > 0) {
                execute(c, "REVOKE INSERT, UPDATE, DELETE ON " + String.join(", ", CHANGED_BY_DISTRICTS)
                        + " FROM " + quoted(name));
            }
            c.commit();
            return removed;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "districtRole.failed", e.getMessage());
        }
    }

    private static void requireShared(Connection c) throws SQLException {
        if (!Sql.postgres(c)) {
            throw new WorkspaceException(null, "districtRole.sharedOnly");
        }
    }

    /** The role owning the tables, when the connected role is it (or may act as it); refuses otherwise. */
    private static String requireOwner(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_userbyid(t.relowner),"
                + " pg_has_role(current_user, t.relowner, 'USAGE') FROM pg_class t JOIN pg_namespace n"
                + " ON n.oid = t.relnamespace WHERE n.nspname = current_schema() AND t.relname = 'district_role'");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new WorkspaceException(null, "districtRole.sharedOnly");
            }
            if (!rs.getBoolean(2)) {
                throw new WorkspaceException(null, "districtRole.notOwner", Sql.actor(c), rs.getString(1));
            }
            return rs.getString(1);
        }
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_schema()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String checkedRole(String role) {
        String r = role == null ? "" : role.strip();
        if (!ROLE.matcher(r).matches()) {
            throw new WorkspaceException(null, "districtRole.badRole", WorkspaceCheck.printable(r));
        }
        return r;
    }

    /**
     * Each district as the workspace writes it (the area list's code, else the returns'), so that the policies,
     * which compare codes exactly, hold: {@code d03} given for {@code D03} would limit the officer to nothing.
     * A district the workspace does not know is refused, naming those it knows.
     */
    private static List<String> known(Connection c, List<String> codes) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String found = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT code FROM admin_area WHERE UPPER(code) = UPPER(?)"
                    + " UNION SELECT district_code FROM school_return WHERE UPPER(district_code) = UPPER(?)"
                    + " UNION SELECT district_code FROM school WHERE UPPER(district_code) = UPPER(?)")) {
                for (int i = 1; i <= 3; i++) {
                    ps.setString(i, code);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && found == null) {
                        found = rs.getString(1);
                    }
                }
            }
            if (found == null) {
                List<String> all = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT district_code FROM school WHERE district_code"
                        + " IS NOT NULL UNION SELECT code FROM admin_area WHERE area_level = 'district' ORDER BY 1");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && all.size() < 30) {
                        all.add(rs.getString(1));
                    }
                }
                throw new WorkspaceException(null, "districtRole.unknownDistrict", code,
                        all.isEmpty() ? "-" : String.join(", ", all));
            }
            out.add(found);
        }
        return out;
    }

    private static List<String> checkedDistricts(List<String> districts) {
        List<String> out = new ArrayList<>();
        for (String d : districts) {
            String code = d == null ? "" : d.strip();
            if (!DISTRICT.matcher(code).matches()) {
                throw new WorkspaceException(null, "districtRole.badDistrict", WorkspaceCheck.printable(code));
            }
            out.add(code);
        }
        if (out.isEmpty()) {
            throw new WorkspaceException(null, "districtRole.noDistrict");
        }
        return out;
    }
}
