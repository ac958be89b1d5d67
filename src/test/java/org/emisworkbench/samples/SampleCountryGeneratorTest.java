package org.emisworkbench.samples;

import org.emisworkbench.model.SampleSummary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCountryGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void refusesFewerThanFiveSchools() {
        assertThrows(IllegalArgumentException.class,
                () -> SampleCountryGenerator.generate(tmp, 1, 4, Progress.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> SampleCountryGenerator.generate(tmp, 1, SampleCountryGenerator.MAX_SCHOOLS + 1, Progress.NONE));
    }

    @Test
    void fiveSchoolsAreEnough() throws IOException {
        SampleSummary summary = SampleCountryGenerator.generate(tmp, 3, 5, Progress.NONE);
        assertEquals(5, summary.schools());
        assertEquals(summary.errorsPlanted(), SampleFiles.answerKey(tmp).size());
        assertTrue(Files.exists(tmp.resolve("master-list.xlsx")));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        SampleCountryGenerator.generate(a, 11, 25, Progress.NONE);
        SampleCountryGenerator.generate(b, 11, 25, Progress.NONE);
        List<Path> files = files(a);
        assertEquals(files, files(b));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        Path c = tmp.resolve("c");
        SampleCountryGenerator.generate(c, 12, 25, Progress.NONE);
        assertTrue(!SampleFiles.answerKey(a).equals(SampleFiles.answerKey(c)), "another seed, another country");
    }

    @Test
    void everyKindIsPlantedAndSummaryMatchesAnswerKey() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        SampleSummary summary = SampleCountryGenerator.generate(tmp, 2024, 40, (d, t, m) -> calls.incrementAndGet());
        List<Map<String, Object>> key = SampleFiles.answerKey(tmp);
        Set<String> kinds = key.stream().map(e -> (String) e.get("kind")).collect(Collectors.toSet());
        assertEquals(Set.copyOf(ErrorKinds.KEY_KINDS), kinds);
        assertEquals(summary.errorsPlanted(), key.size());
        assertEquals(summary.filesWritten(), files(tmp).size());
        assertTrue(calls.get() >= summary.filesWritten());
        for (Map<String, Object> e : key) {
            assertTrue(Files.exists(tmp.resolve((String) e.get("file"))), e.toString());
            assertTrue(((String) e.get("cell")).matches("[A-Z]{1,3}\\d+"), e.toString());
        }
        Set<Integer> years = key.stream().map(e -> (Integer) e.get("year")).collect(Collectors.toSet());
        assertEquals(Set.of(2024, 2025), years);
        // Outside two-school kinds, a school carries one error at most.
        List<String> schools = key.stream().map(e -> (String) e.get("school")).filter(s -> !s.isEmpty()).toList();
        assertEquals(schools.size(), new TreeSet<>(schools).size());
    }

    @Test
    void defaultCountryPlantsAboutSixtyErrorsOverAllLayouts() {
        SampleCountryGenerator.Plan plan = SampleCountryGenerator.plan(SampleCountryGenerator.DEFAULT_SEED,
                SampleCountryGenerator.DEFAULT_SCHOOLS);
        assertEquals(60 + 3, plan.plants().all().size(), "60 in returns and 3 locations in the master list");
        assertEquals(3, plan.counts().get(ErrorKinds.LOCATION));
        for (String kind : ErrorKinds.ALL_KINDS) {
            assertTrue(plan.counts().getOrDefault(kind, 0) >= 2, kind);
        }
        Set<Lumeria.Layout> layouts = new java.util.HashSet<>();
        for (Plant p : plan.plants().all()) {
            plan.model().schools.stream().filter(s -> s.code().equals(p.school)).findFirst()
                    .ifPresent(s -> layouts.add(s.layout()));
        }
        assertEquals(Set.of(Lumeria.Layout.values()), layouts);
    }

    @Test
    void cancellationStopsBetweenFiles() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(CancelledException.class,
                () -> SampleCountryGenerator.generate(tmp, 1, 10, Progress.NONE, cancel));
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(out::add);
        }
        return out;
    }
}
