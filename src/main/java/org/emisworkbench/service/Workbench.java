package org.emisworkbench.service;

import org.emisworkbench.model.SchoolNames;
import org.emisworkbench.store.MasterSchoolNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.IndicatorSettings;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.BatchInfo;
import org.emisworkbench.model.ReturnWithdrawal;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;
import org.emisworkbench.model.WorkspaceBackup;
import org.emisworkbench.store.Backups;
import org.emisworkbench.store.Provenance;
import org.emisworkbench.store.SchoolDirectory;
import org.emisworkbench.store.SharedDatabase;
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
    private final SchoolStructures structure = new SchoolStructures(this);

    /**
     * The engine's files this opening created, when it created the workspace file (none was there): what
     * {@link #closeDiscardingIfNothingStored} may remove. None for a workspace that was there before, and for
     * a shared one.
     */
    private final CreatedFiles created;

    private Workbench(Workspace workspace) {
        this(workspace, CreatedFiles.NONE);
    }

    private Workbench(Workspace workspace, CreatedFiles created) {
        this.workspace = workspace;
        this.created = created;
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

    /** The school structure: years of primary and lower secondary, the entrance age (decision 0039). */
    public SchoolStructures structure() {
        return structure;
    }

    /**
     * Opens or creates the workspace database at {@code db}.
     *
     * @throws ServiceException with a plain message when the file cannot be opened
     */
    public static Workbench open(Path db) {
        loadFailureTexts();
        CreatedFiles created = CreatedFiles.before(db);
        return translated(() -> new Workbench(Workspace.open(db), created));
    }

    /**
     * The texts of failures are loaded when a workspace opens, while memory is plentiful: a class whose loading
     * runs out of memory stays unusable for the rest of the run, and the message that memory ran out must show.
     */
    private static void loadFailureTexts() {
        Message.of("engine.outOfMemory").english();
        Message.of("engine.outOfMemory").in(java.util.Locale.getDefault());
    }

    /**
     * Opens or creates the shared workspace at {@code db} on its PostgreSQL server (decision 0018).
     *
     * @throws ServiceException with a plain message when it cannot be reached or opened
     */
    static Workbench open(SharedDatabase db) {
        loadFailureTexts();
        return translated(() -> new Workbench(Workspace.open(db)));
    }

    /**
     * Opens the workspace a location names: a file path (H2, as {@link #open(Path)}), or the address of a
     * shared workspace, {@code postgresql://host:5432/census} or {@code jdbc:postgresql://…} (decision 0018).
     * The role is the address's, else PGUSER in {@code env}, else the operating-system user; the password is
     * PGPASSWORD in {@code env}, else {@code prompt}'s answer (asked with the role and address; null: none,
     * the driver then reads the role's ~/.pgpass). A password is never taken from the location itself.
     *
     * @param prompt null when nobody can be asked
     */
    public static Workbench open(String location, Map<String, String> env,
            java.util.function.Function<String, char[]> prompt) {
        if (!SharedDatabase.isAddress(location)) {
            Path file;
            try {
                file = Path.of(location);
            } catch (java.nio.file.InvalidPathException e) {
                // As picocli said of a path option before --db also took addresses: plainly, no stack trace.
                throw new ServiceException(org.emisworkbench.model.Message.of("workspace.cannotOpen", location,
                        e.getReason()));
            }
            return open(file);
        }
        SharedDatabase db = translated(() -> SharedDatabase.parse(location, env,
                SharedDatabase.passwordFromEnvironment(env).orElse(null)));
        if (!db.hasPassword() && prompt != null) {
            db = db.withPassword(prompt.apply(db.user() + " @ " + db.display()));
        }
        return open(db);
    }

    /**
     * Copies this workspace (its census with history, findings with their follow-up, settings, boundaries)
     * into a new one: a workspace file that does not exist yet, or a shared workspace whose schema is empty
     * ({@code emis workspace copy}). The target is opened as {@link #open(String, Map, java.util.function.Function)}
     * opens it; nothing is ever replaced, and a failed copy leaves no new file.
     */
    public WorkspaceCopied copyTo(String target, Map<String, String> env,
            java.util.function.Function<String, char[]> prompt, Progress progress, Cancellation cancel) {
        return WorkspaceCopier.copy(this, target, env, prompt, progress, cancel);
    }

    /**
     * Opens a workspace that must already be there, as {@link #open(String, Map, java.util.function.Function)}
     * does, but never creates a file: what a copy reads from (a mistyped name must not become an empty copy).
     */
    public static Workbench openExisting(String location, Map<String, String> env,
            java.util.function.Function<String, char[]> prompt) {
        return openExisting(location, env, prompt, "workspace.copyNoSource");
    }

    /**
     * Opens a workspace that must already be there; a missing file is refused with the message {@code missingKey}
     * (its one argument the file), and no file is created: the commands that only read or derive from a
     * workspace must not turn a mistyped name into a new, empty workspace.
     */
    public static Workbench openExisting(String location, Map<String, String> env,
            java.util.function.Function<String, char[]> prompt, String missingKey) {
        if (!isSharedAddress(location)) {
            try {
                Path file = Workspace.databaseFile(Path.of(location));
                if (!java.nio.file.Files.exists(file)) {
                    throw new ServiceException(Message.of(missingKey, file));
                }
            } catch (java.nio.file.InvalidPathException e) {
                throw new ServiceException(Message.of("workspace.cannotOpen", location, e.getReason()));
            }
        }
        return open(location, env, prompt);
    }

    /** Whether the workspace file {@code path} names (its {@code .mv.db}) is there. */
    public static boolean fileExists(Path path) {
        return java.nio.file.Files.exists(Workspace.databaseFile(path));
    }

    /** Whether a location is the address of a shared workspace rather than a workspace file. */
    public static boolean isSharedAddress(String location) {
        return SharedDatabase.isAddress(location);
    }

    /** The workspace's name for people: its file name, or its server address (no password in it). */
    public String name() {
        return workspace.name();
    }

    /** Where the workspace is: its file's full path, or its server address (no password in it). */
    public String location() {
        return isShared() ? workspace.name() : workspace.file().toString();
    }

    /**
     * Every schema script of one engine (H2, or PostgreSQL when {@code postgres}), in order, as it runs: for a
     * database administrator to review before a shared workspace is created or upgraded.
     */
    public static String schemaScripts(boolean postgres) {
        return Workspace.schemaScripts(postgres);
    }

    /**
     * The district officers' roles of this shared workspace and their districts ({@code emis admin
     * district-role --list}, decision 0027).
     */
    public java.util.List<DistrictGrant> districtGrants() {
        return store(ws -> new org.emisworkbench.store.DistrictRoles(ws).list().stream()
                .map(g -> new DistrictGrant(g.role(), g.district(), g.grantedAt(), g.grantedBy())).toList());
    }

    /**
     * Lets the database role {@code role} change only {@code districts}' returns and findings in this shared
     * workspace (it reads everything); run as the role owning the workspace's tables (decision 0027).
     */
    public void grantDistricts(String role, java.util.List<String> districts) {
        store(ws -> {
            new org.emisworkbench.store.DistrictRoles(ws).grant(role, districts);
            return null;
        });
    }

    /**
     * Takes {@code districts} (empty: all) from a district officer's role; a role left with none only reads.
     *
     * @return how many districts were taken away
     */
    public int removeDistricts(String role, java.util.List<String> districts) {
        return store(ws -> new org.emisworkbench.store.DistrictRoles(ws).remove(role, districts));
    }

    /** Whether this is a shared workspace on a database server (no file here, backups are the server's). */
    public boolean isShared() {
        return workspace.shared() != null;
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

    /** The workspace file, or null for a shared workspace ({@link #isShared()}). */
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

    /** Every school the workspace holds, code to name (null when none is known). */
    public Map<String, String> schoolCodes() {
        return store(ws -> new SchoolDirectory(ws).codes());
    }

    /**
     * The stored schools whose code looks like {@code code} (letter O for digit 0, leading zeros, case, dashes), each
     * as {@code CODE (name)}: named by a command that holds no school {@code code}. Empty when {@code code} is held.
     */
    public List<String> lookAlikeSchools(String code) {
        return store(ws -> new SchoolDirectory(ws).lookAlikes(code));
    }

    /**
     * What a command says for a school it found nothing of: {@code said}, and when the workspace holds no school
     * {@code code} but one whose code looks like it, that school ({@code TG-01O2} for {@code TG-0102}).
     */
    public Message notFound(Message said, String code) {
        List<String> like = lookAlikeSchools(code);
        return like.isEmpty() ? said : Message.of("school.lookAlikeStored", said, code, String.join(", ", like));
    }

    /** Row counts per table and census year (key 0 for tables without year). */
    public Map<String, Map<Integer, Long>> tableCounts() {
        return store(ws -> new WorkspaceSummary(ws).counts());
    }

    /** Imports cut by a crash or a full disk that could not be removed yet at opening (not counted anywhere). */
    public long unfinishedImports() {
        return store(ws -> new WorkspaceSummary(ws).unfinishedImports());
    }

    public List<BatchInfo> batches() {
        return store(ws -> new WorkspaceSummary(ws).batches());
    }

    /** Where a stored value came from, with the value: answers "where did this number come from?". */
    public Optional<SourcedFigure> whereFrom(String school, int year, Topic topic, int slot, Sex sex, AgeGroup age) {
        return store(ws -> new Provenance(ws).find(school, year, topic, slot, sex, age)
                .map(SourcedFigure::of));
    }

    /**
     * A stored figure, its source cell and the age group it counts (all ages, or one age or band), and the cells
     * of that source that held a nil mark ({@code -}), read as 0.
     */
    public record SourcedFigure(Integer value, SourceRef source, AgeGroup age,
                                List<org.emisworkbench.model.NilMark> nilMarks) {
        public SourcedFigure {
            nilMarks = nilMarks == null ? List.of() : List.copyOf(nilMarks);
        }

        public SourcedFigure(Integer value, SourceRef source, AgeGroup age) {
            this(value, source, age, List.of());
        }

        static SourcedFigure of(org.emisworkbench.store.Provenance.SourcedValue v) {
            return new SourcedFigure(v.value(), v.source(), v.age(), v.nilMarks());
        }
    }

    /**
     * The workspace itself, for the import and its backup, which turn a store failure into a file's
     * outcome rather than a refusal. Every other use case goes through {@link #store}.
     */
    Workspace workspace() {
        return workspace;
    }

    /**
     * Withdraws one school's current return of a census year (decision 0069): it stops counting everywhere, its open
     * findings of the year are closed, and it is kept as history with who, when and why. Refused in plain words
     * for an unknown code (naming a near one) or a school with no return that year.
     */
    public ReturnWithdrawal withdrawReturn(String school, int year, String reason) {
        return store(ws -> new org.emisworkbench.store.ReturnWithdrawals(ws).withdraw(school, year, reason));
    }

    /** Undoes the school's withdrawal of the year exactly, unless a newer return of it was imported since. */
    public ReturnWithdrawal restoreReturn(String school, int year) {
        return store(ws -> new org.emisworkbench.store.ReturnWithdrawals(ws).undo(school, year));
    }

    /** Every withdrawal of a return, standing or undone, oldest first. */
    public List<ReturnWithdrawal> withdrawals() {
        return store(ws -> new org.emisworkbench.store.ReturnWithdrawals(ws).list());
    }

    /** The master list's schools by name, for a register naming its schools without codes (decision 0037). */
    public SchoolNames schoolNames() {
        return store(ws -> new MasterSchoolNames(ws).read());
    }

    /**
     * Work on the stored census. This is the one place where a store failure ({@link WorkspaceException})
     * becomes a {@link ServiceException} in the officer's words: the use cases do not catch it themselves.
     */
    <T> T store(StoreWork<T> work) {
        return translated(() -> {
            try {
                return work.on(workspace);
            } catch (WorkspaceException e) {
                // A damaged part of the file met while reading: the engine stops before it writes again.
                throw workspace.stopIfDamaged(e).orElse(e);
            }
        });
    }

    /** The same for work on workspace files when none is open (opening, restoring, setting aside). */
    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (WorkspaceException e) {
            throw ServiceException.from(e);
        } catch (OutOfMemoryError e) {
            // What was being held is dropped with the stack unwound to here, so the message can be made; the
            // command line and the window show it as any other failure, never as a crash.
            throw new ServiceException(Message.of("work.outOfMemory"), e);
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

    /**
     * Closes the workspace, and when this opening created its file and nothing at all was stored in it (no
     * return, not even a failed one's leftover, no school, no master-list entry, no area), removes the files the
     * opening created, and only those: an import whose every file failed or was refused must not leave an empty
     * workspace behind as if something had been created. A workspace that was there before the opening, or a
     * shared one, is only closed. When the store cannot say (the engine closed itself), the file is kept.
     *
     * @return the workspace file removed, or null when it was kept
     */
    public Path closeDiscardingIfNothingStored() {
        boolean discard = created.any() && nothingStored();
        close();
        return discard ? created.remove(workspace.file()) : null;
    }

    private boolean nothingStored() {
        try {
            return CreatedFiles.nothingStored(tableCounts());
        } catch (ServiceException e) {
            return false; // the store cannot say: the file is kept
        }
    }
}
