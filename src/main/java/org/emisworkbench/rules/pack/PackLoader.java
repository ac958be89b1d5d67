package org.emisworkbench.rules.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads rule packs from JSON. Strict: duplicate keys, unknown properties, bad enum values, unknown
 * fields or functions and syntax errors are all problems, and all of them are reported together in
 * one {@link PackLoadException}. A pack loads whole or not at all.
 *
 * <p>The JSON is read as a tree and walked by hand rather than bound to classes, because binding
 * stops at the first mistake and the officer would fix a pack one error per attempt.
 */
public final class PackLoader {
    /** The built-in census pack, on the class path. */
    public static final String DEFAULT_PACK = "/rules/default-census.json";
    /** The id of the built-in pack. */
    public static final String DEFAULT_ID = "default-census";

    private static final Logger LOG = LoggerFactory.getLogger(PackLoader.class);
    private static final Set<String> PACK_PROPERTIES = Set.of("$schema", "id", "version", "title", "description",
            "parameters", "rules");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final RuleReader rules;
    private final FieldCatalog catalog;
    private final java.util.function.Function<String, Map<String, String>> valuesSet;

    public PackLoader(FieldCatalog catalog) {
        this(catalog, id -> Map.of());
    }

    /**
     * A loader that gives a pack's parameters the values {@code valuesSet} holds for the pack's id (name → value
     * as text, from the workspace or the command line) instead of those the pack declares; each is checked
     * against its declaration like the pack itself.
     */
    public PackLoader(FieldCatalog catalog, java.util.function.Function<String, Map<String, String>> valuesSet) {
        this.rules = new RuleReader(catalog);
        this.catalog = catalog;
        this.valuesSet = valuesSet;
    }

    public RulePack load(Path file) throws IOException, PackLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.getFileName().toString());
        }
    }

    /** The pack built into the application. */
    public RulePack loadDefault() throws PackLoadException {
        try (InputStream in = PackLoader.class.getResourceAsStream(DEFAULT_PACK)) {
            if (in == null) {
                throw new IllegalStateException("Built-in rule pack missing from the class path: " + DEFAULT_PACK);
            }
            return load(in, DEFAULT_PACK);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the built-in rule pack", e);
        }
    }

    public RulePack load(InputStream in, String sourceName) throws IOException, PackLoadException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PackLoadException(sourceName, List.of(new PackProblem(null, null,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        List<PackProblem> problems = new ArrayList<>();
        RulePack pack = read(root, problems);
        if (!problems.isEmpty()) {
            throw new PackLoadException(sourceName, problems);
        }
        LOG.info("Loaded rule pack {} {} with {} rules from {}", pack.id(), pack.version(), pack.rules().size(),
                sourceName);
        return pack;
    }

    private RulePack read(JsonNode root, List<PackProblem> problems) {
        if (root == null || !root.isObject()) {
            problems.add(new PackProblem(null, null, 0, 0, "a rule pack must be a JSON object"));
            return null;
        }
        Props p = new Props(root, null, problems);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!PACK_PROPERTIES.contains(name)) {
                p.problem(name, "unknown property; a pack has id, version, title, description, parameters and rules");
            }
        }
        Optional<String> id = p.text("id", true);
        Optional<String> version = p.text("version", true);
        Optional<String> title = p.text("title", true);
        p.text("description", false);
        Map<String, String> set = id.map(valuesSet).orElse(Map.of());
        ParameterValues parameters = new ParameterReader(catalog, problems).read(root.get("parameters"),
                set == null ? Map.of() : set);
        JsonNode list = root.get("rules");
        List<Rule> out = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            p.problem("rules", "must be a non-empty list of rules");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode idNode = list.get(i).get("id");
                if (idNode != null && idNode.isTextual() && !ids.add(idNode.asText())) {
                    problems.add(new PackProblem(idNode.asText(), "id", 0, 0,
                            "duplicate rule id; rule ids must be unique in a pack"));
                }
                rules.read(list.get(i), i, problems, parameters).ifPresent(out::add);
            }
        }
        if (problems.isEmpty()) {
            for (Parameter declared : parameters.declared()) {
                if (!parameters.isUsed(declared.name())) {
                    problems.add(new PackProblem(null, "parameters." + declared.name(), 0, 0,
                            "no rule reads this parameter; use it in an expression or a rule's number, or remove it"));
                }
            }
        }
        if (problems.isEmpty()) {
            checkExplains(out, problems); // against the rules as loaded: a broken rule is reported on its own
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new RulePack(id.orElseThrow(), version.orElseThrow(), title.orElseThrow(), out, parameters.declared(),
                parameters.inForce());
    }

    /**
     * A rule explains rules of the same pack, not itself; it runs once per school and year (its finding
     * is about the whole return); and a rule it explains explains nothing in turn, so a consequence is
     * folded under one cause and two rules never fold each other away.
     */
    private static void checkExplains(List<Rule> rules, List<PackProblem> problems) {
        Map<String, Rule> byId = new HashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        for (Rule r : rules) {
            if (r.explains().isEmpty()) {
                continue;
            }
            if (r.scope() != org.emisworkbench.rules.expr.Scope.SCHOOL_YEAR) {
                problems.add(new PackProblem(r.id(), "explains", 0, 0,
                        "only a rule of scope school-year can explain other rules"));
            }
            for (String other : r.explains()) {
                Rule o = byId.get(other);
                if (other.equals(r.id())) {
                    problems.add(new PackProblem(r.id(), "explains", 0, 0, "a rule cannot explain itself"));
                } else if (o == null) {
                    problems.add(new PackProblem(r.id(), "explains", 0, 0, "unknown rule '" + other
                            + "'; a rule explains rules of its own pack"));
                } else if (!o.explains().isEmpty()) {
                    problems.add(new PackProblem(r.id(), "explains", 0, 0, "rule '" + other
                            + "' explains rules itself; a consequence cannot be the cause of others"));
                }
            }
        }
    }
}
