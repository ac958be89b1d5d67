package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import does with a template given as a file, beyond what TraceTemplateGradesCliTest walks through on the
 * command line: a file whose id is a built-in template's is not kept (it would replace the built-in one for every
 * later import of the workspace), and said; the same file given again is not copied twice and says nothing.
 */
class KeptTemplatesTest {
    @Test
    void aFileWithABuiltInIdIsNotKeptAndTheSameFileAgainSaysNothing(@TempDir Path dir) throws Exception {
        String builtIn;
        try (InputStream in = KeptTemplatesTest.class.getResourceAsStream("/templates/sample-wide.json")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path given = Files.createDirectories(dir.resolve("given")).resolve("mine.json");
        Files.writeString(given, builtIn.replaceFirst("\"title\"\\s*:\\s*\"", "\"title\": \"Mine: "));
        Template t = TemplateLoader.load(given);
        Path ws = Files.createDirectories(dir.resolve("ws")).resolve("w.mv.db");
        Message m = KeptTemplates.keep(ws, given.toString(), t);
        assertEquals("import.templateNotKeptBuiltIn", m.key(), m.english());
        assertFalse(Files.exists(dir.resolve("ws").resolve("templates").resolve("mine.json")));

        Path own = given.resolveSibling("own.json");
        Files.writeString(own, builtIn.replaceFirst("\"id\"\\s*:\\s*\"sample-wide\"", "\"id\": \"own-wide\""));
        Template o = TemplateLoader.load(own);
        assertEquals("own-wide", o.id());
        assertEquals("import.templateKept", KeptTemplates.keep(ws, own.toString(), o).key());
        Path kept = dir.resolve("ws").resolve("templates").resolve("own.json");
        assertEquals(Files.readString(own), Files.readString(kept));
        assertNull(KeptTemplates.keep(ws, own.toString(), o), "the same template again: nothing to say");
        try (var files = Files.list(kept.getParent())) {
            assertEquals(1, files.count(), "not copied twice");
        }
    }
}
