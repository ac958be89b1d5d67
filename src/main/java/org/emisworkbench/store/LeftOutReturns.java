package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.KeptReturn;
import org.emisworkbench.model.ProblemKind;

/**
 * The schools a file imported now leaves out whose current return of the year came from an earlier file it corrects
 * (review 17, item 2; review 22, item 4). Read before the earlier returns are replaced. A file corrects an earlier
 * one when it has the same name, or when it gives again more than half of the schools whose return of the year still
 * counts from that earlier file ({@code B_yaounde4_2024_corrected.xlsx} for {@code B_yaounde4_2024.xlsx}): one
 * school's corrected return under a name of its own corrects no district's file. Besides, a school left out whose
 * open IMP-35 finding names a school this file gives is named whatever file it came from: the phantom of a code typo
 * the officer corrected, whose figures now count twice. Only schools of the file's districts (or of none).
 */
final class LeftOutReturns {
    private LeftOutReturns() {
    }

    static List<KeptReturn> of(Connection c, long batchId, int year, String fileName) throws SQLException {
        Set<Long> corrected = corrected(c, batchId, year, fileName);
        // The schools of other files with an IMP-35 of the year: few, each looked at below.
        Set<String> flagged = Sql.strings(c, "SELECT DISTINCT school_code FROM import_problem WHERE census_year = ?"
                + " AND kind = ? AND is_current = TRUE AND batch_id <> ? AND school_code IS NOT NULL", year,
                ProblemKind.CODE_LIKELY_TYPO.name(), batchId);
        if (corrected.isEmpty() && flagged.isEmpty()) {
            return List.of();
        }
        String districts = "(SELECT s2.district_code FROM school_return r2 JOIN school s2 ON s2.code = r2.school_code"
                + " WHERE r2.batch_id = ? AND s2.district_code IS NOT NULL)";
        // The current returns of the year from the files corrected, or of a school flagged, that this file leaves out.
        String sql = "SELECT r.school_code, s.name, b.file_name, r.batch_id FROM school_return r"
                + " JOIN import_batch b ON b.id = r.batch_id LEFT JOIN school s ON s.code = r.school_code"
                + " WHERE r.census_year = ? AND r.is_current = TRUE AND r.batch_id <> ? AND b.status = 'COMPLETE'"
                + " AND (r.batch_id IN (" + marks(corrected.size()) + ") OR r.school_code IN ("
                + marks(flagged.size()) + "))"
                + " AND NOT EXISTS (SELECT 1 FROM school_return n WHERE n.batch_id = ? AND n.school_code = r.school_code)"
                + " AND (s.district_code IS NULL OR s.district_code IN " + districts
                + " OR NOT EXISTS " + districts + ")"
                + " ORDER BY r.school_code";
        List<Object> params = new ArrayList<>(List.of(year, batchId));
        params.addAll(corrected.isEmpty() ? List.of(-1L) : corrected);
        params.addAll(flagged.isEmpty() ? List.of("") : flagged);
        params.addAll(List.of(batchId, batchId, batchId));
        Map<String, KeptReturn> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    String[] typo = flagged.contains(code) ? typoOf(c, batchId, year, code) : null;
                    if (out.containsKey(code) || typo == null && !corrected.contains(rs.getLong(4))) {
                        continue;
                    }
                    out.put(code, new KeptReturn(code, rs.getString(2), rs.getString(3), figures(c, code, year),
                            typo == null ? null : typo[0], typo == null ? null : typo[1]));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** {@code ?, ?, ?}: one bound value each, at least one. */
    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?"));
    }

    /**
     * The earlier files this one corrects: of the same name, or giving again more than half of their schools whose
     * return of the year counts now. Only files sharing a school with this one are counted.
     */
    private static Set<Long> corrected(Connection c, long batchId, int year, String fileName) throws SQLException {
        Set<Long> out = new java.util.HashSet<>();
        if (fileName != null) {
            out.addAll(Sql.longs(c, "SELECT id FROM import_batch WHERE status = 'COMPLETE' AND id <> ?"
                    + " AND LOWER(file_name) = LOWER(?)", batchId, fileName));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.batch_id, COUNT(*),"
                + " SUM(CASE WHEN n.id IS NULL THEN 0 ELSE 1 END) FROM school_return r"
                + " JOIN import_batch b ON b.id = r.batch_id"
                + " LEFT JOIN school_return n ON n.batch_id = ? AND n.school_code = r.school_code"
                + " WHERE r.census_year = ? AND r.is_current = TRUE AND r.batch_id <> ? AND b.status = 'COMPLETE'"
                + " AND r.batch_id IN (SELECT r3.batch_id FROM school_return n3 JOIN school_return r3"
                + " ON r3.school_code = n3.school_code AND r3.census_year = ? AND r3.is_current = TRUE"
                + " AND r3.batch_id <> ? WHERE n3.batch_id = ?)"
                + " GROUP BY r.batch_id")) {
            Sql.bind(ps, batchId, year, batchId, year, batchId, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (2 * rs.getLong(3) > rs.getLong(2)) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The school {@code code} is a likely typo of, by its open IMP-35 finding of the year (not confirmed as two
     * schools), when this file gives that school: its code and the cell of the mistyped code; else null.
     */
    private static String[] typoOf(Connection c, long batchId, int year, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT p.sheet_name, p.cell_ref, p.field_name, p.raw_text,"
                + " p.detail FROM import_problem p WHERE p.school_code = ? AND p.census_year = ? AND p.kind = ?"
                + " AND p.is_current = TRUE AND p.batch_id <> ? ORDER BY p.id")) {
            ps.setString(1, code);
            ps.setInt(2, year);
            ps.setString(3, ProblemKind.CODE_LIKELY_TYPO.name());
            ps.setLong(4, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ImportProblem p = ImportProblem.stored(ProblemKind.CODE_LIKELY_TYPO, rs.getString(1),
                            rs.getString(2), code, rs.getString(3), rs.getString(4), rs.getString(5));
                    String other = LikelyTypoSchools.typoOf(p);
                    if (other != null && given(c, batchId, other) && !LikelyTypoSchools.confirmed(c, year, code)) {
                        return new String[] {other, p.sheetCell().isEmpty() ? null : p.sheetCell()};
                    }
                }
            }
        }
        return null;
    }

    private static boolean given(Connection c, long batchId, String school) throws SQLException {
        return !Sql.longs(c, "SELECT id FROM school_return WHERE batch_id = ? AND school_code = ?", batchId, school)
                .isEmpty();
    }

    /** The school's figures of the year that count now, counted as a withdrawal counts them. */
    private static int figures(Connection c, String code, int year) throws SQLException {
        return (int) Sql.count(c, "SELECT COUNT(*) FROM current_fact WHERE school_code = ? AND census_year = ?"
                + " AND val IS NOT NULL", code, year);
    }
}
