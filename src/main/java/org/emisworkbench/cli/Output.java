package org.emisworkbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.emisworkbench.model.SafeText;

/** Writing command results as JSON or CSV on standard output. */
final class Output {
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Output() {
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** A CSV line; text fields are neutralised against formula injection. */
    static void csv(PrintWriter out, List<?> fields) {
        out.println(fields.stream().map(f -> f instanceof Number ? f.toString() : SafeText.csvField(
                f == null ? null : f.toString())).collect(Collectors.joining(",")));
    }
}
