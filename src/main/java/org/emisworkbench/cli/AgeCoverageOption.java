package org.emisworkbench.cli;

import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.Message;
import org.emisworkbench.service.ServiceException;
import picocli.CommandLine.Option;

/** {@code --min-age-coverage}: the publication threshold of figures that count pupils by age. */
final class AgeCoverageOption {
    @Option(names = "--min-age-coverage", paramLabel = "PERCENT",
            description = "Least share of pupils whose age is known for NER and over-age to be published;"
                    + " the others' ages are estimated (default 50)")
    Double percent;

    IndicatorSettings settings() {
        if (percent == null) {
            return IndicatorSettings.DEFAULT;
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw new ServiceException(Message.verbatim("--min-age-coverage is a percentage from 0 to 100, not "
                    + percent + "."));
        }
        return new IndicatorSettings(percent / 100);
    }
}
