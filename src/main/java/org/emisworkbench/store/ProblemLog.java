package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;

/** The current import problems of a census year, with the file each was met in. */
public final class ProblemLog {
    private final Workspace workspace;

    public ProblemLog(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A problem and the name of the file it was met in. */
    public record FileProblem(ImportProblem problem, String file, String district) {
    }

    public List<FileProblem> current(int year) {
        List<FileProblem> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("SELECT p.kind,"
                + " p.sheet_name, p.cell_ref, p.school_code, p.field_name, p.raw_text, p.detail, b.file_name,"
                + " COALESCE(r.district_code, s.district_code) FROM import_problem p"
                + " JOIN import_batch b ON b.id = p.batch_id"
                + " LEFT JOIN school_return r ON r.batch_id = p.batch_id AND r.school_code = p.school_code"
                + " LEFT JOIN school s ON s.code = p.school_code"
                + " WHERE p.census_year = ? AND p.is_current = TRUE AND b.status = 'COMPLETE' ORDER BY p.id")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ImportProblem p = ImportProblem.stored(ProblemKind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
                    out.add(new FileProblem(p, rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotReadProblems", e.getMessage());
        }
    }
}
