package org.emisworkbench.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.Texts;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Function;

/**
 * Reads the {@code parameters} object of a pack and applies the values set for it (by the workspace or the
 * command line). Strict, like the rest of the loader: every declaration names its value, its allowed range and
 * what it bounds; a name that could be read as something else, a value outside its range or a value set for a
 * parameter the pack does not declare is a problem naming its JSON path.
 */
final class ParameterReader {
    /** Packs come from other laptops: a bound on what one may declare. */
    static final int MAX_PARAMETERS = 100;
    static final int MAX_DESCRIPTION = 300;
    private static final Set<String> PROPERTIES = Set.of("value", "min", "max", "type", "description");
    private static final Set<String> WORDS = Set.of("and", "or", "not", "g", "s", "a");

    private final FieldCatalog catalog;
    private final List<PackProblem> problems;

    ParameterReader(FieldCatalog catalog, List<PackProblem> problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /**
     * The declared parameters with the values in force: {@code set} (name → value as text) replaces declared
     * values; every value is checked against its declaration.
     */
    ParameterValues read(JsonNode node, Map<String, String> set) {
        List<Parameter> declared = new ArrayList<>();
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                problem("parameters", "must be an object of parameters by name");
            } else if (node.size() > MAX_PARAMETERS) {
                problem("parameters", "declares " + node.size() + " parameters; a pack may declare at most "
                        + MAX_PARAMETERS);
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Parameter p = declaration(e.getKey(), e.getValue());
                    if (p != null) {
                        declared.add(p);
                    }
                }
            }
        }
        Map<String, Double> inForce = new LinkedHashMap<>();
        declared.forEach(p -> inForce.put(p.name(), p.value()));
        ParameterValues values = new ParameterValues(declared, Map.of());
        set.forEach((name, text) -> {
            Parameter p = values.get(name);
            String path = "parameters." + name;
            if (p == null) {
                problem(path, "a value is set for it (" + text + "), but it is not a parameter of the pack; "
                        + values.names());
                return;
            }
            double v;
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException ex) {
                problem(path, "the value set, '" + text + "', is not a number");
                return;
            }
            if (!p.allows(v)) {
                problem(path, "the value set, " + text.trim() + ", " + outside(p));
                return;
            }
            inForce.put(name, v);
        });
        return new ParameterValues(declared, inForce);
    }

    private Parameter declaration(String name, JsonNode def) {
        String path = "parameters." + name;
        if (!name.matches("[a-z][a-z_]{0,63}")) {
            problem(path, "a parameter's name is 1-64 lower-case letters or '_', starting with a letter");
            return null;
        }
        String clash = clash(name);
        if (clash != null) {
            problem(path, "'" + name + "' is " + clash + "; give the parameter a name of its own");
            return null;
        }
        if (def == null || !def.isObject()) {
            problem(path, "must be an object with value, min, max and description");
            return null;
        }
        int before = problems.size();
        for (Iterator<String> it = def.fieldNames(); it.hasNext(); ) {
            String property = it.next();
            if (!PROPERTIES.contains(property)) {
                problem(path + "." + property, "unknown property; a parameter has value, min, max, type and description");
            }
        }
        boolean whole = false;
        JsonNode type = def.get("type");
        if (type != null && !(type.isTextual() && (type.asText().equals("number") || type.asText().equals("integer")))) {
            problem(path + ".type", "must be 'number' or 'integer', not " + type);
        } else if (type != null) {
            whole = type.asText().equals("integer");
        }
        Double value = number(def, path, "value", whole);
        Double min = number(def, path, "min", whole);
        Double max = number(def, path, "max", whole);
        Texts description = description(def.get("description"), path + ".description");
        if (problems.size() > before || value == null || min == null || max == null || description == null) {
            return null;
        }
        if (min > max) {
            problem(path + ".min", "is greater than max (" + Parameter.plain(min) + " > " + Parameter.plain(max) + ")");
            return null;
        }
        Parameter p = new Parameter(name, whole, value, min, max, description);
        if (!p.allows(value)) {
            problem(path + ".value", Parameter.plain(value) + " " + outside(p));
            return null;
        }
        return p;
    }

    /** What else the name would be read as, or null when it is free. */
    private String clash(String name) {
        if (catalog.field(name).isPresent()) {
            return "a field of the rule language";
        }
        if (Function.byName(name).isPresent()) {
            return "a function of the rule language";
        }
        if (WORDS.contains(name)) {
            return "a word of the rule language";
        }
        if (Messages.PLACEHOLDERS.contains(name)) {
            return "a placeholder of messages";
        }
        return null;
    }

    private Double number(JsonNode def, String path, String property, boolean whole) {
        JsonNode v = def.get(property);
        if (v == null || v.isNull()) {
            problem(path + "." + property, "is required");
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problem(path + "." + property, "must be a number, not " + v);
            return null;
        }
        if (whole && v.asDouble() != Math.rint(v.asDouble())) {
            problem(path + "." + property, "must be a whole number: the parameter is of type integer");
            return null;
        }
        return v.asDouble();
    }

    private Texts description(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "is required, an object of texts by language (" + String.join(", ", Languages.codes())
                    + "), 'en' at least");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Languages.codes().contains(e.getKey())) {
                problem(path + "." + e.getKey(), "unknown language; the languages are " + String.join(", ", Languages.codes()));
                ok = false;
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()
                    || e.getValue().asText().length() > MAX_DESCRIPTION) {
                problem(path + "." + e.getKey(), "must be a text, not blank, of at most " + MAX_DESCRIPTION + " characters");
                ok = false;
            } else {
                texts.put(e.getKey(), e.getValue().asText());
            }
        }
        if (!texts.containsKey(Languages.BASE) && ok) {
            problem(path + "." + Languages.BASE, "the English text is missing (every other language falls back to it)");
            ok = false;
        }
        return ok ? new Texts(texts) : null;
    }

    static String outside(Parameter p) {
        return "is outside the allowed range " + Parameter.plain(p.min()) + " to " + Parameter.plain(p.max())
                + (p.whole() ? ", whole numbers only" : "");
    }

    private void problem(String path, String message) {
        problems.add(new PackProblem(null, path, 0, 0, message));
    }
}
