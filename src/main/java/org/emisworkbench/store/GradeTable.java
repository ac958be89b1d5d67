package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;

/**
 * Changes the workspace's {@code grade} table to another division into levels and ages (decision 0039). Only
 * each grade's level and official age change; codes and slots stay, so the stored figures stay where they are.
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
}
