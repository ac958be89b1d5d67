package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWriterTest {
    @TempDir
    Path dir;

    private static BatchHeader header(String hash) {
        return new BatchHeader("d01.xlsx", "/x/d01.xlsx", hash, 100, "sample-wide", 1, "WIDE", "CENSUS", 2024);
    }

    private static FactRecord enrolment(String school, Sex sex, int g1, String col) {
        int[] v = new int[13];
        String[] s = new String[13];
        java.util.Arrays.fill(v, FactRecord.MISSING);
        v[1] = g1;
        s[1] = col;
        return new FactRecord(school, Topic.ENROLMENT, sex, AgeGroup.ALL, v, s, "Pupils", 16);
    }

    private BatchTotals store(Workspace ws, String hash, int g1) throws Exception {
        try (Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, header(hash))) {
                w.school(new SchoolRecord("SCH01001", Map.of(SchoolAttribute.NAME, "Akuna Primary",
                        SchoolAttribute.DISTRICT, "D01"), "Schools", 3, "A4"));
                w.facts(enrolment("SCH01001", Sex.F, g1, "F"));
                w.facts(enrolment("SCH01001", Sex.M, 30, "E"));
                w.problem(new ImportProblem(ProblemKind.NOT_A_NUMBER, "Pupils", "G17", "SCH01001",
                        "enrolment[grade=G2, sex=F]", "twelve", "a whole number"));
                BatchTotals t = w.finish(2);
                c.commit();
                return t;
            }
        }
    }

    @Test
    void storesValuesWithTheirCellAndCountsWhatWasStored() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("census"))) {
            BatchTotals t = store(ws, "a".repeat(64), 34);
            assertEquals(1, t.schoolsAdded());
            assertEquals(0, t.schoolsReplaced());
            assertEquals(2, t.valuesStored());
            assertEquals(1, t.problemCount());
            var found = new Provenance(ws).find("SCH01001", 2024, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL).orElseThrow();
            assertEquals(34, found.value());
            assertEquals("Pupils!F17", found.source().sheetCell());
            assertEquals("d01.xlsx", found.source().file());
            var schools = new SchoolDirectory(ws).list(2024, "d01");
            assertEquals(1, schools.size());
            assertEquals("Akuna Primary", schools.get(0).name());
        }
    }

    @Test
    void aCorrectedReturnReplacesValuesAndKeepsTheEarlierBatch() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("census"))) {
            store(ws, "a".repeat(64), 34);
            BatchTotals second = store(ws, "b".repeat(64), 40);
            assertEquals(0, second.schoolsAdded());
            assertEquals(1, second.schoolsReplaced());
            assertEquals(40, new Provenance(ws).find("SCH01001", 2024, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().value());
            var summary = new WorkspaceSummary(ws);
            assertEquals(2, summary.batches().size());
            // Girls and boys of one topic, age and row are stored as one row (decision 0003).
            assertEquals(1L, summary.counts().get("fact_row").get(2024), "only the corrected row is current");
            assertEquals(1L, summary.counts().get("import_problem").get(2024), "the old problem is history");
            try (Connection c = ws.connect(); var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM fact_row WHERE is_current = FALSE")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "earlier values kept as history");
            }
        }
    }

    @Test
    void aFileOfOtherSchoolsLeavesEarlierSchoolsCurrent() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("census"))) {
            store(ws, "a".repeat(64), 34);
            try (Connection c = ws.connect()) {
                c.setAutoCommit(false);
                try (BatchWriter w = BatchWriter.start(c, header("e".repeat(64)))) {
                    w.school(new SchoolRecord("SCH02001", Map.of(), "Schools", 3, "A4"));
                    w.facts(enrolment("SCH02001", Sex.F, 21, "F"));
                    BatchTotals t = w.finish(0);
                    assertEquals(1, t.schoolsAdded());
                    assertEquals(0, t.schoolsReplaced());
                }
                c.commit();
            }
            assertEquals(2, new SchoolDirectory(ws).list(2024, null).size(), "both files' schools are current");
            assertEquals(34, new Provenance(ws).find("SCH01001", 2024, Topic.ENROLMENT, 1, Sex.F, AgeGroup.ALL)
                    .orElseThrow().value());
            assertEquals(2L, new WorkspaceSummary(ws).counts().get("fact_row").get(2024), "one paired row, one single");
            assertEquals(30, new Provenance(ws).find("SCH01001", 2024, Topic.ENROLMENT, 1, Sex.M, AgeGroup.ALL)
                    .orElseThrow().value(), "boys' slots of a paired row");
            assertEquals("Pupils!E17", new Provenance(ws).find("SCH01001", 2024, Topic.ENROLMENT, 1, Sex.M,
                    AgeGroup.ALL).orElseThrow().source().sheetCell());
        }
    }

    @Test
    void aRolledBackFileLeavesNothing() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("census"))) {
            try (Connection c = ws.connect()) {
                c.setAutoCommit(false);
                try (BatchWriter w = BatchWriter.start(c, header("c".repeat(64)))) {
                    w.school(new SchoolRecord("SCH01002", Map.of(), "Schools", 4, "A5"));
                    w.facts(enrolment("SCH01002", Sex.F, 12, "F"));
                }
                c.rollback();
            }
            var counts = new WorkspaceSummary(ws).counts();
            assertEquals(0L, counts.get("import_batch").get(0));
            assertTrue(counts.get("fact_row").isEmpty());
            assertEquals(0L, counts.get("school").get(0));
        }
    }

    @Test
    void theDatabaseFileIsPrivateAndReopens() throws Exception {
        Path file;
        try (Workspace ws = Workspace.open(dir.resolve("census.mv.db"))) {
            store(ws, "d".repeat(64), 34);
            file = ws.file();
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Workspace again = Workspace.open(dir.resolve("census"))) {
            assertEquals(1, new WorkspaceSummary(again).batches().size());
            assertFalse(again.backupMade() != null, "no upgrade, no backup");
        }
    }
}
