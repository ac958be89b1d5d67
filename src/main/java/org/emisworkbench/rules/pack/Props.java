package org.emisworkbench.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Reads typed properties of one JSON object and records problems instead of throwing, so a pack
 * with ten mistakes reports ten problems in one go.
 */
final class Props {
    private final JsonNode node;
    private final String ruleId;
    private final List<PackProblem> problems;
    private final ParameterValues parameters;
    private final String prefix;

    Props(JsonNode node, String ruleId, List<PackProblem> problems) {
        this(node, ruleId, problems, ParameterValues.NONE, "");
    }

    Props(JsonNode node, String ruleId, List<PackProblem> problems, ParameterValues parameters) {
        this(node, ruleId, problems, parameters, "");
    }

    private Props(JsonNode node, String ruleId, List<PackProblem> problems, ParameterValues parameters, String prefix) {
        this.node = node;
        this.ruleId = ruleId;
        this.problems = problems;
        this.parameters = parameters;
        this.prefix = prefix;
    }

    /** The properties of the object {@code property} holds ({@code tolerance}), problems named by their path. */
    Props object(String property) {
        return new Props(node.get(property), ruleId, problems, parameters, prefix + property + ".");
    }

    ParameterValues parameters() {
        return parameters;
    }

    String ruleId() {
        return ruleId;
    }

    void problem(String property, String message) {
        problems.add(new PackProblem(ruleId, prefix + property, 0, 0, message));
    }

    void problem(String property, int line, int column, String message) {
        problems.add(new PackProblem(ruleId, prefix + property, line, column, message));
    }

    boolean has(String property) {
        return node.has(property) && !node.get(property).isNull();
    }

    JsonNode raw(String property) {
        return node.get(property);
    }

    Optional<String> text(String property, boolean required) {
        JsonNode v = node.get(property);
        if (v == null || v.isNull()) {
            if (required) {
                problem(property, "is required");
            }
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(property, "must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    OptionalDouble number(String property, boolean required) {
        JsonNode v = node.get(property);
        if (v == null || v.isNull()) {
            if (required) {
                problem(property, "is required");
            }
            return OptionalDouble.empty();
        }
        if (v.isTextual()) {
            return parameter(property, v.asText(), false);
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problem(property, "must be a number or the name of a parameter of the pack, not " + v);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v.asDouble());
    }

    /** The value in force of the parameter {@code name}, read for {@code property}; a problem when there is none. */
    private OptionalDouble parameter(String property, String name, boolean whole) {
        Parameter p = parameters.get(name);
        if (p == null) {
            problem(property, "'" + name + "' is not a parameter of the pack; " + parameters.names());
            return OptionalDouble.empty();
        }
        if (whole && !p.whole()) {
            problem(property, "needs a whole number; parameter '" + name + "' is of type number, not integer");
            return OptionalDouble.empty();
        }
        parameters.use(name);
        return OptionalDouble.of(parameters.inForce().get(name));
    }

    double number(String property, double fallback) {
        return number(property, false).orElse(fallback);
    }

    /** A whole number; a fraction is a problem rather than silently cut. */
    int integer(String property, int fallback) {
        JsonNode raw = node.get(property);
        OptionalDouble v = raw != null && raw.isTextual() ? parameter(property, raw.asText(), true)
                : number(property, false);
        if (v.isEmpty()) {
            return fallback;
        }
        if (v.getAsDouble() != Math.rint(v.getAsDouble()) || Math.abs(v.getAsDouble()) > 1_000_000) {
            problem(property, "must be a whole number");
            return fallback;
        }
        return (int) v.getAsDouble();
    }

    Optional<List<String>> texts(String property, boolean required) {
        JsonNode v = node.get(property);
        if (v == null || v.isNull()) {
            if (required) {
                problem(property, "is required");
            }
            return Optional.empty();
        }
        if (!v.isArray() || v.isEmpty()) {
            problem(property, "must be a non-empty list of texts");
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                problem(property, "must hold texts only, not " + item);
                return Optional.empty();
            }
            out.add(item.asText());
        }
        return Optional.of(out);
    }

    /** An enumerated value; the problem lists the accepted codes. */
    <T> Optional<T> choice(String property, boolean required, Function<String, Optional<T>> parse,
                           List<String> accepted) {
        return text(property, required).flatMap(t -> {
            Optional<T> v = parse.apply(t);
            if (v.isEmpty()) {
                problem(property, "'" + t + "' is not one of " + String.join(", ", accepted));
            }
            return v;
        });
    }

    static <E extends Enum<E>> Optional<E> lowerEnum(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
