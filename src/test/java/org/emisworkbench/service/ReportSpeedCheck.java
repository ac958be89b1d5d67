package org.emisworkbench.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.store.BatchHeader;
import org.emisworkbench.store.BatchWriter;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test (no *Test name, so the build skips it): times all-district summaries of a country of
 * {@code -Dschools=50000} schools in 150 districts. Run: mvn -o test -Dtest=ReportSpeedCheck -Dschools=50000
 */
class ReportSpeedCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ReportSpeedCheck.class);

    @TempDir
    Path dir;

    @Test
    void allDistrictsOfALargeCountry() throws Exception {
        int schools = Integer.getInteger("schools", 5000);
        int districts = 150;
        Path db = dir.resolve("big");
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(db); Connection c = ws.connect()) {
            c.setAutoCommit(false);
            try (BatchWriter w = BatchWriter.start(c, new BatchHeader("big.xlsx", null, "e".repeat(64), 1, "test", 1,
                    "WIDE", "CENSUS", 2024))) {
                for (int i = 0; i < schools; i++) {
                    String code = String.format("S%06d", i);
                    String d = String.format("D%03d", i % districts);
                    w.school(new SchoolRecord(code, Map.of(SchoolAttribute.NAME, "School " + i,
                            SchoolAttribute.DISTRICT, d, SchoolAttribute.OWNERSHIP, i % 3 == 0 ? "private" : "public",
                            SchoolAttribute.LOCALITY, i % 2 == 0 ? "rural" : "urban"), "Schools", i + 2, "A" + (i + 2)));
                    int n = 20 + i % 40;
                    w.facts(ReportFixture.all(code, Topic.ENROLMENT, Sex.F, ReportFixture.M, n, n, n - 2, n - 4, n - 5, n - 6));
                    w.facts(ReportFixture.all(code, Topic.ENROLMENT, Sex.M, ReportFixture.M, n + 1, n, n - 1, n - 3, n - 5, n - 7));
                    w.facts(ReportFixture.fact(code, Topic.ENROLMENT, Sex.F, AgeGroup.of(9),
                            ReportFixture.slots(ReportFixture.M, 2, 3)));
                    w.facts(ReportFixture.fact(code, Topic.TEACHERS, Sex.F, AgeGroup.ALL, new int[] {3 + i % 5, 2}));
                    w.facts(ReportFixture.fact(code, Topic.TEACHERS, Sex.M, AgeGroup.ALL, new int[] {2, 1}));
                    w.facts(ReportFixture.fact(code, Topic.CLASSROOMS, null, AgeGroup.ALL, new int[] {4, 2, 1}));
                    w.facts(ReportFixture.fact(code, Topic.FACILITIES, null, AgeGroup.ALL,
                            new int[] {i % 2, 1, 0, 0, 0, 0, 1, 1}));
                }
                w.finish(0);
                c.commit();
            }
        }
        long t1 = System.nanoTime();
        try (Workbench wb = Workbench.open(db)) {
            var files = new ReportService(wb).allDistricts(2024, null, ReportOptions.defaults(), dir.resolve("out"),
                    Progress.NONE, Cancellation.none());
            long t2 = System.nanoTime();
            LOG.warn("SPEED {} schools stored in {} ms; {} district PDFs (load + write) in {} ms", schools,
                    (t1 - t0) / 1_000_000, files.size(), (t2 - t1) / 1_000_000);
        }
    }
}
