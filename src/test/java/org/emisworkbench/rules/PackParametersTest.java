package org.emisworkbench.rules;

import static org.emisworkbench.rules.RuleFixtures.CATALOG;
import static org.emisworkbench.rules.RuleFixtures.census;
import static org.emisworkbench.rules.RuleFixtures.enrol;
import static org.emisworkbench.rules.RuleFixtures.put;
import static org.emisworkbench.rules.RuleFixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Languages;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.pack.PackLoadException;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.PackProblem;
import org.emisworkbench.rules.pack.Parameter;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.Test;

/** Plausibility thresholds are parameters of the pack: declared once, read by name, changed without editing JSON. */
class PackParametersTest {
    private static RulePack defaultWith(Map<String, String> set) throws PackLoadException {
        return new PackLoader(CATALOG, id -> id.equals(PackLoader.DEFAULT_ID) ? set : Map.of()).loadDefault();
    }

    @Test
    void theDefaultPackKeepsItsThresholdsAsParametersDescribedInEveryLanguage() throws Exception {
        RulePack p = new PackLoader(CATALOG).loadDefault();
        assertTrue(p.parameters().size() >= 20, "parameters: " + p.parameters().size());
        for (Parameter par : p.parameters()) {
            for (String lang : Languages.codes()) {
                assertTrue(par.description().has(lang), par.name() + " " + lang);
            }
            assertTrue(par.allows(par.value()), par.name());
        }
        assertTrue(p.changed().isEmpty());
        // The thresholds once written inside expressions are read by name now.
        RuleSpec.ExpressionSpec grd02 = (RuleSpec.ExpressionSpec) p.rule("GRD-02").orElseThrow().spec();
        assertEquals(java.util.Set.of("max_repeaters_percent"), grd02.right().parameters());
        RuleSpec.ExpressionSpec age03 = (RuleSpec.ExpressionSpec) p.rule("AGE-03").orElseThrow().spec();
        assertEquals(java.util.Set.of("max_unknown_age_percent"), age03.right().parameters());
        // Titles and messages print the values in force, in each language's style.
        assertEquals("Pupils per teacher at most 100", p.rule("PTR-01").orElseThrow().title());
        assertEquals("Au plus 100 élèves par enseignant", p.rule("PTR-01").orElseThrow().title(Locale.FRENCH));
        assertEquals(4.0, ((RuleSpec.OutlierSpec) p.rule("OUT-01").orElseThrow().spec()).threshold());
        assertEquals(5, ((RuleSpec.OutlierSpec) p.rule("OUT-01").orElseThrow().spec()).minPeers());
    }

    @Test
    void aChangedParameterGivesTheFindingsItsOwnDataPredict() throws Exception {
        // Twenty schools of uneven sizes, teachers and repeaters, written here (not by the sample generator).
        Random rnd = new Random(1409);
        CensusBuilder c = census(2025);
        List<String> over40 = new ArrayList<>();
        List<String> over100 = new ArrayList<>();
        TreeSet<String> repeaters20 = new TreeSet<>();
        TreeSet<String> repeaters30 = new TreeSet<>();
        for (int i = 0; i < 20; i++) {
            String code = String.format("Q%02d", i);
            CensusBuilder.Return s = school(c, code, "D07", "primary");
            int girls = 15 + rnd.nextInt(60);
            int boys = 15 + rnd.nextInt(60);
            int teachers = 1 + rnd.nextInt(4);
            int repeatersF = rnd.nextInt(girls / 2);
            enrol(s, "G2", girls, boys);
            put(s, Topic.TEACHERS, "total", Sex.F, teachers);
            s.put(CellKey.of(Topic.REPEATERS, "G2", Sex.F), repeatersF);
            s.put(CellKey.of(Topic.REPEATERS, "G2", Sex.M), 0);
            double ptr = (girls + boys) / (double) teachers;
            if (ptr > 40) {
                over40.add(code);
            }
            if (ptr > 100) {
                over100.add(code);
            }
            // GRD-02 warns when repeaters exceed the share of enrolment by more than 2 pupils (its tolerance).
            if (repeatersF - 0.2 * girls > 2) {
                repeaters20.add(code);
            }
            if (repeatersF - 0.3 * girls > 2) {
                repeaters30.add(code);
            }
        }
        assertFalse(over40.isEmpty());
        assertFalse(repeaters20.isEmpty());
        assertTrue(repeaters20.size() > repeaters30.size(), "the data must tell the two thresholds apart");

        RulePack changed = defaultWith(Map.of("pupils_per_teacher_max", "40", "max_repeaters_percent", "20"));
        List<Finding> found = new RuleEngine(CATALOG).evaluate(changed, c.view());
        assertEquals(over40, schools(found, "PTR-01"));
        assertEquals(new ArrayList<>(repeaters20), schools(found, "GRD-02"));
        assertEquals("Pupils per teacher at most 40", changed.rule("PTR-01").orElseThrow().title());
        Finding ptr = found.stream().filter(f -> f.ruleId().equals("PTR-01")).findFirst().orElseThrow();
        assertEquals(40.0, ptr.right());
        assertTrue(found.stream().filter(f -> f.ruleId().equals("GRD-02")).allMatch(f ->
                f.message().english().contains("more than 20 % of enrolment")));
        assertEquals(List.of("pupils_per_teacher_max=40.0 (pack 100.0)", "max_repeaters_percent=20.0 (pack 30.0)"),
                changed.changed().stream().map(ch -> ch.parameter().name() + "=" + ch.value() + " (pack "
                        + ch.parameter().value() + ")").sorted(java.util.Comparator.reverseOrder()).toList());

        List<Finding> byDefault = new RuleEngine(CATALOG).evaluate(new PackLoader(CATALOG).loadDefault(), c.view());
        assertEquals(over100, schools(byDefault, "PTR-01"));
        assertEquals(new ArrayList<>(repeaters30), schools(byDefault, "GRD-02"));
    }

    private static List<String> schools(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::schoolCode).distinct().sorted().toList();
    }

    @Test
    void theKindsReadTheirThresholdsByName() throws Exception {
        RulePack p = defaultWith(Map.of("enrolment_change_percent_max", "20", "outlier_modified_z", "5",
                "outlier_min_peers", "8", "age_offset_max", "4"));
        assertEquals(20.0, ((RuleSpec.ChangeSpec) p.rule("CHG-01").orElseThrow().spec()).maxChangePercent());
        assertEquals(5.0, ((RuleSpec.OutlierSpec) p.rule("OUT-02").orElseThrow().spec()).threshold());
        assertEquals(8, ((RuleSpec.OutlierSpec) p.rule("OUT-03").orElseThrow().spec()).minPeers());
        assertEquals(4, ((RuleSpec.AgeGradeSpec) p.rule("AGE-01").orElseThrow().spec()).maxOffset());
        assertEquals("Enrolment change within ±20 %", p.rule("CHG-01").orElseThrow().title());
    }

    @Test
    void aValueSetIsCheckedAgainstItsDeclaration() {
        assertEquals(List.of("pack, parameters.max_repeaters_percent: the value set, 150, is outside the allowed range"
                        + " 0 to 100"),
                problems(() -> defaultWith(Map.of("max_repeaters_percent", "150"))));
        assertEquals(List.of("pack, parameters.outlier_min_peers: the value set, 4.5, is outside the allowed range"
                        + " 3 to 1000, whole numbers only"),
                problems(() -> defaultWith(Map.of("outlier_min_peers", "4.5"))));
        assertEquals(List.of("pack, parameters.girls_percent_max: the value set, 'eighty', is not a number"),
                problems(() -> defaultWith(Map.of("girls_percent_max", "eighty"))));
        List<String> unknown = problems(() -> defaultWith(Map.of("max_pupils", "50")));
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).startsWith("pack, parameters.max_pupils: a value is set for it (50), but it is not a "
                + "parameter of the pack; the pack's parameters are max_repeaters_percent, "), unknown.get(0));
        // Two values that contradict each other are refused by the rule that reads both.
        assertEquals(List.of("rule GIRL-01, min: is greater than max"),
                problems(() -> defaultWith(Map.of("girls_percent_min", "90"))));
    }

    @Test
    void aParameterNoRuleReadsIsRefusedAndTheFileIsNamed() {
        String json = """
            {"id": "t", "version": "1", "title": "T",
             "parameters": {"cap": {"value": 5, "min": 0, "max": 10, "description": {"en": "cap"}},
                            "spare": {"value": 1, "min": 0, "max": 2, "description": {"en": "spare"}}},
             "rules": [{"id": "R", "title": "at most {cap}", "severity": "warning", "kind": "range",
                        "value": "sum(enrolment)", "max": "cap", "message": {"en": "{value} > {max}"}}]}
            """;
        PackLoadException e = assertThrows(PackLoadException.class, () -> new PackLoader(CATALOG).load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "district-pack.json"));
        assertEquals(List.of("pack, parameters.spare: no rule reads this parameter; use it in an expression or a rule's"
                + " number, or remove it"), e.problems().stream().map(PackProblem::toString).toList());
        assertTrue(e.getMessage().startsWith("Rule pack district-pack.json has 1 problem:"), e.getMessage());
    }

    private interface Load {
        RulePack get() throws Exception;
    }

    private static List<String> problems(Load load) {
        return assertThrows(PackLoadException.class, load::get).problems().stream().map(PackProblem::toString).toList();
    }
}
