package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;

/**
 * What the layout tests do with a workbook they wrote: draft a template from it as {@code emis template
 * draft} does, check the workbook with it, make sure the catalog picks it, import the file into a workspace
 * beside it; or import it with a template written by hand. Then read the figures back as rules and
 * indicators read them. One copy for DraftedLayoutsTest and UnseenLayoutsTest.
 */
final class DraftedImports {
    /** A drafted template, what checking the workbook with it found, and the import's outcome. */
    record Run(String json, TemplateWorkshop.CheckReport check, FileResult result) {
    }

    private final Path dir;
    private final int year;
    private final TemplateWorkshop workshop;

    /**
     * Files, templates and the workspace {@code w} go to {@code dir}; figures are read for {@code year};
     * {@code workshop} drafts and checks (over the built-in templates).
     */
    DraftedImports(Path dir, int year, TemplateWorkshop workshop) {
        this.dir = dir;
        this.year = year;
        this.workshop = workshop;
    }

    Run draftCheckImport(Workbook wb, String fileName) throws Exception {
        return draftCheckImport(wb, dir, fileName);
    }

    /** As above, in {@code folder} (its own templates folder and workspace). */
    Run draftCheckImport(Workbook wb, Path folder, String fileName) throws Exception {
        return draftCheckImport(wb, folder, fileName, null);
    }

    /**
     * As above, checked and imported for {@code censusYear} as {@code --year} gives it (a file named by another
     * calendar's year, {@code kaski_flash_2081.xlsx}); null: the year the template reads from the file.
     */
    Run draftCheckImport(Workbook wb, Path folder, String fileName, Integer censusYear) throws Exception {
        Path file = write(wb, folder, fileName);
        String id = TemplateWorkshop.idFor(file);
        String json = workshop.draft(file, id).draft().json();
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Path out = templates.resolve(id + ".json");
        TemplateWorkshop.write(json, out, false);
        Template t = TemplateLoader.load(out);
        TemplateWorkshop.CheckReport check = workshop.check(file, t, censusYear, Cancellation.none());
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        var match = catalog.match(List.of(file), Progress.NONE, Cancellation.none()).get(0);
        assertEquals(id, match.best(), "the draft is the best fit of its own file: " + match.choices());
        try (Workbench w = Workbench.open(folder.resolve("w"))) {
            ImportReport r = new ImportService(w, catalog).importFiles(new ImportRequest(List.of(file), id,
                    censusYear), Progress.NONE, Cancellation.none());
            return new Run(json, check, r.files().get(0));
        }
    }

    /** Imports a workbook with a template written by hand, into the same workspace. */
    FileResult importWith(Workbook wb, String fileName, String templateJson) throws Exception {
        return importWith(wb, fileName, templateJson, null);
    }

    /** As above, for {@code censusYear} as {@code --year} gives it (null: the year the template reads). */
    FileResult importWith(Workbook wb, String fileName, String templateJson, Integer censusYear) throws Exception {
        Path file = write(wb, dir, fileName);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String id = templateJson.replaceAll("(?s).*?\"id\":\\s*\"([^\"]+)\".*", "$1");
        Files.writeString(templates.resolve(id + ".json"), templateJson);
        TemplateCatalog catalog = TemplateCatalog.load(templates);
        assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
        try (Workbench w = open()) {
            return new ImportService(w, catalog).importFiles(new ImportRequest(List.of(file), id, censusYear),
                    Progress.NONE, Cancellation.none()).files().get(0);
        }
    }

    private static Path write(Workbook wb, Path folder, String fileName) throws Exception {
        Path file = folder.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    Workbench open() {
        return Workbench.open(dir.resolve("w"));
    }

    /** The draft reads every census column, and the import reports none unread or unmatched. */
    static void assertNoUnread(Run run) {
        assertEquals(0, run.check().unreadNumberColumns(), "the draft reads every census column: "
                + run.check().sheets() + "\n" + run.json());
        assertEquals(0, count(run.result(), "UNREAD_FIGURES"), run.result().problems() + "\n" + run.json());
        assertEquals(0, count(run.result(), "UNMATCHED_COLUMN"), run.result().problems() + "\n" + run.json());
    }

    /** Imported, {@code schools} schools, every column read, and no problem at all. */
    static void assertClean(Run run, int schools) {
        FileResult f = run.result();
        assertEquals(FileOutcome.IMPORTED, f.outcome(), f.message());
        assertEquals(schools, f.schoolsAdded(), "schools");
        assertNoUnread(run);
        assertEquals(0, f.problemCount(), "no problem on a clean return: " + f.problems() + "\n" + run.json());
    }

    static int count(FileResult f, String kind) {
        return f.problems().stream().filter(p -> p.kind().equals(kind)).mapToInt(FileResult.ProblemSummary::count)
                .sum();
    }

    static String first(FileResult f, String kind) {
        return f.problems().stream().filter(p -> p.kind().equals(kind)).findFirst()
                .map(FileResult.ProblemSummary::firstCell).orElse(null);
    }

    org.emisworkbench.model.SchoolListing school(Workbench w, String code) {
        return w.schools(year, null).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no school " + code));
    }

    void assertEnrolment(Workbench w, String school, int slot, int girls, int boys) {
        assertFigure(w, school, Topic.ENROLMENT, slot, girls, boys);
    }

    /** The figure as rules and indicators read it, by sex. */
    void assertFigure(Workbench w, String school, Topic topic, int slot, int girls, int boys) {
        var rows = new SchoolDetails(w).figures(school, year, school(w, school).district());
        assertFalse(rows.isEmpty(), school + " has figures");
        var row = rows.stream().filter(x -> x.topic() == topic && x.slot() == slot).findFirst()
                .orElseThrow(() -> new AssertionError(school + ": no " + topic + " slot " + slot + " in " + rows));
        assertEquals(girls, row.female(), school + " " + row.label() + " F");
        assertEquals(boys, row.male(), school + " " + row.label() + " M");
    }
}
