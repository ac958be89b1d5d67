package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documentation's examples and the JSON schema stay in step with the loader. */
class TemplateDocsTest {
    @Test
    void everyExampleTemplateOfTheDocsLoads() throws Exception {
        String doc = Files.readString(Path.of("docs/templates.md"));
        Matcher m = Pattern.compile("```json\\n(\\{\\s*\"id\".*?)```", Pattern.DOTALL).matcher(doc);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(TemplateLoader.parse(m.group(1), "docs example", null).id());
        }
        assertTrue(ids.containsAll(List.of("district-wide", "school-form", "school-roster", "ph-school-return",
                "register-export", "ecoles", "lk-census-trilingual")), ids::toString);
    }

    @Test
    void docsListEveryCanonicalFieldAndBuiltInCodeList() throws Exception {
        String doc = Files.readString(Path.of("docs/templates.md"));
        for (String field : CanonicalField.all()) {
            assertTrue(doc.contains("`" + field + "`"), "docs/templates.md does not mention " + field);
        }
        for (String list : CodeLists.BUILT_IN) {
            assertTrue(doc.contains("`" + list + "`"), "docs/templates.md does not mention the list " + list);
        }
        // The words of one-language forms (review 30 C3), sexes and totals, each listed as written in the table.
        String lower = doc.toLowerCase(java.util.Locale.ROOT);
        assertTrue(!BuiltInCodeLists.LOCAL_SEX_WORDS.isEmpty());
        for (String[] pair : BuiltInCodeLists.LOCAL_SEX_WORDS) {
            for (String word : pair) {
                assertTrue(lower.contains("`" + word + "`"), "docs/templates.md does not list the sex word " + word);
            }
        }
        for (String word : HeaderText.TOTAL_WORDS) {
            if (!word.matches("[a-z ]+")) {
                assertTrue(lower.contains("`" + word + "`"), "docs/templates.md does not list the total word " + word);
            }
        }
    }

    @Test
    void schemaKnowsEveryPropertyTheLoaderKnows() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("templates/template.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        assertNames(schema.get("properties"), TemplateChecker.TEMPLATE);
        JsonNode defs = schema.get("$defs");
        assertNames(defs.get("sheet").get("properties"), TemplateChecker.SHEET);
        assertNames(defs.get("column").get("properties"), TemplateChecker.COLUMN);
        assertNames(defs.get("label").get("properties"), TemplateChecker.LABEL);
        assertNames(defs.get("grid").get("properties"), TemplateChecker.GRID);
    }

    private static void assertNames(JsonNode properties, java.util.Set<String> expected) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        properties.properties().forEach(e -> names.add(e.getKey()));
        assertEquals(new java.util.TreeSet<>(expected), names);
    }
}
