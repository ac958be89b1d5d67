package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.service.ReportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The indicators, report, export and queries commands, run as a script would. */
class ReportCliTest {
    @TempDir
    Path dir;
    Path db;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void fill() throws Exception {
        db = ReportFixture.create(dir);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = EmisCli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void indicatorsAsJsonAreKeyedByIdWithFlowRatesByGrade() throws Exception {
        assertEquals(0, run("indicators", "--db", db.toString(), "--year", "2023", "--district", "D01"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        for (String key : new String[] {"value", "formula", "numerator", "denominator", "coverage", "available",
            "reason"}) {
            assertTrue(json.get("pupil_teacher_ratio").has(key), key);
        }
        assertEquals(2.0, json.get("pupil_teacher_ratio").get("denominator").asDouble() / 3, 1e-9);
        assertTrue(json.get("repetition_rate").get("byGrade").has("G1"));
        assertTrue(json.get("ger").get("reason").asText().contains("population"));
    }

    @Test
    void indicatorsAsCsvHaveAHeaderAndOneLinePerPart() {
        assertEquals(0, run("indicators", "--db", db.toString(), "--year", "2024", "--format", "csv"));
        String csv = out.toString();
        assertTrue(csv.startsWith("id,area,level,year,unit,part,value"));
        assertTrue(csv.contains("enrolment_total,country,primary,2024,count,grade=G1,"));
    }

    @Test
    void reportExportAndQueriesWriteTheirFiles() throws Exception {
        Path pdf = dir.resolve("d01.pdf");
        assertEquals(0, run("report", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                pdf.toString(), "--lang", "fr", "--paper", "letter"));
        assertTrue(Files.size(pdf) > 10_000);
        assertEquals(0, run("report", "--db", db.toString(), "--year", "2024", "--all", "--out",
                dir.resolve("all").toString()));
        assertTrue(out.toString().startsWith("2 district summaries"));
        assertEquals(0, run("export", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                dir.resolve("d01.xlsx").toString()));
        assertTrue(Files.exists(dir.resolve("d01.xlsx")));
        assertEquals(0, run("queries", "--db", db.toString(), "--year", "2024", "--district", "D02", "--out",
                dir.resolve("q").toString(), "--lang", "fr"));
        assertTrue(Files.exists(dir.resolve("q").resolve("query-2024-S3.xlsx")));
    }

    @Test
    void errorsAreOnePlainLine() {
        assertEquals(2, run("report", "--db", db.toString(), "--year", "2024", "--district", "D09", "--out",
                dir.resolve("x.pdf").toString()));
        assertEquals("error: There is no district D09 in the 2024 returns.", err.toString().trim());
        assertEquals(2, run("indicators", "--db", db.toString(), "--year", "2024", "--level", "tertiary"));
        assertTrue(err.toString().startsWith("error: No level tertiary"));
        assertEquals(2, run("queries", "--db", db.toString(), "--year", "2024", "--school", "NOPE", "--out",
                dir.toString()));
        // --school and --district together are a usage error, as picocli reports them.
        assertEquals(2, run("queries", "--db", db.toString(), "--year", "2024", "--school", "S1", "--district", "D01",
                "--out", dir.toString()));
    }
}
