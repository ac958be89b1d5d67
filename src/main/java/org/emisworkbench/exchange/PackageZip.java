package org.emisworkbench.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.emisworkbench.model.Refusal;
import org.emisworkbench.model.Message;

/**
 * The district package file (docs/exchange.md, decision 0015): a zip of JSON-lines parts and a
 * {@code manifest.json} with each part's row count, size and SHA-256. Written here; read here as data
 * from another laptop: only the entries the manifest names, each no larger than it says and no more
 * compressed than {@link #MAX_RATIO}, no folders or paths, one flat JSON object of plain values a line,
 * and every part checked against the manifest before anything is stored.
 */
public final class PackageZip {
    public static final String FORMAT = "emis-district-package";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String EXTENSION = ".jsonl";
    /** Largest part read (uncompressed). */
    static final long MAX_PART = 1L << 30;
    /** Largest manifest read. */
    static final int MAX_MANIFEST = 1 << 20;
    /** Longest line of a part. */
    static final int MAX_LINE = 1 << 20;
    /** Most entries a package may hold (its parts and the manifest, with room for later versions' parts). */
    static final int MAX_ENTRIES = 64;
    /** Most a part may be compressed: beyond this it is a zip bomb, not JSON lines. */
    static final long MAX_RATIO = 200;

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private PackageZip() {
    }

    /** A part as the manifest lists it. */
    public record Part(String name, long rows, long bytes, String sha256) {
    }

    /** A rule pack whose findings the package carries. */
    public record RulePack(String id, String version) {
    }

    /** What the manifest says. */
    public record Manifest(int version, String district, String districtName, int year, Instant madeAt,
                           String madeBy, String madeIn, List<String> templates, List<RulePack> rulePacks,
                           List<Part> parts) {
        public long rows(String part) {
            return parts.stream().filter(p -> p.name().equals(part)).mapToLong(Part::rows).sum();
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes parts in a fixed order, then the manifest. */
    public static final class Writer {
        private final ZipOutputStream zip;
        private final List<String> order;
        private final List<Part> written = new ArrayList<>();
        private int index = -1;
        private MessageDigest digest;
        private long rows;
        private long bytes;

        public Writer(OutputStream out, List<String> parts) {
            this.zip = new ZipOutputStream(out);
            this.order = List.copyOf(parts);
        }

        /** One row of {@code part}: plain values only (text, numbers, true/false, null). */
        public void row(String part, Map<String, Object> row) throws IOException {
            int at = order.indexOf(part);
            if (at < index || at < 0) {
                throw new IllegalStateException(part + " after " + order.get(index));
            }
            while (index < at) {
                next();
            }
            byte[] line = JSON.writeValueAsBytes(row);
            digest.update(line);
            digest.update((byte) '\n');
            zip.write(line);
            zip.write('\n');
            rows++;
            bytes += line.length + 1;
        }

        private void next() throws IOException {
            if (index >= 0) {
                zip.closeEntry();
                written.add(new Part(order.get(index), rows, bytes, HexFormat.of().formatHex(digest.digest())));
            }
            index++;
            if (index < order.size()) {
                zip.putNextEntry(new ZipEntry(order.get(index) + EXTENSION));
                digest = sha256();
                rows = 0;
                bytes = 0;
            }
        }

        /** Closes the parts (those without rows are written empty) and writes the manifest. */
        public List<Part> finish(Manifest header) throws IOException {
            while (index < order.size()) {
                next();
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(ManifestJson.write(header, written));
            zip.closeEntry();
            zip.finish();
            return List.copyOf(written);
        }
    }

    /** A reason a package is refused, for a {@code package.*} message. */
    static Message why(String key, Object... args) {
        return Message.of("package.why." + key, args);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- reading

    /** An open package whose entries and manifest were checked; {@link #verify} checks every part. */
    public static final class Reader implements AutoCloseable {
        private final ZipFile zip;
        private final Manifest manifest;
        private final List<String> expected;

        private Reader(ZipFile zip, Manifest manifest, List<String> expected) {
            this.zip = zip;
            this.manifest = manifest;
            this.expected = expected;
        }

        /**
         * Opens {@code file} and checks its entries and manifest: the format and version this workbench
         * reads, exactly the parts {@code parts} (each once), no other entry and no path.
         */
        public static Reader open(Path file, List<String> parts) {
            ZipFile zip;
            try {
                zip = new ZipFile(file.toFile());
            } catch (ZipException e) {
                throw new Refusal("package.notZip");
            } catch (IOException e) {
                throw new Refusal("package.cannotRead", e.getMessage());
            }
            try {
                Map<String, ZipEntry> entries = PackageEntries.entries(zip);
                ZipEntry m = entries.get(MANIFEST);
                if (m == null) {
                    throw new Refusal("package.noManifest");
                }
                Manifest manifest = ManifestJson.read(PackageEntries.readSmall(zip, m, MAX_MANIFEST, MANIFEST), parts);
                for (String name : entries.keySet()) {
                    if (!name.equals(MANIFEST) && !parts.contains(PackageEntries.stem(name))) {
                        throw new Refusal("package.unknownPart", name);
                    }
                }
                for (Part p : manifest.parts()) {
                    ZipEntry e = entries.get(p.name() + EXTENSION);
                    if (e == null) {
                        throw new Refusal("package.missingPart", p.name() + EXTENSION);
                    }
                    if (p.bytes() > MAX_PART || e.getSize() >= 0 && e.getSize() != p.bytes()) {
                        throw new Refusal("package.partSize", p.name() + EXTENSION, p.bytes());
                    }
                    long compressed = Math.max(e.getCompressedSize(), 1);
                    if (p.bytes() > 1024 * 1024 && p.bytes() / compressed > MAX_RATIO) {
                        throw new Refusal("package.bomb", p.name() + EXTENSION);
                    }
                }
                return new Reader(zip, manifest, List.copyOf(parts));
            } catch (RuntimeException e) {
                PackageEntries.closeQuietly(zip);
                throw e;
            }
        }

        public Manifest manifest() {
            return manifest;
        }

        /** Reads every part through, checking its size, rows and SHA-256 against the manifest. */
        public void verify() {
            for (String part : expected) {
                try (PackagePartRows rows = rows(part)) {
                    while (rows.next() != null) {
                        // read to the end: the last next() checks the part against the manifest
                    }
                }
            }
        }

        /** The rows of a part, each a map of plain values; checked against the manifest when the end is read. */
        public PackagePartRows rows(String part) {
            Part p = manifest.parts().stream().filter(x -> x.name().equals(part)).findFirst()
                    .orElseThrow(() -> new Refusal("package.missingPart", part + EXTENSION));
            try {
                return new PackagePartRows(p, zip.getInputStream(zip.getEntry(p.name() + EXTENSION)));
            } catch (IOException e) {
                throw new Refusal("package.cannotReadPart", p.name() + EXTENSION, e.getMessage());
            }
        }

        @Override
        public void close() {
            PackageEntries.closeQuietly(zip);
        }
    }

}
