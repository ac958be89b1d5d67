package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's share of constants, defaults, sums, both-sex totals, sheets listed twice and slot clashes. */
class TemplateConstructsCheckTest {
    private static List<String> problems(String json) {
        return assertThrows(TemplateException.class, () -> TemplateLoader.parse(json, "t.json", null)).problems();
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), () -> "no problem starting with «" + start
                + "» in " + problems);
    }

    @Test
    void constantsGoThroughTheFieldsCodeListAndNameTheJsonPath() throws Exception {
        Template ok = TemplateLoader.parse("""
                {"id": "c", "version": 1, "layout": "wide", "constants": {"school.level": "Primary"},
                 "sheets": [{"names": ["S"], "key": ["Code"], "constants": {"facilities.electricity": "oui", "classrooms.fair": 2},
                   "columns": [{"headers": ["Name"], "field": "school.name"}]}]}
                """, "t.json", null);
        var in = TemplateValue.constants(ok, ok.sheets().get(0), ok.lists());
        assertEquals("primary", in.get("school.level").text(), "\"Primary\" is the code primary");
        assertEquals(1, in.get("facilities.electricity").count(), "oui is yes");
        assertEquals(2, in.get("classrooms.fair").count(), "a JSON number");
        List<String> p = problems("""
                {"id": "c", "version": 1, "layout": "wide",
                 "constants": {"school.level": "Elementary", "school.levl": "primary", "enrolment": "3",
                               "teachers.total": "4", "school.code": "X1", "classrooms.good": "many"},
                 "sheets": [{"names": ["S"], "key": ["Code"], "constants": {"school.name": "Same name"},
                   "columns": [{"headers": ["Name"], "field": "school.name"}]}]}
                """);
        assertHas(p, "$.constants.school.level: \"Elementary\" is not a code of the level list");
        assertHas(p, "$.constants.school.levl: unknown canonical field");
        assertHas(p, "$.constants.enrolment: a constant sets a school attribute or a classroom/facility count");
        assertHas(p, "$.constants.teachers.total: teachers.total is counted by sex");
        assertHas(p, "$.constants.school.code:");
        assertHas(p, "$.constants.classrooms.good: \"many\" is not a whole number");
        assertHas(p, "$.sheets[0].constants.school.name: $.sheets[0].columns[0] reads school.name");
        assertTrue(p.stream().anyMatch(s -> s.contains("give that column or label a \"default\"")), p::toString);
    }

    @Test
    void aLabelsDifferenceNamesTwoColumnsOfItsRowNeverWithAColumnOrPosition() throws Exception {
        Template ok = TemplateLoader.parse("""
                {"id": "r", "version": 1, "layout": "grid", "language": "pt", "sheets": [{"names": ["S"], "labels": [
                  {"labels": ["Código da escola"], "field": "school.code"},
                  {"labels": ["Professores"], "column": ["M"], "field": "teachers.total", "sex": "F"},
                  {"labels": ["Professores"], "differenceOf": ["HM", "M"], "field": "teachers.total", "sex": "M"}]}]}
                """, "t.json", null);
        LabelSpec d = ok.sheets().get(0).labels().get(2);
        assertTrue(d.columnDifference());
        assertEquals(List.of("HM"), d.differenceParts().get(0).column());
        assertEquals(List.of("Professores"), d.differenceParts().get(1).labels());
        List<String> p = problems("""
                {"id": "r", "version": 1, "layout": "grid", "sheets": [{"names": ["S"], "labels": [
                  {"labels": ["Código da escola"], "field": "school.code"},
                  {"labels": ["Professores"], "column": ["M"], "differenceOf": ["HM", "M"],
                   "field": "teachers.total", "sex": "M"},
                  {"labels": ["Professores"], "position": "right", "differenceOf": ["HM", "M"],
                   "field": "teachers.total", "sex": "M"},
                  {"labels": ["Professores"], "differenceOf": ["HM"], "field": "teachers.total", "sex": "M"}]}]}
                """);
        assertHas(p, "$.sheets[0].labels[1].differenceOf: with labels, differenceOf names the headings");
        assertHas(p, "$.sheets[0].labels[2].differenceOf: the two values are on the label's row");
        assertHas(p, "$.sheets[0].labels[3].differenceOf: give two column headings");
    }

    @Test
    void defaultsAreCheckedLikeConstants() {
        List<String> p = problems("""
                {"id": "d", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [
                   {"headers": ["Owner"], "field": "school.ownership", "default": "Governmental"},
                   {"headers": ["Good rooms"], "field": "classrooms.good", "default": "-1"},
                   {"patterns": ["Total {sex}"], "total": "enrolment", "default": "0"}]}]}
                """);
        assertHas(p, "$.sheets[0].columns[0].default: \"Governmental\" is not a code of the ownership list");
        assertHas(p, "$.sheets[0].columns[1].default: \"-1\" is not a whole number");
        assertHas(p, "$.sheets[0].columns[2].default: a total column has no default");
    }

    @Test
    void aCountsDefaultMayBeWrittenAsANumber() throws Exception {
        // Review 33: "default": 0 was refused ("a text") though the docs say a default reads a blank as 0.
        Template t = TemplateLoader.parse("""
                {"id": "d", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [
                   {"headers": ["Good rooms"], "field": "classrooms.good", "default": 3}]}]}
                """, "t.json", null);
        assertEquals("3", t.sheets().get(0).columns().get(0).defaultValue());
        Template zero = TemplateLoader.parse("""
                {"id": "z", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [
                   {"headers": ["Good rooms"], "field": "classrooms.good", "default": 0}]}]}
                """, "t.json", null);
        assertEquals("0", zero.sheets().get(0).columns().get(0).defaultValue());
        // Not any number: a fraction is no count, and other texts stay texts.
        assertHas(problems("""
                {"id": "f", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [
                   {"headers": ["Good rooms"], "field": "classrooms.good", "default": 0.5}]}]}
                """), "$.sheets[0].columns[0].default: a text");
    }

    @Test
    void sumsNeedTheirDimensionsAndNoHeaders() {
        List<String> p = problems("""
                {"id": "s", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [
                   {"field": "teachers.total", "sumOf": ["Qualified", "Unqualified {sex}"]},
                   {"field": "teachers.qualified", "sex": "F", "headers": ["QF"], "sumOf": ["A", "B"]},
                   {"field": "school.name", "sumOf": ["First name", "Last name"]}]}]}
                """);
        assertHas(p, "$.sheets[0].columns[0].sumOf[0]: no {sex} and no fixed sex");
        assertHas(p, "$.sheets[0].columns[1].sumOf: a sum is read from the columns it names");
        assertHas(p, "$.sheets[0].columns[2].sumOf: only a count is a sum of columns");
        List<String> labels = problems("""
                {"id": "l", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["F"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"labels": ["Rooms"], "sumOf": ["Good", "Fair"], "field": "classrooms.good"},
                   {"sumOf": ["A", "B"], "field": "school.name"}]}]}
                """);
        assertHas(labels, "$.sheets[0].labels[1].sumOf: a sum is read from the labels it names");
        assertHas(labels, "$.sheets[0].labels[2].sumOf: only a count is a sum of labels");
    }

    @Test
    void labelDifferencesNeedTwoLabelsAFixedSexAndNoSecondReader() throws Exception {
        TemplateLoader.parse("""
                {"id": "ok", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["F"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"labels": ["Female teachers"], "field": "teachers.total", "sex": "F"},
                   {"differenceOf": ["Number of teachers", "Female teachers"], "field": "teachers.total", "sex": "M"}]}]}
                """, "t.json", null);
        List<String> p = problems("""
                {"id": "l", "version": 1, "layout": "grid",
                 "sheets": [{"names": ["F"], "labels": [
                   {"labels": ["School code"], "field": "school.code"},
                   {"differenceOf": ["Number of teachers"], "field": "teachers.total", "sex": "M"},
                   {"differenceOf": ["Number of teachers", "Female teachers"], "field": "teachers.total"},
                   {"differenceOf": ["Teachers", "Women"], "field": "teachers.total", "sex": "both"},
                   {"labels": ["Men"], "column": ["M"], "differenceOf": ["Teachers", "Women"], "field": "teachers.qualified", "sex": "M"},
                   {"differenceOf": ["A", "B"], "field": "school.name"},
                   {"labels": ["Male teachers"], "field": "teachers.total", "sex": "M"}]}]}
                """);
        assertHas(p, "$.sheets[0].labels[1].differenceOf: give two labels, the total for both sexes first");
        assertHas(p, "$.sheets[0].labels[2].sex: teachers.total is counted by sex");
        assertHas(p, "$.sheets[0].labels[3].sex: \"both\" is for a count of both sexes together read as it stands");
        assertHas(p, "$.sheets[0].labels[4].differenceOf: with labels, differenceOf names the headings of the two columns");
        assertHas(p, "$.sheets[0].labels[5].differenceOf: only a figure counted by sex is a total less one sex");
        assertHas(p, "$.sheets[0].labels[1]: gives the same figure as $.sheets[0].labels[6] (teachers.total M)");
    }

    @Test
    void aTotalColumnMayCoverBothSexes() throws Exception {
        Template t = TemplateLoader.parse("""
                {"id": "t", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["S"], "key": ["Code"], "columns": [
                   {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"},
                   {"headers": ["Total"], "total": "enrolment"},
                   {"patterns": ["Total {grade}"], "total": "enrolment"}]}]}
                """, "t.json", null);
        HeaderMatcher m = CompiledTemplate.of(t).matcher(0);
        assertEquals(new HeaderMatcher.Match(1, null, null, null), m.match("TOTAL"));
        assertEquals(new HeaderMatcher.Match(2, "G3", null, null), m.match("Total Grade 3"));
    }

    @Test
    void aSheetListedByTwoSpecsIsRefusedButAnySheetMayRepeat() throws Exception {
        List<String> p = problems("""
                {"id": "twice", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Teachers"], "key": ["Code"], "columns": [
                              {"headers": ["Qualified F"], "field": "teachers.qualified", "sex": "F"}]},
                            {"names": ["Staff", "teachers "], "key": ["Code"], "columns": [
                              {"headers": ["Trained F"], "field": "teachers.trained", "sex": "F"}]}]}
                """);
        assertHas(p, "$.sheets[1].names[1]: the sheet \"teachers \" is also listed by $.sheets[0]");
        TemplateLoader.parse("""
                {"id": "any", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["*"], "key": ["Code"], "columns": [{"headers": ["A"], "field": "school.name"}]},
                            {"names": ["*"], "key": ["Code"], "columns": [{"headers": ["B"], "field": "school.district"}]}]}
                """, "t.json", null);
    }

    @Test
    void twoColumnsThatCanGiveTheSameFigureAreRefused() {
        List<String> p = problems("""
                {"id": "clash", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["P"], "key": ["Code"], "columns": [
                   {"patterns": ["G{grade} {sex}"], "field": "enrolment"},
                   {"headers": ["Girls in grade 1"], "field": "enrolment", "grade": "G1", "sex": "F"},
                   {"headers": ["Qualified women"], "field": "teachers.qualified", "sex": "F"},
                   {"field": "teachers.qualified", "sumOf": ["Certified {sex}", "Licensed {sex}"]}]}]}
                """);
        assertHas(p, "$.sheets[0].columns[1]: gives the same figure as $.sheets[0].columns[0] (enrolment G1 F)");
        assertHas(p, "$.sheets[0].columns[3]: gives the same figure as $.sheets[0].columns[2] (teachers.qualified F)");
        assertEquals(2, p.size(), p::toString);
    }

    @Test
    void theExamplesOfSectionNineLoad() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/templates.md"));
        String nine = doc.substring(doc.indexOf("## 9. Constants, defaults, sums and totals"),
                doc.indexOf("## 10. "));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```json\\n(\\{.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(nine);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(TemplateLoader.parse(m.group(1), "docs section 9", null).id());
        }
        assertEquals(List.of("district-primary", "teachers-by-qualification", "mg-cisco-teachers", "sn-salles", "kono-new-rep",
                "totals-both-sexes", "enseignants",
                "grades-sexes-total", "ep-hm", "form-teachers-difference", "form-teachers-row-difference", "mapa-teachers-by-category",
                "pupils-by-sex", "teachers-without-sex", "district-contacts", "deped-enrolment"),
                ids);
    }
}
