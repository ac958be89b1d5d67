package org.emisworkbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.model.Texts;

/**
 * A finding's message in every language, as the {@code messages} column keeps it: one JSON object by
 * language code (V11, decision 0016). Each text is clipped as the one-language columns were.
 */
final class FindingMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 2000;

    private FindingMessages() {
    }

    static String json(Texts texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        Map<String, String> clipped = new LinkedHashMap<>();
        texts.byLanguage().forEach((lang, text) -> clipped.put(lang, Sql.clip(text, MAX_TEXT)));
        try {
            return JSON.writeValueAsString(clipped);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of texts always writes as JSON", e);
        }
    }

    /** The texts of a stored message; a column that is not such an object reads as its English text. */
    static Texts texts(String json) {
        if (json == null || json.isBlank()) {
            return Texts.NONE;
        }
        try {
            return new Texts(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
        } catch (JsonProcessingException e) {
            return Texts.of(json);
        }
    }
}
