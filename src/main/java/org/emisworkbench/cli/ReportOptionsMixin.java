package org.emisworkbench.cli;

import org.emisworkbench.model.Paper;
import org.emisworkbench.model.ReportOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Language, paper and bounds shared by the report commands. */
final class ReportOptionsMixin {
    @Mixin
    LanguageOption language;

    @Option(names = "--paper", defaultValue = "a4", description = "a4 or letter (default ${DEFAULT-VALUE})")
    Paper paper;

    @Option(names = "--ptr-bound", defaultValue = "40", description = "Flag schools above this many pupils per teacher")
    double ptrBound;

    @Option(names = "--level", description = "Education level, e.g. primary (default), lower_secondary")
    String level;

    ReportOptions options() {
        return new ReportOptions(language.lang, paper, ptrBound, ReportOptions.DEFAULT_ROOM_BOUND);
    }
}
