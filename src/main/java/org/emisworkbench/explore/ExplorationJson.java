package org.emisworkbench.explore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;

/**
 * A saved exploration as a small JSON file a colleague can send:
 * {@code {"name": …, "measure": "enrolment", "rows": ["district"], "columns": ["sex"],
 * "filters": {"grade": ["G4", "G5"]}}}. It is read as data only, strictly: an unknown field, measure or
 * dimension is refused with its JSON path, never ignored.
 */
public final class ExplorationJson {
    /** A definition is a few hundred bytes; anything far larger is not one. */
    public static final int MAX_CHARS = 16_000;
    private static final int MAX_VALUES = 500;
    private static final Set<String> FIELDS = Set.of("$schema", "name", "measure", "rows", "columns", "filters",
            "subtotals");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<String> problems = new ArrayList<>();

    private ExplorationJson() {
    }

    /** The definition written as JSON, the form {@link #read} reads back. */
    public static String write(Exploration ex) {
        ObjectNode root = MAPPER.createObjectNode();
        if (ex.name() != null) {
            root.put("name", ex.name());
        }
        root.put("measure", ex.measure().id());
        ArrayNode rows = root.putArray("rows");
        ex.rows().forEach(d -> rows.add(d.id()));
        ArrayNode columns = root.putArray("columns");
        ex.columns().forEach(d -> columns.add(d.id()));
        if (ex.subtotals()) {
            root.put("subtotals", true);
        }
        ObjectNode filters = root.putObject("filters");
        ex.filters().forEach((d, values) -> {
            ArrayNode a = filters.putArray(d.id());
            values.forEach(a::add);
        });
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }

    /** Reads a definition; {@code source} names it in problems (a file name, or "saved view X"). */
    public static Exploration read(String json, String source) throws ExplorationException {
        if (json.length() > MAX_CHARS) {
            throw new ExplorationException(source, List.of("$: larger than " + MAX_CHARS + " characters"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExplorationException(source, List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        ExplorationJson r = new ExplorationJson();
        Exploration ex = r.exploration(root);
        if (ex != null) {
            // Every problem at once: what a colleague's file asks that the measure cannot do, too.
            ExplorationCheck.problems(ex).forEach(m -> r.problems.add("$: " + m.english()));
        }
        if (!r.problems.isEmpty()) {
            throw new ExplorationException(source, r.problems);
        }
        return ex;
    }

    private Exploration exploration(JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add("$: an exploration is a JSON object");
            return null;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                problems.add("$." + f + ": not a field of an exploration (fields: name, measure, rows, columns, filters, subtotals)");
            }
        }
        String name = text(root, "name", false);
        String measureId = text(root, "measure", true);
        Measure measure = null;
        if (measureId != null) {
            measure = Measure.byId(measureId).orElse(null);
            if (measure == null) {
                problems.add("$.measure: no measure \"" + measureId + "\" (measures: "
                        + String.join(", ", Measure.all().stream().map(Measure::id).toList()) + ")");
            }
        }
        List<Dimension> rows = dimensions(root, "rows");
        List<Dimension> columns = dimensions(root, "columns");
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        JsonNode f = root.get("filters");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) {
                problems.add("$.filters: an object of dimension: [values]");
            } else {
                f.fields().forEachRemaining(e -> filter(e.getKey(), e.getValue(), filters));
            }
        }
        boolean subtotals = false;
        JsonNode st = root.get("subtotals");
        if (st != null && !st.isNull()) {
            if (st.isBoolean()) {
                subtotals = st.booleanValue();
            } else {
                problems.add("$.subtotals: true or false");
            }
        }
        return measure == null ? null : new Exploration(name, measure, rows, columns, filters, subtotals);
    }

    private void filter(String key, JsonNode values, Map<Dimension, Set<String>> filters) {
        Dimension d = Dimension.fromId(key).orElse(null);
        if (d == null) {
            problems.add("$.filters." + key + ": " + unknown(key));
            return;
        }
        if (!values.isArray() || values.size() > MAX_VALUES) {
            problems.add("$.filters." + key + ": a list of at most " + MAX_VALUES + " values");
            return;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (!(v.isTextual() || v.isIntegralNumber()) || v.asText().isBlank() || v.asText().length() > 100) {
                problems.add("$.filters." + key + "[" + i + "]: a code of at most 100 characters");
            } else {
                kept.add(v.asText().trim());
            }
        }
        filters.put(d, kept);
    }

    private List<Dimension> dimensions(JsonNode root, String field) {
        List<Dimension> out = new ArrayList<>();
        JsonNode a = root.get(field);
        if (a == null || a.isNull()) {
            return out;
        }
        if (!a.isArray()) {
            problems.add("$." + field + ": a list of dimensions");
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            String id = a.get(i).asText();
            Dimension d = a.get(i).isTextual() ? Dimension.fromId(id).orElse(null) : null;
            if (d == null) {
                problems.add("$." + field + "[" + i + "]: " + unknown(id));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static String unknown(String id) {
        List<String> ids = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            ids.add(d.id());
        }
        return "no dimension \"" + id + "\" (dimensions: " + String.join(", ", ids) + ")";
    }

    private String text(JsonNode root, String field, boolean required) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add("$." + field + ": required");
            }
            return null;
        }
        if (!n.isTextual() || n.asText().length() > 200) {
            problems.add("$." + field + ": a text of at most 200 characters");
            return null;
        }
        return n.asText().trim();
    }

    /** A definition that cannot be used, with every problem found. */
    public static final class ExplorationException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String source;
        private final List<String> problems;

        public ExplorationException(String source, List<String> problems) {
            super(source + ": " + String.join("; ", problems));
            this.source = source;
            this.problems = List.copyOf(problems);
        }

        public String source() {
            return source;
        }

        public List<String> problems() {
            return problems;
        }
    }
}
