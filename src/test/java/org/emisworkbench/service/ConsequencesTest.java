package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Topic;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cause, one finding: a school that reports teachers but no pupils gets one counted finding (TCH-01);
 * the outliers and ratios that follow from its missing pupils are folded under it, not counted.
 */
class ConsequencesTest {
    private static final int M = FactRecord.MISSING;

    @TempDir
    Path dir;

    private static int[] slots(int... values) {
        int[] v = new int[13];
        Arrays.fill(v, M);
        System.arraycopy(values, 0, v, 0, values.length);
        return v;
    }

    private static SchoolRecord school(String code) {
        return new SchoolRecord(code, Map.of(SchoolAttribute.NAME, "School " + code, SchoolAttribute.DISTRICT, "D01",
                SchoolAttribute.OWNERSHIP, "public", SchoolAttribute.LOCALITY, "rural", SchoolAttribute.LEVEL,
                "primary"), "Schools", 2, "A2");
    }

    private static FactRecord fact(String school, Topic topic, Sex sex, int[] values) {
        return new FactRecord(school, topic, sex, AgeGroup.ALL, values, new String[values.length], "Pupils", 5);
    }

    /** Fourteen ordinary primary schools of D01 and Z01, with five teachers, three classrooms and 0 pupils. */
    private Path workspace() throws Exception {
        Path db = dir.resolve("census");
        try (Workspace ws = Workspace.open(db); Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader("census2024.xlsx", null, "e".repeat(64), 1, "test",
                    1, "WIDE", "CENSUS", 2024))) {
                for (int i = 1; i <= 14; i++) {
                    String code = "S%02d".formatted(i);
                    int n = 8 + i % 5; // 8 to 12 pupils a grade and sex: 96 to 144 a school
                    w.school(school(code));
                    w.facts(fact(code, Topic.ENROLMENT, Sex.F, slots(M, n, n, n, n, n, n)));
                    w.facts(fact(code, Topic.ENROLMENT, Sex.M, slots(M, n, n, n, n, n, n)));
                    w.facts(fact(code, Topic.TEACHERS, Sex.F, new int[] {3}));
                    w.facts(fact(code, Topic.TEACHERS, Sex.M, new int[] {1}));
                    w.facts(fact(code, Topic.CLASSROOMS, null, new int[] {3, 1, 0}));
                }
                w.school(school("Z01"));
                w.facts(fact("Z01", Topic.ENROLMENT, Sex.F, slots(M, 0, 0, 0, 0, 0, 0)));
                w.facts(fact("Z01", Topic.ENROLMENT, Sex.M, slots(M, 0, 0, 0, 0, 0, 0)));
                w.facts(fact("Z01", Topic.TEACHERS, Sex.F, new int[] {4}));
                w.facts(fact("Z01", Topic.TEACHERS, Sex.M, new int[] {1}));
                w.facts(fact("Z01", Topic.CLASSROOMS, null, new int[] {3, 1, 0}));
                w.finish(0);
                c.commit();
            }
        }
        return db;
    }

    @Test
    void aSchoolWithTeachersAndNoPupilsHasOneCountedFindingAndItsConsequencesFoldedUnderIt() throws Exception {
        try (Workbench wb = Workbench.open(workspace())) {
            ValidationService v = new ValidationService(wb);
            var result = v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
            List<StoredFinding> z = result.findings().stream().filter(f -> "Z01".equals(f.finding().schoolCode()))
                    .toList();
            List<StoredFinding> counted = z.stream().filter(f -> !f.folded()).toList();
            assertEquals(List.of("TCH-01"), counted.stream().map(f -> f.finding().ruleId()).toList(), z.toString());
            StoredFinding cause = counted.get(0);
            assertNull(cause.causedBy());

            Set<String> folded = z.stream().filter(StoredFinding::folded).map(f -> f.finding().ruleId())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("OUT-01", "OUT-02", "OUT-03", "OUT-04", "PTR-02", "PCR-02"), folded);
            assertTrue(z.stream().filter(StoredFinding::folded).allMatch(f -> cause.id() == f.causedBy()),
                    "every consequence points at TCH-01's finding");

            // The ordinary schools' findings are not folded; the link is kept in the workspace.
            assertTrue(result.findings().stream().filter(f -> !"Z01".equals(f.finding().schoolCode()))
                    .noneMatch(StoredFinding::folded));
            List<StoredFinding> listed = v.findings(new FindingFilter(2024, null, "Z01", null, null, null));
            assertEquals(z.size(), listed.size());
            assertEquals(6, listed.stream().filter(f -> f.causedBy() != null && f.causedBy() == cause.id()).count());

            // Validated again: the same one cause, the same consequences under the same finding.
            var again = v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
            assertEquals(6, again.findings().stream().filter(f -> f.causedBy() != null && f.causedBy() == cause.id())
                    .count());
        }
    }
}
