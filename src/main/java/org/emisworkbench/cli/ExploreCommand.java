package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;
import org.emisworkbench.model.explore.Measure;
import org.emisworkbench.model.explore.Pivot;
import org.emisworkbench.model.explore.PivotText;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code emis explore}: an ad-hoc table of the census, printed, saved or written for Excel or scripts. */
@Command(name = "explore", description = {"Build an ad-hoc table of the census (any figure by any dimensions), print"
        + " it, save it or write it.",
        // One paragraph: picocli wraps it to the terminal (lines broken by hand came out ragged).
        "A --measure (enrolment, teachers.total, pupils_per_teacher…) split by --rows and --columns (year, region,"
        + " district, school, ownership, locality, level, grade, age, sex), with --filter DIM=V1,V2. Or reopen a"
        + " saved one with --view NAME or a shared file with --definition FILE. --save NAME keeps it in the"
        + " workspace; --out writes .xlsx (the table and its definition), .csv (one line per cell) or .json (the"
        + " definition to share). --drill ROW,COLUMN lists the schools behind a cell (numbered from 1; 0 for a"
        + " total). --list shows measures, dimensions and saved explorations. A value marked * is partial: some"
        + " schools of its row or column report none of its figures."})
final class ExploreCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--measure", description = "What the cells show (see --list)")
    String measure;

    @Option(names = "--rows", split = ",", description = "Dimensions of the rows, outermost first")
    List<String> rows = new ArrayList<>();

    @Option(names = "--columns", split = ",", description = "Dimensions of the columns, outermost first")
    List<String> columns = new ArrayList<>();

    @Option(names = "--filter", description = "DIMENSION=VALUE[,VALUE…], e.g. grade=G4,G5,G6 or year=2024,2025 (repeatable)")
    List<String> filters = new ArrayList<>();

    @Option(names = "--subtotals", negatable = true, description = "With two or more --rows: a subtotal row after each"
            + " group sharing its outer values (each region's districts, then the region); --no-subtotals: none")
    Boolean subtotals;

    @Option(names = "--view", description = "A saved or built-in exploration to start from")
    String view;

    @Option(names = "--definition", description = "An exploration file (.json) to start from")
    Path definition;

    @Option(names = "--save", description = "Save the exploration in the workspace under this name")
    String save;

    @Option(names = "--drill", description = "ROW,COLUMN: list the schools behind that cell (0 for a total)")
    String drill;

    @Option(names = "--out", description = "Write the table (.xlsx, .csv) or its definition (.json)")
    Path out;

    @Option(names = "--force", description = "Replace a file of the same kind already there (never the workspace)")
    boolean force;

    @Option(names = "--list", description = "List measures, dimensions and saved explorations")
    boolean list;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PivotText text = new PivotText(language.lang);
        int[] cell = drill == null ? null : cell(drill);
        try (Workbench wb = workspace.open()) {
            if (list) {
                list(o, wb, text);
                return 0;
            }
            Exploration ex = exploration(wb);
            if (save != null) {
                wb.explore().save(ex.named(save));
                o.println("Saved the exploration as \"" + save + "\".");
                ex = ex.named(save);
            }
            if (out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                o.println("Wrote " + wb.explore().writeDefinition(ex, out, force));
                return 0;
            }
            Pivot p = wb.explore().run(ex, CliProgress.to(spec.commandLine().getErr()), Cancellation.none());
            if (cell != null) {
                p = wb.explore().drill(p, cell[0] - 1, cell[1] - 1, CliProgress.to(spec.commandLine().getErr()),
                        Cancellation.none());
            }
            if (out != null) {
                o.println("Wrote " + wb.explore().write(p, out, force, text.locale()));
            } else {
                PivotPrinter.print(o, p, text);
            }
            return 0;
        }
    }

    private Exploration exploration(Workbench wb) {
        Exploration base = view != null ? wb.explore().view(view)
                : definition != null ? wb.explore().readFile(definition) : null;
        if (base == null && measure == null) {
            throw new ParameterException(spec.commandLine(),
                    "Give --measure (see --list), or --view NAME, or --definition FILE");
        }
        Measure m = measure == null ? base.measure() : Measure.byId(measure).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "No measure \"" + measure + "\"; emis explore --list shows them"));
        List<Dimension> r = rows.isEmpty() && base != null ? base.rows() : dimensions(rows);
        List<Dimension> c = columns.isEmpty() && base != null ? base.columns() : dimensions(columns);
        Map<Dimension, Set<String>> f = new EnumMap<>(Dimension.class);
        if (base != null) {
            f.putAll(base.filters());
        }
        for (String filter : filters) {
            int eq = filter.indexOf('=');
            if (eq <= 0 || eq == filter.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--filter takes DIMENSION=VALUE[,VALUE…], not " + filter);
            }
            Dimension d = dimension(filter.substring(0, eq));
            Set<String> values = new LinkedHashSet<>();
            for (String v : filter.substring(eq + 1).split(",")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
            f.put(d, values);
        }
        boolean withSubtotals = subtotals != null ? subtotals : base != null && base.subtotals();
        return new Exploration(base == null ? null : base.name(), m, r, c, f, withSubtotals);
    }

    private List<Dimension> dimensions(List<String> ids) {
        List<Dimension> out = new ArrayList<>();
        for (String id : ids) {
            if (!id.isBlank()) {
                out.add(dimension(id));
            }
        }
        return out;
    }

    private Dimension dimension(String id) {
        return Dimension.fromId(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "No dimension \"" + id + "\"; dimensions: year, region, district, school, ownership, locality, level,"
                        + " grade, age, sex"));
    }

    private int[] cell(String s) {
        String[] parts = s.split(",");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--drill takes ROW,COLUMN (numbers from 1, 0 for a total), not " + s);
    }

    private static void list(PrintWriter o, Workbench wb, PivotText text) {
        o.println("Measures:");
        for (Measure m : Measure.all()) {
            List<String> by = new ArrayList<>();
            m.splits().forEach(d -> by.add(d.id()));
            o.println("  " + m.id() + " — " + text.measure(m) + (by.isEmpty() ? "" : " (also by " + String.join(", ", by) + ")"));
        }
        o.println("Dimensions of every measure: year, region, district, school, ownership, locality, level");
        o.println("Explorations: " + String.join(", ", wb.explore().views()));
        for (String v : wb.explore().views()) {
            String title = text.view(v);
            o.println("  " + v + (title.equals(v) ? "" : " — " + title));
        }
    }
}
