package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.DistrictPackage;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From district to nation: the sample country's districts, each sent as a package for 2024 and 2025 and
 * put together in an empty national workspace, give exactly the figures (with their cells), indicators
 * and findings (with their follow-up) of the workspace they were sent from. Packages that do not match
 * their manifest, or hold a path, are refused whole; a newer package replaces the earlier one, kept as
 * history.
 */
class DistrictPackageTest {
    private static final List<Integer> YEARS = List.of(2024, 2025);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path districtDb;
    static Path nationalDb;
    static List<String> districts;
    /** district-year → its package */
    static final Map<String, Path> packages = new TreeMap<>();
    static String confirmedKey;
    static String queriedKey;

    @BeforeAll
    static void sendEveryDistrict() {
        districtDb = dir.resolve("district.mv.db");
        try (Workbench wb = SampleCountryFixture.copy(districtDb)) {
            districts = wb.schools(2025, null).stream().map(s -> s.district()).distinct().sorted().toList();
            // The district officer's follow-up: one finding confirmed with the school, one queried.
            List<StoredFinding> errors = wb.validation().findings(new FindingFilter(2025, null, null, null,
                    org.emisworkbench.model.Severity.ERROR, FindingStatus.OPEN));
            assertTrue(errors.size() >= 2, "the sample country has open errors");
            wb.validation().mark(errors.get(0).id(), FindingStatus.CONFIRMED, "Checked by phone: a repeat class");
            wb.validation().mark(errors.get(1).id(), FindingStatus.QUERIED, "Sent back to the school");
            confirmedKey = errors.get(0).finding().key().text();
            queriedKey = errors.get(1).finding().key().text();
            for (int year : YEARS) {
                for (String d : districts) {
                    Path out = dir.resolve(d + "-" + year + ".emis.zip");
                    PackageService.Sent sent = wb.packages().write(year, d, out, false, Progress.NONE, Cancellation.none());
                    assertEquals(out, sent.file());
                    assertTrue(sent.rows().get("facts") > 0, d + " " + year + " has figures");
                    packages.put(d + "-" + year, out);
                }
            }
        }
        nationalDb = dir.resolve("national.mv.db");
        try (Workbench nat = Workbench.open(nationalDb)) {
            List<Message> refused = new ArrayList<>();
            List<PackageService.Received> got = nat.packages().importPackages(new ArrayList<>(packages.values()),
                    Progress.NONE, Cancellation.none(), refused);
            assertEquals(List.of(), refused);
            assertEquals(packages.size(), got.size());
            assertTrue(got.stream().noneMatch(PackageService.Received::already));
        }
    }

    @Test
    void theSampleCountryHasItsFiveDistricts() {
        assertEquals(List.of("D01", "D02", "D03", "D04", "D05"), districts);
    }

    @Test
    void nationalFiguresAreTheDistrictsWithTheirCells() throws IOException {
        for (int year : YEARS) {
            List<String> district = longCsv(districtDb, year);
            List<String> national = longCsv(nationalDb, year);
            assertTrue(district.size() > 10_000, "figures of " + year + ": " + district.size());
            assertEquals(district, national, "figures of " + year);
        }
    }

    @Test
    void nationalIndicatorsAreTheDistricts() {
        try (Workbench d = Workbench.open(districtDb); Workbench n = Workbench.open(nationalDb)) {
            for (int year : YEARS) {
                List<IndicatorValue> country = d.indicators().compute(year, AreaSelector.country(), null);
                assertFalse(country.isEmpty());
                assertEquals(country, n.indicators().compute(year, AreaSelector.country(), null), "country " + year);
                for (AreaSelector.Kind kind : List.of(AreaSelector.Kind.DISTRICT, AreaSelector.Kind.REGION)) {
                    Map<String, List<IndicatorValue>> all = d.indicators().computeAll(year, kind, null);
                    assertFalse(all.isEmpty());
                    assertEquals(all, n.indicators().computeAll(year, kind, null), kind + " " + year);
                }
                assertEquals(d.schools(year, null), n.schools(year, null), "schools of " + year);
            }
        }
    }

    @Test
    void nationalFindingsAreTheDistrictsWithTheirFollowUp() {
        try (Workbench d = Workbench.open(districtDb); Workbench n = Workbench.open(nationalDb)) {
            for (int year : YEARS) {
                List<String> district = findings(d, year);
                assertTrue(district.size() > 20, "findings of " + year);
                assertEquals(district, findings(n, year), "findings of " + year);
            }
            StoredFinding confirmed = byKey(n, confirmedKey);
            assertEquals(FindingStatus.CONFIRMED, confirmed.status());
            assertEquals("Checked by phone: a repeat class", confirmed.comment());
            assertEquals(FindingStatus.QUERIED, byKey(n, queriedKey).status());
            // The national unit runs the same checks again: the district's figures raise the same findings,
            // and what the district confirmed stays confirmed.
            // Boundaries are the ministry's own reference (its GeoJSON file), not a district's data: a package
            // does not carry them, the national workspace keeps them itself (docs/maps.md).
            SampleCountry.boundaries(n, SampleCountryFixture.SAMPLES);
            for (int year : YEARS) {
                n.validation().validate(null, year, null, Progress.NONE, Cancellation.none());
            }
            for (int year : YEARS) {
                // Messages too: a cohort finding names last year's finding by rule and year, not by a number
                // that differs here.
                assertEquals(findings(d, year), findings(n, year), "re-validated " + year);
            }
            assertEquals(FindingStatus.CONFIRMED, byKey(n, confirmedKey).status());
        }
    }

    @Test
    void theHistoryNamesEachPackage() {
        try (Workbench n = Workbench.open(nationalDb)) {
            List<DistrictPackage> h = n.packages().history();
            assertEquals(packages.size(), h.size());
            assertTrue(h.stream().allMatch(p -> p.current() && p.replacedBy() == null && p.figures() > 0
                    && p.sha256().matches("[0-9a-f]{64}") && p.madeIn().equals("district.mv.db")));
        }
    }

    @Test
    void aNewerPackageReplacesTheEarlierOneAndKeepsItAsHistory() throws Exception {
        Path db = dir.resolve("replace.mv.db");
        Path first = packages.get("D01-2025");
        Path districtCopy = dir.resolve("district-again.mv.db");
        Path newer = dir.resolve("D01-2025-newer.emis.zip");
        String key;
        try (Workbench d = SampleCountryFixture.copy(districtCopy)) {
            StoredFinding open = d.validation().findings(new FindingFilter(2025, "D01", null, null,
                    org.emisworkbench.model.Severity.ERROR, FindingStatus.OPEN)).get(0);
            key = open.finding().key().text();
            d.validation().mark(open.id(), FindingStatus.CONFIRMED, "Confirmed later with the head teacher");
            d.packages().write(2025, "D01", newer, false, Progress.NONE, Cancellation.none());
        }
        try (Workbench n = Workbench.open(db)) {
            PackageService.Received a = n.packages().importPackage(first, Progress.NONE, Cancellation.none());
            assertNull(a.replaced());
            List<String> once = longCsv(n, 2025);
            PackageService.Received b = n.packages().importPackage(newer, Progress.NONE, Cancellation.none());
            assertNotNull(b.replaced());
            assertEquals(once, longCsv(n, 2025), "the same figures, not twice");
            assertEquals(FindingStatus.CONFIRMED, byKey(n, key).status());
            assertEquals("Confirmed later with the head teacher", byKey(n, key).comment());
            List<DistrictPackage> h = n.packages().history();
            assertEquals(2, h.size());
            DistrictPackage current = h.get(0);
            DistrictPackage earlier = h.get(1);
            assertTrue(current.current());
            assertFalse(earlier.current());
            assertEquals(current.id(), earlier.replacedBy());
            assertEquals(first.getFileName().toString(), earlier.fileName());
            assertEquals(earlier.figures(), current.figures());
            // The same package again changes nothing; the earlier one no longer replaces the newer.
            assertTrue(n.packages().importPackage(newer, Progress.NONE, Cancellation.none()).already());
            Path older = dir.resolve("D01-2025-older-copy.emis.zip");
            rewrite(first, older, Map.of("manifest.json", m -> m)); // same content, another file hash
            ServiceException e = assertThrows(ServiceException.class,
                    () -> n.packages().importPackage(older, Progress.NONE, Cancellation.none()));
            assertTrue(e.getMessage().contains("only a newer package replaces it"), e.getMessage());
        }
    }

    @Test
    void aPackageThatDoesNotMatchItsManifestIsRefusedWholeNamingThePart() throws Exception {
        Path good = packages.get("D03-2025");
        Path db = dir.resolve("refusals.mv.db");
        try (Workbench n = Workbench.open(db)) {
            // a figure changed after the package was made
            refused(n, tampered(good, "tampered", Map.of("facts.jsonl", t -> t.replaceFirst("\"value\":1",
                    "\"value\":2"))), "facts.jsonl does not match its SHA-256");
            // a figure made longer: the part is no longer the size the manifest gives
            refused(n, tampered(good, "longer", Map.of("facts.jsonl", t -> t.replaceFirst("\"value\":(\\d+)",
                    "\"value\":9$1"))), "facts.jsonl is not the size its manifest gives");
            // the manifest's hash of a part changed
            refused(n, tampered(good, "wrong-hash", Map.of("manifest.json", t -> {
                try {
                    ObjectNode m = (ObjectNode) JSON.readTree(t);
                    for (var p : m.withArray("parts")) {
                        if (p.get("name").asText().equals("schools")) {
                            ((ObjectNode) p).put("sha256", "0".repeat(64));
                        }
                    }
                    return JSON.writeValueAsString(m);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })), "schools.jsonl does not match its SHA-256");
            // a part left out
            Path missing = dir.resolve("missing.emis.zip");
            rewrite(good, missing, Map.of(), "population.jsonl", null);
            refused(n, missing, "the part population.jsonl is missing");
            // an entry that would climb out of a folder
            Path traversal = dir.resolve("traversal.emis.zip");
            rewrite(good, traversal, Map.of(), null, "../../outside.txt");
            refused(n, traversal, "../../outside.txt");
            // a version this workbench does not read
            refused(n, tampered(good, "version", Map.of("manifest.json", t -> t.replace("\"version\" : 1,",
                    "\"version\" : 7,"))), "version 7");
            // consistent with its manifest, but a figure of the last file is not data the workbench reads:
            // the files before it were written, and must all be gone again
            Path bad = dir.resolve("bad-row.emis.zip");
            rewriteConsistent(good, bad, "facts", t -> {
                int last = t.lastIndexOf("\"topic\":\"");
                return t.substring(0, last) + "\"topic\":\"x'; DROP TABLE school; --" + t.substring(t.indexOf('"',
                        last + 9));
            });
            refused(n, bad, "facts.jsonl, field topic");
            assertEquals(Map.of(), nonEmpty(n.tableCounts()), "nothing half-imported");
            assertEquals(List.of(), n.batches());
            assertEquals(List.of(), n.packages().history());
            // and the good one goes in
            assertEquals("D03", n.packages().importPackage(good, Progress.NONE, Cancellation.none()).district());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void refused(Workbench n, Path pkg, String says) {
        ServiceException e = assertThrows(ServiceException.class,
                () -> n.packages().importPackage(pkg, Progress.NONE, Cancellation.none()));
        assertTrue(e.getMessage().startsWith(pkg.getFileName() + " was not imported"), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(e.message().in(java.util.Locale.FRENCH).contains("n’a pas été importé"), e.message().in(
                java.util.Locale.FRENCH));
    }

    private static Map<String, Map<Integer, Long>> nonEmpty(Map<String, Map<Integer, Long>> counts) {
        Map<String, Map<Integer, Long>> out = new TreeMap<>();
        counts.forEach((table, byYear) -> {
            if (byYear.values().stream().anyMatch(n -> n > 0) && !List.of("grade", "flyway_schema_history")
                    .contains(table.toLowerCase(java.util.Locale.ROOT))) {
                out.put(table, byYear);
            }
        });
        return out;
    }

    private static StoredFinding byKey(Workbench wb, String key) {
        return wb.validation().findings(FindingFilter.all().withPack(FindingFilter.ANY_PACK)).stream()
                .filter(f -> f.finding().key().text().equals(key)).findFirst().orElseThrow();
    }

    /** Each finding as the officer reads it, with its follow-up; ids (which differ) left out. */
    private static List<String> findings(Workbench wb, int year) {
        List<String> out = new ArrayList<>();
        for (StoredFinding f : wb.validation().findings(new FindingFilter(year, null, null, null, null, null))) {
            out.add(f.finding() + " | " + f.status() + " | " + f.comment() + " | " + f.packId() + " | "
                    + (f.causedBy() != null));
        }
        out.sort(null);
        return out;
    }

    private static List<String> longCsv(Path db, int year) throws IOException {
        try (Workbench wb = Workbench.open(db)) {
            return longCsv(wb, year);
        }
    }

    private static List<String> longCsv(Workbench wb, int year) throws IOException {
        Path out = Files.createTempFile(dir, "figures-" + year, ".csv");
        wb.exchange().exportLong(year, null, out, true, Progress.NONE, Cancellation.none());
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    private static Path tampered(Path good, String name, Map<String, UnaryOperator<String>> edits) throws IOException {
        Path out = dir.resolve(name + ".emis.zip");
        rewrite(good, out, edits);
        return out;
    }

    private static void rewrite(Path src, Path dst, Map<String, UnaryOperator<String>> edits) throws IOException {
        rewrite(src, dst, edits, null, null);
    }

    /** Copies a zip entry by entry, editing some, dropping one, adding one; written by the test, not our writer. */
    private static void rewrite(Path src, Path dst, Map<String, UnaryOperator<String>> edits, String drop, String add)
            throws IOException {
        Map<String, byte[]> entries = read(src);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dst))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().equals(drop)) {
                    continue;
                }
                byte[] bytes = e.getValue();
                if (edits.containsKey(e.getKey())) {
                    bytes = edits.get(e.getKey()).apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(bytes);
                zip.closeEntry();
            }
            if (add != null) {
                zip.putNextEntry(new ZipEntry(add));
                zip.write("hello".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            // a different comment: a different file (and SHA-256) with the same parts
            zip.setComment("copied " + dst.getFileName());
        }
    }

    /** Edits a part and sets the manifest's size, rows and SHA-256 of it to match, as a forger would. */
    private static void rewriteConsistent(Path src, Path dst, String part, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = read(src);
        byte[] edited = edit.apply(new String(entries.get(part + ".jsonl"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
        for (var p : manifest.withArray("parts")) {
            if (p.get("name").asText().equals(part)) {
                ((ObjectNode) p).put("bytes", edited.length);
                try {
                    ((ObjectNode) p).put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(edited)));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
        String edited0 = new String(edited, StandardCharsets.UTF_8);
        edits.put(part + ".jsonl", t -> edited0);
        String m = JSON.writeValueAsString(manifest);
        edits.put("manifest.json", t -> m);
        rewrite(src, dst, edits);
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                out.put(e.getName(), b.toByteArray());
            }
        }
        return out;
    }
}
