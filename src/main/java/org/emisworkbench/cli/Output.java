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
    /**
     * Instants and dates as ISO-8601 text ({@code 2026-12-03T06:40:00Z}, {@code 2025-03-31}): the one form
     * a script reads without knowing Java, and no time module to depend on.
     */
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("iso-time")
                    .addSerializer(java.time.Instant.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance)
                    .addSerializer(java.time.LocalDate.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance)
                    .addSerializer(java.time.LocalDateTime.class,
                            com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance))
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

    /**
     * A CSV line on the terminal; text fields are neutralised against formula injection, and a field's
     * own control characters (a cell's line break, tab, escape sequence) are shown as visible escapes
     * ({@link TerminalText#line}), so a cell can never start a line of its own.
     */
    static void csv(PrintWriter out, List<?> fields) {
        out.println(fields.stream().map(f -> f instanceof Number ? f.toString() : SafeText.csvField(
                f == null ? null : TerminalText.line(f))).collect(Collectors.joining(",")));
    }
}
