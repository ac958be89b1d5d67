package org.emisworkbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package file read as data from elsewhere: zips the test writes itself with the JDK (a bomb, too
 * many entries, lines that are not one flat JSON object, more rows than the manifest says) are refused
 * with the part named; what the writer wrote reads back row for row.
 */
class PackageZipTest {
    private static final List<String> PARTS = List.of("one", "two");

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenReadsBackRowForRow() throws Exception {
        Path file = dir.resolve("p.emis.zip");
        try (OutputStream os = Files.newOutputStream(file)) {
            PackageZip.Writer w = new PackageZip.Writer(os, PARTS);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", "École \"Sainte\"\nMarie");
            row.put("n", 42L);
            row.put("x", 1.5);
            row.put("none", null);
            row.put("yes", true);
            w.row("two", row);
            List<PackageZip.Part> parts = w.finish(new PackageZip.Manifest(1, "D01", "Akuna", 2025,
                    java.time.Instant.parse("2025-03-01T10:00:00Z"), "officer", "d.mv.db", List.of("t@1"),
                    List.of(new PackageZip.RulePack("default-census", "3")), List.of()));
            assertEquals(List.of(0L, 1L), parts.stream().map(PackageZip.Part::rows).toList());
        }
        try (PackageZip.Reader r = PackageZip.Reader.open(file, PARTS)) {
            r.verify();
            assertEquals("D01", r.manifest().district());
            assertEquals(2025, r.manifest().year());
            try (PackagePartRows rows = r.rows("one")) {
                assertNull(rows.next());
            }
            try (PackagePartRows rows = r.rows("two")) {
                Map<String, Object> back = rows.next();
                assertEquals("École \"Sainte\"\nMarie", back.get("text"));
                assertEquals(42L, back.get("n"));
                assertEquals(1.5, back.get("x"));
                assertTrue(back.containsKey("none") && back.get("none") == null);
                assertEquals(true, back.get("yes"));
                assertNull(rows.next());
            }
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsRead() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) '\n');
        Path file = zip(Map.of("one.jsonl", new byte[0], "two.jsonl", big), Map.of("one", 0L, "two", (long) big.length));
        assertRefused(file, "two.jsonl is compressed far more than JSON lines can be");
    }

    @Test
    void tooManyEntriesAndFoldersAreRefused() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("one.jsonl", new byte[0]);
        many.put("two.jsonl", new byte[0]);
        for (int i = 0; i < 70; i++) {
            many.put("x" + i, new byte[0]);
        }
        assertRefused(zip(many, Map.of("one", 0L, "two", 0L)), "more than 64 entries");
        Map<String, byte[]> folder = new LinkedHashMap<>();
        folder.put("one.jsonl", new byte[0]);
        folder.put("two.jsonl", new byte[0]);
        folder.put("sub/two.jsonl", new byte[0]);
        assertRefused(zip(folder, Map.of("one", 0L, "two", 0L)), "sub/two.jsonl");
    }

    @Test
    void aLineMustBeOneFlatObjectAndTheRowsTheManifests() throws Exception {
        for (String[] c : new String[][] {
            {"[1, 2]\n", "line 1 of two.jsonl: not one JSON object"},
            {"{\"a\": {\"b\": 1}}\n", "line 1 of two.jsonl: a is not a plain value"},
            {"{\"a\": 1, \"a\": 2}\n", "line 1 of two.jsonl: not JSON"},
            {"{\"a\": 1}", "line 1 of two.jsonl: the last line has no end"},
            {"<!DOCTYPE x [<!ENTITY e \"x\">]>\n", "line 1 of two.jsonl: not JSON"}}) {
            byte[] b = c[0].getBytes(StandardCharsets.UTF_8);
            assertRefused(zip(Map.of("one.jsonl", new byte[0], "two.jsonl", b), Map.of("one", 0L, "two", 1L)), c[1]);
        }
        byte[] two = "{\"a\": 1}\n{\"a\": 2}\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(zip(Map.of("one.jsonl", new byte[0], "two.jsonl", two), Map.of("one", 0L, "two", 1L)),
                "two.jsonl does not have the rows its manifest gives (1, found 2)");
    }

    private static void assertRefused(Path file, String says) {
        org.emisworkbench.model.Refusal e = assertThrows(org.emisworkbench.model.Refusal.class, () -> {
            try (PackageZip.Reader r = PackageZip.Reader.open(file, PARTS)) {
                r.verify();
            }
        });
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    /** A package written with the JDK's zip: the entries given, and a manifest with their true sizes and hashes. */
    private Path zip(Map<String, byte[]> entries, Map<String, Long> rows) throws IOException {
        Path file = Files.createTempFile(dir, "p", ".emis.zip");
        StringBuilder parts = new StringBuilder();
        for (String part : PARTS) {
            byte[] b = entries.get(part + ".jsonl");
            parts.append(parts.length() == 0 ? "" : ",").append("{\"name\":\"").append(part).append("\",\"rows\":")
                    .append(rows.get(part)).append(",\"bytes\":").append(b.length).append(",\"sha256\":\"")
                    .append(sha256(b)).append("\"}");
        }
        String manifest = "{\"format\":\"emis-district-package\",\"version\":1,\"district\":\"D01\",\"census_year\":2025,"
                + "\"made_at\":\"2025-03-01T10:00:00Z\",\"parts\":[" + parts + "]}";
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write(manifest.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
