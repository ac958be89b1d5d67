package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Decision 0107: {@code keyContinues} is a setting of a list of several schools, a wide sheet's with rows per school or
 * a roster's keyed list; a roster of one school (no key) has no code to continue, and is refused as before.
 */
class RosterKeyContinuesRulesTest {
    private static final String ROSTER = """
            {"id": "r", "version": 1, "layout": "roster",
             "sheets": [%s{"names": ["Pupils"], "kind": "pupils", %s"keyContinues": true,
               "columns": [{"headers": ["Sex"], "field": "pupil.sex"}, {"headers": ["Grade"], "field": "pupil.grade"}]}]}
            """;

    @Test
    void aRosterListOfSeveralSchoolsMayContinueItsCode() throws Exception {
        Template t = TemplateLoader.parse(ROSTER.formatted("", "\"key\": [\"School code\"], "), "t", null);
        assertTrue(t.sheets().get(0).continuesKey());
    }

    @Test
    void aRosterOfOneSchoolHasNoCodeToContinue() {
        String oneSchool = ROSTER.formatted("{\"labels\": [{\"labels\": [\"School code\"], \"field\": \"school.code\"}]},",
                "");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(oneSchool, "t", null));
        assertTrue(e.getMessage().contains("keyContinues: only a wide sheet with several rows per school"),
                e.getMessage());
    }
}
