package org.emisworkbench.rules.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A loaded, fully checked rule pack. Rule ids are unique. */
public record RulePack(String id, String version, String title, List<Rule> rules) {
    public RulePack {
        Objects.requireNonNull(id, "id");
        rules = List.copyOf(rules);
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
