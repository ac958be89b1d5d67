package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;

/**
 * Changes the workspace's {@code grade} table to another division into levels and ages (decision 0039). Only
 * each grade's level and official age change; codes and slots stay, so the stored figures stay where they are. A
 * 13th grade (G13) is added after the others, or taken away while it holds no figure ({@link LastGrade}).
 * Written in one transaction with a note of the change in the workspace's settings: all or nothing.
 */
public final class GradeTable {
    /** The setting that keeps the latest change: what it was set to, when and by whom. */
    public static final String CHANGED_SETTING = "grades.structure-changed";
    /** PostgreSQL's SQLSTATE for a right the role lacks (insufficient_privilege). */
    private static final String NOT_ALLOWED = "42501";
    private final Workspace workspace;

    public GradeTable(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Gives each grade of {@code target} its level and official age, by code.
     *
     * @param note what to keep in {@link #CHANGED_SETTING}, at most {@link WorkspaceSettings#MAX_CHARS}
     * @throws WorkspaceException when a grade of {@code target} is not in the table (nothing changed)
     */
    public void change(GradeSystem target, String note) {
        try (Connection c = workspace.connect()) {
            Sql.inTransaction(c, tx -> {
                // Plain words first (decision 0027): one structure for the whole country, so a district officer's
                // role is refused before anything is written; the server's grants are the guard behind this.
                var districts = DistrictRoles.limits(tx);
                if (districts.isPresent()) {
                    throw new WorkspaceException(null, "structure.nationalOnly", Sql.actor(tx),
                            String.join(", ", districts.get()));
                }
                if (prePrimaryChanges(tx, target)) {
                    reshape(tx, target);
                } else {
                    LastGrade.follow(tx, target);
                }
                try (PreparedStatement up = tx.prepareStatement(
                        "UPDATE grade SET level_code = ?, official_age = ? WHERE code = ? AND slot = ?")) {
                    for (Grade g : target.grades()) {
                        up.setString(1, g.level());
                        up.setInt(2, g.officialAge());
                        up.setString(3, g.code());
                        up.setInt(4, g.slot());
                        if (up.executeUpdate() != 1) {
                            // thrown inside the transaction, so what was updated before is rolled back
                            throw new WorkspaceException(null, "structure.notStandardGrades", g.code());
                        }
                    }
                }
                try (PreparedStatement del = tx.prepareStatement("DELETE FROM workspace_setting WHERE setting_name = ?");
                     PreparedStatement ins = tx.prepareStatement(
                             "INSERT INTO workspace_setting (setting_name, setting_value) VALUES (?, ?)")) {
                    del.setString(1, CHANGED_SETTING);
                    del.executeUpdate();
                    ins.setString(1, CHANGED_SETTING);
                    ins.setString(2, Sql.clip(note, WorkspaceSettings.MAX_CHARS));
                    ins.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            if (NOT_ALLOWED.equals(e.getSQLState())) {
                // A district officer's role on a shared workspace reads the grade table but may not change it
                // (decision 0027): said plainly, not in the server's words.
                throw new WorkspaceException(e, "structure.notAllowed");
            }
            throw new WorkspaceException(e, "workspace.cannotStoreGrades", e.getMessage());
        }
    }

    /**
     * Whether {@code target} has other pre-primary years than the table ({@code PP1}, {@code PP2} for {@code PP}): then
     * the slots themselves change. Only a table holding every grade after pre-primary is reshaped so.
     *
     * @throws WorkspaceException when the pre-primary years change and the table lacks a grade of {@code target}
     */
    private static boolean prePrimaryChanges(Connection tx, GradeSystem target) throws SQLException {
        java.util.Set<String> now = new java.util.HashSet<>();
        try (PreparedStatement ps = tx.prepareStatement("SELECT code FROM grade");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                now.add(rs.getString(1));
            }
        }
        java.util.Set<String> nowPre = new java.util.HashSet<>();
        now.stream().filter(c -> c.matches("PP[0-9]?")).forEach(nowPre::add);
        java.util.Set<String> wantedPre = new java.util.HashSet<>();
        target.gradesOf(org.emisworkbench.model.SchoolStructure.PRE_PRIMARY).forEach(g -> wantedPre.add(g.code()));
        if (nowPre.equals(wantedPre)) {
            return false;
        }
        for (Grade g : target.grades()) {
            if (!wantedPre.contains(g.code()) && !now.contains(g.code()) && !LastGrade.CODE.equals(g.code())) {
                throw new WorkspaceException(null, "structure.notStandardGrades", g.code());
            }
        }
        return true;
    }

    /**
     * Gives the table {@code target}'s codes and slots (another number of pre-primary years, decision 0066). The
     * figures are kept by slot, so this is refused while any figure is stored: they would move to other grades.
     */
    private static void reshape(Connection tx, GradeSystem target) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT COUNT(*) FROM fact_row");
             java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            long rows = rs.getLong(1);
            if (rows > 0) {
                long pre = target.gradesOf(org.emisworkbench.model.SchoolStructure.PRE_PRIMARY).size();
                throw new WorkspaceException(null, "structure.prePrimaryHasFigures", pre);
            }
        }
        try (PreparedStatement del = tx.prepareStatement("DELETE FROM grade");
             PreparedStatement ins = tx.prepareStatement(
                     "INSERT INTO grade (code, slot, level_code, official_age) VALUES (?, ?, ?, ?)")) {
            del.executeUpdate();
            for (Grade g : target.grades()) {
                ins.setString(1, g.code());
                ins.setInt(2, g.slot());
                ins.setString(3, g.level());
                ins.setInt(4, g.officialAge());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

}
