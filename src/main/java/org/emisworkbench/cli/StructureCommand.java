package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolStructure;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis structure}: show or change the school structure: years of primary and lower secondary, entrance age. */
@Command(name = "structure", description = {
        "Show the workspace's school structure: each level with its grades and their official ages.",
        "With --primary, --lower-secondary or --entrance-age, change it (what is not given stays as it is):"
                + " upper secondary is the rest of the grades up to G12, or up to G13 when --upper-secondary makes"
                + " thirteen (7+4+2: Uganda). Stored figures stay in their grades;"
                + " indicators and reports follow at once; run the checks again (emis validate) afterwards."})
final class StructureCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--primary", paramLabel = "YEARS", description = "Years of primary, G1 onwards (4 to 9)")
    Integer primary;

    @Option(names = "--lower-secondary", paramLabel = "YEARS",
            description = "Years of lower secondary after primary (at least 1; upper secondary keeps at least 1)")
    Integer lowerSecondary;

    @Option(names = "--upper-secondary", paramLabel = "YEARS",
            description = "Years of upper secondary: the rest up to G12, or one more for a 13th grade G13"
                    + " (more than thirteen grades is refused)")
    Integer upperSecondary;

    @Option(names = "--entrance-age", paramLabel = "AGE",
            description = "Official age of G1 (4 to 9); PP's is one below, each later grade's one above")
    Integer entranceAge;

    @Option(names = "--pre-primary", paramLabel = "YEARS",
            description = "Years of pre-primary before G1 (1 to 3): one is kept as PP, more as PP1, PP2…;"
                    + " changed only while the workspace holds no figures")
    Integer prePrimary;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale lang = language.lang;
        boolean changing = primary != null || lowerSecondary != null || entranceAge != null || upperSecondary != null
                || prePrimary != null;
        // Setting the structure is often the first thing done with a new country's workspace: it creates it.
        try (Workbench wb = changing ? workspace.openOrCreate() : workspace.open()) {
            Message said = null;
            if (changing) {
                Optional<SchoolStructure> now = wb.structure().current();
                if (now.isEmpty() && (primary == null || lowerSecondary == null || entranceAge == null)) {
                    spec.commandLine().getErr().println("error: " + TerminalText.text(lang, "cli.structure.giveAll"));
                    return PlainErrors.FAILED;
                }
                SchoolStructure base = now.orElse(null);
                int p = primary != null ? primary : base.primaryYears();
                int l = lowerSecondary != null ? lowerSecondary : base.lowerSecondaryYears();
                int age = entranceAge != null ? entranceAge : base.entranceAge();
                int pre = prePrimary != null ? prePrimary : base.prePrimaryYears();
                // Without --upper-secondary the number of grades stays (G12, or G13 once given, decision 0072).
                SchoolStructure target = upperSecondary != null
                        ? SchoolStructure.withUpper(p, l, upperSecondary, age, pre)
                        : new SchoolStructure(p, l, age, pre, base == null ? SchoolStructure.GRADES : base.lastGrade());
                said = wb.structure().change(target, upperSecondary);
            }
            GradeSystem grades = wb.structure().grades();
            Optional<SchoolStructure> structure = SchoolStructure.of(grades);
            if (format == Format.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("database", wb.location());
                doc.put("structure", structure.map(StructureCommand::json).orElse(null));
                doc.put("levels", levels(grades));
                doc.put("last_change", wb.structure().lastChange().orElse(null));
                if (said != null) {
                    doc.put("message", TerminalText.message(said));
                }
                Output.json(out, doc);
                return 0;
            }
            if (said != null) {
                out.println(TerminalText.message(said, lang));
                out.println();
            }
            String where = TerminalText.line(wb.location());
            out.println(structure.map(s -> TerminalText.text(lang, "cli.structure.of", where, s.primaryYears(),
                    s.entranceAge(), s.lowerSecondaryYears(), s.upperSecondaryYears()))
                    .orElse(TerminalText.text(lang, "cli.structure.ofOther", where)));
            for (String level : grades.levels()) {
                List<String> each = grades.gradesOf(level).stream()
                        .map(g -> TerminalText.text(lang, "cli.structure.grade", TerminalText.line(g.code()),
                                g.officialAge())).toList();
                out.printf("  %-16s %s%n", TerminalText.line(level), String.join(", ", each));
            }
            wb.structure().lastChangeSaid().ifPresent(n -> out.println(TerminalText.message(n, lang)));
            return 0;
        }
    }

    private static Map<String, Object> json(SchoolStructure s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primary_years", s.primaryYears());
        m.put("lower_secondary_years", s.lowerSecondaryYears());
        m.put("upper_secondary_years", s.upperSecondaryYears());
        m.put("entrance_age", s.entranceAge());
        m.put("pre_primary_years", s.prePrimaryYears());
        return m;
    }

    private static List<Map<String, Object>> levels(GradeSystem grades) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String level : grades.levels()) {
            List<Map<String, Object>> each = new ArrayList<>();
            for (Grade g : grades.gradesOf(level)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", g.code());
                m.put("slot", g.slot());
                m.put("official_age", g.officialAge());
                each.add(m);
            }
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("level", level);
            l.put("grades", each);
            out.add(l);
        }
        return out;
    }
}
