package org.emisworkbench.service;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.samples.CorrectedReturns;
import org.emisworkbench.samples.SampleCountryGenerator;
import org.emisworkbench.samples.SampleSummary;

/** The sample country for training and trying the workbench. */
public final class SampleService {
    private SampleService() {
    }

    public static SampleSummary generate(Path out, long seed, int schools, Progress progress) {
        return generate(out, seed, schools, progress, Cancellation.none());
    }

    public static SampleSummary generate(Path out, long seed, int schools, Progress progress, Cancellation cancel) {
        try {
            return SampleCountryGenerator.generate(out, seed, schools, progress, cancel);
        } catch (IllegalArgumentException e) {
            // The generator checks the school count itself; its message says the bounds.
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new ServiceException(Message.of("samples.cannotWrite", out, e.getMessage()), e);
        }
    }

    /**
     * Writes the corrected return of a school with a planted error (forms and rosters only), as the school
     * would send it back after a query; for the "re-import a corrected return" exercise.
     */
    public static Path correctedReturn(Path out, long seed, int schools, String school, int year) {
        try {
            return CorrectedReturns.write(out, seed, schools, school, year);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Message.of("error.sentence", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new ServiceException(Message.of("samples.cannotWriteCorrected", out, e.getMessage()), e);
        }
    }
}
