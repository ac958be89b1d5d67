package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.Test;

/**
 * A rule's {@code cite} puts the cells of the fields it names first among a finding's cells (the first is the
 * cell validation cites): the default pack's pupil-teacher ratio rules (PTR-01, PTR-02 and the ratio's outlier,
 * OUT-04) cite the teachers, then the pupils; the same rule without {@code cite} cites the cells as it reads them.
 */
class CitedCellsRuleTest {
    private static final CellKey TEACHERS_F = CellKey.of(Topic.TEACHERS, "total", Sex.F);
    private static final CellKey TEACHERS_M = CellKey.of(Topic.TEACHERS, "total", Sex.M);
    private static final CellKey G1_F = CellKey.of(Topic.ENROLMENT, "G1", Sex.F);
    private static final CellKey G1_M = CellKey.of(Topic.ENROLMENT, "G1", Sex.M);
    private static final CellKey G2_F = CellKey.of(Topic.ENROLMENT, "G2", Sex.F);
    private static final CellKey G2_M = CellKey.of(Topic.ENROLMENT, "G2", Sex.M);

    /**
     * Twenty primary schools of D01 with 30 to 32 pupils a teacher (G1 and G2, four teachers each), and Z-1
     * with 600 pupils for three teachers: 200 a teacher.
     */
    private static CensusBuilder census() {
        CensusBuilder c = RuleFixtures.census(2024);
        for (int i = 0; i < 20; i++) {
            CensusBuilder.Return s = RuleFixtures.school(c, "S-%02d".formatted(i), "D01", "primary");
            int n = 30 + i % 3; // per grade and sex: 4n pupils for 4 teachers
            RuleFixtures.enrol(s, "G1", n, n);
            RuleFixtures.enrol(s, "G2", n, n);
            s.put(TEACHERS_F, 2).put(TEACHERS_M, 2);
        }
        CensusBuilder.Return z = RuleFixtures.school(c, "Z-1", "D01", "primary");
        RuleFixtures.enrol(z, "G1", 160, 140);
        RuleFixtures.enrol(z, "G2", 150, 150);
        z.put(TEACHERS_F, 2).put(TEACHERS_M, 1);
        return c;
    }

    @Test
    void theDefaultPacksPupilTeacherRatioFindingsCiteTheTeachersThenThePupils() throws Exception {
        List<Finding> found = new RuleEngine(RuleFixtures.CATALOG)
                .evaluate(new PackLoader(RuleFixtures.CATALOG).loadDefault(), census().view());
        Map<String, List<CellKey>> ratio = found.stream()
                .filter(f -> List.of("PTR-01", "PTR-02", "OUT-04").contains(f.ruleId()))
                .collect(Collectors.toMap(f -> f.ruleId() + " " + f.schoolCode(), Finding::cells));
        List<CellKey> teachersThenPupils = List.of(TEACHERS_F, TEACHERS_M, G1_F, G1_M, G2_F, G2_M);
        assertEquals(Map.of("PTR-01 Z-1", teachersThenPupils, "PTR-02 Z-1", teachersThenPupils,
                "OUT-04 Z-1", teachersThenPupils), ratio);
    }

    @Test
    void citeOrdersTheCellsAndARuleWithoutItCitesThemAsRead() throws Exception {
        String rule = """
                {"id": "R", "title": "t", "severity": "warning", "kind": "range",
                 "value": "sum(enrolment) / teachers.total", "max": 100%s, "message": {"en": "{school}: {value}"}}""";
        List<Finding> asRead = RuleFixtures.run(rule.formatted(""), census());
        assertEquals(1, asRead.size(), asRead.toString());
        assertEquals(List.of(G1_F, G1_M, G2_F, G2_M, TEACHERS_F, TEACHERS_M), asRead.get(0).cells());
        assertEquals("enrolment, teachers.total", asRead.get(0).field());
        List<Finding> cited = RuleFixtures.run(rule.formatted(", \"cite\": [\"teachers.total\"]"), census());
        assertEquals(1, cited.size(), cited.toString());
        assertEquals("Z-1", cited.get(0).schoolCode());
        assertEquals(List.of(TEACHERS_F, TEACHERS_M, G1_F, G1_M, G2_F, G2_M), cited.get(0).cells());
        assertEquals("teachers.total, enrolment", cited.get(0).field());
    }
}
