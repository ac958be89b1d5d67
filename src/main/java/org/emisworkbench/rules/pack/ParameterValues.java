package org.emisworkbench.rules.pack;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a pack while it loads: those declared, the value in force for each (declared, or set by
 * the workspace) and which the rules read, so that a parameter no rule reads is reported.
 */
final class ParameterValues {
    static final ParameterValues NONE = new ParameterValues(List.of(), Map.of());

    private final Map<String, Parameter> declared = new LinkedHashMap<>();
    private final Map<String, Double> inForce;
    private final Set<String> used = new HashSet<>();

    ParameterValues(List<Parameter> declared, Map<String, Double> inForce) {
        declared.forEach(p -> this.declared.put(p.name(), p));
        this.inForce = Collections.unmodifiableMap(new LinkedHashMap<>(inForce));
    }

    List<Parameter> declared() {
        return List.copyOf(declared.values());
    }

    Parameter get(String name) {
        return declared.get(name);
    }

    /** Name → the value the rules read. */
    Map<String, Double> inForce() {
        return inForce;
    }

    void use(String name) {
        used.add(name);
    }

    void useAll(Set<String> names) {
        used.addAll(names);
    }

    boolean isUsed(String name) {
        return used.contains(name);
    }

    String names() {
        return declared.isEmpty() ? "the pack declares none" : "the pack's parameters are "
                + String.join(", ", declared.keySet());
    }
}
