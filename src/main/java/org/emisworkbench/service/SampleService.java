package org.emisworkbench.service;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
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
        if (schools < SampleCountryGenerator.MIN_SCHOOLS || schools > SampleCountryGenerator.MAX_SCHOOLS) {
            throw new ServiceException("--schools must be between " + SampleCountryGenerator.MIN_SCHOOLS + " and "
                    + SampleCountryGenerator.MAX_SCHOOLS + ".");
        }
        try {
            return SampleCountryGenerator.generate(out, seed, schools, progress, cancel);
        } catch (UncheckedIOException e) {
            throw new ServiceException("Cannot write the sample country to " + out + ": " + e.getMessage(), e);
        }
    }
}
