package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The code lists a template can use: the built-in ones ({@link BuiltInCodeLists}) merged with the
 * template's own {@code codeLists} (extra aliases, extra codes, or new lists). Immutable.
 */
public final class CodeLists {
    /** Names of the built-in lists, documented in docs/templates.md. */
    public static final Set<String> BUILT_IN = BuiltInCodeLists.NAMES;

    private static final CodeLists DEFAULTS = merge(Map.of(), new ArrayList<>(), "codeLists");

    private final Map<String, CodeList> lists;

    private CodeLists(Map<String, CodeList> lists) {
        this.lists = Map.copyOf(lists);
    }

    /** The built-in lists alone. */
    public static CodeLists builtIn() {
        return DEFAULTS;
    }

    /**
     * Built-in lists merged with a template's lists. An alias that would mean two codes of one list is
     * reported in {@code errors} (with the JSON path) and left out.
     */
    public static CodeLists merge(Map<String, Map<String, List<String>>> extra, List<String> errors, String path) {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        BuiltInCodeLists.definitions().forEach((name, codes) -> all.put(name, copy(codes)));
        if (extra != null) {
            extra.forEach((name, codes) -> {
                Map<String, List<String>> target = all.computeIfAbsent(name, n -> new LinkedHashMap<>());
                if (codes != null) {
                    codes.forEach((code, aliases) -> {
                        List<String> list = target.computeIfAbsent(code, c -> new ArrayList<>());
                        if (aliases != null) {
                            list.addAll(aliases);
                        }
                    });
                }
            });
        }
        Map<String, CodeList> built = new LinkedHashMap<>();
        all.forEach((name, codes) -> built.put(name, build(name, codes, errors, path + "." + name)));
        return new CodeLists(built);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> codes) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        codes.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        return m;
    }

    private static CodeList build(String name, Map<String, List<String>> codes, List<String> errors, String path) {
        Map<String, String> byAlias = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        codes.forEach((code, raw) -> {
            List<String> norm = new ArrayList<>();
            List<String> candidates = new ArrayList<>();
            candidates.add(code);
            candidates.addAll(raw);
            for (String alias : candidates) {
                String n = HeaderText.normalizeLabel(alias);
                if (n.isEmpty()) {
                    errors.add(path + "." + code + ": empty alias");
                    continue;
                }
                String before = byAlias.putIfAbsent(n, code);
                if (before != null && !before.equals(code)) {
                    errors.add(path + "." + code + ": alias \"" + alias + "\" already means " + before);
                } else if (!norm.contains(n)) {
                    norm.add(n);
                }
            }
            aliases.put(code, List.copyOf(norm));
        });
        return new CodeList(name, byAlias, aliases);
    }

    public Optional<CodeList> get(String name) {
        return Optional.ofNullable(name == null ? null : lists.get(name));
    }

    /** A list known to exist (built-in names, or checked at load time). */
    public CodeList require(String name) {
        CodeList list = lists.get(name);
        if (list == null) {
            throw new IllegalArgumentException("No code list " + name);
        }
        return list;
    }

    public Set<String> names() {
        return lists.keySet();
    }
}
