package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.Expressions;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExprEvaluatorTest {
    private static final FieldCatalog CATALOG = FieldCatalog.standard(GradeSystem.standard());
    private ValueSource school;

    @BeforeEach
    void fill() {
        CensusBuilder last = new CensusBuilder(2024, GradeSystem.standard());
        last.addSchool("S1", "D01", "primary", java.util.Map.of()).put(CellKey.of(Topic.ENROLMENT, "G1", Sex.F), 8);
        CensusBuilder now = new CensusBuilder(2025, GradeSystem.standard()).previousYear(last);
        now.addSchool("S1", "D01", "primary", java.util.Map.of(SchoolAttribute.OWNERSHIP, "public"))
                .put(CellKey.of(Topic.ENROLMENT, "G1", Sex.F), 10)
                .put(CellKey.of(Topic.ENROLMENT, "G1", Sex.M), 12)
                .put(CellKey.of(Topic.ENROLMENT, "G2", Sex.F), 5)
                .put(CellKey.of(Topic.TEACHERS, "total", Sex.F), 2)
                .put(CellKey.of(Topic.CLASSROOMS, "good", null), 0)
                // Repeaters by age only: a return states a topic's girls either all ages at once or by age.
                .put(new CellKey("repeaters", "G3", Sex.F, AgeGroup.of(8)), 3)
                .put(new CellKey("repeaters", "G3", Sex.F, AgeGroup.of(9)), 4);
        school = now.view().school("S1");
    }

    private Value eval(String text) {
        return eval(text, Scope.SCHOOL_YEAR, Bindings.NONE, new ArrayList<>());
    }

    /**
     * Evaluates counting the references read, then again with a trace: both must give the same value,
     * and the trace the same counts, since findings name the cells of the trace.
     */
    private Value eval(String text, Scope scope, Bindings b, List<Lookup> trace) {
        PreparedExpr expr = PreparedExpr.of(Expressions.compileOrThrow(text, CATALOG, scope), CATALOG);
        Presence presence = new Presence();
        Value counted = expr.evaluate(school, b, presence);
        int before = trace.size();
        assertEquals(counted, expr.trace(school, b, trace), () -> "traced evaluation of " + text);
        Presence traced = Presence.of(trace.subList(before, trace.size()));
        assertEquals(traced.reads(), presence.reads(), () -> "references read by " + text);
        assertEquals(traced.present(), presence.present(), () -> "references present in " + text);
        return counted;
    }

    private List<Lookup> trace(String text) {
        List<Lookup> trace = new ArrayList<>();
        eval(text, Scope.SCHOOL_YEAR, Bindings.NONE, trace);
        return trace;
    }

    private static Value num(double d) {
        return new Value.Num(d);
    }

    @Test
    void referencesResolveAndOpenDimensionsSumPresentCells() {
        assertEquals(num(10), eval("enrolment[grade=G1, sex=F]"));
        assertEquals(num(22), eval("enrolment[grade=G1]"));
        assertEquals(num(27), eval("enrolment"));
        assertEquals(num(27), eval("sum(enrolment[grade=*])"));
        assertEquals(num(15), eval("enrolment[sex=F]"));
        assertEquals(num(27), eval("enrolment[level=primary]"));
        assertEquals(Value.MISSING, eval("enrolment[level=upper_secondary]"));
        assertEquals(num(2), eval("teachers.total"));
        assertEquals(num(2), eval("teachers.total[sex=F]"));
        assertEquals(Value.MISSING, eval("teachers.total[sex=M]"));
        assertEquals(new Value.Str("public"), eval("school.ownership"));
        assertEquals(new Value.Bool(true), eval("school.ownership = 'PUBLIC'"));
    }

    @Test
    void ageTotalsComeFromAgeRowsAndAgesCanBeSelected() {
        assertEquals(num(7), eval("repeaters[grade=G3, sex=F]"));
        assertEquals(num(3), eval("repeaters[grade=G3, sex=F, age=8]"));
        assertEquals(Value.MISSING, eval("repeaters[grade=G3, sex=F, age=10]"));
    }

    @Test
    void missingPropagatesExceptThroughSumCountCoalesceMinMax() {
        assertEquals(Value.MISSING, eval("enrolment[grade=G5, sex=F]"));
        assertEquals(Value.MISSING, eval("enrolment[grade=G5, sex=F] + 1"));
        assertEquals(Value.MISSING, eval("-enrolment[grade=G5, sex=F]"));
        assertEquals(Value.MISSING, eval("abs(enrolment[grade=G5, sex=F])"));
        assertEquals(Value.MISSING, eval("enrolment[grade=G5, sex=F] > 1"));
        assertEquals(num(10), eval("sum(enrolment[grade=G1, sex=F], enrolment[grade=G5, sex=F])"));
        assertEquals(Value.MISSING, eval("sum(enrolment[grade=G5, sex=F], enrolment[grade=G6])"));
        assertEquals(num(1), eval("count(enrolment[grade=G1, sex=F], enrolment[grade=G5, sex=F])"));
        assertEquals(num(3), eval("count(enrolment[grade=G1], enrolment[grade=G2])"));
        assertEquals(num(0), eval("count(enrolment[grade=G9])"));
        assertEquals(num(0), eval("coalesce(enrolment[grade=G5, sex=F], 0)"));
        assertEquals(num(5), eval("min(enrolment[grade=G1], enrolment[grade=G2])"));
        assertEquals(num(12), eval("max(enrolment[grade=G1], enrolment[grade=G2], enrolment[grade=G9])"));
        assertEquals(Value.MISSING, eval("min(enrolment[grade=G9])"));
        assertEquals(Value.MISSING, eval("if(enrolment[grade=G9] > 0, 1, 2)"));
        assertEquals(num(1), eval("count(school.ownership)"));
        assertEquals(num(0), eval("count(school.name)"));
    }

    @Test
    void threeValuedLogic() {
        assertEquals(new Value.Bool(false), eval("enrolment[grade=G9] > 0 and 1 > 2"));
        assertEquals(new Value.Bool(true), eval("enrolment[grade=G9] > 0 or 1 < 2"));
        assertEquals(Value.MISSING, eval("enrolment[grade=G9] > 0 and 1 < 2"));
        assertEquals(Value.MISSING, eval("not enrolment[grade=G9] > 0"));
        assertEquals(new Value.Bool(true), eval("not (enrolment[grade=G1] > 100) and school.ownership != 'private'"));
        assertEquals(new Value.Bool(true), eval("if(teachers.total > 1, school.ownership, 'x') = 'public'"));
        assertEquals(new Value.Str("public"), eval("coalesce(school.name, school.ownership)"));
        assertEquals(new Value.Bool(true), eval("coalesce(enrolment[grade=G9] > 0, 1 < 2)"));
        assertEquals(num(2), eval("count(enrolment[grade=G1] > 0, enrolment[grade=G9] > 0, 1 = 1)"));
    }

    @Test
    void divisionByZeroIsMissing() {
        assertEquals(Value.MISSING, eval("enrolment / classrooms.good"));
        assertEquals(num(13.5), eval("enrolment / teachers.total"));
    }

    @Test
    void previousReadsLastYearAndIsTraced() {
        List<Lookup> trace = new ArrayList<>();
        assertEquals(num(8), eval("previous(enrolment[grade=G1])", Scope.SCHOOL_YEAR, Bindings.NONE, trace));
        assertEquals(List.of(new Lookup("enrolment", List.of(CellKey.of(Topic.ENROLMENT, "G1", Sex.F)), true, true)),
                trace);
        assertEquals(Value.MISSING, eval("previous(teachers.total)"));
        assertEquals(List.of(new Lookup("teachers.total", List.of(), false, true),
                new Lookup("teachers.total", List.of(CellKey.of(Topic.TEACHERS, "total", Sex.F)), true, false)),
                trace("previous(teachers.total) + teachers.total"));
        assertEquals(Value.MISSING, PreparedExpr.of(Expressions.compileOrThrow("previous(enrolment)", CATALOG,
                Scope.SCHOOL_YEAR), CATALOG).evaluate(ValueSource.EMPTY, Bindings.NONE, new Presence()));
    }

    @Test
    void theTraceNamesPresentCellsOrTheOneBlankCellOfASingleCellReference() {
        CellKey g1f = CellKey.of(Topic.ENROLMENT, "G1", Sex.F);
        CellKey g1m = CellKey.of(Topic.ENROLMENT, "G1", Sex.M);
        assertEquals(List.of(new Lookup("enrolment", List.of(g1f, g1m), true, false)), trace("enrolment[grade=G1]"));
        assertEquals(List.of(new Lookup("enrolment", List.of(CellKey.of(Topic.ENROLMENT, "G5", Sex.F)), false, false)),
                trace("enrolment[grade=G5, sex=F]"));
        assertEquals(List.of(new Lookup("enrolment", List.of(), false, false)), trace("enrolment[level=upper_secondary]"));
        assertEquals(List.of(new Lookup("school.ownership", List.of(), true, false)), trace("school.ownership"));
        // coalesce stops at the first present argument: the second is not read, so not named.
        assertEquals(List.of(new Lookup("teachers.total", List.of(CellKey.of(Topic.TEACHERS, "total", Sex.F)), true,
                false)), trace("coalesce(teachers.total, enrolment[grade=G1, sex=F])"));
        // Both sides of 'or' are read even though the first decides.
        assertEquals(List.of(new Lookup("enrolment", List.of(g1f), true, false),
                        new Lookup("classrooms.good", List.of(CellKey.of(Topic.CLASSROOMS, "good", null)), true, false)),
                trace("enrolment[grade=G1, sex=F] < 100 or classrooms.good = 0"));
        // Inside sum() a reference is the list of its cells, still named once.
        assertEquals(List.of(new Lookup("enrolment", List.of(g1f), true, false),
                        new Lookup("enrolment", List.of(CellKey.of(Topic.ENROLMENT, "G5", Sex.M)), false, false)),
                trace("sum(enrolment[grade=G1, sex=F], enrolment[grade=G5, sex=M])"));
    }

    @Test
    void scopeVariablesBindGradeSexAndAge() {
        List<Lookup> trace = new ArrayList<>();
        Value v = eval("enrolment[grade=g, sex=s]", Scope.SCHOOL_YEAR_GRADE_SEX, new Bindings("G1", Sex.M, null), trace);
        assertEquals(num(12), v);
        assertEquals(List.of(new Lookup("enrolment", List.of(CellKey.of(Topic.ENROLMENT, "G1", Sex.M)), true, false)), trace);
        assertEquals(num(4), eval("repeaters[grade=g, sex=s, age=a]", Scope.SCHOOL_YEAR_GRADE_SEX,
                new Bindings("G3", Sex.F, AgeGroup.of(9)), new ArrayList<>()));
    }

    /** The same school, its template collecting only enrolment, teachers.total and ownership. */
    private ValueSource collecting(java.util.Set<String> fields) {
        ValueSource inner = school;
        return new ValueSource() {
            @Override
            public java.util.OptionalDouble number(CellKey key) {
                return inner.number(key);
            }

            @Override
            public java.util.Optional<String> text(SchoolAttribute attribute) {
                return inner.text(attribute);
            }

            @Override
            public List<AgeGroup> ages(Topic topic, String grade, Sex sex) {
                return inner.ages(topic, grade, sex);
            }

            @Override
            public java.util.Map<CellKey, Double> figures(java.util.Set<Topic> topics) {
                return inner.figures(topics);
            }

            @Override
            public boolean collects(String field) {
                return fields.contains(field);
            }

            @Override
            public ValueSource previousYear() {
                return inner.previousYear();
            }
        };
    }

    private boolean uncollected(String text, ValueSource source, java.util.Set<String> names) {
        PreparedExpr expr = PreparedExpr.of(Expressions.compileOrThrow(text, CATALOG, Scope.SCHOOL_YEAR), CATALOG);
        return expr.uncollected(source, Bindings.NONE, names);
    }

    @Test
    void aFigureTheTemplateDoesNotCollectIsNotCollectedNotMissingNorZero() {
        ValueSource src = collecting(java.util.Set.of("enrolment", "teachers.total", "school.ownership"));
        java.util.Set<String> names = new java.util.TreeSet<>();
        // coalesce(x, 0): the 0 stands in for a figure never asked.
        assertTrue(uncollected("coalesce(sum(classrooms.total, classrooms.fair), 0) > 0", src, names));
        assertEquals(java.util.Set.of("classrooms.total", "classrooms.fair"), names);
        // One collected argument (classrooms.good holds 0 here, present) gives the sum a meaning.
        assertEquals(false, uncollected("coalesce(sum(classrooms.good, classrooms.total), 0) > 0", src,
                new java.util.TreeSet<>()));
        // An attribute neither read nor given; one the return gives is collected.
        assertTrue(uncollected("count(school.locality) = 1", src, new java.util.TreeSet<>()));
        assertEquals(false, uncollected("count(school.ownership) = 1", src, new java.util.TreeSet<>()));
        // A figure collected but left blank is missing, as before: teachers.total M is blank, teachers.total read.
        assertEquals(false, uncollected("coalesce(teachers.total[sex=M], 0) > 0", src, new java.util.TreeSet<>()));
        // if: the branch taken decides; a side of 'or' that decides alone makes the other irrelevant.
        assertTrue(uncollected("if(sum(enrolment) > 0, coalesce(teachers.qualified, 0), 1) > 0", src,
                new java.util.TreeSet<>()));
        assertEquals(false, uncollected("if(sum(enrolment) < 0, coalesce(teachers.qualified, 0), 1) > 0", src,
                new java.util.TreeSet<>()));
        assertEquals(false, uncollected("sum(enrolment) > 0 or teachers.qualified > 0", src,
                new java.util.TreeSet<>()));
        // A source that does not say (the default) collects every field: nothing changes.
        assertEquals(false, uncollected("coalesce(teachers.qualified, 0) > 0", school, new java.util.TreeSet<>()));
    }
}
