package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.pack.MissingStrategy;
import org.emisworkbench.rules.pack.Operator;
import org.emisworkbench.rules.pack.PackLoadException;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.PackProblem;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;
import org.emisworkbench.rules.pack.Severity;
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
    void everyProblemIsReportedAtOnceAndNothingLoads() {
        List<PackProblem> all = problems(pack("""
            {"id": "A", "title": "a", "severity": "fatal", "left": "enrolment +", "operator": "=", "right": "1",
             "message": {"en": "x"}},
            {"id": "B", "title": "b", "severity": "error", "left": "enrolmnt", "operator": "≈", "right": "median(1)",
             "message": {"en": "x", "fr": "y"}, "colour": "red"},
            {"id": "A", "title": "dup", "severity": "info", "scope": "planet", "left": "1", "operator": "=",
             "right": "1", "message": {"en": "{nonsense}", "fr": "y", "de": "z"}},
            {"id": "C", "title": "c", "severity": "error", "kind": "telepathy", "message": {"en": "x", "fr": "y"}},
            {"title": "no id", "severity": "error", "kind": "outlier", "value": "enrolment", "method": "guess",
             "threshold": 0, "message": {"en": "x", "fr": "y"}}
            """));
        String text = all.toString();
        assertTrue(all.size() >= 12, all.size() + " problems: " + text);
        assertTrue(text.contains("rule A, severity: 'fatal' is not one of error, warning, info"), text);
        assertTrue(text.contains("rule A, left, line 1, column 12: expected a number"), text);
        assertTrue(text.contains("rule A, message.fr: the French message is missing"), text);
        assertTrue(text.contains("rule B, left, line 1, column 1: unknown field 'enrolmnt'"), text);
        assertTrue(text.contains("rule B, operator: '≈' is not one of"), text);
        assertTrue(text.contains("rule B, right, line 1, column 1: unknown function 'median'"), text);
        assertTrue(text.contains("rule B, colour: unknown property"), text);
        assertTrue(text.contains("rule A, id: duplicate rule id"), text);
        assertTrue(text.contains("rule A, scope: 'planet' is not one of"), text);
        assertTrue(text.contains("rule A, message: unknown placeholder {nonsense}") || text.contains("{nonsense}"), text);
        assertTrue(text.contains("message.de: unknown language"), text);
        assertTrue(text.contains("rule C, kind: 'telepathy' is not one of"), text);
        assertTrue(text.contains("rule #5, id: is required"), text);
        assertTrue(text.contains("rule #5, method: 'guess' is not one of"), text);
        assertTrue(text.contains("rule #5, threshold: must be greater than 0"), text);
    }

    @Test
    void packLevelAndJsonProblems() {
        List<PackProblem> p = problems("{\"id\": \"t\", \"title\": 3, \"rules\": [], \"extra\": 1}");
        String text = p.toString();
        assertTrue(text.contains("pack, extra: unknown property"), text);
        assertTrue(text.contains("pack, version: is required"), text);
        assertTrue(text.contains("pack, title: must be a non-empty text"), text);
        assertTrue(text.contains("pack, rules: must be a non-empty list"), text);
        PackProblem json = problems("{\"id\": \"t\",\n \"id\": \"u\"}").get(0);
        assertEquals(2, json.line());
        assertTrue(json.message().contains("Duplicate field 'id'"), json.message());
        assertTrue(problems("{\"id\": ").get(0).message().startsWith("not valid JSON"));
    }

    @Test
    void kindParametersAreChecked() {
        String text = problems(pack("""
            {"id": "K1", "title": "t", "severity": "error", "kind": "code_list", "field": "enrolment", "list": [],
             "message": {"en": "x", "fr": "y"}},
            {"id": "K2", "title": "t", "severity": "error", "kind": "range", "value": "school.name",
             "message": {"en": "x", "fr": "y"}},
            {"id": "K3", "title": "t", "severity": "error", "kind": "cohort", "field": "teachers.total",
             "message": {"en": "x", "fr": "y"}},
            {"id": "K4", "title": "t", "severity": "error", "kind": "import_problem", "problems": ["ALIENS"],
             "message": {"en": "x", "fr": "y"}},
            {"id": "K5", "title": "t", "severity": "error", "kind": "change", "value": "enrolment",
             "message": {"en": "x", "fr": "y"}},
            {"id": "K6", "title": "t", "severity": "error", "kind": "duplicate_codes", "scope": "district-year",
             "message": {"en": "x", "fr": "y"}},
            {"id": "K7", "title": "t", "severity": "error", "left": "school.name", "operator": "<", "right": "'a'",
             "tolerance": {"absolute": -1, "percent": 5}, "message": {"en": "x", "fr": "y"}},
            {"id": "K8", "title": "t", "severity": "error", "left": "1", "operator": "=", "right": "'a'",
             "missing": "sometimes", "message": {"en": "x", "fr": "y"}},
            {"id": "K9", "title": "t", "severity": "error", "kind": "identical_returns", "topics": ["gossip"],
             "message": {"en": "x", "fr": "y"}},
            {"id": "K10", "title": "t", "severity": "error", "kind": "age_grade", "min_offset": -2.5,
             "message": {"en": "x", "fr": "y"}}
            """)).toString();
        assertTrue(text.contains("rule K1, list: must be a non-empty list"), text);
        assertTrue(text.contains("rule K2, value: must be a number, not a text"), text);
        assertTrue(text.contains("rule K2, min: a range needs a min, a max or both"), text);
        assertTrue(text.contains("rule K3, field: 'teachers.total' is not a graded field"), text);
        assertTrue(text.contains("rule K4, problems: unknown import problem 'ALIENS'"), text);
        assertTrue(text.contains("rule K5, max_change_percent: is required"), text);
        assertTrue(text.contains("rule K6, scope: kind duplicate_codes runs in scope school-year"), text);
        assertTrue(text.contains("rule K7, tolerance.percent: unknown property"), text);
        assertTrue(text.contains("rule K7, tolerance: absolute and relative must be numbers"), text);
        assertTrue(text.contains("rule K7, operator: < compares numbers only"), text);
        assertTrue(text.contains("rule K8, missing: 'sometimes' is not one of never_skip"), text);
        assertTrue(text.contains("rule K8, right: compares a number with a text"), text);
        assertTrue(text.contains("rule K9, topics: unknown topic 'gossip'"), text);
        assertTrue(text.contains("rule K10, min_offset: must be a whole number"), text);
    }
}
