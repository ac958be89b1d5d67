package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision 0083: a roster of one school may read tables of counts ({@code grids}) on its label block; never on a
 * pupils or staff list, never in a roster of several schools, never a figure its pupils list counts. A grid template
 * naming a staff list is told once to use the roster layout.
 */
class TemplateRosterGridsTest {
    private static final String LABELS = """
            {"names": ["School"], "required": ["school.code"],
             "labels": [{"labels": ["School ID"], "field": "school.code"}],
             "grids": [%s]}""";
    private static final String STAFF = """
            {"names": ["Teachers"], "kind": "staff", %s
             "columns": [{"headers": ["Sex"], "field": "staff.sex"}]}""";
    private static final String GRID = "{\"field\": \"%s\", \"titles\": [\"Enrolment by grade\"], \"rows\": \"none\"}";

    private static String roster(String layout, String... sheets) {
        return "{\"id\": \"t\", \"version\": 1, \"layout\": \"" + layout + "\", \"sheets\": ["
                + String.join(", ", sheets) + "]}";
    }

    private static List<String> refused(String json) {
        return assertThrows(TemplateException.class, () -> TemplateLoader.parse(json, "t", null)).problems();
    }

    private static void assertHas(List<String> problems, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(text)), text + " not in " + problems);
    }

    @Test
    void aRosterOfOneSchoolReadsGridsOnItsLabelBlock() throws Exception {
        Template t = TemplateLoader.parse(roster("roster", LABELS.formatted(GRID.formatted("enrolment") + ", "
                + GRID.formatted("repeaters")), STAFF.formatted("")), "t", null);
        assertEquals(Layout.ROSTER, t.layout());
        assertEquals(List.of("enrolment", "repeaters"), t.sheets().get(0).grids().stream().map(GridSpec::field)
                .toList());
        // A pupils list without status or disability column counts enrolment only: a table of disabled pupils may
        // stand beside it.
        String pupils = "{\"names\": [\"Pupils\"], \"kind\": \"pupils\", \"columns\": ["
                + "{\"headers\": [\"Sex\"], \"field\": \"pupil.sex\"}, {\"headers\": [\"Grade\"], \"field\": \"pupil.grade\"}]}";
        TemplateLoader.parse(roster("roster", LABELS.formatted(GRID.formatted("disabled")), pupils), "t", null);
    }

    @Test
    void gridsAreRefusedWhereTheyCouldNotSayWhoseOrWouldReadAFigureTwice() {
        List<String> onList = refused(roster("roster", LABELS.formatted(""), STAFF.formatted(
                "\"grids\": [" + GRID.formatted("enrolment") + "],")));
        assertHas(onList, "$.sheets[1]: grids are read on a sheet of labels");

        List<String> keyed = refused(roster("roster", "{\"names\": [\"School\"], \"labels\": [{\"labels\": "
                + "[\"District\"], \"field\": \"school.district\"}], \"grids\": [" + GRID.formatted("enrolment") + "]}",
                STAFF.formatted("\"key\": [\"School ID\"],")));
        assertHas(keyed, "$.sheets[0].grids: this roster holds several schools (key)");

        String pupils = "{\"names\": [\"Pupils\"], \"kind\": \"pupils\", \"columns\": ["
                + "{\"headers\": [\"Sex\"], \"field\": \"pupil.sex\"}, {\"headers\": [\"Grade\"], \"field\": \"pupil.grade\"},"
                + " {\"headers\": [\"Status\"], \"field\": \"pupil.status\"}]}";
        List<String> twice = refused(roster("roster", LABELS.formatted(GRID.formatted("enrolment") + ", "
                + GRID.formatted("repeaters") + ", " + GRID.formatted("disabled")), pupils));
        assertHas(twice, "$.sheets[0].grids[0].field: the pupils list $.sheets[1] counts enrolment");
        assertHas(twice, "$.sheets[0].grids[1].field: the pupils list $.sheets[1] counts repeaters");
        assertTrue(twice.stream().noneMatch(p -> p.contains("grids[2]")), "no disability column: " + twice);
    }

    @Test
    void aGridTemplateNamingAStaffListIsToldOnceToUseTheRosterLayout() {
        List<String> problems = refused(roster("grid", LABELS.formatted(GRID.formatted("enrolment")),
                STAFF.formatted("")));
        assertEquals(1, problems.size(), problems::toString);
        assertHas(problems, "$.sheets[1].kind: a staff list is read by a roster template: write \"layout\": \"roster\"");
    }
}
