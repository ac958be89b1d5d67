package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one sheet entry of a template of one school per sheet ({@code "schools": "sheet"}, {@code "names": ["*"]})
 * drafted from several schools' sheets: every label, sum, table, text left out and required field found on any of
 * them, each once, in the order first found. A school's sheet that writes its teachers as a table and another that
 * writes them on one line are then both read; on each, the way it does not use is reported "label not found" by
 * {@code emis template check}.
 */
final class SheetUnion {
    private static final List<String> LISTS = List.of("required", "labels", "grids", "ignore");

    private SheetUnion() {
    }

    /** The sheets' entries as one, or {@code sheets} as they were when fewer than two. */
    @SuppressWarnings("unchecked")
    static List<Object> merge(List<Object> sheets) {
        if (sheets.size() < 2) {
            return sheets;
        }
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("names", List.of("*"));
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        LISTS.forEach(k -> lists.put(k, new ArrayList<>()));
        Map<String, Object> constants = new LinkedHashMap<>();
        for (Object o : sheets) {
            Map<String, Object> sheet = (Map<String, Object>) o;
            for (String k : LISTS) {
                Object v = sheet.get(k);
                if (v instanceof List<?> items) {
                    items.stream().filter(i -> !lists.get(k).contains(i)).forEach(lists.get(k)::add);
                }
            }
            if (sheet.get("constants") instanceof Map<?, ?> c) {
                c.forEach((k, v) -> constants.putIfAbsent((String) k, v));
            }
        }
        for (String k : LISTS) {
            if (!lists.get(k).isEmpty()) {
                one.put(k, lists.get(k));
            }
        }
        if (!constants.isEmpty()) {
            one.put("constants", constants);
        }
        return List.of(one);
    }
}
