package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of an import cut by a full disk, which could not be removed at opening while the disk is still full,
 * are not counted in what the workspace holds (issue 12, 7b: db-info showed the failed file's schools), and
 * the number of such imports is said.
 */
class UnfinishedImportCountTest {
    @TempDir
    Path dir;

    @Test
    void schoolsAndTheBatchOfAnUnfinishedImportAreNotCounted() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.mv.db"));
             Connection c = ws.connect()) {
            c.setAutoCommit(true);
            long complete = batch(c, "COMPLETE");
            long cut = batch(c, "LOADING");
            school(c, "S1", null);        // a school of the master list or of an older workspace
            school(c, "S2", complete);
            school(c, "S3", cut);         // first met in the file whose import was cut
            school(c, "S4", cut);
            WorkspaceSummary summary = new WorkspaceSummary(ws);
            assertEquals(2L, summary.counts().get("school").get(0), "S1 and S2 only");
            assertEquals(1L, summary.counts().get("import_batch").get(0), "the complete import only");
            assertEquals(1L, summary.unfinishedImports());
            assertEquals(1, summary.batches().size());
        }
    }

    private static long batch(Connection c, String status) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (status, file_name, file_hash,"
                + " file_size, template_id, template_version, layout, file_role, census_year, imported_at,"
                + " schools_added, schools_replaced, values_stored, rows_skipped, problem_count)"
                + " VALUES (?, 'D01-2025.xlsx', ?, 10, 'wide', 1, 'WIDE', 'RETURN', 2025, ?, 0, 0, 0, 0, 0)",
                new String[] {"ID"})) {
            ps.setString(1, status);
            ps.setString(2, (status + "0".repeat(64)).substring(0, 64));
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void school(Connection c, String code, Long addedBy) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO school (code, name, added_by_batch) VALUES (?, ?, ?)")) {
            ps.setString(1, code);
            ps.setString(2, "School " + code);
            ps.setObject(3, addedBy);
            ps.executeUpdate();
        }
    }
}
