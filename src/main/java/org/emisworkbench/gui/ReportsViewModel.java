package org.emisworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emisworkbench.model.ReportOptions;
import org.emisworkbench.service.ExchangeService;
import org.emisworkbench.service.PackageService;
import org.emisworkbench.service.ReportService;
import org.emisworkbench.service.Workbench;

/** Reports: one district's summary or all of them, with progress, a preview, and where the PDFs went. */
public final class ReportsViewModel {
    private final Session session;
    private final AreaSelectors area;
    private final StringProperty folder = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty replace = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final ObjectProperty<Path> lastFile = new SimpleObjectProperty<>();
    private final StringProperty openProblem = new SimpleStringProperty("");
    private final DesktopOpener opener;
    private final javafx.beans.binding.BooleanBinding canGenerate;
    // Sending the figures to the ministry (docs/exchange.md)
    private final ObjectProperty<ExchangeService.Format> exportFormat =
            new SimpleObjectProperty<>(ExchangeService.Format.DHIS2_JSON);
    private final StringProperty mappingFile = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty includeUnchecked = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty exportSummary = new SimpleStringProperty("");

    /** The ministry's format the officer chose. */
    public ObjectProperty<ExchangeService.Format> exportFormatProperty() {
        return exportFormat;
    }

    /** The mapping file a DHIS2 or ADX export goes through (the sample country's is found by default). */
    public StringProperty mappingFileProperty() {
        return mappingFile;
    }

    /** Whether figures with error findings not yet checked are sent too (off: they are held back). */
    public javafx.beans.property.BooleanProperty includeUncheckedProperty() {
        return includeUnchecked;
    }

    /** What the last export sent and held back, in a sentence or two; empty before the first. */
    public StringProperty exportSummaryProperty() {
        return exportSummary;
    }

    /** Whether the chosen format goes through a mapping file. */
    public boolean needsMapping(ExchangeService.Format f) {
        return f == ExchangeService.Format.DHIS2_JSON || f == ExchangeService.Format.ADX;
    }

    /** A file name for the export of the chosen year and district (or the country). */
    public String suggestedExportName() {
        Integer year = area.yearProperty().get();
        String district = area.districtProperty().get();
        ExchangeService.Format f = exportFormat.get();
        String what = switch (f) {
            case DHIS2_JSON -> "dhis2";
            case ADX -> "adx";
            case UIS -> "uis-tables";
            case LONG_CSV -> "figures";
        };
        return (district == null ? "country" : district) + "-" + (year == null ? "" : year + "-") + what
                + f.extensions().get(0);
    }

    /**
     * Writes the chosen year's figures for the ministry to {@code out}: DHIS2 or ADX through the mapping
     * file, the UIS tables, or every figure as a CSV; the summary says what was held back and why.
     */
    public void exportForMinistry(Path out) {
        if (session.needsWorkspace() || out == null) {
            return;
        }
        Workbench wb = session.workbench();
        Integer year = area.yearProperty().get();
        if (year == null) {
            session.notifier().info(session.t("validation.noYear"));
            return;
        }
        ExchangeService.Format f = exportFormat.get();
        String mapping = mappingFile.get() == null ? "" : mappingFile.get().strip();
        if (needsMapping(f) && mapping.isEmpty()) {
            session.notifier().info(session.t("exports.needsMapping"));
            return;
        }
        String district = area.districtProperty().get();
        boolean unchecked = includeUnchecked.get();
        Locale locale = session.messages().locale();
        // The save dialog asked before replacing a file of the same name.
        session.run(session.t("job.export", out.getFileName()), (p, c) -> withTypos(switch (f) {
            case UIS -> summary(wb.exchange().exportUis(year, district, locale, out, true, p, c), f);
            case LONG_CSV -> summary(wb.exchange().exportLong(year, district, out, true, p, c), f);
            default -> summary(wb.exchange().export(year, district, f, Path.of(mapping), unchecked, out, true, p, c));
        }, wb.exchange().likelyTypos(year, district)), text -> {
            exportSummary.set(text);
            lastExport.set(out);
            session.notifier().info(text);
        }, session.t("exports.failed"));
    }

    /** A file name for the chosen district's package ({@code D03-2025.emis.zip}). */
    public String suggestedPackageName() {
        Integer year = area.yearProperty().get();
        String district = area.districtProperty().get();
        return (district == null ? "district" : district) + "-" + (year == null ? "" : year) + ".emis.zip";
    }

    /**
     * Writes the chosen district's year as one package for the ministry (docs/exchange.md): its returns
     * with each figure's cell, schools, findings with their follow-up and a manifest.
     */
    public void sendPackage(Path out) {
        if (session.needsWorkspace() || out == null) {
            return;
        }
        Integer year = area.yearProperty().get();
        String district = area.districtProperty().get();
        if (year == null) {
            session.notifier().info(session.t("validation.noYear"));
            return;
        }
        if (district == null) {
            session.notifier().info(session.t("packages.needsDistrict"));
            return;
        }
        Workbench wb = session.workbench();
        // The save dialog asked before replacing a file of the same name.
        session.run(session.t("job.export", out.getFileName()), (p, c) -> {
            PackageService.Sent s = wb.packages().write(year, district, out, true, p, c);
            // A year is written as a year (2024), not as a number (2,024).
            return session.t("packages.sent", s.file().getFileName(), s.district(), Integer.toString(s.year()), s.schools(),
                    s.rows().get("facts"), s.rows().get("findings"));
        }, text -> {
            exportSummary.set(text);
            lastExport.set(out);
            session.notifier().info(text);
        }, session.t("exports.failed"));
    }

    /**
     * Puts district packages together in this workspace, each all or nothing; says what came in, what
     * replaced an earlier package, and why a package was refused.
     */
    public void importPackages(List<Path> files) {
        if (session.needsWorkspace() || files == null || files.isEmpty()) {
            return;
        }
        Workbench wb = session.workbench();
        session.run(session.t("job.importPackages", files.size()), (p, c) -> {
            List<org.emisworkbench.model.Message> refused = new java.util.ArrayList<>();
            List<String> lines = new java.util.ArrayList<>();
            for (PackageService.Received r : wb.packages().importPackages(files, p, c, refused)) {
                lines.add(r.already() ? session.t("packages.already", r.file().getFileName())
                        : session.t(r.replaced() == null ? "packages.imported" : "packages.replaced",
                        r.file().getFileName(), r.district(), Integer.toString(r.year()), r.schools(), r.figures(),
                        r.marks()));
            }
            refused.forEach(m -> lines.add(session.t(m)));
            return String.join("\n", lines);
        }, text -> {
            exportSummary.set(text);
            session.changed();
            session.notifier().info(text);
        }, session.t("packages.importFailed"));
    }

    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>();

    /** The file of the last export, or null. */
    public ObjectProperty<Path> lastExportProperty() {
        return lastExport;
    }

    /**
     * The export's summary, then the schools of the export whose code looks like a typo of another school's (IMP-35,
     * not confirmed): a phantom's figures are not held back, so they are named (review 22, item 4).
     */
    private String withTypos(String summary, List<org.emisworkbench.model.LikelyTypo> typos) {
        if (typos.isEmpty()) {
            return summary;
        }
        return summary + ' ' + session.t("exports.likelyTypos", typos.size(), String.join(", ", typos.stream()
                .limit(12).map(t -> t.code() + (t.typoOf() == null ? "" : " (" + t.typoOf() + "?)")).toList())
                + (typos.size() > 12 ? ", …" : ""));
    }

    private String summary(ExchangeService.LongResult r, ExchangeService.Format f) {
        return session.t(f == ExchangeService.Format.UIS ? "exports.uisDone" : "exports.csvDone", r.file().getFileName(),
                r.rows());
    }

    private String summary(ExchangeService.Result r) {
        StringBuilder sb = new StringBuilder(session.t("exports.done", r.file().getFileName(), r.sent(), r.schools()));
        if (r.unchecked() > 0) {
            sb.append(' ').append(session.t("exports.heldBack", r.unchecked(), r.heldBackBySchool().size(),
                    String.join(", ", r.heldBackBySchool().keySet().stream().limit(12).toList())
                            + (r.heldBackBySchool().size() > 12 ? ", …" : "")));
        }
        if (!r.areasWithoutCode().isEmpty()) {
            sb.append(' ').append(session.t("exports.noOrgUnit", String.join(", ", r.areasWithoutCode()),
                    r.withoutCode()));
        }
        if (!r.schoolsSexNotReported().isEmpty()) {
            sb.append(' ').append(session.t("exports.sexNotReported", r.schoolsSexNotReported().size(),
                    String.join(", ", r.schoolsSexNotReported().stream().limit(12).toList())
                            + (r.schoolsSexNotReported().size() > 12 ? ", …" : ""), r.sexNotReported()));
        }
        return sb.toString();
    }

    public ReportsViewModel(Session session) {
        this(session, DesktopOpener.SYSTEM);
    }

    /** {@code opener}: how files and folders are shown (tests give one that finds no program). */
    ReportsViewModel(Session session, DesktopOpener opener) {
        this.session = session;
        this.opener = opener;
        this.area = new AreaSelectors(session);
        folder.set(session.settings().home().resolve("reports").toString());
        // The sample country's mapping, when the sample country is where the program looks for it (looked for
        // off the JavaFX thread: it reads the disk).
        Path home = session.settings().home();
        session.runner().fetch((p, c) -> org.emisworkbench.service.SampleCountry.locate(
                        org.emisworkbench.service.SampleCountry.usualPlaces(home))
                        .map(d -> d.resolve("dhis2-mapping.json")).filter(java.nio.file.Files::isRegularFile)
                        .map(Path::toString).orElse(""),
                m -> {
                    if (mappingFile.get().isEmpty()) {
                        mappingFile.set(m);
                    }
                }, e -> { });
        area.districtProperty().addListener((o, a, b) -> loadPreview());
        area.yearProperty().addListener((o, a, b) -> loadPreview());
        area.levelProperty().addListener((o, a, b) -> loadPreview());
        session.workbenchProperty().addListener((o, a, b) -> load());
        session.changesProperty().addListener((o, a, b) -> load());
        canGenerate = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> session.workbench() != null && area.yearProperty().get() != null,
                session.workbenchProperty(), area.yearProperty());
    }

    /**
     * Whether Generate has something to write: a workspace is open and a year chosen. While it is
     * false (no workspace, or one being replaced by a reset) the screen disables Generate rather than
     * leave it using a district the box no longer shows.
     */
    public javafx.beans.binding.BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    public AreaSelectors area() {
        return area;
    }

    /** Whether summaries already in the folder may be replaced (the officer ticks it; off by default). */
    public javafx.beans.property.BooleanProperty replaceProperty() {
        return replace;
    }

    /** Where the PDFs are written. */
    public StringProperty folderProperty() {
        return folder;
    }

    public ObservableList<String> preview() {
        return preview;
    }

    /** The PDFs of the last run. */
    public ObservableList<Path> written() {
        return written;
    }

    public ObjectProperty<Path> lastFileProperty() {
        return lastFile;
    }

    /** Why the last file or folder asked for did not show (no program for it), with where it is; else empty. */
    public StringProperty openProblemProperty() {
        return openProblem;
    }

    /**
     * Shows a PDF with the computer's PDF viewer; when there is none, says so and where the file is,
     * and the screen offers to open its folder instead.
     */
    public void open(Path pdf) {
        if (pdf == null) {
            return;
        }
        openProblem.set("");
        session.runner().fetch((p, c) -> opener.open(pdf), opened -> {
            if (!opened) {
                openProblem.set(session.t("reports.noViewer", pdf.getFileName(), pdf.toAbsolutePath().getParent()));
            }
        }, e -> session.fail(session.t("reports.failed"), e));
    }

    /** Opens a folder in the file manager; when there is none, says where the folder is. */
    public void openFolder(Path dir) {
        if (dir == null) {
            return;
        }
        openProblem.set("");
        session.runner().fetch((p, c) -> opener.open(dir), opened -> {
            if (!opened) {
                openProblem.set(session.t("reports.noFileManager", dir.toAbsolutePath()));
            }
        }, e -> session.fail(session.t("reports.failed"), e));
    }

    /** The folder of the last PDF, or the reports folder. */
    public Path folderOfLast() {
        Path last = lastFile.get();
        return last != null && last.toAbsolutePath().getParent() != null ? last.toAbsolutePath().getParent()
                : Path.of(folder.get());
    }

    public void load() {
        area.load(this::loadPreview);
    }

    /** The chosen district's summary in a few lines (empty for all districts). */
    public void loadPreview() {
        Workbench wb = session.workbench();
        Integer year = area.yearProperty().get();
        String district = area.districtProperty().get();
        String level = area.levelProperty().get();
        Locale locale = session.messages().locale();
        if (wb == null || year == null || district == null) {
            preview.setAll(district == null && year != null ? List.of(session.t("reports.allPreview")) : List.of());
            return;
        }
        session.runner().fetch((p, c) -> wb.reports().preview(year, district, level, locale), lines -> {
            // A preview asked for before the choice last changed is not shown: its own preview follows.
            if (year.equals(area.yearProperty().get()) && district.equals(area.districtProperty().get())
                    && java.util.Objects.equals(level, area.levelProperty().get())) {
                preview.setAll(lines);
            }
        }, e -> session.fail(session.t("reports.failed"), e));
    }

    /** Writes the national summary of the year into the folder ({@code national-YEAR.pdf}), with progress. */
    public void generateNational() {
        write(true);
    }

    /** Writes the chosen district's summary, or every district's, into the folder, with progress. */
    public void generate() {
        write(false);
    }

    private void write(boolean national) {
        if (session.needsWorkspace()) {
            return;
        }
        Workbench wb = session.workbench();
        Integer year = area.yearProperty().get();
        if (year == null) {
            session.notifier().info(session.t("validation.noYear"));
            return;
        }
        String district = national ? null : area.districtProperty().get();
        String level = area.levelProperty().get();
        Locale locale = session.messages().locale();
        Path dir = Path.of(folder.get());
        boolean replacing = replace.get();
        String title = national ? session.t("job.reportNational", year)
                : district == null ? session.t("job.reportsAll", year) : session.t("job.report", district);
        session.run(title, (p, c) -> {
            ReportOptions options = ReportOptions.defaults().withLocale(locale);
            if (national) {
                java.nio.file.Files.createDirectories(dir);
                Path file = dir.resolve("national-" + year + ".pdf");
                p.update(0, -1, file.getFileName().toString());
                return List.of(wb.reports().national(year, level, options, file, replacing));
            }
            if (district != null) {
                java.nio.file.Files.createDirectories(dir);
                p.update(0, -1, district);
                return List.of(wb.reports().district(year, district, level, options,
                        dir.resolve(ReportService.fileName(year, district)), replacing));
            }
            return wb.reports().allDistricts(year, level, options, dir, p, c, replacing);
        }, files -> {
            written.setAll(files);
            lastFile.set(files.isEmpty() ? null : files.get(0));
            session.notifier().info(session.t("reports.done", files.size(), dir));
        }, session.t("reports.failed"));
    }
}
