package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.SchoolGroup;
import org.emisworkbench.model.Message;
import org.emisworkbench.service.IndicatorService;
import org.emisworkbench.service.SchoolDetails;
import org.emisworkbench.service.ServiceException;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis indicators}: the indicators of a year for a district or the country. */
@Command(name = "indicators", description = "Compute the education indicators of a census year.")
final class IndicatorsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @Option(names = "--district", description = "District code (default: the country)")
    String district;

    @Option(names = "--school", paramLabel = "CODE",
            description = "One school's figures, with the same workings (not with --district or --by); the level"
                    + " defaults to the school's own")
    String school;

    @Option(names = "--level", description = "Education level, e.g. primary (default), lower_secondary")
    String level;

    @Mixin
    AgeCoverageOption ages;

    @Option(names = "--by", paramLabel = "GROUP",
            description = "Equity breakdown: the indicators of each locality or ownership of the area (JSON only)")
    SchoolGroup by;

    /** Errors, reasons and notes in the officer's language; the JSON and CSV keep their keys. */
    @Mixin
    LanguageOption language;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default ${DEFAULT-VALUE})")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { json, csv }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench wb = workspace.open()) {
            AreaSelector area = district == null ? AreaSelector.country() : AreaSelector.district(district);
            if (school != null) {
                if (district != null || by != null) {
                    throw new ServiceException(Message.of("cli.indicators.schoolAlone", district != null ? "--district"
                            : "--by"));
                }
                var found = wb.indicators().school(year, school).orElseThrow(() -> new ServiceException(wb.notFound(
                        Message.of("cli.indicators.noReturn", school, Integer.toString(year)), school)));
                area = found.area();
                if (level == null) {
                    level = found.level();
                }
            }
            if (by != null) {
                if (format != Format.json) {
                    throw new ServiceException(Message.of("cli.indicators.byJsonOnly"));
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                IndicatorService service = wb.indicators();
                service.computeByGroup(year, area, level, ages.settings(), by).forEach((group, values) -> {
                    Map<String, Object> ofGroup = new LinkedHashMap<>();
                    values.forEach(v -> ofGroup.put(v.id(), IndicatorJson.of(v, language.lang)));
                    doc.put(group, ofGroup);
                });
                Output.json(out, doc);
                return 0;
            }
            List<IndicatorValue> values = wb.indicators().compute(year, area, level, ages.settings());
            if (format == Format.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                values.forEach(v -> doc.put(v.id(), IndicatorJson.of(v, language.lang)));
                Output.json(out, doc);
                return 0;
            }
            Output.csv(out, List.of("id", "area", "level", "year", "unit", "part", "value", "numerator", "denominator",
                    "available", "reason", "schools_counted", "imputed_share", "note"));
            for (IndicatorValue v : values) {
                Output.csv(out, Arrays.asList(v.id(), v.area().toString(), v.level(), v.year(), v.unit().code(), "all",
                        v.value(), v.numerator(), v.denominator(), v.available(), words(v.why()),
                        v.coverage() == null ? null : v.coverage().counted(), v.imputedShare(), words(v.caveat())));
                v.bySex().forEach((sex, b) -> Output.csv(out, Arrays.asList(v.id(), v.area().toString(), v.level(),
                        v.year(), v.unit().code(), "sex=" + sex, b.value(), b.numerator(), b.denominator(),
                        b.available(), words(b.why()), null, null, null)));
                v.byGrade().forEach((g, b) -> Output.csv(out, Arrays.asList(v.id(), v.area().toString(), v.level(),
                        v.year(), v.unit().code(), "grade=" + g, b.value(), b.numerator(), b.denominator(),
                        b.available(), words(b.why()), null, null, words(b.caveat()))));
            }
            return 0;
        }
    }

    private String words(Message m) {
        return TerminalText.message(m, language.lang);
    }
}
