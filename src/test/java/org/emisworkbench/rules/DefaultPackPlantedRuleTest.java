package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default pack against a small census built to the clean-data bounds of
 * docs/design/sample-country.md, with one school per planted error kind: clean schools raise no
 * error, and every planted kind raises at least one error on its school.
 */
class DefaultPackPlantedRuleTest {
    private static final List<String> PRIMARY = List.of("PP", "G1", "G2", "G3", "G4", "G5", "G6");
    private static final List<String> SECONDARY = List.of("G7", "G8", "G9", "G10", "G11", "G12");
    /** Planted kind → the school carrying it, and the rules any of which must raise an error there. */
    private static final Map<String, String> PLANTED = new LinkedHashMap<>();
    private static final Map<String, Set<String>> EXPECTED = new HashMap<>();
    private static List<Finding> findings;

    private static void plant(String kind, String school, String... rules) {
        PLANTED.put(kind, school);
        EXPECTED.put(kind, Set.of(rules));
    }

    @BeforeAll
    static void run() throws Exception {
        CensusBuilder y2024 = RuleFixtures.census(2024);
        CensusBuilder y2025 = RuleFixtures.census(2025).previousYear(y2024);
        CensusView lastYear = null;
        for (CensusBuilder year : List.of(y2024, y2025)) {
            for (String d : List.of("D01", "D02")) {
                for (int i = 0; i < 14; i++) {
                    boolean secondary = i >= 10;
                    String code = "SCH" + d.substring(1) + String.format("%03d", i + 1);
                    String level = secondary ? "secondary" : "primary";
                    double size = 1 + (i % 5) * 0.1;
                    boolean byAge = i % 2 == 1;
                    clean(year, code, d, level, secondary ? SECONDARY : PRIMARY, size, i, byAge,
                            lastYear == null ? null : lastYear.school(code));
                    year.expect(code, d);
                }
            }
            lastYear = year.view();
        }
        plantErrors(y2025);
        RulePack pack = new PackLoader(RuleFixtures.CATALOG).loadDefault();
        findings = new RuleEngine(RuleFixtures.CATALOG).evaluate(pack, y2025.view());
    }

    /** A return within the contract's clean bounds; 2025 follows the 2024 cohort forward. */
    private static void clean(CensusBuilder c, String code, String district, String level, List<String> grades,
                              double size, int variant, boolean byAge, ValueSource last) {
        CensusBuilder.Return s = c.addSchool(code, district, level, Map.of(SchoolAttribute.NAME, "School " + code,
                SchoolAttribute.OWNERSHIP, "public", SchoolAttribute.LOCALITY, variant % 3 == 0 ? "urban" : "rural"));
        int total = 0;
        for (int g = 0; g < grades.size(); g++) {
            for (Sex sex : Sex.values()) {
                int n;
                if (last == null || g == 0) {
                    n = (int) Math.round(30 * size) + (sex == Sex.F ? variant % 3 : 0)
                            + (sex == Sex.M ? district.charAt(2) - '0' : 0);
                } else {
                    // last year's grade below, one pupil left, two repeaters in: cohort holds exactly.
                    n = (int) last.number(CellKey.of(Topic.ENROLMENT, grades.get(g - 1), sex)).orElseThrow() + 1;
                }
                total += n;
                enrol(s, grades.get(g), sex, n, byAge);
                if (!grades.get(g).equals("PP")) {
                    s.put(CellKey.of(Topic.REPEATERS, grades.get(g), sex), 2);
                }
                if (grades.get(g).equals("G1")) {
                    s.put(CellKey.of(Topic.NEW_ENTRANTS, "G1", sex), n - 2);
                }
            }
        }
        int teachers = Math.max(2, total / 30);
        int rooms = Math.max(2, total / 35);
        for (Sex sex : Sex.values()) {
            s.put(CellKey.of(Topic.TEACHERS, "total", sex), sex == Sex.F ? teachers / 2 : teachers - teachers / 2);
            s.put(CellKey.of(Topic.TEACHERS, "qualified", sex), Math.floor(teachers / 3.0));
            s.put(CellKey.of(Topic.TEACHERS, "trained", sex), Math.floor(teachers / 3.0));
        }
        s.put(CellKey.of(Topic.CLASSROOMS, "good", null), rooms - 1).put(CellKey.of(Topic.CLASSROOMS, "fair", null), 1)
                .put(CellKey.of(Topic.CLASSROOMS, "poor", null), 1)
                .put(CellKey.of(Topic.FACILITIES, "toilets_girls", null), 2);
    }

    private static void enrol(CensusBuilder.Return s, String grade, Sex sex, int n, boolean byAge) {
        if (!byAge) {
            s.put(CellKey.of(Topic.ENROLMENT, grade, sex), n);
            return;
        }
        int official = RuleFixtures.GRADES.byCode(grade).map(Grade::officialAge).orElseThrow();
        s.put(new CellKey("enrolment", grade, sex, AgeGroup.of(official)), n - 3)
                .put(new CellKey("enrolment", grade, sex, AgeGroup.of(official + 1)), 3);
    }

    private static void plantErrors(CensusBuilder c) {
        c.expect("SCH05001", "D05");
        plant("missing_return", "SCH05001", "RET-03");
        problem(c, "text_in_number", "SCH01001", ProblemKind.NOT_A_NUMBER, "IMP-01");
        problem(c, "negative_count", "SCH01002", ProblemKind.NEGATIVE_COUNT, "IMP-02");
        problem(c, "fractional_count", "SCH01003", ProblemKind.FRACTIONAL_COUNT, "IMP-03");
        problem(c, "formula_error", "SCH01004", ProblemKind.FORMULA_ERROR, "IMP-04");
        problem(c, "unknown_code", "SCH01005", ProblemKind.UNKNOWN_CODE, "IMP-05", "CODE-01");
        c.source("SCH01005").attribute(SchoolAttribute.OWNERSHIP, "Privat");
        problem(c, "blank_key", null, ProblemKind.BLANK_KEY, "IMP-06");
        problem(c, "missing_required", "SCH01006", ProblemKind.MISSING_REQUIRED_VALUE, "IMP-10", "REQ-01");
        c.source("SCH01006").attribute(SchoolAttribute.NAME, null);
        problem(c, "total_mismatch", "SCH01007", ProblemKind.TOTAL_MISMATCH, "IMP-08");
        c.source("SCH01008").put(CellKey.of(Topic.REPEATERS, "G3", Sex.F), 90);
        plant("repeaters_exceed_enrolment", "SCH01008", "GRD-01");
        c.source("SCH02001").put(CellKey.of(Topic.NEW_ENTRANTS, "G1", Sex.M), 80);
        plant("new_entrants_exceed_enrolment", "SCH02001", "GRD-03");
        c.source("SCH02002").put(new CellKey("enrolment", "G5", Sex.F, AgeGroup.of(3)), 2);
        plant("age_implausible", "SCH02002", "AGE-01");
        c.source("SCH02003").put(CellKey.of(Topic.TEACHERS, "total", Sex.F), 1).put(
                CellKey.of(Topic.TEACHERS, "total", Sex.M), 1);
        plant("ptr_out_of_bounds", "SCH02003", "PTR-01");
        c.source("SCH02004").put(CellKey.of(Topic.CLASSROOMS, "good", null), 1).put(
                CellKey.of(Topic.CLASSROOMS, "fair", null), 0);
        plant("pcr_out_of_bounds", "SCH02004", "PCR-01");
        CensusBuilder.Return empty = c.addSchool("SCH02099", "D02", "secondary", Map.of(SchoolAttribute.NAME, "Empty",
                SchoolAttribute.OWNERSHIP, "public", SchoolAttribute.LOCALITY, "rural"));
        empty.put(CellKey.of(Topic.TEACHERS, "total", Sex.F), 4);
        plant("teachers_no_pupils", "SCH02099", "TCH-01");
        c.source("SCH02005").put(CellKey.of(Topic.ENROLMENT, "G3", Sex.M), 60);
        plant("cohort_implausible", "SCH02005", "COH-01");
        scale(c.source("SCH02006"), 1.7, 1.7);
        plant("enrolment_change", "SCH02006", "CHG-01");
        scale(c.source("SCH02007"), 0.15, 1);
        plant("girls_share_extreme", "SCH02007", "GIRL-01");
        // A workspace holds one current return per school code, so a duplicate shows as the import's problem.
        problem(c, "duplicate_school", "SCH01009", ProblemKind.DUPLICATE_SCHOOL, "IMP-07");
        CensusBuilder.Return copier = c.addSchool("SCH01099", "D01", "primary", Map.of(SchoolAttribute.NAME, "Copier",
                SchoolAttribute.OWNERSHIP, "public", SchoolAttribute.LOCALITY, "rural"));
        copy(c.source("SCH02008"), copier);
        plant("identical_returns", "SCH01099", "RET-02");
        scale(c.source("SCH01010"), 6, 6);
        plant("outlier", "SCH01010", "OUT-01");
    }

    private static void problem(CensusBuilder c, String kind, String school, ProblemKind pk, String... rules) {
        c.problem(new ImportProblem(pk, "Pupils", "F17", school, "enrolment", "x", "planted"));
        plant(kind, school, rules);
    }

    private static void scale(CensusBuilder.Return s, double girls, double boys) {
        for (Map.Entry<CellKey, Double> e : List.copyOf(s.figures(Set.of(Topic.ENROLMENT)).entrySet())) {
            s.put(e.getKey(), Math.round(e.getValue() * (e.getKey().sex() == Sex.F ? girls : boys)));
        }
    }

    /** A new return made of another school's figures, as a copy-pasted workbook is. */
    private static void copy(CensusBuilder.Return from, CensusBuilder.Return to) {
        from.figures(Set.of(Topic.values())).forEach(to::put);
    }

    /**
     * Planted kinds caught by a warning: the figures are unlikely, not impossible, so the finding is not an
     * error. Identical returns: both schools are asked, and one of them holds the genuine figures.
     */
    private static final Set<String> CAUGHT_BY_WARNING = Set.of("identical_returns", "age_implausible",
            "ptr_out_of_bounds", "pcr_out_of_bounds", "teachers_no_pupils", "cohort_implausible", "enrolment_change",
            "girls_share_extreme", "outlier");

    @Test
    void everyPlantedKindRaisesAnError() {
        for (Map.Entry<String, String> p : PLANTED.entrySet()) {
            Severity severity = CAUGHT_BY_WARNING.contains(p.getKey()) ? Severity.WARNING : Severity.ERROR;
            Set<String> fired = findings.stream().filter(f -> f.severity() == severity)
                    .filter(f -> java.util.Objects.equals(f.schoolCode(), p.getValue()))
                    .map(Finding::ruleId).collect(Collectors.toSet());
            for (String rule : EXPECTED.get(p.getKey())) {
                assertTrue(fired.contains(rule), p.getKey() + " on " + p.getValue() + " should raise " + rule
                        + " (" + severity + "); raised " + fired);
            }
        }
    }

    @Test
    void bothSchoolsOfACopiedPairAreAsked() {
        List<String> asked = findings.stream().filter(f -> f.ruleId().equals("RET-02")).map(Finding::schoolCode)
                .sorted().toList();
        assertEquals(List.of("SCH01099", "SCH02008"), asked);
    }

    @Test
    void cleanSchoolsRaiseNoError() {
        Set<String> involved = new java.util.HashSet<>(PLANTED.values());
        List<String> stray = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.schoolCode() != null && !involved.contains(f.schoolCode()))
                .map(f -> f.ruleId() + " " + f.message().english()).toList();
        assertEquals(List.of(), stray);
    }

    @Test
    void findingsCarryBothLanguagesWithoutRawPlaceholders() {
        for (Finding f : findings) {
            assertTrue(!f.message().english().contains("{") && !f.message().in("fr").contains("{"), f.message().english());
        }
        assertTrue(findings.size() > PLANTED.size());
    }
}
