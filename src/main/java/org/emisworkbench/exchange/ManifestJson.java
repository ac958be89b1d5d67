package org.emisworkbench.exchange;

import static org.emisworkbench.exchange.PackageZip.EXTENSION;
import static org.emisworkbench.exchange.PackageZip.FORMAT;
import static org.emisworkbench.exchange.PackageZip.VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.exchange.PackageZip.Manifest;
import org.emisworkbench.exchange.PackageZip.Part;
import org.emisworkbench.exchange.PackageZip.RulePack;
import org.emisworkbench.model.Refusal;

/** {@code manifest.json}, written and read in one place so its fields cannot drift apart. */
final class ManifestJson {
    private ManifestJson() {
    }

    /** The manifest of {@code header} listing the {@code written} parts, pretty-printed. */
    static byte[] write(Manifest header, List<Part> written) throws IOException {
        ObjectNode m = PackageZip.JSON.createObjectNode();
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
        return PackageZip.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
    }

    /** The manifest read as untrusted data: the format, version and exactly the {@code expectedParts}. */
    static Manifest read(byte[] bytes, List<String> expectedParts) {
        JsonNode m;
        try {
            m = PackageZip.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new Refusal("package.badManifest", PackageZip.why("notJson"));
        }
        if (m == null || !m.isObject()) {
            throw new Refusal("package.badManifest", PackageZip.why("notObject"));
        }
        if (!FORMAT.equals(m.path("format").asText(null))) {
            throw new Refusal("package.badManifest", PackageZip.why("format", FORMAT));
        }
        if (!m.path("version").isInt() || m.path("version").asInt() != VERSION) {
            throw new Refusal("package.unknownVersion", PackageEntries.printable(m.path("version").toString()), VERSION);
        }
        String district = text(m, "district", 40);
        if (!district.matches("[A-Za-z0-9_.-]+")) {
            throw new Refusal("package.badManifest", PackageZip.why("field", "district"));
        }
        if (!m.path("census_year").isInt() || m.path("census_year").asInt() < 1900 || m.path("census_year").asInt() > 2200) {
            throw new Refusal("package.badManifest", PackageZip.why("field", "census_year"));
        }
        Instant madeAt;
        try {
            madeAt = Instant.parse(text(m, "made_at", 40));
        } catch (DateTimeParseException e) {
            throw new Refusal("package.badManifest", PackageZip.why("field", "made_at"));
        }
        List<String> templates = new ArrayList<>();
        for (JsonNode t : m.path("templates")) {
            templates.add(PackageEntries.printable(t.asText("")));
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
                throw new Refusal("package.unknownPart", PackageEntries.printable(name));
            }
            if (!seen.add(name)) {
                throw new Refusal("package.badManifest", PackageZip.why("twice", name));
            }
            String sha = text(p, "sha256", 64);
            if (!sha.matches("[0-9a-f]{64}") || !p.path("rows").canConvertToLong() || !p.path("bytes").canConvertToLong()
                    || p.path("rows").asLong() < 0 || p.path("bytes").asLong() < 0) {
                throw new Refusal("package.badManifest", PackageZip.why("field", name));
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
            throw new Refusal("package.badManifest", PackageZip.why("field", field));
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? PackageEntries.printable(v.asText()) : null;
    }
}
