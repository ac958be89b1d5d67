package org.emisworkbench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.report.OutputFile;
import org.emisworkbench.samples.CorrectedReturns;
import org.emisworkbench.samples.SampleCountryGenerator;
import org.emisworkbench.model.SampleSummary;

/** The sample country for training and trying the workbench. */
public final class SampleService {
    private SampleService() {
    }

    public static SampleSummary generate(Path out, long seed, int schools, Progress progress) {
        return generate(out, seed, schools, progress, Cancellation.none());
    }

    public static SampleSummary generate(Path out, long seed, int schools, Progress progress, Cancellation cancel) {
        return generate(out, seed, schools, progress, cancel, false);
    }

    /**
     * Writes the sample country into {@code out}. A folder that already holds anything is written into
     * only if {@code replace} (the generator then replaces the workbooks of an earlier sample country).
     */
    public static SampleSummary generate(Path out, long seed, int schools, Progress progress, Cancellation cancel,
                                         boolean replace) {
        if (!replace && holdsAnything(out)) {
            throw new ServiceException(Message.of("output.folderNotEmpty", out));
        }
        try {
            return SampleCountryGenerator.generate(out, seed, schools, progress, cancel);
        } catch (IllegalArgumentException e) {
            // The generator checks the school count itself; its message says the bounds.
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new ServiceException(Message.of("samples.cannotWrite", out, e.getMessage()), e);
        }
    }

    private static boolean holdsAnything(Path folder) {
        if (!Files.exists(folder)) {
            return false;
        }
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new ServiceException(Message.of("samples.cannotWrite", folder, e.getMessage()), e);
        }
    }

    /**
     * Writes the corrected return of a school with a planted error (forms and rosters only), as the school
     * would send it back after a query; for the "re-import a corrected return" exercise.
     */
    public static Path correctedReturn(Path out, long seed, int schools, String school, int year) {
        return correctedReturn(out, seed, schools, school, year, false);
    }

    /** As above; a file already there is replaced only if {@code replace}. */
    public static Path correctedReturn(Path out, long seed, int schools, String school, int year, boolean replace) {
        try {
            return CorrectedReturns.write(out, seed, schools, school, year, replace);
        } catch (org.emisworkbench.model.Refusal e) {
            throw ServiceException.from(e);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new ServiceException(Message.of("samples.cannotWriteCorrected", out, e.getMessage()), e);
        }
    }
}
