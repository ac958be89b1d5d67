package org.emisworkbench.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One list of codes with their aliases: raw text (normalised with {@link HeaderText#normalizeLabel})
 * → canonical code. Every code is also an alias of itself. Immutable.
 */
public final class CodeList {
    private final String name;
    private final Map<String, String> byAlias;
    private final Map<String, List<String>> aliases;

    CodeList(String name, Map<String, String> byAlias, Map<String, List<String>> aliases) {
        this.name = name;
        this.byAlias = Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    public String name() {
        return name;
    }

    /** The canonical code of a raw value, or null when the value is not in the list. */
    public String code(String raw) {
        if (raw == null) {
            return null;
        }
        String hit = byAlias.get(HeaderText.normalizeLabel(raw));
        if (hit == null && raw.indexOf('.') > 0) {
            // Numbers read from NUMBER cells may come as "1.0": try the integral text as well.
            String n = HeaderText.normalizeLabel(raw);
            if (n.endsWith(".0")) {
                hit = byAlias.get(n.substring(0, n.length() - 2));
            }
        }
        return hit;
    }

    /** Canonical codes in list order. */
    public List<String> codes() {
        return List.copyOf(aliases.keySet());
    }

    /** Normalised aliases of a code (the code itself included). */
    public List<String> aliasesOf(String code) {
        return aliases.getOrDefault(code, List.of());
    }

    /** Every normalised alias → its code; used to expand header patterns. */
    public Map<String, String> aliasTable() {
        return byAlias;
    }
}
