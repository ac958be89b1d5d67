package org.emisworkbench.template;

import static org.emisworkbench.template.TemplateLoaderTest.assertHas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A country's own code lists win over the built-in spellings; a column's list must fit its field. */
class NationalCodeListsTest {
    private static String roster(String codeLists, String staffColumn) {
        return """
                {"id": "national-roster", "version": 1, "layout": "roster", %s
                 "sheets": [
                   {"names": ["School"], "labels": [{"labels": ["School code"], "field": "school.code"}]},
                   {"names": ["Staff"], "kind": "staff", "columns": [
                     {"headers": ["Sex"], "field": "staff.sex"}, %s]}]}
                """.formatted(codeLists, staffColumn);
    }

    @Test
    void aTemplateSpellingMovesFromTheBuiltInCodeAndTheMoveIsReportable() throws Exception {
        Template t = TemplateLoader.parse(roster("\"codeLists\": {\"qualification\": {\"yes\": [\"Certificate\", "
                + "\"PGDE\"]}},", "{\"headers\": [\"Qualification\"], \"field\": \"staff.qualification\"}"), "t", null);
        CodeList q = t.lists().require("qualification");
        assertEquals("yes", q.code("Certificate"));
        assertEquals("yes", q.code(" CERTIFICATE "));
        assertEquals("yes", q.code("PGDE"));
        assertEquals("no", q.code("cert"), "other built-in spellings of no stay");
        assertEquals("yes", q.code("Degree"));
        assertEquals(List.of(new CodeLists.Override("qualification", "Certificate", "no", "yes")),
                t.lists().overrides());
        assertEquals(List.of(), CodeLists.builtIn().overrides());
    }

    @Test
    void aClashWithinTheTemplatesOwnListsIsStillRefused() {
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(roster(
                "\"codeLists\": {\"qualification\": {\"yes\": [\"Certificate\"], \"no\": [\"certificate\"]}},",
                "{\"headers\": [\"Qualification\"], \"field\": \"staff.qualification\"}"), "t", null));
        assertHas(e.problems(), "$.codeLists.qualification");
        assertHas(e.problems(), "already means");
        TemplateException own = assertThrows(TemplateException.class, () -> TemplateLoader.parse(roster(
                "\"codeLists\": {\"qualification\": {\"no\": [\"yes\"]}},",
                "{\"headers\": [\"Qualification\"], \"field\": \"staff.qualification\"}"), "t", null));
        assertHas(own.problems(), "alias \"yes\" already means yes");
    }

    @Test
    void aColumnsOwnListMustGiveTheCodesItsFieldIsReadWith() {
        String lists = "\"codeLists\": {\"natqual\": {\"yes\": [\"PTC\"], \"no\": [\"Form 4\"]}, "
                + "\"grades\": {\"A\": [\"Upper\"], \"B\": [\"Lower\"]}},";
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse(roster(lists,
                "{\"headers\": [\"Qualification\"], \"field\": \"staff.qualification\", \"codeList\": \"grades\"}, "
                        + "{\"headers\": [\"DOB\"], \"field\": \"staff.birth_date\", \"codeList\": \"natqual\"}"),
                "t", null));
        assertHas(e.problems(), "$.sheets[1].columns[1].codeList: list \"grades\" has codes [A, B] that "
                + "staff.qualification does not know");
        assertHas(e.problems(), "$.sheets[1].columns[2].codeList: staff.birth_date is not read through a code list");
        assertEquals(2, e.problems().size(), e.problems()::toString);
    }
}
