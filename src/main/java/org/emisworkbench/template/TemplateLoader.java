package org.emisworkbench.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads templates from JSON, strictly: unknown properties, wrong types, unknown canonical fields, bad
 * placeholders, clashing headers, missing keys… are all collected and thrown together in one
 * {@link TemplateException}; nothing half-loads. Stateless and thread-safe.
 */
public final class TemplateLoader {
    /** Largest template file accepted; real templates are a few kilobytes. */
    public static final long MAX_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final TypeReference<Map<String, Map<String, List<String>>>> LISTS = new TypeReference<>() {
    };

    private TemplateLoader() {
    }

    /** Loads a template file; code list files are resolved inside the file's folder only. */
    public static Template load(Path file) throws TemplateException {
        String source = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TemplateException(source, List.of("$: file larger than " + MAX_BYTES / 1024 + " KiB"));
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), source, file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new TemplateException(source, List.of("$: cannot read the file: " + e.getMessage()));
        }
    }

    /** Loads a template from a stream (classpath resources); code list files are not allowed. */
    public static Template load(InputStream in, String source) throws TemplateException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TemplateException(source, List.of("$: larger than " + MAX_BYTES / 1024 + " KiB"));
            }
            return parse(new String(bytes, StandardCharsets.UTF_8), source, null);
        } catch (IOException e) {
            throw new TemplateException(source, List.of("$: cannot read: " + e.getMessage()));
        }
    }

    /**
     * Parses and checks template JSON.
     *
     * @param folder folder code list files are resolved in, or null when they are not allowed
     */
    public static Template parse(String json, String source, Path folder) throws TemplateException {
        if (json.length() > MAX_BYTES) {
            throw new TemplateException(source, List.of("$: larger than " + MAX_BYTES / 1024 + " KiB"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TemplateException(source, List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
        }
        if (root == null) {
            throw new TemplateException(source, List.of("$: empty file"));
        }
        List<String> errors = new ArrayList<>();
        new TemplateChecker(errors).check(root);
        Map<String, Map<String, List<String>>> fileLists = codeListFiles(root, folder, errors);
        if (root.isObject()) {
            ((ObjectNode) root).remove(List.of("$schema", "description"));
        }
        Template bound = bind(root, errors.isEmpty());
        if (bound == null && errors.isEmpty()) {
            errors.add("$: the template could not be read");
        }
        if (bound != null) {
            Map<String, Map<String, List<String>>> merged = mergeLists(bound.codeLists(), fileLists);
            bound = new Template(bound.id(), bound.version(), bound.title(), bound.layout(), bound.role(), merged,
                    bound.codeListFiles(), bound.year(), bound.referenceDate(), bound.sheets(), bound.constants(),
                    bound.referenceDateYear(), bound.ignore(), bound.language(), bound.nilMarks(),
                    bound.thousands(), bound.schools());
            CodeLists lists = CodeLists.merge(merged, errors, "$.codeLists", bound.language());
            if (!HeaderMatcher.withinBudget(bound, lists, errors)) {
                throw new TemplateException(source, errors);
            }
            new TemplateSemantics(lists, errors).check(bound);
        }
        if (!errors.isEmpty()) {
            throw new TemplateException(source, errors);
        }
        return bound;
    }

    /**
     * Binds the tree. When the structure already failed, binding is lenient (unknown properties ignored,
     * unusable top-level values dropped) so that the semantic checks still run and report their share.
     */
    private static Template bind(JsonNode root, boolean strict) {
        try {
            if (strict) {
                return MAPPER.treeToValue(root, Template.class);
            }
            ObjectNode copy = ((ObjectNode) root).deepCopy();
            if (!copy.path("layout").isTextual() || !List.of("wide", "grid", "roster")
                    .contains(copy.path("layout").asText().trim().toLowerCase(java.util.Locale.ROOT))) {
                copy.remove("layout");
            }
            try {
                Role.fromJson(copy.path("role").asText("census"));
            } catch (IllegalArgumentException e) {
                copy.remove("role");
            }
            if (!copy.path("version").isIntegralNumber()) {
                copy.put("version", 0);
            }
            return MAPPER.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(copy, Template.class);
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    private static Map<String, Map<String, List<String>>> codeListFiles(JsonNode root, Path folder,
                                                                       List<String> errors) {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        JsonNode files = root.path("codeListFiles");
        if (!files.isArray()) {
            return all;
        }
        for (int i = 0; i < files.size(); i++) {
            String path = "$.codeListFiles[" + i + "]";
            String name = files.get(i).asText();
            Path resolved = TemplatePaths.resolveInside(folder, name, path, errors);
            if (resolved == null) {
                continue;
            }
            try {
                if (Files.size(resolved) > MAX_BYTES) {
                    errors.add(path + ": \"" + name + "\" is larger than " + MAX_BYTES / 1024 + " KiB");
                    continue;
                }
                mergeInto(all, MAPPER.readValue(resolved.toFile(), LISTS));
            } catch (IOException e) {
                errors.add(path + ": cannot read \"" + name + "\" as code lists: " + e.getMessage());
            }
        }
        return all;
    }

    private static Map<String, Map<String, List<String>>> mergeLists(Map<String, Map<String, List<String>>> a,
                                                                    Map<String, Map<String, List<String>>> b) {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        mergeInto(all, b);
        mergeInto(all, a);
        return all;
    }

    private static void mergeInto(Map<String, Map<String, List<String>>> target,
                                  Map<String, Map<String, List<String>>> more) {
        if (more == null) {
            return;
        }
        more.forEach((list, codes) -> {
            Map<String, List<String>> t = target.computeIfAbsent(list, k -> new LinkedHashMap<>());
            if (codes != null) {
                codes.forEach((code, aliases) -> {
                    List<String> l = new ArrayList<>(t.getOrDefault(code, List.of()));
                    if (aliases != null) {
                        l.addAll(aliases);
                    }
                    t.put(code, List.copyOf(l));
                });
            }
        });
        target.replaceAll((k, v) -> new LinkedHashMap<>(v));
    }
}
