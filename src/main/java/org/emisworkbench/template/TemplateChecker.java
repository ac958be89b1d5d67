package org.emisworkbench.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a template's JSON tree before it is bound: unknown properties, wrong types, missing required
 * properties, layouts, roles and sheet kinds. Works on the tree so that every problem is found in one
 * pass (binding stops at the first). Semantic checks follow in {@link TemplateSemantics}.
 */
final class TemplateChecker {
    static final Set<String> TEMPLATE = Set.of("id", "version", "title", "layout", "role", "codeLists",
            "codeListFiles", "year", "referenceDate", "referenceDateYear", "sheets", "constants", "$schema",
            "description", "ignore", "language", "nilMarks", "thousands", "schools");
    static final Set<String> SHEET = Set.of("names", "optional", "headerRow", "key", "kind", "columns", "labels",
            "grids", "required", "constants", "ignore", "keyContinues", "tables", "schoolKey", "schoolsIn", "every",
            "groupRows", "headerRows");
    static final Set<String> COLUMN = Set.of("headers", "patterns", "field", "sex", "grade", "age", "total",
            "codeList", "sumOf", "default", "differenceOf");
    static final Set<String> LABEL = Set.of("labels", "field", "sex", "codeList", "sumOf", "position", "default", "column",
            "differenceOf", "ticks", "band");
    static final Set<String> GRID = Set.of("field", "titles", "rows", "sexLayout", "grade", "band", "sex", "adds", "stream");
    static final Set<String> TABLE = Set.of("titles", "field");
    static final Set<String> YEAR = Set.of("labels", "fromFileName", "schoolYear", "columns", "calendar");

    private final List<String> errors;

    TemplateChecker(List<String> errors) {
        this.errors = errors;
    }

    void check(JsonNode root) {
        if (!root.isObject()) {
            errors.add("$: a template is a JSON object");
            return;
        }
        known(root, TEMPLATE, "$");
        requiredText(root, "id", "$");
        if (root.hasNonNull("id") && !root.get("id").asText().matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            errors.add("$.id: use lower-case letters, digits, '.', '_' or '-' (at most 64)");
        }
        if (!root.has("version")) {
            errors.add("$.version: missing");
        } else if (!root.get("version").canConvertToInt() || !root.get("version").isIntegralNumber()
                || root.get("version").asInt() < 1) {
            errors.add("$.version: a whole number of 1 or more");
        }
        text(root, "title", "$");
        requiredText(root, "layout", "$");
        enumText(root, "layout", Set.of("wide", "grid", "roster"), "$");
        enumText(root, "role", Set.of("census", "master-list", "master_list", "population"), "$");
        text(root, "referenceDate", "$");
        if (root.path("referenceDate").isTextual() && !root.get("referenceDate").asText().matches("--\\d{2}-\\d{2}")) {
            errors.add("$.referenceDate: write it as --MM-DD, e.g. --03-01");
        }
        enumText(root, "referenceDateYear", Set.of("start", "end"), "$");
        enumText(root, "language", SexLetters.LANGUAGES, "$");
        stringArray(root, "codeListFiles", "$");
        stringArray(root, "ignore", "$");
        stringArray(root, "nilMarks", "$");
        enumText(root, "thousands", FigureText.SEPARATORS, "$");
        enumText(root, "schools", SchoolsPer.VALUES, "$");
        codeLists(root.get("codeLists"), "$.codeLists");
        constants(root, "$");
        JsonNode year = root.get("year");
        if (year != null && !year.isNull()) {
            if (!year.isObject()) {
                errors.add("$.year: an object");
            } else {
                known(year, YEAR, "$.year");
                stringArray(year, "labels", "$.year");
                bool(year, "fromFileName", "$.year");
                enumText(year, "schoolYear", Set.of("start", "end"), "$.year");
                enumText(year, "calendar", YearSpec.CALENDARS, "$.year");
            }
        }
        JsonNode sheets = root.get("sheets");
        if (sheets == null || !sheets.isArray() || sheets.isEmpty()) {
            errors.add("$.sheets: at least one sheet is needed");
            return;
        }
        for (int i = 0; i < sheets.size(); i++) {
            sheet(sheets.get(i), "$.sheets[" + i + "]");
        }
    }

    private void sheet(JsonNode s, String path) {
        if (!s.isObject()) {
            errors.add(path + ": a sheet is an object");
            return;
        }
        known(s, SHEET, path);
        stringArray(s, "names", path);
        stringArray(s, "key", path);
        stringArray(s, "required", path);
        stringArray(s, "ignore", path);
        bool(s, "optional", path);
        bool(s, "keyContinues", path);
        bool(s, "every", path);
        enumText(s, "schoolKey", Set.of("code", SheetSpec.BY_NAME), path);
        enumText(s, "schoolsIn", Set.of("rows", SheetSpec.ACROSS), path);
        enumText(s, "kind", Set.of("pupils", "staff"), path);
        if (s.has("headerRow") && !s.get("headerRow").isNull()
                && (!s.get("headerRow").isIntegralNumber() || s.get("headerRow").asInt() < 1
                || s.get("headerRow").asInt() > HeaderLocator.SEARCH_ROWS * 50)) {
            errors.add(path + ".headerRow: a row number from 1");
        }
        if (s.has("headerRows") && !s.get("headerRows").isNull() && (!s.get("headerRows").isIntegralNumber()
                || s.get("headerRows").asInt() < 1 || s.get("headerRows").asInt() > HeaderLocator.MAX_ROWS)) {
            errors.add(path + ".headerRows: how many rows the header takes, 1 to " + HeaderLocator.MAX_ROWS);
        }
        constants(s, path);
        objects(s, "columns", COLUMN, path, List.of("headers", "patterns", "sumOf", "differenceOf"), List.of("field", "sex", "grade",
                "age", "total", "codeList", "default"));
        objects(s, "labels", LABEL, path, List.of("labels", "sumOf", "column", "differenceOf", "band"), List.of("field", "sex", "codeList", "default"));
        JsonNode labels = s.get("labels");
        if (labels != null && labels.isArray()) {
            for (int i = 0; i < labels.size(); i++) {
                enumText(labels.get(i), "position", Set.of("right", "below", InsideLabels.INSIDE, SheetNameLabels.SHEET_NAME,
                        FileNameLabels.FILE_NAME),
                        path + ".labels[" + i + "]");
            }
        }
        objects(s, "grids", GRID, path, List.of("titles", "band", "stream"), List.of("field", "rows", "sexLayout", "grade", "sex"));
        JsonNode grids = s.get("grids");
        if (grids != null && grids.isArray()) {
            for (int i = 0; i < grids.size(); i++) {
                bool(grids.get(i), "adds", path + ".grids[" + i + "]");
            }
        }
        objects(s, "tables", TABLE, path, List.of("titles"), List.of("field"));
    }

    private void objects(JsonNode parent, String name, Set<String> props, String path, List<String> arrays,
                         List<String> texts) {
        JsonNode list = parent.get(name);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            errors.add(path + "." + name + ": a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String p = path + "." + name + "[" + i + "]";
            if (!o.isObject()) {
                errors.add(p + ": an object");
                continue;
            }
            known(o, props, p);
            if (props.contains("ticks") && o.has("ticks") && !isTextObject(o.get("ticks"))) {
                errors.add(p + ".ticks: an object: column heading → the code a mark there means");
            }
            arrays.forEach(a -> stringArray(o, a, p));
            texts.forEach(t -> text(o, t, p));
        }
    }

    /** {@code constants}: an object of canonical field → text value (checked against fields later). */
    private void constants(JsonNode o, String path) {
        JsonNode c = o.get("constants");
        if (c == null || c.isNull()) {
            return;
        }
        if (!c.isObject()) {
            errors.add(path + ".constants: an object: canonical field → value");
            return;
        }
        for (Map.Entry<String, JsonNode> e : c.properties()) {
            if (!e.getValue().isTextual() && !e.getValue().isNumber()) {
                errors.add(path + ".constants." + e.getKey() + ": a text or a number");
            }
        }
    }

    private void codeLists(JsonNode lists, String path) {
        if (lists == null || lists.isNull()) {
            return;
        }
        if (!lists.isObject()) {
            errors.add(path + ": an object: list name → code → aliases");
            return;
        }
        for (Map.Entry<String, JsonNode> list : lists.properties()) {
            String p = path + "." + list.getKey();
            if (!list.getValue().isObject()) {
                errors.add(p + ": an object: code → aliases");
                continue;
            }
            for (Map.Entry<String, JsonNode> code : list.getValue().properties()) {
                if (!isStringArray(code.getValue())) {
                    errors.add(p + "." + code.getKey() + ": a list of aliases (texts)");
                }
            }
        }
    }

    /** An object whose every value is a text ({@code ticks}: heading → code). */
    private static boolean isTextObject(JsonNode o) {
        if (!o.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (!e.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    private void known(JsonNode o, Set<String> props, String path) {
        List<String> unknown = new ArrayList<>();
        o.fieldNames().forEachRemaining(f -> {
            if (!props.contains(f)) {
                unknown.add(f);
            }
        });
        for (String f : unknown) {
            errors.add(path + "." + f + ": unknown property (known: " + String.join(", ", new java.util.TreeSet<>(props))
                    + ")");
        }
    }

    private void requiredText(JsonNode o, String name, String path) {
        if (!o.hasNonNull(name)) {
            errors.add(path + "." + name + ": missing");
        }
    }

    private void text(JsonNode o, String name, String path) {
        if (o.hasNonNull(name) && !o.get(name).isTextual()
                && !(name.equals("default") && o.get(name).isIntegralNumber())) {
            // A count's default may be written as the number it is ("default": 0), as an officer writes it (review 33).
            errors.add(path + "." + name + ": a text");
        }
    }

    private void bool(JsonNode o, String name, String path) {
        if (o.hasNonNull(name) && !o.get(name).isBoolean()) {
            errors.add(path + "." + name + ": true or false");
        }
    }

    private void enumText(JsonNode o, String name, Set<String> allowed, String path) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) {
            return;
        }
        if (!n.isTextual() || allowed.stream().noneMatch(a -> a.equalsIgnoreCase(n.asText().trim()))) {
            errors.add(path + "." + name + ": \"" + n.asText() + "\" is not one of "
                    + String.join(", ", new java.util.TreeSet<>(allowed)));
        }
    }

    private void stringArray(JsonNode o, String name, String path) {
        if (o.hasNonNull(name) && !isStringArray(o.get(name))) {
            errors.add(path + "." + name + ": a list of texts");
        }
    }

    private static boolean isStringArray(JsonNode n) {
        if (!n.isArray()) {
            return false;
        }
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
