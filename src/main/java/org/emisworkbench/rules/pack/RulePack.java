package org.emisworkbench.rules.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, fully checked rule pack. Rule ids are unique. {@code parameters} are those the pack declares and
 * {@code values} the value in force for each, which its rules were built with: the declared one, or the one the
 * workspace or the command line set.
 */
public record RulePack(String id, String version, String title, List<Rule> rules, List<Parameter> parameters,
                       Map<String, Double> values) {
    public RulePack {
        Objects.requireNonNull(id, "id");
        rules = List.copyOf(rules);
        parameters = List.copyOf(parameters);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A pack without parameters. */
    public RulePack(String id, String version, String title, List<Rule> rules) {
        this(id, version, title, rules, List.of(), Map.of());
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** A parameter whose value in force is not the one the pack declares. */
    public record Changed(Parameter parameter, double value) {
    }

    /** The parameters whose value in force differs from the pack's, in the pack's order. */
    public List<Changed> changed() {
        return parameters.stream().filter(p -> values.get(p.name()) != p.value())
                .map(p -> new Changed(p, values.get(p.name()))).toList();
    }
}
