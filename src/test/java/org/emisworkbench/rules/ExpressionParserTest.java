package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.rules.expr.CompiledExpr;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Expr;
import org.emisworkbench.rules.expr.ExprException;
import org.emisworkbench.rules.expr.Expressions;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.expr.ValueType;
import org.emisworkbench.rules.expr.Bindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {
    private static final FieldCatalog CATALOG = FieldCatalog.standard(GradeSystem.standard());

    private static CompiledExpr compile(String text) {
        return Expressions.compileOrThrow(text, CATALOG, Scope.SCHOOL_YEAR);
    }

    private static Value eval(String text) {
        return PreparedExpr.of(compile(text), CATALOG).evaluate(ValueSource.EMPTY, Bindings.NONE, new Presence());
    }

    private static List<ExprException> problems(String text, Scope scope) {
        Expressions.Compilation c = Expressions.compile(text, CATALOG, scope);
        assertFalse(c.ok(), "expected problems in " + text);
        return c.problems();
    }

    private static ExprException problem(String text) {
        return problems(text, Scope.SCHOOL_YEAR).get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1 + 2 * 3; 7", "(1 + 2) * 3; 9", "10 - 4 - 3; 3", "24 / 4 / 2; 3", "-2 * 3; -6", "- (2 + 3); -5",
        "2 * -3 + 1; -5", "1.5 + .5; 2", "abs(-4); 4", "min(3, 1, 2); 1", "max(3, 1, 2); 3", "sum(1, 2, 3); 6",
        "count(1, 2); 2", "coalesce(7, 8); 7", "if(1 < 2, 10, 20); 10", "if(1 > 2, 10, 20); 20",
        "previous(5); 5"})
    void arithmeticPrecedenceAndFunctions(String text, double expected) {
        assertEquals(new Value.Num(expected), eval(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1 = 1; true", "1 != 2; true", "1 <> 1; false", "1 ≠ 2; true", "1 < 2; true", "2 <= 2; true",
        "2 ≤ 1; false", "3 > 2; true", "2 >= 3; false", "3 ≥ 3; true", "'public' = 'Public'; true",
        "'a' != 'b'; true", "1 < 2 and 2 < 3; true", "1 > 2 or 2 < 3; true", "not 1 > 2; true",
        "not 1 < 2 or 1 < 2; true", "1 < 2 or 1 > 2 and 1 > 2; true", "(1 < 2 or 1 > 2) and 1 > 2; false",
        "1 + 1 = 2 AND NOT 2 * 2 = 5; true"})
    void comparisonsAndLogic(String text, boolean expected) {
        assertEquals(new Value.Bool(expected), eval(text));
    }

    @Test
    void fieldReferencesParseWithSelectors() {
        Expr.Field f = (Expr.Field) compile("enrolment[grade=G1, sex=F]").root();
        assertEquals("enrolment", f.name());
        assertEquals(new Expr.SelectorValue.Code("G1"), f.selector("grade").value());
        assertInstanceOf(Expr.SelectorValue.Wildcard.class,
                ((Expr.Field) ((Expr.Call) compile("sum(enrolment[grade=*])").root()).args().get(0))
                        .selector("grade").value());
        assertEquals(new Expr.SelectorValue.Code("16+"),
                ((Expr.Field) compile("enrolment[age=16+]").root()).selector("age").value());
        assertEquals(new Expr.SelectorValue.Code("-4"),
                ((Expr.Field) compile("enrolment[age=-4]").root()).selector("age").value());
        assertEquals(ValueType.TEXT, compile("school.ownership").type());
        assertEquals(ValueType.BOOL, compile("school.ownership = 'public'").type());
        assertEquals(ValueType.NUMBER, compile("teachers.total[sex=F] + classrooms.good + facilities.electricity")
                .type());
        assertEquals(ValueType.NUMBER, compile("enrolment[level=primary]").type());
        CompiledExpr scoped = Expressions.compileOrThrow("repeaters[grade=g, sex=s] + enrolment[grade=g, sex=s, age=a]",
                CATALOG, Scope.SCHOOL_YEAR_GRADE_SEX);
        assertEquals(java.util.Set.of('g', 's', 'a'), scoped.variables());
        assertEquals(java.util.Set.of("repeaters", "enrolment"), scoped.fields());
        Expressions.compileOrThrow("population[age=6, sex=F]", CATALOG, Scope.DISTRICT_YEAR);
    }

    @Test
    void syntaxErrorsCarryLineAndColumn() {
        ExprException e = problem("1 +\n  * 2");
        assertEquals(2, e.pos().line());
        assertEquals(3, e.pos().column());
        ExprException unclosed = problem("sum(1, 2");
        assertEquals(1, unclosed.pos().line());
        assertEquals(9, unclosed.pos().column());
        assertTrue(unclosed.detail().contains("the end of the expression"), unclosed.detail());
        assertEquals(3, problem("1 # 2").pos().column());
        assertTrue(problem("1 < 2 < 3").detail().contains("cannot be chained"));
        assertTrue(problem("'open").detail().contains("not closed"));
        assertTrue(problem("1 2").detail().contains("after the end"));
        assertTrue(problem("   ").detail().contains("empty"));
        assertTrue(problem("enrolment[grade=]").detail().contains("expected a code"));
    }

    @Test
    void unknownNamesAndWrongArityAreReportedWithPosition() {
        ExprException fn = problem("1 + median(enrolment)");
        assertEquals(5, fn.pos().column());
        assertTrue(fn.detail().contains("unknown function 'median'"), fn.detail());
        ExprException arity = problem("abs(1, 2)");
        assertTrue(arity.detail().contains("abs takes 1 argument, not 2"), arity.detail());
        assertTrue(problem("if(1 < 2, 3)").detail().contains("if takes 3 arguments"));
        assertTrue(problem("sum()").detail().contains("at least 1"));
        ExprException field = problem("2 * enrollment[grade=G1]");
        assertEquals(5, field.pos().column());
        assertTrue(field.detail().contains("unknown field 'enrollment'; did you mean 'enrolment'?"), field.detail());
        ExprException dim = problem("teachers.total[grade=G1]");
        assertEquals(16, dim.pos().column());
        assertTrue(dim.detail().contains("no dimension 'grade'"), dim.detail());
        assertTrue(problem("enrolment[grade=G13]").detail().contains("unknown grade 'G13'"));
        assertTrue(problem("enrolment[sex=X]").detail().contains("sex must be"));
        assertTrue(problem("enrolment[level=tertiary]").detail().contains("unknown level"));
        assertTrue(problem("enrolment[grade=G1, level=primary]").detail().contains("not both"));
        assertTrue(problem("enrolment[sex=F, sex=M]").detail().contains("twice"));
    }

    @Test
    void severalProblemsInOneExpressionAreAllReported() {
        List<ExprException> all = problems("enrolmnt + teachers.totl + classrooms.good[sex=F]", Scope.SCHOOL_YEAR);
        assertEquals(3, all.size(), all.toString());
    }

    @Test
    void variablesScopesAndTypesAreChecked() {
        assertTrue(problem("enrolment[grade=g]").detail().contains("only bound in scope school-year-grade-sex"));
        assertTrue(problems("enrolment[grade=s]", Scope.SCHOOL_YEAR_GRADE_SEX).get(0).detail()
                .contains("cannot select dimension 'grade'"));
        assertTrue(problem("population[age=6]").detail().contains("per district only"));
        assertTrue(problems("school.name = 'x'", Scope.DISTRICT_YEAR).get(0).detail().contains("school attribute"));
        assertTrue(problem("school.ownership + 1").detail().contains("needs a number, not a text"));
        assertTrue(problem("school.ownership < 'b'").detail().contains("compares numbers only"));
        assertTrue(problem("1 = 'a'").detail().contains("cannot compare a number with a text"));
        assertTrue(problem("1 and 2 < 3").detail().contains("'and' needs a bool"));
        assertTrue(problem("if(1, 2, 3)").detail().contains("condition"));
        assertTrue(problem("coalesce(1, 'a')").detail().contains("mixes"));
    }
}
