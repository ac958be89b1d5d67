package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.service.ReportFixture;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicators, report, export and queries commands, run as a script would. */
class ReportCliTest {
    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void fill() throws Exception {
        db = ReportFixture.create(dir);
    }

    /** Runs the command through the one CLI helper, keeping what it printed for the assertions. */
    private int run(String... args) {
        CliRun r = CliRun.emis(args);
        out = r.out();
        err = r.err();
        return r.code();
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
    void oneSchoolsFiguresWithTheirWorkings() throws Exception {
        assertEquals(0, run("indicators", "--db", db.toString(), "--year", "2024", "--school", "s1"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        // S1 (fixture): girls 30+20+10+10+10+10, boys 30+25+10+10+10+10; teachers women 4 (3 qualified), men 2
        // (1 qualified); rooms good 3, fair 2, poor 1; electricity yes, water no, toilets 2 and 2.
        int pupils = 90 + 95;
        assertEquals(pupils, json.get("enrolment_total").get("value").asDouble(), 1e-9);
        JsonNode ptr = json.get("pupil_teacher_ratio");
        assertEquals((double) pupils / (4 + 2), ptr.get("value").asDouble(), 1e-9);
        assertEquals(pupils, ptr.get("numerator").asDouble(), 1e-9);
        assertEquals(6, ptr.get("denominator").asDouble(), 1e-9);
        assertEquals(1, ptr.get("coverage").get("counted").asInt());
        assertTrue(ptr.get("formula").asText().contains("pupils / teachers"), ptr.toString());
        assertEquals(100.0 * (3 + 1) / 6, json.get("qualified_teachers_pct").get("value").asDouble(), 1e-9);
        assertEquals(75.0, json.get("qualified_teachers_pct").get("bySex").get("F").get("value").asDouble(), 1e-9);
        assertEquals((double) pupils / (3 + 2), json.get("pupil_classroom_ratio_usable").get("value").asDouble(),
                1e-9);
        assertEquals(100.0, json.get("schools_with_electricity_pct").get("value").asDouble(), 1e-9);
        assertEquals(0.0, json.get("schools_with_water_pct").get("value").asDouble(), 1e-9);
        assertTrue(json.get("ger").get("reason").asText().contains("population figures are kept by district"),
                json.get("ger").toString());
        assertEquals(2, run("indicators", "--db", db.toString(), "--year", "2024", "--school", "NOPE"));
        assertTrue(err.toString().contains("No return from school NOPE in 2024"), err.toString());
        assertEquals(2, run("indicators", "--db", db.toString(), "--year", "2024", "--school", "S1", "--district",
                "D01"));
        assertTrue(err.toString().contains("leave out --district"), err.toString());
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
        assertEquals("error: There is no district D09 in the 2024 returns; they name these districts: D01, D02.",
                err.toString().trim());
        // The indicators of a district nobody names are refused alike, not printed as a table of reasons.
        assertEquals(2, run("indicators", "--db", db.toString(), "--year", "2024", "--district", "D09"));
        assertEquals("error: There is no district D09 in the 2024 returns; they name these districts: D01, D02.",
                err.toString().trim());
        assertEquals(0, run("indicators", "--db", db.toString(), "--year", "2024", "--district", "d01"));
        assertEquals(2, run("indicators", "--db", db.toString(), "--year", "2024", "--level", "tertiary"));
        assertTrue(err.toString().startsWith("error: No level tertiary"));
        assertTrue(err.toString().contains("its levels are pre_primary, primary, lower_secondary"), err.toString());
        assertEquals(2, run("queries", "--db", db.toString(), "--year", "2024", "--school", "NOPE", "--out",
                dir.toString()));
        // --school and --district together are a usage error, as picocli reports them.
        assertEquals(2, run("queries", "--db", db.toString(), "--year", "2024", "--school", "S1", "--district", "D01",
                "--out", dir.toString()));
    }
}
