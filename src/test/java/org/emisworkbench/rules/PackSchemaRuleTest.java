package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.rules.pack.Messages;
import org.emisworkbench.rules.pack.OutlierMethod;
import org.emisworkbench.rules.pack.RuleKind;
import org.junit.jupiter.api.Test;

/** The JSON Schema is written by hand for pack authors' editors; keep it in step with the loader. */
class PackSchemaRuleTest {
    private static JsonNode schema() throws Exception {
        try (InputStream in = PackSchemaRuleTest.class.getResourceAsStream("/rules/rule-pack.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> enumOf(JsonNode node) {
        return StreamSupport.stream(node.get("enum").spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void schemaEnumsMatchTheLoader() throws Exception {
        JsonNode props = schema().at("/$defs/rule/properties");
        assertEquals(Arrays.stream(RuleKind.values()).map(RuleKind::code).collect(Collectors.toCollection(TreeSet::new)),
                enumOf(props.get("kind")));
        assertEquals(Arrays.stream(ProblemKind.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                enumOf(props.at("/problems/items")));
        assertEquals(Arrays.stream(OutlierMethod.values()).map(OutlierMethod::code)
                .collect(Collectors.toCollection(TreeSet::new)), enumOf(props.get("method")));
        for (JsonNode branch : schema().at("/$defs/rule/allOf")) {
            Set<String> allowed = enumOf(branch.at("/then/propertyNames"));
            String kind = branch.at("/if/properties/kind/const").asText("expression");
            RuleKind k = RuleKind.byCode(kind.isEmpty() ? "expression" : kind).orElseThrow();
            Set<String> expected = new TreeSet<>(RuleKind.COMMON);
            expected.addAll(k.properties());
            assertEquals(expected, allowed, kind);
        }
        // The languages a message and a title may have are the Workbench's languages, English required.
        for (String def : List.of("/$defs/message", "/$defs/titleTexts")) {
            Set<String> languages = new TreeSet<>();
            schema().at(def + "/properties").fieldNames().forEachRemaining(languages::add);
            assertEquals(new TreeSet<>(org.emisworkbench.model.Languages.codes()), languages, def);
            assertEquals("[\"en\"]", schema().at(def + "/required").toString(), def);
        }
        String described = schema().at("/$defs/messageText/description").asText();
        for (String p : Messages.PLACEHOLDERS) {
            assertEquals(true, described.contains("{" + p + "}"), p);
        }
    }
}
