package org.emisworkbench.samples;

import org.emisworkbench.model.SampleSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the census returns of the fictional country Lumeria with planted errors and their answer
 * key, as described in docs/design/sample-country.md. The same seed and school count always give the
 * same files, byte for byte.
 */
public final class SampleCountryGenerator {
    public static final long DEFAULT_SEED = 2024;
    public static final int DEFAULT_SCHOOLS = 420;
    public static final int MIN_SCHOOLS = 5;
    public static final int MAX_SCHOOLS = 5000;

    private static final Logger LOG = LoggerFactory.getLogger(SampleCountryGenerator.class);

    private SampleCountryGenerator() {
    }

    public static SampleSummary generate(Path outDir, long seed, int schools, Progress progress) {
        return generate(outDir, seed, schools, progress, Cancellation.none());
    }

    /**
     * Writes the sample country into {@code outDir}. Workbooks left there by an earlier run under the
     * year folders are removed first, so that a school missing this time has no stale return.
     *
     * @throws IllegalArgumentException when {@code schools} is outside {@value #MIN_SCHOOLS}-{@value #MAX_SCHOOLS}
     * @throws org.emisworkbench.model.CancelledException when cancelled between two files
     */
    public static SampleSummary generate(Path outDir, long seed, int schools, Progress progress,
                                         Cancellation cancellation) {
        if (schools < MIN_SCHOOLS || schools > MAX_SCHOOLS) {
            throw new IllegalArgumentException("The sample country needs between " + MIN_SCHOOLS + " and "
                    + MAX_SCHOOLS + " schools, not " + schools);
        }
        Progress p = progress == null ? Progress.NONE : progress;
        Plan plan = plan(seed, schools);
        CountryModel model = plan.model();
        Plants plants = plan.plants();
        List<Runnable> jobs = new ArrayList<>();
        long[] bytes = {0};
        jobs.add(() -> bytes[0] += ReferenceWriters.masterList(outDir, model, plan.geography(), plants));
        jobs.add(() -> bytes[0] += plan.geography().write(outDir));
        jobs.add(() -> bytes[0] += ReferenceWriters.population(outDir, model, plants));
        GridFormWriter forms = new GridFormWriter(plants, seed);
        RosterWriter rosters = new RosterWriter(plants, seed);
        for (int year : Lumeria.YEARS) {
            for (Lumeria.District d : Lumeria.DISTRICTS) {
                if (d.layout() == Lumeria.Layout.WIDE) {
                    jobs.add(() -> bytes[0] += new WideWriter(model, plants, d, year, seed).write(outDir));
                }
            }
            for (SchoolProfile s : model.schools) {
                if (s.layout() == Lumeria.Layout.WIDE || plants.isMissing(s.code(), year)) {
                    continue;
                }
                SchoolYear y = model.year(s.code(), year);
                jobs.add(s.layout() == Lumeria.Layout.ROSTER
                        ? () -> bytes[0] += rosters.write(outDir, s, y, year)
                        : () -> bytes[0] += forms.write(outDir, s, y, year));
            }
        }
        clearOldReturns(outDir);
        int total = jobs.size() + 2; // and the answer key and the DHIS2 mapping
        for (int i = 0; i < jobs.size(); i++) {
            cancellation.check();
            p.step(i, total, Message.of("progress.writingSamples"));
            jobs.get(i).run();
        }
        cancellation.check();
        p.step(jobs.size(), total, Message.of("progress.writingSamples"));
        bytes[0] += AnswerKey.write(outDir, plants.all());
        bytes[0] += ReferenceWriters.exchangeMapping(outDir);
        p.step(total, total, Message.of("progress.samplesWritten"));
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (String kind : ErrorKinds.KEY_KINDS) {
            byKind.put(kind, plan.counts().getOrDefault(kind, 0));
        }
        SampleSummary summary = new SampleSummary(outDir, seed, schools, total, bytes[0], plants.all().size(), byKind);
        LOG.info("Sample country: {} schools, {} files, {} bytes, {} planted errors in {}", schools, total,
                bytes[0], summary.errorsPlanted(), outDir);
        return summary;
    }

    /** The country's figures after planting, before anything is written. */
    record Plan(CountryModel model, Plants plants, Map<String, Integer> counts, Geography geography) { }

    static Plan plan(long seed, int schools) {
        CountryModel model = CountryModel.build(seed, schools);
        Plants plants = new Plants();
        // A random source of its own, so planting never shifts the country's figures.
        ErrorPlanter planter = new ErrorPlanter(model, plants, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1));
        planter.plantAll();
        Geography geography = Geography.build(model, seed);
        geography.plantErrors(model, plants);
        Map<String, Integer> counts = new java.util.HashMap<>(planter.counts());
        counts.put(ErrorKinds.LOCATION, (int) plants.all().stream().filter(p -> p.kind.equals(ErrorKinds.LOCATION))
                .count());
        return new Plan(model, plants, Map.copyOf(counts), geography);
    }

    private static void clearOldReturns(Path outDir) {
        for (int year : Lumeria.YEARS) {
            Path folder = outDir.resolve(Integer.toString(year));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear " + folder, e);
            }
        }
    }
}
