package org.emisworkbench.cli;

import static org.emisworkbench.testing.CliRun.emis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts and other checks rely on it: commands, JSON shapes, exit codes. */
class CliContractTest {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void importTwoDistricts() {
        db = dir.resolve("cli.mv.db");
        CliRun r = emis("import", "--db", db.toString(), "sample-workbooks/master-list.xlsx",
                "sample-workbooks/2024/wide", "sample-workbooks/2025/wide");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void exportForDhis2NeedsAMappingAndSaysWhatItHeldBack() throws Exception {
        CliRun none = emis("export", "--db", db.toString(), "--year", "2025", "--format", "adx",
                "--out", dir.resolve("x.xml").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--mapping FILE is required"), none.err());
        CliRun wrong = emis("export", "--db", db.toString(), "--year", "2025", "--format", "sdmx", "--mapping",
                "sample-workbooks/dhis2-mapping.json", "--out", dir.resolve("x.xml").toString());
        assertEquals(2, wrong.code(), "a usage error");
        assertTrue(wrong.err().contains("is not an export format"), wrong.err());
        Path out = dir.resolve("lumeria-2025.json");
        CliRun r = emis("export", "--db", db.toString(), "--year", "2025", "--format", "dhis2-json", "--mapping",
                "sample-workbooks/dhis2-mapping.json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("values from 168 schools, data set EMIS_ANNUAL_CENSUS"), r.out());
        JsonNode values = new ObjectMapper().readTree(out.toFile()).get("dataValues");
        assertTrue(values.size() > 20, values.toString());
        java.util.Set<String> units = new java.util.TreeSet<>();
        values.forEach(v -> units.add(v.get("orgUnit").asText()));
        assertEquals(java.util.Set.of("LUM_D01_AKUNA", "LUM_D02_BESSA"), units, "the two districts imported");
    }

    @Test
    void aDistrictPackageGoesToTheNationalWorkspaceAndATamperedOneIsRefusedWithExit2() throws Exception {
        Path pkg = dir.resolve("D02-2025.emis.zip");
        CliRun sent = emis("package", "--db", db.toString(), "--year", "2025", "--district", "D02", "--out", pkg.toString());
        assertEquals(0, sent.code(), sent.err());
        assertTrue(sent.out().contains("district D02, 2025, 84 schools with a return"), sent.out());
        CliRun again = emis("package", "--db", db.toString(), "--year", "2025", "--district", "D02", "--out", pkg.toString());
        assertEquals(2, again.code(), "an existing package is replaced only with --force");
        assertEquals(0, emis("package", "--db", db.toString(), "--year", "2025", "--district", "D02", "--out",
                pkg.toString(), "--force").code());
        Path national = dir.resolve("national.mv.db");
        // The same package with one part changed after it was made (written by the test with the JDK's zip).
        Path tampered = dir.resolve("D02-2025-tampered.emis.zip");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(pkg));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("schools.jsonl")) {
                    b = new String(b, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"name\":\"[^\"]*\"",
                            "\"name\":\"Another school\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(b);
                out.closeEntry();
            }
        }
        CliRun bad = emis("import-package", "--db", national.toString(), tampered.toString());
        assertEquals(2, bad.code(), bad.out() + bad.err());
        assertTrue(bad.err().contains("D02-2025-tampered.emis.zip was not imported")
                && bad.err().contains("schools.jsonl") && bad.err().contains("changed or damaged"), bad.err());
        CliRun good = emis("import-package", "--db", national.toString(), pkg.toString());
        assertEquals(0, good.code(), good.err());
        assertTrue(good.out().startsWith("OK      D02-2025.emis.zip: district D02, 2025"), good.out());
        CliRun twice = emis("import-package", "--db", national.toString(), pkg.toString());
        assertEquals(0, twice.code(), twice.err());
        assertTrue(twice.out().startsWith("SAME"), twice.out());
        CliRun schools = emis("schools", "--db", national.toString(), "--year", "2025", "--format", "json");
        assertEquals(84, schools.json().size());
    }

    @Test
    void versionAndHelp() {
        CliRun v = emis("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("EMIS Workbench"));
        CliRun h = emis("--help");
        assertEquals(0, h.code());
        for (String command : new String[] {"import", "templates", "samples", "schools", "db-info", "validate",
            "rules", "findings", "confirm", "queries", "indicators", "report", "export", "package", "import-package",
            "bench", "trace", "workshop", "backups", "restore", "withdraw"}) {
            assertTrue(h.out().contains(command), command);
        }
    }

    @Test
    void importJsonSummarisesEachFileAndAFailedFileGivesExitOne() throws Exception {
        Path bogus = dir.resolve("not-a-workbook.xlsx");
        Files.writeString(bogus, "School,Pupils\nSCH1,20\n");
        CliRun r = emis("import", "--db", db.toString(), "--format", "json", bogus.toString(),
                "sample-workbooks/2024/wide/D01-2024.xlsx");
        assertEquals(1, r.code());
        JsonNode files = r.json().get("files");
        assertEquals("FAILED", files.get(0).get("outcome").asText());
        assertTrue(files.get(0).get("message").asText().startsWith("not-a-workbook.xlsx"));
        assertEquals("ALREADY_IMPORTED", files.get(1).get("outcome").asText());
        assertEquals(1, r.json().get("totals").get("failed").asInt());
    }

    @Test
    void schoolsJsonHasTheAgreedKeys() throws Exception {
        CliRun r = emis("schools", "--db", db.toString(), "--year", "2024", "--district", "D01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode first = r.json().get(0);
        for (String key : new String[] {"code", "name", "district", "year", "ownership", "locality"}) {
            assertTrue(first.has(key), key);
        }
        assertEquals("D01", first.get("district").asText(), "district names in returns become codes");
        assertTrue(r.json().size() > 70);
    }

    @Test
    void dbInfoJsonListsEachImportedFileWithItsTimeAsIsoText() throws Exception {
        CliRun r = emis("db-info", "--db", db.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode batches = r.json().get("batches");
        assertTrue(batches.size() > 2, r.out());
        for (JsonNode b : batches) {
            // An ISO-8601 instant a script reads as it is, e.g. 2026-12-03T06:40:00.123Z.
            java.time.Instant.parse(b.get("importedAt").asText());
        }
        assertTrue(r.json().get("counts").has("school"), r.out());
    }

    @Test
    void validateJsonCarriesSourcesAndExitsOneOnOpenErrors() throws Exception {
        CliRun r = emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json");
        assertEquals(1, r.code(), "planted errors are open");
        JsonNode f = r.json().get(0);
        for (String key : new String[] {"rule", "severity", "school", "year", "message", "source", "status"}) {
            assertTrue(f.has(key), key);
        }
        boolean anySource = false;
        for (JsonNode x : r.json()) {
            if (x.get("source").isObject()) {
                anySource = x.get("source").has("file") && x.get("source").has("sheet") && x.get("source").has("cell");
                if (anySource) {
                    break;
                }
            }
        }
        assertTrue(anySource);

        long id = r.json().get(0).get("id").asLong();
        CliRun c = emis("confirm", "--db", db.toString(), "--finding", Long.toString(id), "--comment", "checked");
        assertEquals(0, c.code(), c.err());
        CliRun confirmed = emis("findings", "--db", db.toString(), "--status", "confirmed", "--format", "json");
        assertEquals(1, confirmed.json().size());
        assertEquals("checked", confirmed.json().get(0).get("comment").asText());
    }

    /** SCH02046 reports teachers but no pupils in 2025: its OUT-01 follows from its TCH-01. */
    @Test
    void aConsequenceNamesItsCauseAndIsListedUnderIt() throws Exception {
        CliRun r = emis("validate", "--db", db.toString(), "--year", "2025", "--format", "json");
        long cause = -1;
        JsonNode outlier = null;
        for (JsonNode x : r.json()) {
            assertTrue(x.has("causedBy"), x.toString());
            if ("SCH02046".equals(x.get("school").asText()) && "TCH-01".equals(x.get("rule").asText())) {
                cause = x.get("id").asLong();
                assertTrue(x.get("causedBy").isNull());
            }
            if ("SCH02046".equals(x.get("school").asText()) && "OUT-01".equals(x.get("rule").asText())) {
                outlier = x;
            }
        }
        assertTrue(cause > 0 && outlier != null, r.out());
        assertEquals(cause, outlier.get("causedBy").asLong());
        assertTrue(r.err().contains("follow from another finding: listed under it, not counted"), r.err());
        // The counts leave the consequences out alike: never more new findings than findings raised.
        var counts = java.util.regex.Pattern.compile("(\\d+) finding\\(s\\) raised \\((\\d+) new").matcher(r.err());
        assertTrue(counts.find(), r.err());
        assertTrue(Integer.parseInt(counts.group(2)) <= Integer.parseInt(counts.group(1)), r.err());

        CliRun text = emis("findings", "--db", db.toString(), "--year", "2025", "--school", "SCH02046");
        assertTrue(text.out().contains("follows from this: OUT-01 #" + outlier.get("id").asLong()), text.out());
        assertTrue(text.out().contains("not counted"), text.out());
    }

    @Test
    void validateWithoutAYearChecksTheLatestCensusYearAndSaysSo() throws Exception {
        // The workspace holds the 2024 and 2025 returns imported above: the latest is 2025.
        CliRun r = emis("validate", "--db", db.toString(), "--format", "json");
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        assertFalse(r.json().isEmpty(), r.err());
        java.util.Set<Integer> years = new java.util.HashSet<>();
        r.json().forEach(f -> years.add(f.get("year").asInt()));
        assertEquals(java.util.Set.of(2025), years);
        assertTrue(r.err().contains("2025"), r.err());
        assertTrue(r.err().contains("latest"), r.err());
    }

    @Test
    void indicatorsJsonKeysFlowRatesByGrade() throws Exception {
        CliRun r = emis("indicators", "--db", db.toString(), "--year", "2024", "--district", "D01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rep = r.json().get("repetition_rate");
        assertTrue(rep.get("G1").isNumber(), rep.toString());
        assertEquals(rep.get("G1").asDouble(), rep.get("byGrade").get("G1").get("value").asDouble());
        assertTrue(rep.get("value").isNumber(), "the whole level's figure");
        assertTrue(rep.get("G1").asDouble() > 0 && rep.get("G1").asDouble() < 1, "a proportion");
        JsonNode ptr = r.json().get("pupil_teacher_ratio");
        assertTrue(ptr.get("value").isNumber());
        for (String key : new String[] {"formula", "numerator", "denominator", "coverage", "available"}) {
            assertTrue(ptr.has(key), key);
        }
        assertTrue(r.json().get("ger").has("reason"));
    }

    @Test
    void nerCarriesTheShareEstimatedAndTheThresholdIsAnOption() throws Exception {
        CliRun all = emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json",
                "--min-age-coverage", "0");
        assertEquals(0, all.code(), all.err());
        JsonNode ner = all.json().get("ner");
        assertTrue(ner.has("imputedShare"), ner.toString());
        assertTrue(ner.has("note"), ner.toString());
        CliRun strict = emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "json",
                "--min-age-coverage", "100");
        assertEquals(0, strict.code(), strict.err());
        JsonNode none = strict.json().get("ner");
        // The wide sample returns give no ages at all, or too few for 100 %: never a figure.
        assertFalse(none.get("available").asBoolean(), none.toString());
        assertTrue(none.get("reason").asText().contains("age"), none.toString());
        CliRun csv = emis("indicators", "--db", db.toString(), "--year", "2024", "--format", "csv");
        assertTrue(csv.out().lines().findFirst().orElseThrow().endsWith(",schools_counted,imputed_share,note"),
                csv.out().lines().findFirst().orElseThrow());
        CliRun bad = emis("indicators", "--db", db.toString(), "--year", "2024", "--min-age-coverage", "150");
        assertTrue(bad.code() != 0);
        assertTrue(bad.err().startsWith("error: --min-age-coverage is a percentage"), bad.err());
        CliRun badReport = emis("report", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                dir.resolve("never.pdf").toString(), "--min-age-coverage", "-1");
        assertTrue(badReport.code() != 0);
        assertTrue(badReport.err().startsWith("error: --min-age-coverage is a percentage"), badReport.err());
        assertFalse(Files.exists(dir.resolve("never.pdf")));
    }

    @Test
    void equityBreakdownsByLocalityAddUpToTheArea() throws Exception {
        CliRun area = emis("indicators", "--db", db.toString(), "--year", "2024", "--district", "D01");
        CliRun groups = emis("indicators", "--db", db.toString(), "--year", "2024", "--district", "D01", "--by",
                "locality");
        assertEquals(0, groups.code(), groups.err());
        JsonNode g = groups.json();
        assertTrue(g.has("rural") && g.has("urban"), g.fieldNames().toString());
        double sum = 0;
        for (java.util.Iterator<JsonNode> it = g.elements(); it.hasNext(); ) {
            sum += it.next().get("enrolment_total").get("value").asDouble();
        }
        assertEquals(area.json().get("enrolment_total").get("value").asDouble(), sum, 1e-9);
        assertFalse(g.get("rural").get("ger").get("available").asBoolean());
        CliRun csv = emis("indicators", "--db", db.toString(), "--year", "2024", "--by", "ownership", "--format", "csv");
        assertTrue(csv.code() != 0);
        assertTrue(csv.err().contains("--by writes JSON only"), csv.err());
    }

    @Test
    void badInputIsOnePlainLineNotAStackTrace() {
        Path pack = dir.resolve("evil.json");
        CliRun r = emis("validate", "--db", db.toString(), "--year", "2024", "--rules", pack.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aCommandThatOnlyReadsRefusesAMistypedWorkspaceAndCreatesNothing() throws Exception {
        Path typo = dir.resolve("censsu.mv.db");
        for (String[] args : new String[][] {{"db-info"}, {"schools"}, {"validate", "--year", "2024"},
                {"indicators", "--year", "2024"}, {"findings", "--year", "2024"}}) {
            String[] full = new String[args.length + 2];
            full[0] = args[0];
            full[1] = "--db";
            full[2] = typo.toString();
            System.arraycopy(args, 1, full, 3, args.length - 1);
            CliRun r = emis(full);
            assertEquals(2, r.code(), args[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains("There is no workspace") && r.err().contains("censsu.mv.db"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace");
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("censsu")),
                        args[0] + " left a file behind");
            }
        }
        Path fresh = dir.resolve("fresh.mv.db");
        CliRun imported = emis("import", "--db", fresh.toString(), dir.resolve("no-such-folder").toString());
        // Import creates the workspace it is given, and removes it again, saying so, when nothing was stored in it
        // (decision 0053): a mistyped folder leaves no empty workspace behind.
        assertFalse(Files.exists(fresh), "nothing stored, no workspace left: " + imported.out() + imported.err());
        assertTrue((imported.out() + imported.err()).contains("No workspace was created"),
                imported.out() + imported.err());
    }
}
