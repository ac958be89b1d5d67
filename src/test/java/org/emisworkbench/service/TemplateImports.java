package org.emisworkbench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AreaSelector;
import org.emisworkbench.model.IndicatorValue;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;

/**
 * Imports a workbook written by a test with a template the test wrote, into a fresh workspace, and
 * answers what the officer would ask next: findings, indicators, provenance.
 */
final class TemplateImports implements AutoCloseable {
    final Workbench workbench;
    private final Path dir;

    TemplateImports(Path dir) {
        this.dir = dir;
        this.workbench = Workbench.open(dir.resolve("workspace"));
    }

    /** Saves the workbook and the template JSON, imports the one with the other for {@code year}. */
    FileResult importWith(XSSFWorkbook wb, String fileName, String templateJson, Integer year) throws IOException {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        Path template = dir.resolve(fileName + ".template.json");
        Files.writeString(template, templateJson);
        ImportReport r = new ImportService(workbench, TemplateCatalog.load(null)).importFiles(
                new ImportRequest(List.of(file), template.toString(), year), Progress.NONE, Cancellation.none());
        return r.files().get(0);
    }

    /** Runs the default rule pack over {@code year} and returns every finding. */
    List<StoredFinding> validate(int year) {
        ValidationService v = new ValidationService(workbench);
        v.validate(null, year, null, Progress.NONE, Cancellation.none());
        return v.findings(org.emisworkbench.model.FindingFilter.all()).stream().filter(f -> f.finding().year() == year).toList();
    }

    /** Findings of one rule for one school. */
    static List<StoredFinding> of(List<StoredFinding> all, String rule, String school) {
        return all.stream().filter(f -> f.finding().ruleId().equals(rule) && school.equals(f.finding().schoolCode()))
                .toList();
    }

    IndicatorValue indicator(int year, AreaSelector area, String id) {
        return new IndicatorService(workbench).compute(year, area, null).stream().filter(i -> i.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        workbench.close();
    }
}
