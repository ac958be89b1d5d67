package org.emisworkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.NilMark;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;

/** Answers "where did this number come from": the file, sheet and cell of a stored value. */
public final class Provenance {
    private final Workspace workspace;

    public Provenance(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * A stored value as the current return of a school holds it, with its source.
     *
     * @param nilMarks the cells of the source that held one of the template's nil marks ({@code -}, {@code nil}),
     *                 each read as 0 (NIL_AS_ZERO at import), with the mark as written; empty for figures written
     *                 as numbers
     */
    public record SourcedValue(Integer value, SourceRef source, AgeGroup age, List<NilMark> nilMarks) {
        public SourcedValue {
            nilMarks = nilMarks == null ? List.of() : List.copyOf(nilMarks);
        }

        public SourcedValue(Integer value, SourceRef source, AgeGroup age) {
            this(value, source, age, List.of());
        }
    }


    /**
     * The current value of one slot (grade slot or fixed slot) and where it was read.
     *
     * @param sex null for topics not counted by sex
     */
    public Optional<SourcedValue> find(String schoolCode, int year, Topic topic, int slot, Sex sex, AgeGroup age) {
        SourcedValue v = SourceIndex.find(rows(schoolCode, year, slot),
                new SourceIndex.Figure(schoolCode, topic, slot, sex, age), false);
        return v == null ? Optional.empty() : Optional.of(withNilMarks(schoolCode, year, List.of(v)).get(0));
    }

    /**
     * Where a figure came from: the all-ages cell when the return has one, else one cell per age group
     * the figure adds up, in the order read.
     */
    public List<SourcedValue> sources(String schoolCode, int year, Topic topic, int slot, Sex sex) {
        List<SourceIndex.Row> rows = rows(schoolCode, year, slot);
        SourcedValue all = SourceIndex.find(rows, new SourceIndex.Figure(schoolCode, topic, slot, sex, AgeGroup.ALL),
                false);
        if (all != null) {
            return withNilMarks(schoolCode, year, List.of(all));
        }
        return withNilMarks(schoolCode, year, rows.stream().filter(r -> r.topic().equals(topic.code())
                        && r.stored().holds(sex) && r.stored().value(sex, slot) != null)
                .map(r -> new AgeGroup(r.age())).distinct().filter(a -> !a.isAll())
                .map(a -> SourceIndex.find(rows, new SourceIndex.Figure(schoolCode, topic, slot, sex, a), false))
                .filter(java.util.Objects::nonNull).toList());
    }

    /**
     * The values, each with the cells of its source that held a nil mark, read as 0: the school's current
     * NIL_AS_ZERO problems of the year met in the source's file, at one of its cells (a sum of cells,
     * {@code C5+E5}, names each).
     */
    private List<SourcedValue> withNilMarks(String schoolCode, int year, List<SourcedValue> values) {
        if (values.stream().noneMatch(v -> v.value() != null && v.source() != null)) {
            return values; // a missing figure was read from no mark
        }
        java.util.Map<String, String> marks = new java.util.HashMap<>(); // file|Sheet!A1 → the mark as written
        try (Connection c = workspace.connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT b.file_name, p.sheet_name, p.cell_ref, p.raw_text FROM import_problem p"
                        + " JOIN import_batch b ON b.id = p.batch_id WHERE p.school_code = ? AND p.census_year = ?"
                        + " AND p.kind = ? AND p.is_current = TRUE")) {
            ps.setString(1, schoolCode);
            ps.setInt(2, year);
            ps.setString(3, ProblemKind.NIL_AS_ZERO.name());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.putIfAbsent(rs.getString(1) + "|" + rs.getString(2) + "!" + rs.getString(3), rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
        if (marks.isEmpty()) {
            return values;
        }
        List<SourcedValue> out = new java.util.ArrayList<>(values.size());
        for (SourcedValue v : values) {
            List<NilMark> found = new java.util.ArrayList<>();
            if (v.source() != null && v.source().cell() != null) {
                // The cells of a source: one (C5), several added or less one (C5+E5, C5-D5), a note after a space.
                String cells = v.source().cell().strip().split(" ", 2)[0];
                for (String part : cells.split("[+-]")) {
                    String at = v.source().sheet() + "!" + part;
                    String mark = marks.get(v.source().file() + "|" + at);
                    if (!part.isEmpty() && mark != null) {
                        found.add(new NilMark(at, mark));
                    }
                }
            }
            out.add(found.isEmpty() ? v : new SourcedValue(v.value(), v.source(), v.age(), found));
        }
        return out;
    }

    /**
     * The cell of the school's current return of the year that was blank where this figure was expected, among the
     * school's other figures of the grade: the file, sheet and cell of its BLANK_FIGURE problem (IMP-36), the first
     * when several files left it blank; empty when no such problem names the figure (the blanks the import does not
     * report, a grade wholly blank, keep no cell).
     *
     * @param grade the grade's code as the workspace names it ({@code G5})
     */
    public Optional<SourceRef> blankCell(String schoolCode, int year, Topic topic, String grade, Sex sex) {
        try (Connection c = workspace.connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT b.file_name, p.sheet_name, p.cell_ref, p.field_name, p.raw_text, p.detail FROM import_problem p"
                        + " JOIN import_batch b ON b.id = p.batch_id WHERE p.school_code = ? AND p.census_year = ?"
                        + " AND p.kind = ? AND p.field_name = ? AND p.is_current = TRUE ORDER BY p.id")) {
            ps.setString(1, schoolCode);
            ps.setInt(2, year);
            ps.setString(3, ProblemKind.BLANK_FIGURE.name());
            ps.setString(4, topic.code());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    org.emisworkbench.model.ImportProblem p = org.emisworkbench.model.ImportProblem.stored(
                            ProblemKind.BLANK_FIGURE, rs.getString(2), rs.getString(3), schoolCode, rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    // The words' arguments: school, grade, sex, topic, what the school gave (BlankFigures).
                    List<Object> args = p.words() == null ? List.of() : p.words().args();
                    if (args.size() >= 4 && grade.equals(String.valueOf(args.get(1)))
                            && sex != null && sex.name().equals(String.valueOf(args.get(2)))) {
                        return Optional.of(new SourceRef(rs.getString(1), p.sheet(), p.cell()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The file a school's current return of the year was read from, as the import kept it.
     *
     * @param path       the file's absolute path when it was imported
     * @param hash       the SHA-256 of its content then
     * @param templateId the template that read it
     */
    public record ReturnFile(String path, String hash, String templateId) {
    }

    /**
     * The file named {@code fileName} that gave the school a return of {@code year} that still counts (its current
     * one, or an earlier half of a return split over two files, {@link CurrentReturns}), the latest if several did.
     */
    public Optional<ReturnFile> returnFile(String schoolCode, int year, String fileName) {
        try (Connection c = workspace.connect(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT b.file_path, b.file_hash, b.template_id FROM school_return r JOIN import_batch b"
                        + " ON b.id = r.batch_id WHERE r.school_code = ? AND r.census_year = ? AND "
                        + CurrentReturns.COUNTING + " AND b.file_name = ? ORDER BY b.id DESC")) {
            ps.setString(1, schoolCode);
            ps.setInt(2, year);
            ps.setString(3, fileName);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        ? Optional.of(new ReturnFile(rs.getString(1), rs.getString(2).trim(), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    /** The school's rows of the year, in the order read: where two sheets give a figure, the first is kept. */
    private List<SourceIndex.Row> rows(String schoolCode, int year, int slot) {
        checkSlot(slot);
        try (Connection c = workspace.connect()) {
            return SourceIndex.load(c, year, List.of(schoolCode)).getOrDefault(schoolCode, List.of());
        } catch (SQLException e) {
            throw new WorkspaceException(e, "workspace.cannotRead", e.getMessage());
        }
    }

    private static void checkSlot(int slot) {
        if (slot < 0 || slot >= Topic.MAX_SLOTS) {
            throw new IllegalArgumentException("No slot " + slot);
        }
    }
}
