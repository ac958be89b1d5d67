package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.LikelyTypo;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;

/**
 * The schools of a year whose return counts and whose code the import found a likely typo (IMP-35,
 * {@code CODE_LIKELY_TYPO}) that the officer has not confirmed as right: possibly a phantom school made by a mistyped
 * code, whose figures are also another school's. An export names them (review 22, item 4): IMP-35 is a warning, so
 * the figures are not held back as unchecked errors, but they must not leave the workspace without a word.
 */
public final class LikelyTypoSchools {
    /** Detail words of an IMP-35 that name the other school as their first argument. */
    private static final Set<String> TYPO_OF_A_SCHOOL = Set.of("import.detail.typoLookAlike",
            "import.detail.typoOneChar", "import.detail.typoLookAlikeOffShape", "import.detail.typoOneCharOffShape");
    /** Detail words of an IMP-35 of a code against the others' shape, naming the code it most likely is third. */
    private static final String TYPO_OF_SHAPE = "import.detail.typoShape";

    private final Workspace workspace;

    public LikelyTypoSchools(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Those of {@code year} ({@code district} null: every district), by code. */
    public List<LikelyTypo> of(int year, String district) {
        String sql = "SELECT p.school_code, s.name, p.sheet_name, p.cell_ref, p.field_name, p.raw_text, p.detail,"
                + " b.file_name FROM import_problem p JOIN import_batch b ON b.id = p.batch_id"
                + " JOIN school_return r ON r.school_code = p.school_code AND r.census_year = p.census_year"
                + " AND r.is_current = TRUE LEFT JOIN school s ON s.code = p.school_code"
                + " WHERE p.census_year = ? AND p.kind = ? AND p.is_current = TRUE"
                + " AND (? IS NULL OR UPPER(COALESCE(r.district_code, s.district_code)) = UPPER(?))"
                + " ORDER BY p.school_code, p.id";
        Map<String, LikelyTypo> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            ps.setString(2, ProblemKind.CODE_LIKELY_TYPO.name());
            ps.setString(3, district);
            ps.setString(4, district);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (out.containsKey(code) || confirmed(c, year, code)) {
                        continue;
                    }
                    ImportProblem p = ImportProblem.stored(ProblemKind.CODE_LIKELY_TYPO, rs.getString(3),
                            rs.getString(4), code, rs.getString(5), rs.getString(6), rs.getString(7));
                    out.put(code, new LikelyTypo(code, rs.getString(2), typoOf(p), rs.getString(8),
                            p.sheetCell().isEmpty() ? null : p.sheetCell()));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
        return settled(out, year);
    }

    /**
     * The typos that still stand (review 24, H4): one whose other school has no return of the year any more (the
     * phantom withdrawn) is not; of two codes alike, the one written against the shape most codes share is the
     * likely typo, whichever the import flagged: a code of the others' shape flagged as a typo of one against it is
     * replaced by that one, so that the withdrawal advised is always the code off the shape.
     */
    private List<LikelyTypo> settled(Map<String, LikelyTypo> flagged, int year) {
        if (flagged.values().stream().allMatch(t -> t.typoOf() == null)) {
            return new ArrayList<>(flagged.values());
        }
        Map<String, LikelyTypo> out = new LinkedHashMap<>();
        try (Connection c = workspace.connect()) {
            Set<String> codes = Sql.strings(c, "SELECT code FROM school");
            for (LikelyTypo t : flagged.values()) {
                String other = t.typoOf();
                if (other == null) {
                    out.putIfAbsent(t.code(), t);
                    continue;
                }
                List<String> returned = Sql.strings(c, "SELECT r.school_code || CHAR(0) || COALESCE(s.name, '')"
                        + " || CHAR(0) || b.file_name FROM school_return r JOIN import_batch b ON b.id = r.batch_id"
                        + " LEFT JOIN school s ON s.code = r.school_code WHERE r.school_code = ? AND r.census_year = ?"
                        + " AND r.is_current = TRUE", other, year).stream().toList();
                if (returned.isEmpty()) {
                    if (!codes.contains(other)) {
                        out.putIfAbsent(t.code(), t); // the code it most likely is, nobody's yet: a lone typo
                    }
                    continue; // else the other school's return withdrawn: no figures counted twice
                }
                if (Boolean.TRUE.equals(OddCodeShapes.fitsShape(t.code(), codes))
                        && Boolean.FALSE.equals(OddCodeShapes.fitsShape(other, codes))) {
                    if (!confirmed(c, year, other)) {
                        String[] o = returned.get(0).split("\u0000", -1);
                        out.putIfAbsent(other, flagged.containsKey(other) ? flagged.get(other)
                                : new LikelyTypo(other, o[1].isEmpty() ? null : o[1], t.code(), o[2], null));
                    }
                    continue;
                }
                out.putIfAbsent(t.code(), t);
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
        return new ArrayList<>(out.values());
    }

    /** The school an IMP-35 problem says its code is a likely typo of, or null when it names none. */
    static String typoOf(ImportProblem p) {
        Message words = p.words();
        if (words != null && TYPO_OF_SHAPE.equals(words.key()) && words.args().size() > 2) {
            return org.emisworkbench.model.CodeCase.schoolCode(String.valueOf(words.args().get(2)));
        }
        return words == null || !TYPO_OF_A_SCHOOL.contains(words.key()) || words.args().isEmpty() ? null
                : String.valueOf(words.args().get(0));
    }

    /** The officer confirmed the school's IMP-35 finding of the year: two schools, no typo. */
    static boolean confirmed(Connection c, int year, String code) throws SQLException {
        return !Sql.strings(c, "SELECT f.finding_key FROM finding f JOIN finding_mark m ON m.finding_key = f.finding_key"
                + " WHERE f.rule_id = 'IMP-35' AND f.school_code = ? AND f.census_year = ? AND m.status = 'CONFIRMED'",
                code, year).isEmpty();
    }
}
