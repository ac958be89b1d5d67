package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.emisworkbench.service.BoundaryService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emis boundaries}: the areas' boundaries from a GeoJSON file, kept in the workspace (docs/maps.md). */
@Command(name = "boundaries", description = "Keep the districts' and regions' boundaries from a GeoJSON file in the"
        + " workspace, in place of earlier ones; features are matched to area codes by a property.")
final class BoundariesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "FILE", description = "GeoJSON FeatureCollection of Polygon/MultiPolygon areas")
    Path file;

    @Option(names = "--property", paramLabel = "NAME", defaultValue = BoundaryService.DEFAULT_PROPERTY,
            description = "The feature property holding the district or region code (default ${DEFAULT-VALUE})")
    String property;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench wb = workspace.openOrCreate()) {
            BoundaryService.Imported r = wb.boundaries().importFile(file, property);
            out.printf("%s: %d district and %d region boundaries kept (matched by \"%s\")%s%n",
                    TerminalText.line(r.file().getFileName()), r.districts().size(), r.regions().size(), TerminalText.line(r.property()),
                    r.replaced() > 0 ? ", in place of the " + r.replaced() + " kept before" : "");
            list(out, "Features matching no district or region (left out)", r.unmatchedFeatures());
            list(out, "Districts without a boundary", r.districtsWithout());
            list(out, "Regions without a boundary", r.regionsWithout());
            return 0;
        }
    }

    private static void list(PrintWriter out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.println(title + " (" + items.size() + "): " + TerminalText.line(String.join(", ", items)));
        }
    }
}
