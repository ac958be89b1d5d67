package org.emisworkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.PostgresCluster;

/**
 * The committed sample country imported and checked (2024 and 2025, default pack) once per test JVM:
 * the import takes half a minute, so test classes share it and each works on its own copy.
 */
public final class SampleCountryFixture {
    public static final Path SAMPLES = Path.of("sample-workbooks");
    private static Workbench pristine;
    private static ImportReport report;
    private static Path folder;

    private SampleCountryFixture() {
    }

    /** A fresh copy of the imported and validated sample country at {@code db}, open; the caller closes it. */
    public static synchronized Workbench copy(Path db) {
        load();
        pristine.backupTo(db);
        return Workbench.open(db);
    }

    /**
     * The sample country imported and checked afresh, as {@link #load} does, into a new shared workspace on
     * the tests' PostgreSQL server ({@link PostgresCluster}); the caller closes it. The import report is
     * {@code report[0]}.
     */
    public static Workbench importedIntoPostgres(ImportReport[] report) {
        Workbench wb = Workbench.open(PostgresCluster.newWorkspace(), PostgresCluster.environment(), null);
        report[0] = importAndValidate(wb);
        return wb;
    }

    private static ImportReport importAndValidate(Workbench wb) {
        ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(SAMPLES), null, null), Progress.NONE, Cancellation.none());
        SampleCountry.boundaries(wb, SAMPLES);
        ValidationService v = new ValidationService(wb);
        v.validate(null, 2024, null, Progress.NONE, Cancellation.none());
        v.validate(null, 2025, null, Progress.NONE, Cancellation.none());
        return r;
    }

    /** The import of the whole sample-workbooks folder, file by file. */
    public static synchronized ImportReport importReport() {
        load();
        return report;
    }

    private static void load() {
        if (pristine != null) {
            return;
        }
        try {
            folder = Files.createTempDirectory("emis-sample-country");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(SampleCountryFixture::dispose));
        pristine = Workbench.open(folder.resolve("pristine"));
        report = importAndValidate(pristine);
    }

    private static synchronized void dispose() {
        if (pristine != null) {
            pristine.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
