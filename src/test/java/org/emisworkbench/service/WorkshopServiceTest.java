package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workshop reset: a fresh sample country in place of whatever workspace was there, the old one kept. */
class WorkshopServiceTest {
    @TempDir
    Path tmp;

    @Test
    void aUsedWorkspaceBecomesExactlyTheSampleCountryAndTheOldOneIsKept() throws Exception {
        Path db = ReportFixture.create(tmp); // schools S1…S4 of another country, two years, findings
        try (Workbench wb = Workbench.open(db)) {
            ValidationService v = new ValidationService(wb);
            long id = v.findings(FindingFilter.all()).get(0).id();
            v.mark(id, FindingStatus.CONFIRMED, "Checked by phone");
            assertEquals(1, count(wb, "SELECT COUNT(*) FROM finding_mark"));
        }

        WorkshopReset r = WorkshopService.reset(db, null, tmp.resolve("home"), Progress.NONE, Cancellation.none());

        assertTrue(r.complete(), () -> r.imports().files().toString());
        assertEquals(tmp.resolve("census.before-reset.mv.db"), r.setAside());
        assertEquals(SampleCountryFixture.SAMPLES.toAbsolutePath().normalize(), r.samples(),
                "the committed sample country, as the window's Open the sample country finds it");
        Set<String> master = masterListCodes();
        Map<Integer, Integer> expected = new TreeMap<>();
        JsonNode key = new ObjectMapper().readTree(SampleCountryFixture.SAMPLES.resolve("answer-key.json").toFile());
        for (int year : new int[] {2024, 2025}) {
            int missing = 0;
            for (JsonNode a : key) {
                missing += a.get("kind").asText().equals("missing_return") && a.get("year").asInt() == year ? 1 : 0;
            }
            expected.put(year, master.size() - missing);
        }
        assertEquals(expected, r.schoolsByYear());
        assertEquals(63, r.plantedErrors());
        try (Workbench wb = Workbench.open(db)) {
            assertEquals(master, strings(wb, "SELECT code FROM school"), "exactly the master list's schools");
            for (var e : expected.entrySet()) {
                assertEquals((long) e.getValue(), count(wb, "SELECT COUNT(DISTINCT school_code) FROM school_return"
                        + " WHERE is_current AND census_year = " + e.getKey()));
            }
            assertEquals(0, count(wb, "SELECT COUNT(*) FROM school_return WHERE census_year = 2023"));
            assertEquals(0, count(wb, "SELECT COUNT(*) FROM finding_mark"), "no confirmation survives");
            assertEquals(0, count(wb, "SELECT COUNT(*) FROM finding"));
            assertEquals(0, count(wb, "SELECT COUNT(*) FROM validation_run"));
            assertEquals(r.imports().count(FileOutcome.IMPORTED), count(wb, "SELECT COUNT(*) FROM import_batch"));
        }
        try (Workbench old = Workbench.open(r.setAside())) {
            assertTrue(strings(old, "SELECT code FROM school").contains("S1"), "the old workspace is kept whole");
            assertEquals(1, count(old, "SELECT COUNT(*) FROM finding_mark"));
        }
    }

    @Test
    void aPathWithNothingThereGetsANewWorkspace() {
        Path samples = tmp.resolve("small");
        SampleService.generate(samples, 7, 10, Progress.NONE);
        Path db = tmp.resolve("new/participant-3");

        WorkshopReset r = WorkshopService.reset(db, samples, tmp.resolve("home"), Progress.NONE, Cancellation.none());

        assertTrue(r.complete());
        assertNull(r.setAside());
        assertEquals(tmp.resolve("new/participant-3.mv.db"), r.database());
        assertTrue(r.schoolsByYear().get(2024) > 0);
        assertFalse(Files.exists(tmp.resolve("new/participant-3.before-reset.mv.db")));
    }

    @Test
    void aFileThatIsNotAWorkspaceIsLeftAlone() throws Exception {
        Path notes = tmp.resolve("notes.mv.db");
        Files.writeString(notes, "minutes of the district meeting");
        Path foreign = tmp.resolve("payroll.mv.db");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + tmp.resolve("payroll"));
        ds.setUser("sa");
        ds.setPassword("secret");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE salary (name VARCHAR, amount INT)");
            s.execute("INSERT INTO salary VALUES ('A', 100)");
        }
        Path folder = Files.createDirectory(tmp.resolve("folder.mv.db"));
        byte[] notesBefore = Files.readAllBytes(notes);
        byte[] foreignBefore = Files.readAllBytes(foreign);

        for (Path p : new Path[] {notes, foreign, folder}) {
            ServiceException e = assertThrows(ServiceException.class, () -> WorkshopService.reset(p,
                    SampleCountryFixture.SAMPLES, tmp, Progress.NONE, Cancellation.none()));
            assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
        }
        assertArrayEquals(notesBefore, Files.readAllBytes(notes));
        assertArrayEquals(foreignBefore, Files.readAllBytes(foreign));
        try (var files = Files.list(tmp)) {
            assertEquals(Set.of("notes.mv.db", "payroll.mv.db", "folder.mv.db"), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "nothing set aside, nothing created");
        }
    }

    @Test
    void aFolderThatIsNotASampleCountryIsRefusedBeforeAnythingMoves() throws Exception {
        Path db = ReportFixture.create(tmp);
        byte[] before = Files.readAllBytes(Path.of(db + ".mv.db"));
        assertThrows(ServiceException.class, () -> WorkshopService.reset(db, tmp.resolve("nowhere"), tmp,
                Progress.NONE, Cancellation.none()));
        assertArrayEquals(before, Files.readAllBytes(Path.of(db + ".mv.db")));
    }

    private static Set<String> masterListCodes() throws Exception {
        Set<String> codes = new TreeSet<>();
        // From a stream: a workbook opened from a File is written back when closed.
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
                SampleCountryFixture.SAMPLES.resolve("master-list.xlsx")))) {
            DataFormatter f = new DataFormatter();
            for (Row row : wb.getSheet("Schools")) {
                String code = f.formatCellValue(row.getCell(0)).trim();
                if (code.matches("SCH\\d{5}")) {
                    codes.add(code);
                }
            }
        }
        assertEquals(420, codes.size());
        return codes;
    }

    private static long count(Workbench wb, String sql) throws SQLException {
        try (Connection c = wb.workspace().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(Workbench wb, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = wb.workspace().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return new TreeSet<>(out);
    }
}
