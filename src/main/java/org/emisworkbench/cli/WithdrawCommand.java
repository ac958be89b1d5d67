package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.emisworkbench.model.ReturnWithdrawal;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis withdraw}: take one school's return of a year out of the count, kept as history; or undo that. */
@Command(name = "withdraw", description = {"Withdraw one school's return of a census year (a phantom school made by a"
        + " mistyped code, a school that closed): its figures stop counting in indicators, reports, exports,"
        + " validation and Explore, its open findings of the year are closed, and the return is kept as history with"
        + " who, when and why. --undo brings it back exactly, unless a newer return of the school and year was"
        + " imported since.", "Exit status 2 for an unknown school or one with no return that year."})
final class WithdrawCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--year", required = true, description = "Census year of the return")
    int year;

    @Option(names = "--school", required = true, paramLabel = "CODE", description = "The school's code")
    String school;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept with the withdrawal")
    String reason;

    @Option(names = "--undo", description = "Bring back the school's withdrawn return of the year")
    boolean undo;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench wb = workspace.open()) {
            if (undo) {
                ReturnWithdrawal w = wb.restoreReturn(school, year);
                out.printf("Restored the %d return of %s, read from %s: %d figure(s) count again, %d finding(s)"
                                + " open again.%n", w.year(), TerminalText.line(w.school()),
                        TerminalText.line(String.join(", ", w.files())), w.figures(), w.findingsClosed());
                return 0;
            }
            ReturnWithdrawal w = wb.withdrawReturn(school, year, reason);
            out.printf("Withdrew the %d return of %s, read from %s: %d figure(s) no longer count%s. It is kept as"
                            + " history (withdrawal #%d, by %s).%n", w.year(), TerminalText.line(w.school()),
                    TerminalText.line(String.join(", ", w.files())), w.figures(),
                    w.findingsClosed() == 0 ? "" : ", " + w.findingsClosed() + " open finding(s) closed as withdrawn",
                    w.id(), TerminalText.line(String.valueOf(w.by())));
            out.printf("Undo: emis withdraw --db %s --year %d --school %s --undo%n", quoted(workspace.db), w.year(),
                    quoted(w.schoolCode()));
            return 0;
        }
    }

    /** A value as it can be typed again on a command line. */
    static String quoted(String value) {
        return org.emisworkbench.model.KeptReturn.quoted(value);
    }
}
