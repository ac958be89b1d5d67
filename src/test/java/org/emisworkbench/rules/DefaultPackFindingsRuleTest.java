package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.Test;

/** Findings of the default pack that an officer must be able to defend, one case at a time. */
class DefaultPackFindingsRuleTest {

    private static List<Finding> runDefault(CensusBuilder c) throws Exception {
        RulePack pack = new PackLoader(RuleFixtures.CATALOG).loadDefault();
        return new RuleEngine(RuleFixtures.CATALOG).evaluate(pack, c.view());
    }

    private static List<String> rulesOn(List<Finding> findings, String school) {
        return findings.stream().filter(f -> school.equals(f.schoolCode())).map(Finding::ruleId).sorted().toList();
    }

    @Test
    void unknownLevelIsReportedOnceNotAsAContradictoryPair() throws Exception {
        CensusBuilder c = RuleFixtures.census(2025);
        CensusBuilder.Return s = c.addSchool("SCH01001", "D01", null, Map.of(SchoolAttribute.NAME, "No level",
                SchoolAttribute.OWNERSHIP, "public", SchoolAttribute.LOCALITY, "rural"));
        RuleFixtures.enrol(s, "G1", 30, 31);
        RuleFixtures.enrol(s, "G7", 20, 22);
        List<String> fired = rulesOn(runDefault(c), "SCH01001");
        assertEquals(1, fired.stream().filter("REQ-05"::equals).count(), fired.toString());
        assertEquals(List.of(), fired.stream().filter(r -> r.startsWith("LVL-")).toList(), fired.toString());
    }

    @Test
    void levelRulesStillFireWhenTheLevelIsKnown() throws Exception {
        CensusBuilder c = RuleFixtures.census(2025);
        CensusBuilder.Return p = RuleFixtures.school(c, "SCH01001", "D01", "primary");
        RuleFixtures.enrol(p, "G1", 30, 31);
        RuleFixtures.enrol(p, "G7", 2, 3);
        CensusBuilder.Return q = RuleFixtures.school(c, "SCH01002", "D01", "secondary");
        RuleFixtures.enrol(q, "G7", 30, 31);
        RuleFixtures.enrol(q, "G2", 4, 0);
        List<Finding> all = runDefault(c);
        List<Finding> lvl1 = all.stream().filter(f -> f.ruleId().equals("LVL-01")).toList();
        List<Finding> lvl2 = all.stream().filter(f -> f.ruleId().equals("LVL-02")).toList();
        assertEquals(List.of("SCH01001"), lvl1.stream().map(Finding::schoolCode).toList());
        assertEquals(List.of("SCH01002"), lvl2.stream().map(Finding::schoolCode).toList());
        assertEquals(2.0 + 3, lvl1.get(0).left());
        assertEquals(4.0 + 0, lvl2.get(0).left());
    }

    @Test
    void cohortAndChangeFindingsCiteLastYearsFiguresToo() throws Exception {
        CensusBuilder last = RuleFixtures.census(2024);
        CensusBuilder.Return a = RuleFixtures.school(last, "SCH01001", "D01", "primary");
        RuleFixtures.enrol(a, "G1", 20, 20);
        RuleFixtures.enrol(a, "G2", 20, 20);
        CensusBuilder now = RuleFixtures.census(2025).previousYear(last);
        CensusBuilder.Return b = RuleFixtures.school(now, "SCH01001", "D01", "primary");
        RuleFixtures.enrol(b, "G1", 20, 20);
        RuleFixtures.enrol(b, "G2", 20, 60); // 60 boys in G2 from 20 in G1 last year, no repeaters
        List<Finding> all = runDefault(now);
        List<Finding> coh = all.stream().filter(f -> f.ruleId().equals("COH-01")).toList();
        assertEquals(1, coh.size(), coh.toString());
        assertEquals(List.of(org.emisworkbench.model.CellKey.of(Topic.ENROLMENT, "G1", Sex.M)),
                coh.get(0).previousCells());
        assertEquals(org.emisworkbench.model.CellKey.of(Topic.ENROLMENT, "G2", Sex.M), coh.get(0).cells().get(0));
        // 80 pupils last year, 120 now: +50 % is not above CHG-01's 50, but above CHG-02's 30.
        List<Finding> chg = all.stream().filter(f -> f.ruleId().equals("CHG-02")).toList();
        assertEquals(1, chg.size(), all.toString());
        assertEquals(java.util.Set.of(org.emisworkbench.model.CellKey.of(Topic.ENROLMENT, "G1", Sex.F),
                org.emisworkbench.model.CellKey.of(Topic.ENROLMENT, "G1", Sex.M),
                org.emisworkbench.model.CellKey.of(Topic.ENROLMENT, "G2", Sex.F),
                org.emisworkbench.model.CellKey.of(Topic.ENROLMENT, "G2", Sex.M)),
                new java.util.HashSet<>(chg.get(0).previousCells()));
    }
}
