package org.emisworkbench.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.emisworkbench.exchange.ExchangeMapping.Category;
import org.emisworkbench.exchange.ExchangeMapping.Dimension;
import org.emisworkbench.exchange.ExchangeMapping.Element;
import org.emisworkbench.exchange.ExchangeMapping.Level;
import org.emisworkbench.exchange.ExchangeMapping.OrgUnits;
import org.emisworkbench.model.Topic;

/**
 * Reads and checks a mapping file. Strict, as the template loader is: unknown or duplicate properties,
 * unknown figures, codes that are not XML names (ADX writes category codes as attribute names) and two
 * entries sending values to the same data element and combo are all refused, each problem named by its
 * JSON path. The file is data: nothing in it is run, opened or fetched.
 */
public final class MappingReader {
    /** Largest mapping file accepted; a country's mapping is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** An XML name without a colon (NCName), limited to ASCII: what DHIS2 codes and ADX attributes need. */
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,229}");
    private static final Set<String> ROOT = Set.of("$schema", "id", "version", "title", "dataSet", "period",
            "adxPeriod", "orgUnits", "categories", "dataElements");
    private static final Set<String> ELEMENT = Set.of("figure", "dataElement", "by", "grades", "categoryOptionCombo");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private MappingReader(String source) {
        this.source = source;
    }

    /** Reads a mapping file (a regular file, never followed through a link). */
    public static ExchangeMapping read(Path file) throws MappingException {
        String source = file.getFileName().toString();
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new MappingException(source, List.of("$: there is no such file (" + file.toAbsolutePath() + ")"));
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new MappingException(source, List.of("$: not a file (a folder, or a link, which is not followed)"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new MappingException(source, List.of("$: larger than " + MAX_BYTES / 1024 + " KiB"));
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new MappingException(source, List.of("$: cannot read the file: " + e.getMessage()));
        }
    }

    /** Reads a mapping shipped with the program. */
    public static ExchangeMapping read(InputStream in, String source) throws MappingException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new MappingException(source, List.of("$: larger than " + MAX_BYTES / 1024 + " KiB"));
            }
            return parse(new String(bytes, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new MappingException(source, List.of("$: cannot read: " + e.getMessage()));
        }
    }

    public static ExchangeMapping parse(String json, String source) throws MappingException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MappingException(source, List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
        }
        MappingReader r = new MappingReader(source);
        ExchangeMapping m = r.mapping(root);
        if (!r.problems.isEmpty()) {
            throw new MappingException(source, r.problems);
        }
        return m;
    }

    private ExchangeMapping mapping(JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add("$: a mapping is a JSON object");
            return null;
        }
        unknown(root, ROOT, "$");
        String id = text(root, "id", "$", true);
        String version = text(root, "version", "$", true);
        String title = text(root, "title", "$", false);
        String dataSet = code(root, "dataSet", "$", true);
        String period = text(root, "period", "$", false);
        if (period == null) {
            period = "{year}";
        }
        String adxPeriod = text(root, "adxPeriod", "$", false);
        if (adxPeriod == null) {
            adxPeriod = "{year}-01-01/P1Y";
        }
        for (String[] p : new String[][] {{"period", period}, {"adxPeriod", adxPeriod}}) {
            if (!p[1].contains("{year}")) {
                problems.add("$." + p[0] + ": must contain {year}, which stands for the census year");
            }
        }
        OrgUnits units = orgUnits(root.get("orgUnits"));
        Map<Dimension, Category> categories = categories(root.get("categories"));
        List<Element> elements = elements(root.get("dataElements"), categories);
        return new ExchangeMapping(id, version, title, dataSet, period, adxPeriod, units, categories, elements);
    }

    private OrgUnits orgUnits(JsonNode node) {
        String path = "$.orgUnits";
        if (node == null || !node.isObject()) {
            problems.add(path + ": required, an object with \"level\" (school, district or country) and \"codes\"");
            return new OrgUnits(Level.DISTRICT, Map.of());
        }
        unknown(node, Set.of("level", "codes"), path);
        Level level = Level.DISTRICT;
        String l = text(node, "level", path, true);
        if (l != null) {
            try {
                level = Level.valueOf(l.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".level: \"" + l + "\" is not school, district or country");
            }
        }
        Map<String, String> codes = codeMap(node.get("codes"), path + ".codes");
        if (level == Level.COUNTRY && !codes.containsKey("country")) {
            problems.add(path + ".codes: a country-level mapping names the country's code as \"country\": \"…\"");
        }
        return new OrgUnits(level, codes);
    }

    private Map<Dimension, Category> categories(JsonNode node) {
        Map<Dimension, Category> out = new EnumMap<>(Dimension.class);
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            problems.add("$.categories: an object with \"grade\" and/or \"sex\"");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "$.categories." + e.getKey();
            Dimension d = dimension(e.getKey(), path);
            if (d == null) {
                continue;
            }
            if (!e.getValue().isObject()) {
                problems.add(path + ": an object with \"code\" and \"options\"");
                continue;
            }
            unknown(e.getValue(), Set.of("code", "options"), path);
            String code = code(e.getValue(), "code", path, true);
            out.put(d, new Category(code, codeMap(e.getValue().get("options"), path + ".options")));
        }
        if (out.size() == 2 && out.get(Dimension.GRADE).code() != null
                && out.get(Dimension.GRADE).code().equals(out.get(Dimension.SEX).code())) {
            problems.add("$.categories: grade and sex have the same code " + out.get(Dimension.SEX).code());
        }
        return out;
    }

    private List<Element> elements(JsonNode node, Map<Dimension, Category> categories) {
        List<Element> out = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("$.dataElements: required, a list of the figures to send");
            return out;
        }
        Map<String, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "$.dataElements[" + i + "]";
            JsonNode e = node.get(i);
            if (!e.isObject()) {
                problems.add(path + ": an object with \"figure\" and \"dataElement\"");
                continue;
            }
            unknown(e, ELEMENT, path);
            String figure = text(e, "figure", path, true);
            String dataElement = code(e, "dataElement", path, true);
            List<Dimension> by = new ArrayList<>();
            JsonNode byNode = e.get("by");
            if (byNode != null) {
                if (!byNode.isArray()) {
                    problems.add(path + ".by: a list such as [\"grade\", \"sex\"]");
                } else {
                    for (JsonNode b : byNode) {
                        Dimension d = dimension(b.asText(), path + ".by");
                        if (d != null && by.contains(d)) {
                            problems.add(path + ".by: " + b.asText() + " is listed twice");
                        } else if (d != null) {
                            by.add(d);
                        }
                    }
                }
            }
            List<String> grades = new ArrayList<>();
            JsonNode gradesNode = e.get("grades");
            if (gradesNode != null) {
                if (!gradesNode.isArray() || gradesNode.isEmpty()) {
                    problems.add(path + ".grades: a list of grade codes such as [\"G1\", \"G2\"]");
                } else {
                    gradesNode.forEach(g -> grades.add(g.asText()));
                }
            }
            String combo = text(e, "categoryOptionCombo", path, false);
            if (figure == null || dataElement == null) {
                continue;
            }
            Element element = element(figure, dataElement, by, grades, combo, categories, path);
            if (element == null) {
                continue;
            }
            String target = dataElement + " / " + (element.combo() == null ? "default" : element.combo());
            String before = sent.put(target, path);
            if (before != null && (element.combo() == null || element.combo().indexOf('{') < 0)) {
                problems.add(path + ": sends to " + target + ", as " + before + " does: each data element and"
                        + " combo takes one figure");
            } else if (before != null) {
                problems.add(path + ": uses data element " + dataElement + " with the same combo pattern as "
                        + before + ": each data element and combo takes one figure");
            }
            out.add(element);
        }
        return out;
    }

    private Element element(String figure, String dataElement, List<Dimension> by, List<String> grades,
                            String combo, Map<Dimension, Category> categories, String path) {
        String[] parts = figure.split("\\.", -1);
        Topic topic;
        try {
            topic = Topic.fromCode(parts[0]);
        } catch (IllegalArgumentException e) {
            problems.add(path + ".figure: \"" + figure + "\" is not a canonical figure (enrolment, repeaters,"
                    + " new_entrants, disabled, teachers.…, classrooms.…, facilities.…)");
            return null;
        }
        int slot = -1;
        if (topic.graded()) {
            if (parts.length != 1) {
                problems.add(path + ".figure: " + topic.code() + " is counted by grade; write \"" + topic.code()
                        + "\" and send it by grade, or name the grades it covers with \"grades\"");
                return null;
            }
        } else {
            slot = parts.length == 2 ? topic.fixedSlots().indexOf(parts[1]) : -1;
            if (slot < 0) {
                problems.add(path + ".figure: write one of " + topic.fixedSlots().stream()
                        .map(s -> topic.code() + "." + s).toList());
                return null;
            }
            if (by.contains(Dimension.GRADE)) {
                problems.add(path + ".by: " + figure + " is not counted by grade");
            }
            if (!grades.isEmpty()) {
                problems.add(path + ".grades: " + figure + " is not counted by grade");
            }
        }
        if (by.contains(Dimension.SEX) && !topic.bySex()) {
            problems.add(path + ".by: " + figure + " is not counted by sex");
        }
        for (Dimension d : by) {
            if (!categories.containsKey(d)) {
                problems.add(path + ".by: " + d.name().toLowerCase(Locale.ROOT) + " needs its category in"
                        + " $.categories (the receiver's code for it)");
            }
        }
        if (combo == null) {
            if (!by.isEmpty()) {
                problems.add(path + ".categoryOptionCombo: required when a figure is sent by "
                        + by.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList()
                        + ", e.g. \"" + String.join("_", by.stream().map(Dimension::placeholder).toList()) + "\"");
                return null;
            }
            // No combo: the receiver's default one (DHIS2 uses its default combo when none is named).
            return new Element(figure, topic, slot, dataElement, List.of(), List.copyOf(grades), null);
        }
        for (Dimension d : Dimension.values()) {
            if (combo.contains(d.placeholder()) != by.contains(d)) {
                problems.add(path + ".categoryOptionCombo: \"" + combo + "\" must contain " + d.placeholder()
                        + " exactly when the figure is sent by " + d.name().toLowerCase(Locale.ROOT));
            }
        }
        String rest = combo;
        for (Dimension d : Dimension.values()) {
            rest = rest.replace(d.placeholder(), "X");
        }
        if (!XML_NAME.matcher(rest).matches()) {
            problems.add(path + ".categoryOptionCombo: \"" + combo + "\" must be letters, digits, _ . - once"
                    + " its {grade} and {sex} are filled in");
        }
        return new Element(figure, topic, slot, dataElement, List.copyOf(by), List.copyOf(grades), combo);
    }

    private Dimension dimension(String name, String path) {
        try {
            return Dimension.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(path + ": \"" + name + "\" is not a disaggregation the workbench sends (grade, sex)");
            return null;
        }
    }

    private Map<String, String> codeMap(JsonNode node, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            problems.add(path + ": an object of our code → the receiver's code");
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String value = e.getValue().isTextual() ? e.getValue().asText() : null;
            if (value == null || !XML_NAME.matcher(value).matches()) {
                problems.add(path + "." + e.getKey() + ": the receiver's code must be letters, digits, _ . - and"
                        + " start with a letter or _ (found " + e.getValue() + ")");
                continue;
            }
            if (!seen.add(value)) {
                problems.add(path + "." + e.getKey() + ": " + value + " is given to two of our codes");
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    private String text(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(path + "." + field + ": must be text");
            return null;
        }
        return v.asText().strip();
    }

    private String code(JsonNode node, String field, String path, boolean required) {
        String v = text(node, field, path, required);
        if (v != null && !XML_NAME.matcher(v).matches()) {
            problems.add(path + "." + field + ": \"" + v + "\" must be letters, digits, _ . - and start with a"
                    + " letter or _ (an XML name, as ADX needs)");
            return null;
        }
        return v;
    }

    private void unknown(JsonNode node, Set<String> known, String path) {
        node.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                problems.add(path + "." + f + ": unknown property (known: " + String.join(", ", known) + ")");
            }
        });
    }

    @Override
    public String toString() {
        return "MappingReader[" + source + "]";
    }
}
