package org.emisworkbench.rules;

import static org.emisworkbench.rules.RuleFixtures.census;
import static org.emisworkbench.rules.RuleFixtures.enrol;
import static org.emisworkbench.rules.RuleFixtures.put;
import static org.emisworkbench.rules.RuleFixtures.run;
import static org.emisworkbench.rules.RuleFixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.CensusBuilder;
import org.junit.jupiter.api.Test;

class RuleKindsTest {
    private static String rule(String kind, String params, String en) {
        return "{\"id\": \"K\", \"title\": \"t\", \"severity\": \"warning\", \"kind\": \"" + kind + "\"" + params
                + ", \"message\": {\"en\": \"" + en + "\", \"fr\": \"fr: " + en + "\"}}";
    }

    private static List<String> schools(List<Finding> findings) {
        return findings.stream().map(Finding::schoolCode).toList();
    }

    @Test
    void codeList() throws Exception {
        CensusBuilder c = census(2025);
        school(c, "A", "D01", "primary").attribute(SchoolAttribute.OWNERSHIP, "Public");
        school(c, "B", "D01", "primary").attribute(SchoolAttribute.OWNERSHIP, "Privat");
        school(c, "C", "D01", "primary");
        List<Finding> f = run(rule("code_list", ", \"field\": \"school.ownership\", \"list\": [\"public\", \"private\"]",
                "{school}: {value} not in {detail}"), c);
        assertEquals(List.of("B"), schools(f));
        assertEquals("B: Privat not in public, private", f.get(0).message().english());
        assertEquals("fr: B: Privat not in public, private", f.get(0).message().in("fr"));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("school.ownership", f.get(0).field());
        List<Finding> strict = run(rule("code_list", ", \"field\": \"school.ownership\", \"list\": [\"public\"], "
                + "\"ignore_case\": false", "{school}"), c);
        assertEquals(List.of("A", "B"), schools(strict));
    }

    @Test
    void range() throws Exception {
        CensusBuilder c = census(2025);
        for (int[] s : new int[][] {{1, 40, 1}, {2, 400, 2}, {3, 40, 0}, {4, 5, 1}}) {
            CensusBuilder.Return src = school(c, "S" + s[0], "D01", "primary");
            enrol(src, "G1", s[1] / 2, s[1] / 2);
            put(src, Topic.TEACHERS, "total", Sex.F, s[2]);
        }
        List<Finding> f = run(rule("range", ", \"value\": \"enrolment / teachers.total\", \"min\": 10, \"max\": 100",
                "{school}: {value} outside {min}-{max}"), c);
        assertEquals(List.of("S2", "S4"), schools(f), "S3 has no teachers: the ratio is not available, not a finding");
        assertEquals("S2: 200 outside 10-100", f.get(0).message().english());
        assertEquals(100.0, f.get(0).right());
        assertEquals(10.0, f.get(1).right());
        List<Finding> never = run(rule("range", ", \"value\": \"enrolment / teachers.total\", \"max\": 100, "
                + "\"missing\": \"never_skip\"", "{school}: {value}"), c);
        assertEquals(List.of("S2", "S3"), schools(never));
        assertEquals("S3: missing", never.get(1).message().english());
    }

    @Test
    void outlierAmongDistrictLevelPeers() throws Exception {
        CensusBuilder c = census(2025);
        int[] sizes = {100, 110, 90, 106, 96, 700};
        for (int i = 0; i < sizes.length; i++) {
            enrol(school(c, "P" + i, "D01", "primary"), "G1", sizes[i] / 2, sizes[i] / 2);
            // Another level in the same district: big schools, not peers of the primary ones.
            enrol(school(c, "S" + i, "D01", "secondary"), "G7", 350, 350);
        }
        enrol(school(c, "Q", "D02", "primary"), "G1", 500, 500);
        List<Finding> f = run(rule("outlier", ", \"value\": \"enrolment\", \"method\": \"modified_z\", "
                + "\"threshold\": 3.5", "{school}: {value} {method} {score} median {median} {peers}"), c);
        assertEquals(List.of("P5"), schools(f), "D02 has one school only, below min_peers");
        // median 103; |x − 103| = 3, 7, 13, 3, 7, 597 → MAD 7; 0.6745 × 597 / 7 = 57.53
        assertEquals("P5: 700 modified_z 57.53 median 103 D01 × primary (6)", f.get(0).message().english());
        assertEquals(700.0, f.get(0).left(), "the value checked");
        List<Finding> ratio = run(rule("outlier", ", \"value\": \"enrolment\", \"method\": \"median_ratio\", "
                + "\"threshold\": 4, \"peer_group\": \"district\"", "{school} {score}"), c);
        assertEquals(List.of("P0", "P1", "P2", "P3", "P4"), schools(ratio),
                "district peers mix levels: 700 is the median there, so the small primary schools look odd");
        assertEquals(List.of(CellKey.of(Topic.ENROLMENT, "G1", Sex.F), CellKey.of(Topic.ENROLMENT, "G1", Sex.M)),
                ratio.get(0).cells(), "only the cells the return holds");
    }

    @Test
    void cohortAcrossYears() throws Exception {
        CensusBuilder last = census(2024);
        enrol(school(last, "A", "D01", "primary"), "G1", 30, 30);
        CensusBuilder now = census(2025).previousYear(last);
        CensusBuilder.Return a = school(now, "A", "D01", "primary");
        enrol(a, "G2", 34, 30);
        put(a, Topic.REPEATERS, "G2", Sex.F, 3);
        school(now, "B", "D01", "primary");
        enrol(now.source("B"), "G2", 50, 50);
        List<Finding> f = run(rule("cohort", ", \"tolerance\": {\"absolute\": 0}",
                "{school} {grade} {sex}: {left} > {right}"), now);
        assertEquals(1, f.size(), "B had no return last year: nothing to compare");
        assertEquals("A G2 F: 34 > 33", f.get(0).message().english());
        assertTrue(f.get(0).cells().contains(CellKey.of(Topic.ENROLMENT, "G2", Sex.F)));
        assertEquals(List.of(), run(rule("cohort", ", \"tolerance\": {\"absolute\": 1}", "{school}"), now));
    }

    @Test
    void changeFromLastYear() throws Exception {
        CensusBuilder last = census(2024);
        enrol(school(last, "A", "D01", "primary"), "G1", 50, 50);
        enrol(school(last, "B", "D01", "primary"), "G1", 50, 50);
        enrol(school(last, "C", "D01", "primary"), "G1", 2, 2);
        CensusBuilder now = census(2025).previousYear(last);
        enrol(school(now, "A", "D01", "primary"), "G1", 80, 80);
        enrol(school(now, "B", "D01", "primary"), "G1", 55, 55);
        enrol(school(now, "C", "D01", "primary"), "G1", 20, 20);
        enrol(school(now, "D", "D01", "primary"), "G1", 20, 20);
        List<Finding> f = run(rule("change", ", \"value\": \"enrolment\", \"max_change_percent\": 50, \"min_base\": 10",
                "{school}: {previous} → {value} ({change})"), now);
        assertEquals(List.of("A"), schools(f));
        assertEquals("A: 100 → 160 (+60 %)", f.get(0).message().english());
    }

    @Test
    void theFrenchMessageWritesFrenchNumbers() throws Exception {
        CensusBuilder last = census(2024);
        enrol(school(last, "E", "D01", "primary"), "G1", 10000, 10000);
        CensusBuilder now = census(2025).previousYear(last);
        enrol(school(now, "E", "D01", "primary"), "G1", 25625, 25625);
        List<Finding> f = run(rule("change", ", \"value\": \"enrolment\", \"max_change_percent\": 50",
                "{previous} → {value} ({change})"), now);
        assertEquals(List.of("E"), schools(f));
        // 20 000 → 51 250: (51 250 − 20 000) / 20 000 = +156.25 %
        assertEquals("20000 → 51250 (+156.25 %)", f.get(0).message().english());
        assertEquals("fr: 20\u00a0000 → 51\u00a0250 (+156,25\u00a0%)", f.get(0).message().in("fr"));
    }

    @Test
    void duplicateIdenticalAndMissingReturns() throws Exception {
        CensusBuilder c = census(2025);
        enrol(school(c, "A", "D01", "primary"), "G1", 12, 13);
        enrol(school(c, "B", "D01", "primary"), "G1", 12, 13);
        enrol(school(c, "C", "D01", "primary"), "G1", 12, 14);
        enrol(school(c, "Z1", "D01", "primary"), "G1", 0, 0);
        enrol(school(c, "Z2", "D01", "primary"), "G1", 0, 0);
        c.expect("A", "D01").expect("B", "D01").expect("C", "D01")
                .expect("M", "D02");
        List<Finding> dup = run(rule("duplicate_codes", "", "{school} x{count}"), c);
        // The view holds one current return per school code (a duplicate row is the import's problem).
        assertEquals(List.of(), dup);
        List<Finding> same = run(rule("identical_returns", "", "{school} = {others}"), c);
        assertEquals(List.of("A = B", "B = A"), same.stream().map(f -> f.message().english()).toList(),
                "both schools of the pair are asked (either may hold the copy); all-zero returns are alike"
                        + " without being copies");
        List<Finding> missing = run(rule("missing_returns", "", "{school} {district} {completeness}"), c);
        assertEquals(List.of("M D02 75 %"), missing.stream().map(f -> f.message().english()).toList());
    }

    @Test
    void everySchoolOfAGroupOfIdenticalReturnsGetsTheFindingNamingTheOthers() throws Exception {
        CensusBuilder c = census(2025);
        enrol(school(c, "A", "D01", "primary"), "G1", 12, 13);
        enrol(school(c, "C", "D01", "primary"), "G1", 12, 14);
        enrol(school(c, "B", "D02", "primary"), "G1", 12, 13);
        enrol(school(c, "D", "D01", "primary"), "G1", 12, 13);
        List<Finding> same = run(rule("identical_returns", "", "{school} = {others}"), c);
        assertEquals(List.of("A = B, D", "B = A, D", "D = A, B"), same.stream().map(f -> f.message().english()).toList());
        assertEquals(List.of("D01", "D02", "D01"), same.stream().map(Finding::district).toList());
        for (Finding f : same) {
            assertEquals(List.of(CellKey.of(Topic.ENROLMENT, "G1", Sex.F)), f.cells(), f.message().english());
        }
    }

    @Test
    void importProblemsBecomeFindings() throws Exception {
        CensusBuilder c = census(2025);
        school(c, "A", "D01", "primary");
        c.problem(new ImportProblem(ProblemKind.NOT_A_NUMBER, "Pupils", "F17", "A", "enrolment", "twelve", "a count"))
                .problem(new ImportProblem(ProblemKind.BLANK_KEY, "Pupils", "A30", null, null, "", "no code"))
                .problem(new ImportProblem(ProblemKind.BAD_DATE, "Pupils", "D4", "A", null, "x", null));
        List<Finding> f = run(rule("import_problem", ", \"problems\": [\"NOT_A_NUMBER\", \"BLANK_KEY\"]",
                "{cell}: {problem} '{raw}' {school}"), c);
        assertEquals(List.of("Pupils!F17: NOT_A_NUMBER 'twelve' A", "Pupils!A30: BLANK_KEY '?' ?"),
                f.stream().map(x -> x.message().english()).toList());
        assertEquals("D01", f.get(0).district());
        assertEquals("enrolment", f.get(0).field());
        assertEquals(new org.emisworkbench.model.SourceRef(null, "Pupils", "F17"), f.get(0).source(),
                "the cell, whose file validation adds");
        assertEquals("Pupils!F17", f.get(0).key().cell(), "one finding per cell");
        assertEquals("twelve", f.get(0).cellValue(), "the cell as read");
        assertEquals(null, f.get(1).cellValue(), "a row without its code is cited at its blank key cell");
    }

    @Test
    void ageForGrade() throws Exception {
        CensusBuilder c = census(2025);
        CensusBuilder.Return a = school(c, "A", "D01", "primary");
        a.put(new CellKey("enrolment", "G5", Sex.F, AgeGroup.of(10)), 20)
                .put(new CellKey("enrolment", "G5", Sex.F, AgeGroup.of(3)), 2)
                .put(new CellKey("enrolment", "G5", Sex.F, AgeGroup.andOver(16)), 1)
                .put(new CellKey("enrolment", "G5", Sex.M, AgeGroup.andUnder(4)), 0)
                .put(new CellKey("enrolment", "G5", Sex.M, AgeGroup.UNKNOWN), 3)
                .put(new CellKey("enrolment", "PP", Sex.M, AgeGroup.andUnder(4)), 6);
        List<Finding> f = run(rule("age_grade", ", \"min_offset\": -2, \"max_offset\": 5",
                "{school} {grade} {sex}: {value} aged {age}, official {official_age}, {min}-{max}"), c);
        assertEquals(List.of("A G5 F: 2 aged 3, official 10, 8-15", "A G5 F: 1 aged 16 or over, official 10, 8-15"),
                f.stream().map(x -> x.message().english()).toList());
        assertEquals(AgeGroup.of(3).code(), f.get(0).age());
    }

    @Test
    void aViewOnAnotherGradeSystemIsRefused() {
        var other = new CensusBuilder(2025, new GradeSystem(List.of(
                new Grade("P1", 0, "primary", 6))));
        assertThrows(IllegalArgumentException.class,
                () -> run(rule("duplicate_codes", "", "{school}"), other));
    }
}
