package org.emisworkbench.rules;

import static org.emisworkbench.rules.RuleFixtures.census;
import static org.emisworkbench.rules.RuleFixtures.enrol;
import static org.emisworkbench.rules.RuleFixtures.expr;
import static org.emisworkbench.rules.RuleFixtures.put;
import static org.emisworkbench.rules.RuleFixtures.run;
import static org.emisworkbench.rules.RuleFixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.expr.Expressions;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.pack.MissingStrategy;
import org.emisworkbench.rules.pack.Operator;
import org.emisworkbench.rules.pack.RuleSpec;
import org.emisworkbench.rules.pack.Tolerance;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionRuleKindTest {
    private CensusBuilder c;

    @BeforeEach
    void data() {
        c = census(2025);
        CensusBuilder.Return a = school(c, "A", "D01", "primary");
        enrol(a, "G1", 20, 22);
        enrol(a, "G2", 18, 19);
        put(a, Topic.REPEATERS, "G1", Sex.F, 25);
        put(a, Topic.REPEATERS, "G1", Sex.M, 2);
        put(a, Topic.REPEATERS, "G3", Sex.F, 4);
    }

    @ParameterizedTest
    @CsvSource({"=,10,10,false", "=,10,11,true", "≠,10,10,true", "!=,10,11,false", "<,9,10,false", "<,10,10,true",
        "≤,10,10,false", "<=,11,10,true", ">,11,10,false", ">,10,10,true", "≥,10,10,false", ">=,9,10,true"})
    void operators(String op, double l, double r, boolean fires) {
        RuleSpec.ExpressionSpec spec = spec(Operator.parse(op).orElseThrow(), MissingStrategy.NEVER_SKIP, Tolerance.NONE);
        assertEquals(fires, violates(spec, new Value.Num(l), new Value.Num(r), List.of()));
    }

    @Test
    void toleranceIsTheLargerOfAbsoluteAndRelative() {
        RuleSpec.ExpressionSpec abs = spec(Operator.EQ, MissingStrategy.NEVER_SKIP, new Tolerance(2, 0));
        assertEquals(false, violates(abs, new Value.Num(100), new Value.Num(102), List.of()));
        assertEquals(true, violates(abs, new Value.Num(100), new Value.Num(103), List.of()));
        RuleSpec.ExpressionSpec rel = spec(Operator.LE, MissingStrategy.NEVER_SKIP, new Tolerance(2, 0.05));
        assertEquals(false, violates(rel, new Value.Num(105), new Value.Num(100), List.of()));
        assertEquals(true, violates(rel, new Value.Num(106), new Value.Num(100), List.of()));
        RuleSpec.ExpressionSpec ge = spec(Operator.GE, MissingStrategy.NEVER_SKIP, new Tolerance(3, 0));
        assertEquals(false, violates(ge, new Value.Num(7), new Value.Num(10), List.of()));
        assertEquals(new Tolerance(2, 0.05).allowance(100, 106), 5.3, 1e-9);
    }

    @Test
    void pairOperatorsLookAtPresenceOnly() {
        RuleSpec.ExpressionSpec comp = spec(Operator.COMPULSORY_PAIR, MissingStrategy.SKIP_IF_ANY_MISSING, Tolerance.NONE);
        RuleSpec.ExpressionSpec excl = spec(Operator.EXCLUSIVE_PAIR, MissingStrategy.SKIP_IF_ANY_MISSING, Tolerance.NONE);
        Value one = new Value.Num(1);
        Value m = Value.MISSING;
        assertEquals(false, violates(comp, one, new Value.Num(0), List.of()));
        assertEquals(false, violates(comp, m, m, List.of()));
        assertEquals(true, violates(comp, one, m, List.of()));
        assertEquals(true, violates(comp, m, one, List.of()));
        assertEquals(true, violates(excl, one, one, List.of()));
        assertEquals(false, violates(excl, one, m, List.of()));
        assertEquals(false, violates(excl, m, m, List.of()));
    }

    @Test
    void missingStrategies() throws Exception {
        String left = "sum(repeaters[grade=g, sex=s], repeaters[grade=G12, sex=s])";
        String right = "enrolment[grade=g, sex=s]";
        // G1 F: 25 repeaters > 20 pupils; G1 M: fine; G3 F: repeaters without enrolment; G12 never held.
        List<Finding> any = run(expr("school-year-grade-sex", left, "≤", right, ", \"missing\": \"skip_if_any_missing\""), c);
        assertEquals(List.of(), any, "G12 is missing everywhere, so every unit is skipped");
        List<Finding> all = run(expr("school-year-grade-sex", left, "≤", right, ", \"missing\": \"skip_if_all_missing\""), c);
        // G2: enrolment held, repeaters not, so the left side is MISSING and that is a finding.
        assertEquals(List.of("G1 F", "G2 F", "G2 M", "G3 F"), all.stream().map(f -> f.grade() + " " + f.sex()).toList());
        Finding g3 = all.get(3);
        assertEquals(4.0, g3.left());
        assertNull(g3.right());
        assertEquals("A G3 F: 4 vs missing", g3.message().english());
        assertEquals("A G3 F : 4 contre manquant", g3.message().in("fr"));
        assertTrue(g3.cells().contains(CellKey.of(Topic.ENROLMENT, "G3", Sex.F)), g3.cells().toString());
        assertEquals("repeaters, enrolment", g3.field());
        List<Finding> never = run(expr("school-year-grade-sex", left, "≤", right, ", \"missing\": \"never_skip\""), c);
        assertEquals(2 * 13 - 1, never.size(), "every unit but G1 M fires: a MISSING side is a finding");
    }

    @Test
    void schoolAndDistrictScopes() throws Exception {
        school(c, "B", "D01", "primary");
        enrol(c.source("B"), "G1", 5, 5);
        c.population("D01", 6, Sex.F, 30).population("D01", 6, Sex.M, 40);
        List<Finding> district = run(expr("district-year", "enrolment[grade=G1]", "≥", "population[age=6]", ""), c);
        assertEquals(1, district.size());
        assertEquals("D01", district.get(0).district());
        assertEquals(52.0, district.get(0).left());
        assertEquals(70.0, district.get(0).right());
        List<Finding> text = run(expr("school-year", "school.name", "=", "'School A'", ""), c);
        assertEquals(List.of("B"), text.stream().map(Finding::schoolCode).toList());
    }

    /** population[level=…]: the population of the level's official ages, as the grade system sets them. */
    @Test
    void populationOfALevelIsThePopulationOfItsOfficialAges() throws Exception {
        school(c, "B", "D01", "primary");
        enrol(c.source("B"), "G1", 5, 5);
        int primary = 0;
        int lower = 0;
        for (int age = 4; age <= 16; age++) {
            c.population("D01", age, Sex.F, 10 * age).population("D01", age, Sex.M, age);
            // The standard grade system: primary G1-G6 at ages 6-11, lower secondary G7-G9 at 12-14.
            primary += age >= 6 && age <= 11 ? 11 * age : 0;
            lower += age >= 12 && age <= 14 ? 11 * age : 0;
        }
        List<Finding> p = run(expr("district-year", "population[level=primary]", "≥", "100000", ""), c);
        assertEquals(1, p.size());
        assertEquals(primary, p.get(0).left());
        List<Finding> l = run(expr("district-year", "population[level=lower_secondary, sex=F]", "≥", "100000", ""), c);
        assertEquals(lower * 10 / 11, l.get(0).left());
    }

    private static boolean violates(RuleSpec.ExpressionSpec spec, Value l, Value r, List<Lookup> trace) {
        return spec.violatedBy(l, r, Presence.of(trace));
    }

    private static RuleSpec.ExpressionSpec spec(Operator op, MissingStrategy m, Tolerance t) {
        var one = Expressions.compileOrThrow("1", RuleFixtures.CATALOG,
                Scope.SCHOOL_YEAR);
        return new RuleSpec.ExpressionSpec(one, op, one, m, t);
    }

    @Test
    void ageVariableIteratesTheAgeGroupsHeld() throws Exception {
        // A school that states its enrolment by age only: A's all-ages rows would be its totals.
        CensusBuilder.Return a = school(c, "B", "D01", "primary");
        a.put(new CellKey("enrolment", "G4", Sex.F, AgeGroup.of(9)), 10)
                .put(new CellKey("enrolment", "G4", Sex.F, AgeGroup.of(10)), 2)
                .put(new CellKey("enrolment", "G4", Sex.M, AgeGroup.of(9)), 5)
                .put(new CellKey("enrolment", "G4", Sex.M, AgeGroup.of(12)), 5);
        List<Finding> f = run(expr("school-year-grade-sex", "enrolment[grade=g, sex=s, age=a]", "<",
                "0.5 * enrolment[grade=g, sex=s]", ""), c);
        assertEquals(List.of("G4 F 9", "G4 M 9", "G4 M 12"),
                f.stream().map(x -> x.grade() + " " + x.sex() + " " + x.age()).toList());
    }

    @Test
    void pairsThroughTheEngine() throws Exception {
        put(c.source("A"), Topic.TEACHERS, "qualified", Sex.F, 3);
        assertEquals(1, run(expr("school-year", "teachers.qualified", "compulsory_pair", "teachers.trained", ""), c)
                .size());
        assertEquals(0, run(expr("school-year", "teachers.qualified", "exclusive_pair", "teachers.trained", ""), c)
                .size());
        assertEquals(1, run(expr("school-year", "teachers.qualified", "exclusive_pair", "enrolment", ""), c).size());
    }

    @Test
    void engineReportsProgressAndStopsWhenCancelled() throws Exception {
        var pack = PackLoaderRuleTest.load(PackLoaderRuleTest.pack(expr("school-year", "1", "=", "1", "")));
        List<Long> done = new ArrayList<>();
        new RuleEngine(RuleFixtures.CATALOG).evaluate(pack, c.view(),
                (d, total, msg) -> done.add(d), Cancellation.none());
        assertEquals(List.of(0L, 1L), done);
        var cancel = Cancellation.none();
        cancel.cancel();
        assertThrows(CancelledException.class,
                () -> new RuleEngine(RuleFixtures.CATALOG).evaluate(pack, c.view(),
                        Progress.NONE, cancel));
    }

    @Test
    void findingsComeInThePacksOrderWhenRulesRunSideBySide() throws Exception {
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // Every other rule raises findings; all of them read the same census at once.
            String left = i % 2 == 0 ? "repeaters[grade=g, sex=s]" : "0";
            rules.add(expr("school-year-grade-sex", left, "≤", "enrolment[grade=g, sex=s]", "")
                    .replace("\"id\": \"E\"", "\"id\": \"R" + i + "\""));
        }
        var pack = PackLoaderRuleTest.load(PackLoaderRuleTest.pack(String.join(", ", rules)));
        RuleEngine engine = new RuleEngine(RuleFixtures.CATALOG);
        List<String> expected = new ArrayList<>();
        for (var rule : pack.rules()) {
            engine.evaluate(rule, c.view()).forEach(f -> expected.add(f.ruleId() + " " + f.grade() + " " + f.sex()));
        }
        List<String> together = new ArrayList<>();
        engine.evaluate(pack, c.view()).forEach(f -> together.add(f.ruleId() + " " + f.grade() + " " + f.sex()));
        assertEquals(12, expected.stream().map(e -> e.split(" ")[0]).distinct().count());
        assertEquals(expected, together);
    }
}
