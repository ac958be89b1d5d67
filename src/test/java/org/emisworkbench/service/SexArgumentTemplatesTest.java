package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/**
 * Review 34: {@code emis trace --sex Zazalahy} was refused ("not a sex") though the template that imported the return
 * gave the word in its {@code codeLists}. A sex word of the built-in lists or of the workspace's templates is read.
 */
class SexArgumentTemplatesTest {
    private static Template withSexWords(String id, String boys, String girls) throws Exception {
        return TemplateLoader.parse("""
                {"id": "%s", "version": 1, "layout": "wide", "codeLists": {"sex": {"M": ["%s"], "F": ["%s"]}},
                 "sheets": [{"names": ["*"], "key": ["Code"], "columns": [
                   {"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
                """.formatted(id, boys, girls), id, null);
    }

    @Test
    void builtInMalagasyWordsAreSexes() {
        assertEquals(Sex.M, SexArgument.parse("Zazalahy", Locale.ENGLISH));
        assertEquals(Sex.F, SexArgument.parse("Zazavavy", Locale.ENGLISH));
    }

    @Test
    void aTemplatesOwnSexWordIsReadAndAnUnknownOneStillRefused() throws Exception {
        Template mg = withSexWords("mg", "Ankizilahy", "Ankizivavy");
        assertThrows(ServiceException.class, () -> SexArgument.parse("Ankizilahy", Locale.ENGLISH));
        assertEquals(Sex.M, SexArgument.parse("Ankizilahy", Locale.ENGLISH, List.of(mg)));
        assertEquals(Sex.F, SexArgument.parse("ankizivavy", Locale.ENGLISH, List.of(mg)));
        assertThrows(ServiceException.class, () -> SexArgument.parse("Ankizy", Locale.ENGLISH, List.of(mg)));
        // Two templates giving the word as different sexes: refused, never one picked.
        Template other = withSexWords("other", "Ankizivavy", "Ankizilahy");
        assertThrows(ServiceException.class, () -> SexArgument.parse("Ankizilahy", Locale.ENGLISH,
                List.of(mg, other)));
    }
}
