package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.model.Progress;
import org.emisworkbench.service.SampleService;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emis workshop} and {@code emis trace} as a trainer uses them, on a small generated country. */
class WorkshopCliTest {
    @TempDir
    static Path dir;
    static Path samples;

    @BeforeAll
    static void smallCountry() {
        samples = dir.resolve("small");
        SampleService.generate(samples, 11, 10, Progress.NONE);
    }

    @Test
    void resetMakesAWorkspaceThenKeepsTheOldOneAside() throws Exception {
        Path db = dir.resolve("group-a/participant.mv.db");
        CliRun first = CliRun.emis("workshop", "reset", "--db", db.toString(), "--samples",
                samples.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Reset " + db), first.out());
        assertTrue(first.out().contains("no workspace was there before"), first.out());
        assertTrue(first.out().contains("schools with a return: 2024: "), first.out());

        CliRun schools = CliRun.emis("schools", "--db", db.toString(), "--year", "2024",
                "--format", "json");
        int listed = schools.json().size();
        assertTrue(listed > 0);

        CliRun again = CliRun.emis("workshop", "reset", "--db", db.toString(), "--samples",
                samples.toString());
        assertEquals(0, again.code(), again.err());
        Path kept = dir.resolve("group-a/participant.before-reset.mv.db");
        assertTrue(again.out().contains("kept as " + kept), again.out());
        assertTrue(Files.isRegularFile(kept));
        assertEquals(listed, CliRun.emis("schools", "--db", db.toString(), "--year", "2024", "--format",
                "json").json().size(), "the same schools, not twice as many");
    }

    @Test
    void resetRefusesAFileThatIsNotAWorkspace() throws Exception {
        Path notes = dir.resolve("notes.mv.db");
        Files.writeString(notes, "not a database");
        CliRun r = CliRun.emis("workshop", "reset", "--db", notes.toString(), "--samples",
                samples.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("not a workspace database"), r.err());
        assertEquals("not a database", Files.readString(notes));
    }

    @Test
    void traceShowsTheCellAFigureCameFrom() throws Exception {
        Path db = dir.resolve("trace.mv.db");
        assertEquals(0, CliRun.emis("workshop", "reset", "--db", db.toString(), "--samples",
                samples.toString()).code());
        CliRun r = CliRun.emis("trace", "--db", db.toString(), "--school", "sch03001", "--year",
                "2024", "--topic", "teachers", "--slot", "total", "--sex", "F", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = r.json();
        assertEquals("SCH03001", doc.get("school").asText());
        JsonNode source = doc.get("sources").get(0);
        assertEquals("SCH03001.xlsx", source.get("file").asText());
        assertEquals("Form", source.get("sheet").asText());
        assertEquals(doc.get("value").asInt(), source.get("value").asInt());
        // A form counting enrolment by age × grade: each source line says which age it counts.
        CliRun byAge = CliRun.emis("trace", "--db", db.toString(), "--school", "SCH03001", "--year", "2024",
                "--slot", "G1", "--sex", "F", "--format", "json");
        assertEquals(0, byAge.code(), byAge.err());
        JsonNode ages = byAge.json().get("sources");
        assertTrue(ages.size() > 1, byAge.out());
        int sum = 0;
        for (JsonNode a : ages) {
            assertTrue(a.hasNonNull("age"), a.toString());
            sum += a.get("value").asInt();
        }
        assertEquals(byAge.json().get("value").asInt(), sum);
        // The grade asked for by the name a French or an anglophone form prints for it.
        for (String name : new String[] {"CP1", "Std 1", "g1"}) {
            CliRun named = CliRun.emis("trace", "--db", db.toString(), "--school", "SCH03001", "--year", "2024",
                    "--slot", name, "--sex", "F", "--format", "json");
            assertEquals(0, named.code(), named.err());
            assertEquals("G1", named.json().get("slot").asText());
            assertEquals(sum, named.json().get("value").asInt());
        }
        CliRun unknown = CliRun.emis("trace", "--db", db.toString(), "--school", "SCH03001", "--year", "2024",
                "--slot", "CP9", "--sex", "F");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown grade CP9; the grades are [PP, G1"), unknown.err());
        CliRun noTopic = CliRun.emis("trace", "--db", db.toString(), "--school", "SCH03001", "--year", "2024",
                "--slot", "total", "--sex", "F");
        assertTrue(noTopic.err().contains("total is a figure of teachers and classrooms: add --topic teachers."),
                noTopic.err());
        CliRun text = CliRun.emis("trace", "--db", db.toString(), "--school", "SCH03001", "--year", "2024",
                "--slot", "G1", "--sex", "F");
        // The JSON keeps the code ("-4"); the text says a band in words, as explore and the findings do.
        String first = ages.get(0).get("age").asText();
        String words = first.startsWith("-") ? first.substring(1) + " or under" : first;
        assertTrue(text.out().contains("  age " + words + "  from SCH03001"), text.out());
        assertTrue(!text.out().contains("age -"), text.out());
        CliRun bad = CliRun.emis("trace", "--db", db.toString(), "--school", "SCH03001",
                "--year", "2024", "--slot", "G1");
        assertEquals(2, bad.code(), "enrolment needs a sex");
    }

    @Test
    void correctedReturnIsWrittenForFormsAndRefusedForDistrictWorkbooks() {
        Path out = dir.resolve("kit");
        CliRun r = CliRun.emis("workshop", "corrected-return", "--school", "SCH03054", "--year",
                "2024", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("2024/forms/D03/SCH03054.xlsx")));
        CliRun wide = CliRun.emis("workshop", "corrected-return", "--school", "SCH01009",
                "--year", "2024", "--out", out.toString());
        assertEquals(2, wide.code());
        assertTrue(wide.err().contains("district workbook"), wide.err());
    }
}
