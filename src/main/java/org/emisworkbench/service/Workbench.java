package org.emisworkbench.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.BatchInfo;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;
import org.emisworkbench.model.WorkspaceBackup;
import org.emisworkbench.store.Backups;
import org.emisworkbench.store.Provenance;
import org.emisworkbench.store.SchoolDirectory;
import org.emisworkbench.store.Workspace;
import org.emisworkbench.store.WorkspaceException;
import org.emisworkbench.store.WorkspaceSummary;

/**
 * An open workspace and the use cases the faces call on it. The CLI opens one per command; the GUI
 * keeps one open while the officer works.
 */
public final class Workbench implements AutoCloseable {
    private final Workspace workspace;
    /** One import at a time per workspace: return ids are handed out by the import that holds it. */
    final Object importLock = new Object();

    private final IndicatorService indicators = new IndicatorService(this);
    private final ReportService reports = new ReportService(this);
    private final ChartService charts = new ChartService(this);
    private final QueryService queries = new QueryService(this);
    private final ValidationService validation = new ValidationService(this);
    private final SchoolDetails schoolDetails = new SchoolDetails(this);
    private final FindingCells findingCells = new FindingCells(this);
    private final ExchangeService exchange = new ExchangeService(this);
    private final ExploreService explore = new ExploreService(this);
    private final PackageService packages = new PackageService(this);
    private final BoundaryService boundaries = new BoundaryService(this);
    private final MapService maps = new MapService(this);

    private Workbench(Workspace workspace) {
        this.workspace = workspace;
    }

    // The use cases on this workspace, built once here: the window's view-models take them from the open
    // workbench instead of constructing services themselves; a command may build one with other settings.

    /** Summaries whose indicators follow a ministry's own publication settings (the share of known ages…). */
    public ReportService reports(IndicatorSettings settings) {
        return new ReportService(this, settings);
    }

    /** Indicators as values with their workings, or as the window's rows. */
    public IndicatorService indicators() {
        return indicators;
    }

    /** District summaries (PDF, workbook, preview) with the default report options and indicator settings. */
    public ReportService reports() {
        return reports;
    }

    /** The charts of a district summary, drawn or written to a file. */
    public ChartService charts() {
        return charts;
    }

    /** Query workbooks for schools. */
    public QueryService queries() {
        return queries;
    }

    /** District packages: a district's year sent to the ministry, and packages put together nationally. */
    public PackageService packages() {
        return packages;
    }

    /** Rule packs, validation runs and findings with their follow-up. */
    public ValidationService validation() {
        return validation;
    }

    /** A school's figures and where they came from. */
    public SchoolDetails schoolDetails() {
        return schoolDetails;
    }

    /** The cells a finding is about, with their values. */
    public FindingCells findingCells() {
        return findingCells;
    }

    /** The figures for the ministry's systems: DHIS2, ADX, the UIS tables and a long CSV. */
    public ExchangeService exchange() {
        return exchange;
    }

    /** Ad-hoc tables: compute, drill, save, write. */
    public ExploreService explore() {
        return explore;
    }

    /** The administrative areas' boundaries: read from a GeoJSON file, kept, placed points. */
    public BoundaryService boundaries() {
        return boundaries;
    }

    /** Maps: the districts shaded by an indicator, a district's schools by their pupil-teacher ratio. */
    public MapService maps() {
        return maps;
    }

    /**
     * Opens or creates the workspace database at {@code db}.
     *
     * @throws ServiceException with a plain message when the file cannot be opened
     */
    public static Workbench open(Path db) {
        return translated(() -> new Workbench(Workspace.open(db)));
    }

    /**
     * Replaces the workspace database at {@code db} with a backup (the workspace must be closed; the
     * backup is checked as a workspace is before it is opened).
     *
     * @return where the replaced database was kept ({@code NAME.before-restore.mv.db}), or null
     */
    public static Path restore(Path backup, Path db) {
        return translated(() -> Workspace.restore(backup, db));
    }

    /**
     * The backups beside the workspace at {@code db}, newest first: read from the file names alone, so
     * this works for a damaged workspace that cannot be opened.
     */
    public static List<WorkspaceBackup> backups(Path db) {
        return Backups.beside(db);
    }

    public Path databaseFile() {
        return workspace.file();
    }

    /** The copy made when opening upgraded an older database, or null. */
    public Path upgradeBackup() {
        return workspace.backupMade();
    }

    public void backupTo(Path target) {
        store(ws -> {
            ws.backupTo(target);
            return target;
        });
    }

    public List<SchoolListing> schools(Integer year, String district) {
        return store(ws -> new SchoolDirectory(ws).list(year, district));
    }

    /** Row counts per table and census year (key 0 for tables without year). */
    public Map<String, Map<Integer, Long>> tableCounts() {
        return store(ws -> new WorkspaceSummary(ws).counts());
    }

    public List<BatchInfo> batches() {
        return store(ws -> new WorkspaceSummary(ws).batches());
    }

    /** Where a stored value came from, with the value: answers "where did this number come from?". */
    public Optional<SourcedFigure> whereFrom(String school, int year, Topic topic, int slot, Sex sex, AgeGroup age) {
        return store(ws -> new Provenance(ws).find(school, year, topic, slot, sex, age)
                .map(v -> new SourcedFigure(v.value(), v.source())));
    }

    /** A stored figure and its source cell. */
    public record SourcedFigure(Integer value, SourceRef source) {
    }

    /**
     * The workspace itself, for the import and its backup, which turn a store failure into a file's
     * outcome rather than a refusal. Every other use case goes through {@link #store}.
     */
    Workspace workspace() {
        return workspace;
    }

    /**
     * Work on the stored census. This is the one place where a store failure ({@link WorkspaceException})
     * becomes a {@link ServiceException} in the officer's words: the use cases do not catch it themselves.
     */
    <T> T store(StoreWork<T> work) {
        return translated(() -> work.on(workspace));
    }

    /** The same for work on workspace files when none is open (opening, restoring, setting aside). */
    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (WorkspaceException e) {
            throw ServiceException.from(e);
        }
    }

    /** A piece of work on the open workspace. */
    @FunctionalInterface
    interface StoreWork<T> {
        T on(Workspace workspace);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
