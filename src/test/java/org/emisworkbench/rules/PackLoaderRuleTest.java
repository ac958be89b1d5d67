package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Severity;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.pack.MissingStrategy;
import org.emisworkbench.rules.pack.Operator;
import org.emisworkbench.rules.pack.PackLoadException;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.PackProblem;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;
import org.emisworkbench.rules.pack.Tolerance;
import org.junit.jupiter.api.Test;

class PackLoaderRuleTest {
    private static final FieldCatalog CATALOG = FieldCatalog.standard(GradeSystem.standard());

    static RulePack load(String json) throws Exception {
        return new PackLoader(CATALOG).load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    static List<PackProblem> problems(String json) {
        return assertThrows(PackLoadException.class, () -> load(json)).problems();
    }

    static String pack(String rules) {
        return "{\"id\": \"t\", \"version\": \"1\", \"title\": \"Test\", \"rules\": [" + rules + "]}";
    }

    @Test
    void aWellFormedRuleLoadsWithDefaults() throws Exception {
        RulePack p = load(pack("""
            {"id": "R1", "title": "Repeaters", "severity": "warning", "scope": "school-year-grade-sex",
             "left": "repeaters[grade=g, sex=s]", "operator": "<=", "right": "enrolment[grade=g, sex=s]",
             "tolerance": {"absolute": 1, "relative": 0.1},
             "message": {"en": "{school} {grade}: {left} > {right}", "fr": "{school} {grade} : {left} > {right}"}}
            """));
        assertEquals("t", p.id());
        var r = p.rule("R1").orElseThrow();
        assertEquals(Severity.WARNING, r.severity());
        assertEquals(Scope.SCHOOL_YEAR_GRADE_SEX, r.scope());
        RuleSpec.ExpressionSpec s = (RuleSpec.ExpressionSpec) r.spec();
        assertEquals(Operator.LE, s.operator());
        assertEquals(MissingStrategy.SKIP_IF_ANY_MISSING, s.missing());
        assertEquals(new Tolerance(1, 0.1), s.tolerance());
    }

    @Test
    void titlesAndMessagesAreTextsByLanguageAndOlderPacksStillLoad() throws Exception {
        java.util.Locale pt = java.util.Locale.forLanguageTag("pt");
        java.util.Locale fr = java.util.Locale.FRENCH;
        RulePack p = load(pack("""
            {"id": "NEW", "title": {"en": "Repeaters", "fr": "Redoublants", "pt": "Repetentes"}, "severity": "warning",
             "left": "repeaters", "operator": "<=", "right": "enrolment",
             "message": {"en": "{left} > {right}", "pt": "{left} > {right} (pt)"}},
            {"id": "OLD", "title": "Teachers", "title_fr": "Enseignants", "severity": "warning",
             "left": "teachers.total", "operator": ">", "right": "0",
             "message": {"en": "none", "fr": "aucun"}}
            """));
        var modern = p.rule("NEW").orElseThrow();
        assertEquals("Redoublants", modern.title(fr));
        assertEquals("Repetentes", modern.title(pt));
        assertEquals("Repeaters", modern.title());
        assertEquals("{left} > {right} (pt)", modern.message().in(pt));
        assertEquals("{left} > {right}", modern.message().in(fr), "a language the pack leaves out reads in English");
        assertEquals("{left} > {right}", modern.message().in(fr), "a language the pack leaves out reads in English");
        var older = p.rule("OLD").orElseThrow();
        assertEquals("Enseignants", older.title(fr), "title_fr of packs written before still gives the French title");
        assertEquals("Teachers", older.title(pt));
        assertEquals("aucun", older.message().in(fr));
        List<PackProblem> both = problems(pack("""
            {"id": "X", "title": {"en": "A", "fr": "B"}, "title_fr": "C", "severity": "warning",
             "left": "repeaters", "operator": "<=", "right": "enrolment", "message": {"fr": "x", "xx": "y"}}
            """));
        assertEquals(List.of("title_fr", "message.xx", "message.en"), both.stream().map(PackProblem::property).toList(),
                both.toString());
    }

    // Packs with problems in their rules or properties are data: src/test/resources/rule-cases (PackLoaderCasesTest).

    @Test
    void jsonProblemsNameTheirLine() {
        PackProblem json = problems("{\"id\": \"t\",\n \"id\": \"u\"}").get(0);
        assertEquals(2, json.line());
        assertTrue(json.message().contains("Duplicate field 'id'"), json.message());
        assertTrue(problems("{\"id\": ").get(0).message().startsWith("not valid JSON"));
    }

    @Test
    void aRangeMaySpareTheUnitsAnUnlessConditionHoldsForWhichMustBeATruth() throws Exception {
        RulePack p = load(pack("""
            {"id": "G1", "title": "Girls", "severity": "warning", "kind": "range",
             "value": "100 * enrolment[sex=F] / enrolment", "min": 20, "max": 80,
             "unless": "school.gender = 'boys' or school.gender = 'girls'", "message": {"en": "{value}"}}
            """));
        RuleSpec.RangeSpec s = (RuleSpec.RangeSpec) p.rule("G1").orElseThrow().spec();
        assertEquals(java.util.Set.of("school.gender"), java.util.Set.copyOf(s.unless().fields()));
        List<PackProblem> bad = problems(pack("""
            {"id": "G2", "title": "Girls", "severity": "warning", "kind": "range",
             "value": "enrolment", "min": 1, "unless": "school.gender", "message": {"en": "{value}"}}
            """));
        assertEquals(1, bad.size(), bad.toString());
        assertEquals("unless", bad.get(0).property(), bad.toString());
        List<PackProblem> notRange = problems(pack("""
            {"id": "G3", "title": "Girls", "severity": "warning", "left": "enrolment", "operator": ">", "right": "0",
             "unless": "school.gender = 'boys'", "message": {"en": "{left}"}}
            """));
        assertEquals("unless", notRange.get(0).property(), notRange.toString());
    }
}
