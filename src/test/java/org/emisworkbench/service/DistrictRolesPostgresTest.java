package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.store.SharedDatabase;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's per-district rights (decision 0027) on a real server, with two ordinary login roles besides the
 * role owning the tables: a district officer of D01 (given D01 by {@code Workbench.grantDistricts}, as
 * {@code emis admin district-role} does) and a national officer (a member of the owning role). The district
 * officer imports D01, is refused D02's file whole in plain words, may mark D01's findings and not D02's, and
 * the server itself refuses what the workbench's own checks would not have stopped; the national officer
 * reads and changes everything. The test cluster's own role is a superuser, which row-level security never
 * holds, so it only creates the roles. Skipped, saying why, without a server.
 */
class DistrictRolesPostgresTest {
    private static final String PASSWORD = "pw-district-test";
    private static final Path D01 = Path.of("sample-workbooks/2024/wide/D01-2024.xlsx");
    private static final Path D02 = Path.of("sample-workbooks/2024/wide/D02-2024.xlsx");
    private static final Path POPULATION = Path.of("sample-workbooks/population.xlsx");
    private static final Path MASTER_LIST = Path.of("sample-workbooks/master-list.xlsx");

    @Test
    void aDistrictOfficerChangesOnlyItsDistrictAndANationalOfficerChangesEverything(@TempDir Path dir) throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String suffix = ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
        String owner = "emis_app_" + suffix;
        String district = "d01_officer_" + suffix;
        String national = "national_" + suffix;
        try (Workbench superuser = Workbench.open(PostgresCluster.newWorkspace(), PostgresCluster.environment(), null);
             Connection su = superuser.workspace().connect(); Statement s = su.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE ROLE " + district + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE ROLE " + national + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE " + owner);
            s.execute("GRANT CREATE ON DATABASE " + su.getCatalog() + " TO " + owner);
            try {
                runAsTheThreeRoles(PostgresCluster.newWorkspace(), owner, district, national, dir);
            } finally {
                for (String role : List.of(national, district, owner)) {
                    s.execute("DROP OWNED BY " + role + " CASCADE");
                    s.execute("DROP ROLE " + role);
                }
            }
        }
    }

    private static void runAsTheThreeRoles(String address, String owner, String district, String national,
                                           Path dir) throws SQLException, IOException {
        try (Workbench app = as(address, owner)) {
            // The ministry's master list names the districts (codes D01, D02 …) the returns' names stand for.
            FileResult master = importOne(app, MASTER_LIST);
            assertEquals(FileOutcome.IMPORTED, master.outcome(), master.message());
            app.grantDistricts(district, List.of("D01"));
            ServiceException member = assertThrows(ServiceException.class,
                    () -> app.grantDistricts(national, List.of("D02")));
            assertTrue(member.getMessage().contains("member of " + owner), member.getMessage());
            assertEquals(List.of(district + ":D01"), app.districtGrants().stream()
                    .map(g -> g.role() + ":" + g.district()).toList());
        }
        try (Workbench officer = as(address, district)) {
            FileResult own = importOne(officer, D01);
            assertEquals(FileOutcome.IMPORTED, own.outcome(), own.message());
            FileResult other = importOne(officer, D02);
            assertEquals(FileOutcome.FAILED, other.outcome());
            String told = other.message();
            assertTrue(told.contains("D02-2024.xlsx") && told.contains("of district D02")
                    && told.contains(district + " may change only the returns of district D01")
                    && told.contains("nothing of it was kept"), told);
            assertFalse(told.contains("ERROR") || told.contains("policy") || told.contains("SQL"), told);
            FileResult list = importOne(officer, POPULATION);
            assertEquals(FileOutcome.FAILED, list.outcome());
            assertTrue(list.message().contains("only a national role imports"), list.message());
            try (Connection c = officer.workspace().connect(); Statement st = c.createStatement()) {
                assertEquals(0, count(st, "SELECT COUNT(*) FROM import_batch WHERE file_name = 'D02-2024.xlsx'"));
                assertEquals(0, count(st, "SELECT COUNT(*) FROM school_return WHERE district_code = 'D02'"));
                assertTrue(count(st, "SELECT COUNT(*) FROM school_return WHERE district_code = 'D01'") > 0);
                assertTrue(count(st, "SELECT COUNT(*) FROM fact_row") > 0);
                // The server refuses by itself what the workbench's checks would not have stopped.
                assertRefused(st, "INSERT INTO school (code, district_code) VALUES ('X-" + district + "', 'D02')");
                assertRefused(st, "DELETE FROM master_school");
                assertRefused(st, "DELETE FROM district_role");
                assertRefused(st, "INSERT INTO workspace_setting (setting_name, setting_value)"
                        + " VALUES ('rules.parameters.default-census', 'x')");
            }
        }
        try (Workbench nationalOfficer = as(address, national)) {
            FileResult d02 = importOne(nationalOfficer, D02);
            assertEquals(FileOutcome.IMPORTED, d02.outcome(), d02.message());
            new ValidationService(nationalOfficer).validate(null, 2024, null, Progress.NONE, Cancellation.none());
        }
        StoredFinding ofD01;
        StoredFinding ofD02;
        try (Workbench officer = as(address, district)) {
            List<StoredFinding> all = new ValidationService(officer).findings(
                    new FindingFilter(2024, null, null, null, null, null, null));
            ofD01 = all.stream().filter(f -> "D01".equals(f.finding().district())).findFirst().orElseThrow();
            ofD02 = all.stream().filter(f -> "D02".equals(f.finding().district())).findFirst().orElseThrow();
            StoredFinding theirs = ofD02;
            ServiceException refused = assertThrows(ServiceException.class, () -> new ValidationService(officer)
                    .mark(theirs, FindingStatus.CONFIRMED, "not mine to confirm"));
            assertTrue(refused.getMessage().contains("finding " + ofD02.id() + " is of district D02"),
                    refused.getMessage());
            new ValidationService(officer).mark(ofD01, FindingStatus.QUERIED, "asked the head teacher");
            // A check of the whole country, or of another district, is refused in plain words before any work.
            for (String other : java.util.Arrays.asList(null, "D02")) {
                ServiceException notMine = assertThrows(ServiceException.class, () -> new ValidationService(officer)
                        .validate(null, 2024, other, Progress.NONE, Cancellation.none()));
                assertTrue(notMine.getMessage().contains("may check only D01"), notMine.getMessage());
            }
            // A check of its own district writes that district's findings and its run, and keeps the mark.
            new ValidationService(officer).validate(null, 2024, "D01", Progress.NONE, Cancellation.none());
            try (Connection c = officer.workspace().connect(); Statement st = c.createStatement()) {
                assertEquals(0, count(st, "SELECT COUNT(*) FROM finding_mark WHERE mark_comment = 'not mine to confirm'"));
                assertEquals(1, count(st, "SELECT COUNT(*) FROM finding_mark WHERE marked_by = '" + district + "'"));
                assertEquals(1, count(st, "SELECT COUNT(*) FROM validation_run WHERE run_by = '" + district + "'"
                        + " AND district = 'D01'"));
                // A change of another district's finding by hand changes nothing: its rows are not the role's.
                assertEquals(0, st.executeUpdate("UPDATE finding SET is_open = FALSE WHERE district_code = 'D02'"));
                // Nor can a return or figures of its own be made to stand for another district's school.
                long ownReturn = count(st, "SELECT MIN(id) FROM school_return WHERE district_code = 'D01'");
                long ownBatch = count(st, "SELECT MIN(batch_id) FROM school_return WHERE district_code = 'D01'");
                String theirSchool;
                try (ResultSet rs = st.executeQuery("SELECT MIN(code) FROM school WHERE district_code = 'D02'")) {
                    rs.next();
                    theirSchool = rs.getString(1);
                }
                assertTrue(theirSchool != null && ownReturn > 0 && ownBatch > 0);
                assertRefused(st, "INSERT INTO school_return (id, batch_id, school_code, census_year, is_current,"
                        + " district_code) VALUES (" + (ownReturn + 100_000) + ", " + ownBatch + ", '" + theirSchool
                        + "', 2024, FALSE, 'D01')");
                assertRefused(st, "INSERT INTO fact_row (id, batch_id, school_code, census_year, topic, age_group,"
                        + " is_current) VALUES (" + (ownReturn * 1024 + 1023) + ", " + ownBatch + ", '" + theirSchool
                        + "', 2024, 'enrolment', 'T', FALSE)");
                // A file that names another district's school under the officer's own district is refused whole.
                Path forged = renamed(D01, dir, "SCH01001", theirSchool);
                FileResult refusedFile = importOne(officer, forged);
                assertEquals(FileOutcome.FAILED, refusedFile.outcome());
                assertTrue(refusedFile.message().contains(forged.getFileName().toString())
                        && refusedFile.message().contains("nothing of it was kept")
                        && refusedFile.message().contains("school " + theirSchool
                                + ", which the workspace has in district D02")
                        && !refusedFile.message().contains("ERROR"), refusedFile.message());
                assertEquals(0, count(st, "SELECT COUNT(*) FROM school_return WHERE school_code = '" + theirSchool
                        + "' AND district_code <> 'D02'"));
                assertEquals(0, count(st, "SELECT COUNT(*) FROM import_batch WHERE file_name = '"
                        + forged.getFileName() + "'"));
            }
        }
        try (Workbench nationalOfficer = as(address, national)) {
            ValidationService v = new ValidationService(nationalOfficer);
            List<StoredFinding> all = v.findings(new FindingFilter(2024, null, null, null, null, null, null));
            StoredFinding d01Now = all.stream().filter(f -> f.id() == ofD01.id()).findFirst().orElseThrow();
            assertEquals("asked the head teacher", d01Now.comment(), "the national officer reads the district's mark");
            v.mark(d01Now, FindingStatus.CONFIRMED, "checked nationally");
            v.mark(all.stream().filter(f -> f.id() == ofD02.id()).findFirst().orElseThrow(), FindingStatus.CONFIRMED,
                    "checked nationally");
            try (Connection c = nationalOfficer.workspace().connect(); Statement st = c.createStatement()) {
                assertEquals(2, count(st, "SELECT COUNT(*) FROM finding_mark WHERE marked_by = '" + national + "'"));
                assertTrue(count(st, "SELECT COUNT(*) FROM school_return WHERE district_code = 'D01'") > 0);
                assertTrue(count(st, "SELECT COUNT(*) FROM school_return WHERE district_code = 'D02'") > 0);
            }
        }
        try (Workbench app = as(address, owner)) {
            assertEquals(1, app.removeDistricts(district, List.of()));
            assertTrue(app.districtGrants().isEmpty());
        }
        try (Workbench officer = as(address, district)) {
            // Left with no district, the role only reads: it is not taken for a national one.
            FileResult again = importOne(officer, Path.of("sample-workbooks/2025/wide/D01-2025.xlsx"));
            assertEquals(FileOutcome.FAILED, again.outcome());
            assertTrue(again.message().contains("D01-2025.xlsx") && again.message().contains("nothing of it was kept")
                    && !again.message().contains("ERROR"), again.message());
            try (Connection c = officer.workspace().connect(); Statement st = c.createStatement()) {
                assertTrue(count(st, "SELECT COUNT(*) FROM school_return") > 0, "it still reads");
                assertRefused(st, "DELETE FROM finding_mark");
            }
        }
    }

    /** A copy of {@code source} in {@code dir} with every cell reading {@code from} reading {@code to}. */
    private static Path renamed(Path source, Path dir, String from, String to) throws IOException {
        Path target = dir.resolve("D01-forged-2024.xlsx");
        int changed = 0;
        try (InputStream in = Files.newInputStream(source); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && from.equals(cell.getStringCellValue())) {
                            cell.setCellValue(to);
                            changed++;
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        assertTrue(changed > 0, "the sample names " + from);
        return target;
    }

    private static Workbench as(String address, String role) {
        SharedDatabase db = SharedDatabase.parse(address, PostgresCluster.environment(), null);
        Map<String, String> env = new HashMap<>(PostgresCluster.environment());
        env.put("PGPASSWORD", PASSWORD);
        return Workbench.open(SharedDatabase.address(db.host(), db.port(), db.database(), role, db.schema()), env, null);
    }

    private static FileResult importOne(Workbench wb, Path file) {
        ImportReport report = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), null, null), Progress.NONE, Cancellation.none());
        assertEquals(1, report.files().size());
        return report.files().get(0);
    }

    private static void assertRefused(Statement st, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
        assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
