package org.emisworkbench.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final ObjectMapper JSON = new ObjectMapper()
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
            ObjectNode m = JSON.createObjectNode();
            m.put("format", FORMAT);
            m.put("version", VERSION);
            m.put("district", header.district());
            m.put("district_name", header.districtName());
            m.put("census_year", header.year());
            m.put("made_at", header.madeAt().toString());
            m.put("made_by", header.madeBy());
            m.put("made_in", header.madeIn());
            ArrayNode templates = m.putArray("templates");
            header.templates().forEach(templates::add);
            ArrayNode packs = m.putArray("rule_packs");
            for (RulePack p : header.rulePacks()) {
                packs.addObject().put("id", p.id()).put("version", p.version());
            }
            ArrayNode parts = m.putArray("parts");
            for (Part p : written) {
                parts.addObject().put("name", p.name()).put("file", p.name() + EXTENSION).put("rows", p.rows())
                        .put("bytes", p.bytes()).put("sha256", p.sha256());
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
            zip.closeEntry();
            zip.finish();
            return List.copyOf(written);
        }
    }

    private static Message why(String key, Object... args) {
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
                Map<String, ZipEntry> entries = entries(zip);
                ZipEntry m = entries.get(MANIFEST);
                if (m == null) {
                    throw new Refusal("package.noManifest");
                }
                Manifest manifest = readManifest(readSmall(zip, m, MAX_MANIFEST, MANIFEST), parts);
                for (String name : entries.keySet()) {
                    if (!name.equals(MANIFEST) && !parts.contains(stem(name))) {
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
                closeQuietly(zip);
                throw e;
            }
        }

        public Manifest manifest() {
            return manifest;
        }

        /** Reads every part through, checking its size, rows and SHA-256 against the manifest. */
        public void verify() {
            for (String part : expected) {
                try (Rows rows = rows(part)) {
                    while (rows.next() != null) {
                        // read to the end: the last next() checks the part against the manifest
                    }
                }
            }
        }

        /** The rows of a part, each a map of plain values; checked against the manifest when the end is read. */
        public Rows rows(String part) {
            Part p = manifest.parts().stream().filter(x -> x.name().equals(part)).findFirst()
                    .orElseThrow(() -> new Refusal("package.missingPart", part + EXTENSION));
            try {
                return new Rows(p, zip.getInputStream(zip.getEntry(p.name() + EXTENSION)));
            } catch (IOException e) {
                throw new Refusal("package.cannotReadPart", p.name() + EXTENSION, e.getMessage());
            }
        }

        @Override
        public void close() {
            closeQuietly(zip);
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only: nothing to lose
        }
    }

    private static String stem(String entry) {
        return entry.endsWith(EXTENSION) ? entry.substring(0, entry.length() - EXTENSION.length()) : entry;
    }

    /** The entries by name; a path, a folder, a name twice or too many entries refuse the package. */
    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> out = new HashMap<>();
        int n = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            if (++n > MAX_ENTRIES) {
                throw new Refusal("package.tooManyEntries", MAX_ENTRIES);
            }
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..")
                    || name.contains(":") || entry.isDirectory() || name.chars().anyMatch(ch -> ch < 0x20)) {
                throw new Refusal("package.unsafeEntry", printable(name));
            }
            if (out.put(name, entry) != null) {
                throw new Refusal("package.duplicateEntry", name);
            }
        }
        return out;
    }

    private static String printable(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }

    private static byte[] readSmall(ZipFile zip, ZipEntry e, int max, String name) {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new Refusal("package.partSize", name, max);
            }
            return b;
        } catch (IOException ex) {
            throw new Refusal("package.cannotReadPart", name, ex.getMessage());
        }
    }

    private static Manifest readManifest(byte[] bytes, List<String> expectedParts) {
        JsonNode m;
        try {
            m = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new Refusal("package.badManifest", why("notJson"));
        }
        if (m == null || !m.isObject()) {
            throw new Refusal("package.badManifest", why("notObject"));
        }
        if (!FORMAT.equals(m.path("format").asText(null))) {
            throw new Refusal("package.badManifest", why("format", FORMAT));
        }
        if (!m.path("version").isInt() || m.path("version").asInt() != VERSION) {
            throw new Refusal("package.unknownVersion", printable(m.path("version").toString()), VERSION);
        }
        String district = text(m, "district", 40);
        if (!district.matches("[A-Za-z0-9_.-]+")) {
            throw new Refusal("package.badManifest", why("field", "district"));
        }
        if (!m.path("census_year").isInt() || m.path("census_year").asInt() < 1900 || m.path("census_year").asInt() > 2200) {
            throw new Refusal("package.badManifest", why("field", "census_year"));
        }
        Instant madeAt;
        try {
            madeAt = Instant.parse(text(m, "made_at", 40));
        } catch (DateTimeParseException e) {
            throw new Refusal("package.badManifest", why("field", "made_at"));
        }
        List<String> templates = new ArrayList<>();
        for (JsonNode t : m.path("templates")) {
            templates.add(printable(t.asText("")));
        }
        List<RulePack> packs = new ArrayList<>();
        for (JsonNode p : m.path("rule_packs")) {
            packs.add(new RulePack(text(p, "id", 100), text(p, "version", 40)));
        }
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode p : m.path("parts")) {
            String name = text(p, "name", 40);
            if (!expectedParts.contains(name)) {
                throw new Refusal("package.unknownPart", printable(name));
            }
            if (!seen.add(name)) {
                throw new Refusal("package.badManifest", why("twice", name));
            }
            String sha = text(p, "sha256", 64);
            if (!sha.matches("[0-9a-f]{64}") || !p.path("rows").canConvertToLong() || !p.path("bytes").canConvertToLong()
                    || p.path("rows").asLong() < 0 || p.path("bytes").asLong() < 0) {
                throw new Refusal("package.badManifest", why("field", name));
            }
            parts.add(new Part(name, p.path("rows").asLong(), p.path("bytes").asLong(), sha));
        }
        for (String name : expectedParts) {
            if (!seen.contains(name)) {
                throw new Refusal("package.missingPart", name + EXTENSION);
            }
        }
        return new Manifest(VERSION, district, m.path("district_name").isTextual() ? m.path("district_name").asText() : null,
                m.path("census_year").asInt(), madeAt, optional(m, "made_by"), optional(m, "made_in"),
                List.copyOf(templates), List.copyOf(packs), List.copyOf(parts));
    }

    private static String text(JsonNode n, String field, int max) {
        JsonNode v = n.path(field);
        if (!v.isTextual() || v.asText().isEmpty() || v.asText().length() > max) {
            throw new Refusal("package.badManifest", why("field", field));
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? printable(v.asText()) : null;
    }

    /**
     * A part's rows, read line by line within the manifest's size; at the end its size, row count and
     * SHA-256 must be the manifest's, or the package is refused naming the part.
     */
    public static final class Rows implements AutoCloseable {
        private final Part part;
        private final InputStream in;
        private final MessageDigest digest = sha256();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int end;
        private long bytes;
        private long lineNo;
        private boolean done;

        Rows(Part part, InputStream in) {
            this.part = part;
            this.in = in;
        }

        public String part() {
            return part.name();
        }

        /** The 1-based line of the row last returned. */
        public long line() {
            return lineNo;
        }

        /** The next row, or null at the end of a part that matches its manifest entry. */
        public Map<String, Object> next() {
            if (done) {
                return null;
            }
            byte[] raw = readLine();
            if (raw == null) {
                done = true;
                checkEnd();
                return null;
            }
            lineNo++;
            if (lineNo > part.rows()) {
                throw new Refusal("package.partRows", file(), part.rows(), part.rows() + 1);
            }
            return parse(raw);
        }

        private String file() {
            return part.name() + EXTENSION;
        }

        private void checkEnd() {
            if (bytes != part.bytes()) {
                throw new Refusal("package.partSize", file(), part.bytes());
            }
            if (lineNo != part.rows()) {
                throw new Refusal("package.partRows", file(), part.rows(), lineNo);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(part.sha256())) {
                throw new Refusal("package.partHash", file());
            }
        }

        private byte[] readLine() {
            line.reset();
            while (true) {
                if (pos == end) {
                    int n;
                    try {
                        // never read past the size the manifest gives: a bomb stops here
                        long left = part.bytes() - bytes;
                        n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1));
                    } catch (IOException e) {
                        throw new Refusal("package.cannotReadPart", file(), e.getMessage());
                    }
                    if (n <= 0) {
                        if (line.size() > 0) {
                            throw new Refusal("package.badLine", file(), lineNo + 1, why("noEnd"));
                        }
                        return null;
                    }
                    bytes += n;
                    if (bytes > part.bytes()) {
                        throw new Refusal("package.partSize", file(), part.bytes());
                    }
                    digest.update(buffer, 0, n);
                    pos = 0;
                    end = n;
                }
                int start = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                line.write(buffer, start, pos - start);
                if (line.size() > MAX_LINE) {
                    throw new Refusal("package.badLine", file(), lineNo + 1, why("lineTooLong", MAX_LINE));
                }
                if (pos < end) {
                    pos++; // the newline
                    return line.toByteArray();
                }
            }
        }

        private Map<String, Object> parse(byte[] raw) {
            JsonNode n;
            try {
                n = JSON.readTree(raw);
            } catch (JsonProcessingException e) {
                throw new Refusal("package.badLine", file(), lineNo, why("notJson"));
            } catch (IOException e) {
                throw new Refusal("package.badLine", file(), lineNo, why("notJson"));
            }
            if (n == null || !n.isObject()) {
                throw new Refusal("package.badLine", file(), lineNo, why("notObject"));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                Object value;
                if (v.isNull()) {
                    value = null;
                } else if (v.isTextual()) {
                    value = v.asText();
                } else if (v.isBoolean()) {
                    value = v.asBoolean();
                } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                    value = v.asLong();
                } else if (v.isFloatingPointNumber()) {
                    value = v.asDouble();
                } else {
                    throw new Refusal("package.badLine", file(), lineNo, why("notPlain", printable(f.getKey())));
                }
                out.put(f.getKey(), value);
            }
            return out;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }
}
