package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Review 32 (D): a template's grade spelling written with an ASCII digit ({@code ថ្នាក់ទី1}) did not match the
 * sheet's {@code ថ្នាក់ទី១} (48 UNKNOWN_CODE), though docs/templates.md says digits of other scripts are read as
 * digits everywhere. Texts compare with their digits in ASCII, whichever side writes them otherwise.
 */
class OtherScriptSpellingsTest {
    private static final String TEMPLATE = """
            {"id": "kh-grades", "version": 1, "layout": "wide",
             "codeLists": {"grade": {"G1": ["ថ្នាក់ទី1"], "G2": ["ថ្នាក់ទី២"]}},
             "sheets": [{"names": ["Schools"], "key": ["School code"],
               "columns": [{"patterns": ["{grade} {sex}"], "field": "enrolment"}]}]}
            """;

    @Test
    void aSpellingMatchesWhicheverScriptEitherSideWritesItsDigitsIn() throws Exception {
        CodeList grades = TemplateLoader.parse(TEMPLATE, "kh", null).lists().require("grade");
        assertEquals("G1", grades.code("ថ្នាក់ទី១"));
        assertEquals("G1", grades.code("ថ្នាក់ទី1"));
        assertEquals("G2", grades.code("ថ្នាក់ទី2"));
        assertEquals("G2", grades.code("ថ្នាក់ទី២"));
        // Built-in spellings too: Grade ३ (Devanagari) and Grade ៣ (Khmer) are Grade 3.
        assertEquals("G3", CodeLists.builtIn().require("grade").code("Grade ३"));
        assertEquals("G3", CodeLists.builtIn().require("grade").code("Grade ៣"));
        assertEquals(HeaderText.normalize("Classe ٤"), HeaderText.normalize("classe 4"));
    }
}
