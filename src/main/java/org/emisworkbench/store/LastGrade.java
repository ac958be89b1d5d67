package org.emisworkbench.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.model.Topic;

/**
 * The 13th grade of a workspace (decision 0072): added to the {@code grade} table after the others when the structure
 * reaches G13, so its slot is a new one and no stored figure moves; taken away when the structure goes back to
 * twelve grades, which is refused while any stored figure is in it (the figures would be lost).
 */
final class LastGrade {
    static final String CODE = "G" + SchoolStructure.MAX_GRADES;

    private LastGrade() {
    }

    /** Adds or removes G13 so that the table holds it exactly when {@code target} does. */
    static void follow(Connection tx, GradeSystem target) throws SQLException {
        Integer slot = null;
        try (PreparedStatement ps = tx.prepareStatement("SELECT slot FROM grade WHERE code = ?")) {
            ps.setString(1, CODE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    slot = rs.getInt(1);
                }
            }
        }
        Grade wanted = target.byCode(CODE).orElse(null);
        if (wanted != null && slot == null) {
            try (PreparedStatement ins = tx.prepareStatement(
                    "INSERT INTO grade (code, slot, level_code, official_age) VALUES (?, ?, ?, ?)")) {
                ins.setString(1, CODE);
                ins.setInt(2, wanted.slot());
                ins.setString(3, wanted.level());
                ins.setInt(4, wanted.officialAge());
                ins.executeUpdate();
            }
        } else if (wanted == null && slot != null) {
            long figures = figuresIn(tx, slot);
            if (figures > 0) {
                throw new WorkspaceException(null, "structure.lastGradeHasFigures", CODE, figures);
            }
            try (PreparedStatement del = tx.prepareStatement("DELETE FROM grade WHERE code = ?")) {
                del.setString(1, CODE);
                del.executeUpdate();
            }
        }
    }

    /** Stored rows of a graded topic with a figure in {@code slot}. */
    private static long figuresIn(Connection tx, int slot) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (Topic t : Topic.values()) {
            if (t.graded()) {
                in.append(in.length() == 0 ? "" : ", ").append('\'').append(t.code()).append('\'');
            }
        }
        long n = 0;
        // Every row, history included: a row kept from an earlier import would otherwise lose its figures too.
        try (PreparedStatement ps = tx.prepareStatement("SELECT sex, vals FROM fact_row WHERE topic IN (" + in + ")");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Array a = rs.getArray(2);
                if (a != null && holds((Object[]) a.getArray(), FactCodec.BOTH.equals(rs.getString(1)), slot)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether a row's {@code vals} has a figure in {@code slot}: of either half for a girls-and-boys row. */
    static boolean holds(Object[] vals, boolean girlsAndBoys, int slot) {
        int half = girlsAndBoys ? vals.length / 2 : vals.length;
        return slot < half && (vals[slot] != null || girlsAndBoys && vals[half + slot] != null);
    }
}
