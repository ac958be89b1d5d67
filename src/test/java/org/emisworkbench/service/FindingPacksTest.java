package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings belong to the pack that raised them: a run of one pack neither lists nor resolves another's. */
class FindingPacksTest {
    @TempDir
    Path dir;

    /** A pack with a rule of its own and one whose id the default pack uses too; both fire on every school. */
    private Path otherPack() throws Exception {
        String rule = "{\"id\": \"%s\", \"title\": \"t\", \"severity\": \"error\", \"left\": \"coalesce(sum(enrolment), 0)\","
                + " \"operator\": \"<\", \"right\": \"0\", \"missing\": \"never_skip\","
                + " \"message\": {\"en\": \"{school} other\", \"fr\": \"{school} autre\"}}";
        Path p = dir.resolve("other.json");
        Files.writeString(p, "{\"id\": \"other\", \"version\": \"1\", \"title\": \"Other\", \"rules\": ["
                + rule.formatted("X-01") + ", " + rule.formatted("TCH-02") + "]}");
        return p;
    }

    private static Set<String> packs(List<StoredFinding> list) {
        return list.stream().map(StoredFinding::packId).collect(Collectors.toSet());
    }

    @Test
    void aRunOfTheDefaultPackDoesNotListOrResolveAnotherPacksFindings() throws Exception {
        Path db = ReportFixture.create(dir);
        try (Workbench wb = Workbench.open(db)) {
            ValidationService v = new ValidationService(wb);
            var other = v.validate(otherPack(), 2024, null, Progress.NONE, Cancellation.none());
            assertFalse(other.findings().isEmpty());
            assertEquals(Set.of("other"), packs(other.findings()));
            int otherCount = other.findings().size();

            var def = v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
            assertFalse(def.findings().isEmpty());
            assertEquals(Set.of("default-census"), packs(def.findings()));
            assertTrue(def.findings().stream().noneMatch(f -> f.finding().ruleId().equals("X-01")));

            // Listing without naming a pack shows the pack of the latest run of the year.
            List<StoredFinding> current = v.findings(new FindingFilter(2024, null, null, null, null, null));
            assertFalse(current.isEmpty());
            assertEquals(Set.of("default-census"), packs(current));

            // The other pack's findings are kept apart, still open: its TCH-02 is not the default's TCH-02.
            List<StoredFinding> kept = v.findings(new FindingFilter(2024, null, null, null, null, null).withPack("other"));
            assertEquals(otherCount, kept.size());
            assertTrue(kept.stream().allMatch(f -> f.status() == FindingStatus.OPEN));
            assertEquals(Set.of("X-01", "TCH-02"), kept.stream().map(f -> f.finding().ruleId()).collect(Collectors.toSet()));
        }
    }
}
