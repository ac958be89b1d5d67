package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several officers on one shared workspace at once (issue 18): two programs import different districts into
 * one PostgreSQL workspace at the same time while a third checks the year; afterwards the workspace holds
 * exactly what importing them one after the other holds (every current figure with its cell, every school's
 * return), and a check of the year finds the same findings. Real separate processes, as on officers' laptops.
 */
class ConcurrentOfficersPostgresTest {
    private static final Path D01 = Path.of("sample-workbooks/2024/wide/D01-2024.xlsx");
    /** Two districts' school forms, a file per school: imports long enough to overlap. */
    private static final Path D03 = Path.of("sample-workbooks/2024/forms/D03");
    private static final Path D04 = Path.of("sample-workbooks/2024/forms/D04");

    @TempDir
    Path dir;

    @Test
    void twoImportsAndACheckAtOnceGiveWhatOneAfterTheOtherGives() throws Exception {
        StoreEngine.POSTGRESQL.assumeAvailable();
        Map<String, String> env = PostgresCluster.environment();
        String together = PostgresCluster.newWorkspace();
        String oneByOne = PostgresCluster.newWorkspace();
        // A first district is in (so the year has returns to check), then two officers import theirs at once
        // while a third checks the year.
        assertEquals(0, finished(emis(env, "first", "import", "--db", together, D01.toString()), "first"),
                output("first"));
        Process a = emis(env, "a", "import", "--db", together, D03.toString());
        Process b = emis(env, "b", "import", "--db", together, D04.toString());
        Process check = emis(env, "check", "validate", "--db", together, "--year", "2024", "--format", "csv");
        assertEquals(0, finished(a, "a"), output("a"));
        assertEquals(0, finished(b, "b"), output("b"));
        int checked = finished(check, "check");
        assertTrue(checked == 0 || checked == 1, "the check ran beside the imports: " + output("check"));

        for (Path district : List.of(D01, D03, D04)) {
            String name = "one-" + district.getFileName();
            assertEquals(0, finished(emis(env, name, "import", "--db", oneByOne, district.toString()), name), output(name));
        }

        try (Workbench t = Workbench.open(together, env, null); Workbench s = Workbench.open(oneByOne, env, null)) {
            List<String> facts = rows(s, "SELECT school_code, census_year, topic, age_group, sex, slot, val, source,"
                    + " file_name, sheet_name, row_no FROM current_fact");
            assertTrue(facts.size() > 5_000, "both districts' figures: " + facts.size());
            assertEquals(facts, rows(t, "SELECT school_code, census_year, topic, age_group, sex, slot, val, source,"
                    + " file_name, sheet_name, row_no FROM current_fact"));
            String returns = "SELECT school_code, census_year, is_current, school_name, district_code, sheet_name,"
                    + " row_no, key_cell FROM school_return";
            assertTrue(rows(s, returns).stream().map(r -> r.split("\\|")[4]).distinct().count() >= 3,
                    "three districts' returns");
            assertEquals(rows(s, returns), rows(t, returns));
            assertEquals(rows(s, "SELECT kind, school_code, sheet_name, cell_ref, raw_text FROM import_problem"),
                    rows(t, "SELECT kind, school_code, sheet_name, cell_ref, raw_text FROM import_problem"));

            new ValidationService(s).validate(null, 2024, null, org.emisworkbench.model.Progress.NONE,
                    org.emisworkbench.model.Cancellation.none());
            new ValidationService(t).validate(null, 2024, null, org.emisworkbench.model.Progress.NONE,
                    org.emisworkbench.model.Cancellation.none());
            List<String> expected = findings(s);
            assertTrue(expected.size() > 10, "the planted errors are found: " + expected.size());
            assertEquals(expected, findings(t));
        }
    }

    private List<String> findings(Workbench wb) {
        return wb.validation().findings(FindingFilter.all()).stream()
                .map(f -> f.finding().key() + " " + f.finding().source() + " " + f.status())
                .sorted().toList();
    }

    private static List<String> rows(Workbench wb, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = wb.workspace().connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }

    /** The command line in a program of its own, as another officer's laptop runs it. */
    private Process emis(Map<String, String> env, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.emisworkbench.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private static int finished(Process p, String name) throws InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(name + " did not finish within 5 minutes");
        }
        return p.exitValue();
    }

    private String output(String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
