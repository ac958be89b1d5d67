package org.emisworkbench.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.Texts;
import org.emisworkbench.rules.pack.RulePack;

/**
 * The titles of a pack's rules in every language the pack gives, by rule id. A finding keeps the title
 * its rule had when it was raised, in English; a screen or a summary in another language shows the
 * pack's own title in that language instead, and the stored one for a rule the pack no longer has.
 */
record RuleTitles(Map<String, Texts> byRule) {
    /** No pack read: every finding shows the title it was stored with. */
    static final RuleTitles NONE = new RuleTitles(Map.of());

    static RuleTitles of(RulePack pack) {
        Map<String, Texts> out = new HashMap<>();
        pack.rules().forEach(r -> out.put(r.id(), r.titles()));
        return new RuleTitles(Map.copyOf(out));
    }

    /** The rule's title in {@code language}, else {@code stored}. */
    String title(String ruleId, String stored, Locale language) {
        Texts t = byRule.get(ruleId);
        return t == null ? stored : t.in(language);
    }
}
