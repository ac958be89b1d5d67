package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.ExchangeService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code emis export}: the district summary's tables as an .xlsx workbook, or the year's figures for a
 * ministry's DHIS2 (a data value set in JSON, or ADX) through a mapping file.
 */
@Command(name = "export", description = {"Write the figures for Excel, DHIS2 (JSON or ADX) or scripts (long CSV).","Write the district summary tables as an .xlsx workbook (--format xlsx), "
        + "or the figures for DHIS2 as a data value set (--format dhis2-json) or ADX (--format adx) as a "
        + "--mapping file says (docs/exchange.md). Figures with error findings not yet checked (open or "
        + "queried) are held back unless --include-unchecked; the export says how many. --format long-csv "
        + "writes every figure as one row (school, topic, grade or item, age, sex, value, source cell) for analysts; "
        + "--format uis the UIS questionnaire tables (.xlsx) with a workings sheet."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ReportOptionsMixin report;

    @Mixin
    AgeCoverageOption ages;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @Option(names = "--district", description = "District code (required for xlsx; for the other formats, leave"
            + " out for the whole country)")
    String district;

    @Option(names = "--format", defaultValue = "xlsx", description = "xlsx (default), dhis2-json, adx, long-csv or uis")
    String format;

    @Option(names = "--mapping", description = "The mapping file for dhis2-json and adx (data elements, org units…)")
    Path mapping;

    @Option(names = "--include-unchecked", description = "Also send figures with open or queried error findings")
    boolean includeUnchecked;

    @Option(names = "--out", required = true, description = "The file to write (.xlsx, .json, .xml for ADX, .csv)")
    Path out;

    @Option(names = "--force", description = "Replace files of the same kind already there (never the workspace)")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        ExchangeService.Format f = xlsx ? null : ExchangeService.Format.parse(format);
        // Usage mistakes are refused before the workspace is opened.
        if (xlsx && district == null) {
            throw new ParameterException(spec.commandLine(), "--district is required for the xlsx summary tables");
        }
        if ((f == ExchangeService.Format.DHIS2_JSON || f == ExchangeService.Format.ADX) && mapping == null) {
            throw new ParameterException(spec.commandLine(), "--mapping FILE is required for --format " + format
                    + " (the sample country's is sample-workbooks/dhis2-mapping.json)");
        }
        try (Workbench wb = workspace.open()) {
            if (xlsx) {
                wb.reports(ages.settings()).export(year, district, report.level, report.options(), out, force);
                o.println(TerminalText.text(LanguageOption.of(spec.commandLine()), "cli.wrote", out));
            } else if (f == ExchangeService.Format.UIS) {
                ExchangeService.LongResult r = wb.exchange().exportUis(year, district, report.options().locale(), out,
                        force, CliProgress.to(spec.commandLine().getErr()), Cancellation.none());
                o.println("Wrote " + r.file() + ": the UIS questionnaire tables from " + r.rows()
                        + " schools, with a workings sheet.");
            } else if (f == ExchangeService.Format.LONG_CSV) {
                ExchangeService.LongResult r = wb.exchange().exportLong(year, district, out, force,
                        CliProgress.to(spec.commandLine().getErr()), Cancellation.none());
                o.println("Wrote " + r.file() + ": " + r.rows() + " figures, one row each with its source cell.");
            } else {
                print(o, wb.exchange().export(year, district, f, mapping, includeUnchecked, out, force,
                        CliProgress.to(spec.commandLine().getErr()), Cancellation.none()));
            }
            likelyTypos(o, wb.exchange().likelyTypos(year, district));
            return 0;
        }
    }

    /**
     * Schools of the export whose code looks like a typo of another school's (IMP-35, not confirmed): a phantom
     * school's figures are another school's counted twice, and IMP-35 being a warning they are not held back as
     * unchecked; named here, in every format (review 22, item 4).
     */
    private void likelyTypos(PrintWriter o, List<org.emisworkbench.model.LikelyTypo> typos) {
        if (typos.isEmpty()) {
            return;
        }
        o.println("Likely code typos: " + typos.size() + (typos.size() == 1 ? " school" : " schools")
                + " in this export " + (typos.size() == 1 ? "has a code" : "have codes") + " that look"
                + (typos.size() == 1 ? "s" : "") + " like a typo of another school's (IMP-35, not confirmed), "
                + (typos.size() == 1 ? "its" : "their") + " figures perhaps that school's counted twice: "
                + typos.stream().limit(20).map(t -> t.code() + (t.name() == null ? "" : " (" + t.name() + ")")
                        + (t.typoOf() == null ? "" : ", typo of " + t.typoOf() + "?")
                        + (t.cell() == null ? "" : " at " + t.file() + " " + t.cell()))
                        .collect(Collectors.joining("; "))
                + (typos.size() > 20 ? "; …" : "") + ". Withdraw a phantom school's return (emis withdraw --db "
                + WithdrawCommand.quoted(workspace.db) + " --year " + year + " --school "
                + (typos.size() == 1 ? WithdrawCommand.quoted(typos.get(0).code()) : "CODE") + ") and export again,"
                + " or confirm the finding if they are two schools.");
    }

    private void print(PrintWriter o, ExchangeService.Result r) {
        o.println("Wrote " + r.file() + ": " + r.sent() + " values from " + r.schools() + " schools, data set "
                + r.dataSet() + ".");
        if (r.unchecked() > 0) {
            Map<String, Integer> by = r.heldBackBySchool();
            o.println("Held back: " + r.unchecked() + " values with error findings not yet checked (open or queried),"
                    + " in " + by.size() + (by.size() == 1 ? " school: " : " schools: ") + by.entrySet().stream().limit(20)
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))
                    + (by.size() > 20 ? ", …" : "") + ". Check them, or give --include-unchecked to send them.");
        }
        if (!r.areasWithoutCode().isEmpty()) {
            o.println("Not sent: no organisation unit in " + r.mappingId() + " for "
                    + String.join(", ", r.areasWithoutCode()) + " (" + r.withoutCode() + " values).");
        }
        List<String> noSex = r.schoolsSexNotReported();
        if (!noSex.isEmpty()) {
            // Never shared out between women and men: the officer must know the values by sex miss them.
            o.println("Partial by sex: " + noSex.size() + (noSex.size() == 1 ? " school gives" : " schools give")
                    + " teachers without their sex (" + noSex.stream().limit(20).collect(Collectors.joining(", "))
                    + (noSex.size() > 20 ? ", …" : "") + "): they are in no value by sex, and the values by sex they"
                    + " belong to say so in their comment" + (r.sexNotReported() > 0 ? "; " + r.sexNotReported()
                    + " values by sex had no school giving the sex and were not sent." : "."));
        }
    }
}
