package org.emisworkbench.cli;

import java.util.Locale;
import org.emisworkbench.model.Paper;
import org.emisworkbench.model.ReportOptions;
import picocli.CommandLine.Option;

/** Language, paper and bounds shared by the report commands. */
final class ReportOptionsMixin {
    @Option(names = "--lang", defaultValue = "en", converter = LanguageCodes.class,
            completionCandidates = LanguageCodes.class,
            description = "Language of the report: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Locale lang;

    @Option(names = "--paper", defaultValue = "a4", description = "a4 or letter (default ${DEFAULT-VALUE})")
    Paper paper;

    @Option(names = "--ptr-bound", defaultValue = "40", description = "Flag schools above this many pupils per teacher")
    double ptrBound;

    @Option(names = "--level", description = "Education level, e.g. primary (default), lower_secondary")
    String level;

    ReportOptions options() {
        return new ReportOptions(lang, paper, ptrBound, ReportOptions.DEFAULT_ROOM_BOUND);
    }
}
