package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.model.Finding;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.BulletList;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ParameterChange;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.rules.eval.NotCollected;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.template.TemplateFields;
import org.emisworkbench.template.TemplateRegistry;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.PackLoadException;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.service.validation.Cascades;
import org.emisworkbench.service.validation.Consequences;
import org.emisworkbench.service.validation.FindingGroups;
import org.emisworkbench.service.validation.ValidationInputs;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.FindingRun;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.store.RuleParameterSettings;
import org.emisworkbench.model.FindingFilter;

/**
 * Runs a rule pack over a census year and keeps the findings with their follow-up. The pack is data
 * from anywhere: it is parsed into our own rule model and evaluated by our code, never turned into SQL.
 */
public final class ValidationService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ValidationService.class);
    /** The id under which the built-in pack's findings are stored. */
    public static final String DEFAULT_PACK_ID = org.emisworkbench.rules.pack.PackLoader.DEFAULT_ID;

    private final Workbench workbench;

    ValidationService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * The result of one run; {@code wholeCountry} tells whether the country was read in one view or a
     * district at a time (decision 0014).
     */
    public record ValidationResult(String packId, int year, String district, int raised, int folded, int added,
                                   int resolved,
                                   int errors, List<StoredFinding> findings, boolean wholeCountry,
                                   List<ParameterChange> parametersChanged, List<NotCollected.Field> notCollected) {
        public ValidationResult(String packId, int year, String district, int raised, int folded, int added,
                                int resolved, int errors, List<StoredFinding> findings, boolean wholeCountry,
                                List<ParameterChange> parametersChanged) {
            this(packId, year, district, raised, folded, added, resolved, errors, findings, wholeCountry,
                    parametersChanged, List.of());
        }

        /**
         * The fields no return of these schools collects, for the one-line notice of a run
         * ({@code classrooms.total (TCH-03: 4); school.ownership (REQ-03: 4)}); empty when every rule ran.
         */
        public String notCollectedText() {
            return NotCollected.describe(notCollected);
        }

        /**
         * Error findings that are still open (neither confirmed correct nor resolved); a consequence folded
         * under its cause is not counted.
         */
        public long openErrors() {
            return findings.stream().filter(f -> f.finding().severity() == org.emisworkbench.model.Severity.ERROR)
                    .filter(f -> !f.folded())
                    .filter(f -> f.status() == FindingStatus.OPEN || f.status() == FindingStatus.QUERIED).count();
        }
    }

    /**
     * Loads a pack (null: the default census pack), reporting every problem at once; its parameters take the
     * values this workspace sets for the pack ({@link #setParameters}).
     */
    public RulePack loadPack(Path pack) {
        return loadPack(pack, Map.of(), Set.of());
    }

    /** As {@link #loadPack(Path)}, with {@code set} given and {@code reset} names taken back to the pack's values. */
    private RulePack loadPack(Path pack, Map<String, String> set, Set<String> reset) {
        PackLoader loader = new PackLoader(FieldCatalog.standard(workbench.store(ws -> new CensusLoader(ws).grades())),
                id -> {
                    Map<String, String> values = new LinkedHashMap<>(parametersSet(id));
                    values.keySet().removeAll(reset);
                    values.putAll(set);
                    return values;
                });
        try {
            return pack == null ? loader.loadDefault() : loader.load(pack);
        } catch (PackLoadException e) {
            String where = pack == null ? "the default pack" : pack.getFileName().toString();
            throw new ServiceException(Message.of("validation.badPack", where, new BulletList(e.problems().stream()
                    .map(Object::toString).toList())), e);
        } catch (IOException e) {
            throw new ServiceException(Message.of("validation.cannotReadPack", pack, e.getMessage()), e);
        }
    }

    /**
     * A pack and its rules as the command line lists them, in words: nothing of the engine's types; its
     * parameters with the values in force.
     */
    public record PackListing(String id, String version, String title, List<RuleLine> rules,
                              List<ParameterLine> parameters) {
        /** The parameters whose value in force is not the pack's. */
        public List<ParameterLine> changed() {
            return parameters.stream().filter(ParameterLine::changed).toList();
        }
    }

    /**
     * One parameter of a pack: the value in force (the pack's, or the one this workspace sets), the pack's own,
     * the range allowed and what it bounds.
     */
    public record ParameterLine(String name, double value, double packValue, double min, double max, boolean whole,
                                org.emisworkbench.model.Texts description) {
        public boolean changed() {
            return value != packValue;
        }

        /** {@code max_repeaters_percent = 20 (30), …}: the values of {@code changes}, the pack's in brackets. */
        public static String describe(List<ParameterChange> changes) {
            return changes.stream().map(l -> l.name() + " = " + plain(l.value()) + " (" + plain(l.packValue()) + ")")
                    .collect(Collectors.joining(", "));
        }

        /** A value as it is typed and printed: 0.3, 100. */
        public static String plain(double v) {
            return org.emisworkbench.rules.pack.Parameter.plain(v);
        }
    }

    private static List<ParameterLine> parameterLines(RulePack p) {
        return p.parameters().stream().map(par -> new ParameterLine(par.name(), p.values().get(par.name()), par.value(),
                par.min(), par.max(), par.whole(), par.description())).toList();
    }

    /** Name → value (as typed) that this workspace sets for the parameters of pack {@code packId}. */
    public Map<String, String> parametersSet(String packId) {
        return workbench.store(ws -> new RuleParameterSettings(ws).set(packId));
    }

    /**
     * Sets parameters of a pack (null: the default census pack) for this workspace, {@code set} name → value and
     * {@code reset} names back to the pack's value, after checking the pack loads with them (an unknown name, a
     * value of the wrong type or out of range is refused with the pack's other problems, and nothing is kept). A
     * value equal to the pack's is not kept. The next validation uses them.
     */
    public PackListing setParameters(Path pack, Map<String, String> set, Set<String> reset) {
        RulePack p = loadPack(pack, set, reset);
        Map<String, String> keep = new LinkedHashMap<>();
        p.changed().forEach(c -> keep.put(c.parameter().name(), ParameterLine.plain(c.value())));
        if (!RuleParameterSettings.fits(p.id(), keep)) {
            throw new ServiceException(Message.of("validation.parametersTooLong", p.id()));
        }
        workbench.store(ws -> {
            new RuleParameterSettings(ws).keep(p.id(), keep);
            return null;
        });
        return listing(p);
    }

    /**
     * The parameters whose values differed from the pack's when the findings of {@code year} listed by default
     * were raised (the latest run's pack over that year): what a report must say it used. Empty when none did.
     */
    public List<ParameterChange> parametersUsed(int year) {
        return workbench.store(ws -> parametersUsed(ws, year));
    }

    /** As {@link #parametersUsed(int)}, within a piece of work on the workspace. */
    static List<ParameterChange> parametersUsed(org.emisworkbench.store.Workspace ws, int year) {
        String packId = new FindingStore(ws).currentPacks().get(year);
        return packId == null ? List.of() : new RuleParameterSettings(ws).used(packId, year);
    }

    /** The parameters of {@code pack} whose values in force are not the pack's. */
    private static List<ParameterChange> changes(RulePack pack) {
        return pack.changed().stream().map(c -> new ParameterChange(c.parameter().name(), c.value(),
                c.parameter().value())).toList();
    }

    private void recordUsed(RulePack pack, int year) {
        List<ParameterChange> used = changes(pack);
        workbench.store(ws -> {
            new RuleParameterSettings(ws).recordUsed(pack.id(), year, used);
            return null;
        });
    }

    private static PackListing listing(RulePack p) {
        return new PackListing(p.id(), p.version(), p.title(), p.rules().stream().map(r -> new RuleLine(r.id(),
                r.severity().code(), r.kind().name().toLowerCase(Locale.ROOT), r.scope().name().toLowerCase(Locale.ROOT),
                r.titles())).toList(), parameterLines(p));
    }

    /** One rule: its id, severity code, kind and scope (lower case) and title in each language. */
    public record RuleLine(String id, String severity, String kind, String scope,
                           org.emisworkbench.model.Texts titles) {
        /** The title in English. */
        public String title() {
            return titles.english();
        }

        /** The title in {@code language}, else in English. */
        public String title(Locale language) {
            return titles.in(language);
        }
    }

    /** The rules of a pack (null: the default census pack), every problem of a broken pack at once. */
    public PackListing describe(Path pack) {
        return listing(loadPack(pack));
    }

    /** The latest census year with returns in the workspace; a service error when there is none. */
    public int latestYear() {
        List<Integer> years = workbench.store(ws -> new CensusLoader(ws).years());
        if (years.isEmpty()) {
            throw new ServiceException(Message.of("validation.noCensusYear"));
        }
        return years.stream().mapToInt(Integer::intValue).max().getAsInt();
    }

    /**
     * Validates {@code year} (all districts when {@code district} is null) and stores the findings;
     * findings of the pack no longer raised in that scope become resolved.
     */
    public ValidationResult validate(Path packFile, int year, String district, Progress progress, Cancellation cancel) {
        return validate(packFile, year, district, ValidationInputs.Plan.configured(), progress, cancel);
    }

    /**
     * As {@link #validate(Path, int, String, Progress, Cancellation)}, going over the country as {@code plan}
     * says: the whole country in one view when it fits in the heap (or forced), else one district at a
     * time with its findings stored before the next is loaded, so the heap never holds the country.
     */
    ValidationResult validate(Path packFile, int year, String district, ValidationInputs.Plan plan, Progress progress,
                              Cancellation cancel) {
        workbench.store(ws -> {
            new org.emisworkbench.store.DistrictRoles(ws).requireMayCheck(district);
            return null;
        });
        RulePack pack = loadPack(packFile);
        progress.step(0, 4, Message.of("progress.loadingCensus"));
        java.util.function.LongFunction<Set<String>> collected = collectedByBatch();
        ValidationInputs inputs = workbench.store(ws -> ValidationInputs.load(ws, year, collected));
        if (inputs.isEmpty()) {
            throw new ServiceException(Message.of("service.noReturns", year));
        }
        cancel.check();
        boolean wholeCountry = workbench.store(ws -> inputs.wholeCountry(plan, Runtime.getRuntime().maxMemory()));
        FieldCatalog catalog = FieldCatalog.standard(inputs.grades());
        RuleEngine engine = new RuleEngine(catalog);
        Set<String> ruleIds = pack.rules().stream().map(Rule::id).collect(Collectors.toSet());
        FindingFilter lastYear = new FindingFilter(year - 1, null, null, null, null, null).withPack(pack.id());
        var totals = workbench.store(ws -> {
            FindingStore store = new FindingStore(ws);
            // One transaction, whichever way the country is read; a district's findings are stored
            // before the next district is loaded.
            try (FindingRun run = store.openRun(pack.id(), pack.version(), year, district, ruleIds)) {
                progress.step(1, 4, Message.of("progress.checkingRules", pack.rules().size()));
                inputs.eachView(pack, catalog, district, wholeCountry, cancel, view -> {
                    List<Finding> raw = engine.evaluate(pack, view, Progress.NONE, cancel);
                    if (district != null) {
                        raw = raw.stream().filter(f -> f.district() != null && f.district().equalsIgnoreCase(district))
                                .toList();
                    }
                    List<Finding> records = inputs.withSources(view, raw);
                    // Last year's findings of the schools whose cohort or change findings cite last year.
                    List<String> cited = records.stream().filter(r -> r.previousSource() != null && r.schoolCode() != null)
                            .map(Finding::schoolCode).distinct().toList();
                    List<StoredFinding> before = cited.isEmpty() ? List.of() : store.list(lastYear, cited);
                    run.add(Consequences.fold(pack, Cascades.annotate(records, before)));
                });
                cancel.check();
                progress.step(3, 4, Message.of("progress.savingFindings"));
                return run.finish();
            }
        });
        recordUsed(pack, year);
        List<StoredFinding> stored = findings(new FindingFilter(year, district, null, null, null, null)
                .withPack(pack.id()));
        progress.update(4, 4, null);
        return new ValidationResult(pack.id(), year, district, totals.raised(), totals.folded(), totals.added(),
                totals.resolved(), totals.errors(), stored, wholeCountry, changes(pack),
                engine.notCollected().fields(district));
    }

    /**
     * The fields each import batch's template collects ({@link TemplateFields}), the template found by its id in
     * the workspace's templates at the version the batch used; every field (null) when it is not found there.
     */
    private java.util.function.LongFunction<Set<String>> collectedByBatch() {
        TemplateRegistry registry = TemplateCatalog.forWorkspace(workbench.databaseFile(), null).registry();
        Map<Long, Set<String>> byBatch = new java.util.HashMap<>();
        Map<String, Set<String>> byTemplate = new java.util.HashMap<>();
        for (org.emisworkbench.model.BatchInfo b : workbench.batches()) {
            String key = b.templateId() + "@" + b.templateVersion();
            Set<String> fields = byTemplate.computeIfAbsent(key, k -> registry.byId(b.templateId())
                    .filter(t -> t.version() == b.templateVersion()).map(TemplateFields::collected)
                    .orElse(TemplateFields.ALL));
            if (fields != TemplateFields.ALL) {
                byBatch.put(b.id(), fields);
            }
        }
        return byBatch::get;
    }

    public List<StoredFinding> findings(FindingFilter filter) {
        return workbench.store(ws -> new FindingStore(ws).list(filter));
    }

    /** Findings grouped by rule: count and first and last cell concerned. */
    public List<FindingGroups.Group> grouped(FindingFilter filter) {
        return FindingGroups.of(findings(filter));
    }

    /**
     * Groups titled in the window's language: findings keep the title the pack gave when they were
     * raised (in English); the pack's titles in the window's language are looked up for a window in another
     * language. A pack that can no longer be read leaves the stored titles.
     */
    public List<FindingGroups.Group> titled(List<FindingGroups.Group> groups, Path pack, java.util.Locale language) {
        if (org.emisworkbench.model.Languages.isBase(language) || groups.isEmpty()) {
            return groups;
        }
        RuleTitles titles = ruleTitles(pack);
        return groups.stream().map(g -> new FindingGroups.Group(g.ruleId(), titles.title(g.ruleId(), g.title(), language),
                g.severity(), g.count(), g.open(), g.firstCell(), g.lastCell(), g.findings())).toList();
    }

    /** The titles of a pack's rules (null: the default pack's); none when the pack can no longer be read. */
    RuleTitles ruleTitles(Path pack) {
        try {
            return RuleTitles.of(loadPack(pack));
        } catch (ServiceException e) {
            LOG.warn("Rule titles of {} not read: {}", pack == null ? "the default pack" : pack, e.getMessage());
            return RuleTitles.NONE;
        }
    }

    /** Marks a finding confirmed correct, queried, or open again. */
    public void mark(long findingId, FindingStatus status, String comment) {
        mark(findingId, status, comment, null);
    }

    /**
     * The same for a finding as the officer saw it: when someone else marked it since (another officer on a
     * shared workspace), nothing is changed and the failure says who marked it, how and with what comment.
     */
    public void mark(StoredFinding seen, FindingStatus status, String comment) {
        mark(seen.id(), status, comment, java.util.Optional.ofNullable(seen.markedAt()));
    }

    private void mark(long findingId, FindingStatus status, String comment, java.util.Optional<java.time.Instant> seen) {
        if (status == FindingStatus.CONFIRMED && (comment == null || comment.isBlank())) {
            throw new ServiceException(Message.of("validation.needComment"));
        }
        FindingStore.Marking done = workbench.store(ws -> new FindingStore(ws).mark(findingId, status, comment, seen));
        if (!done.found()) {
            throw new ServiceException(Message.of("validation.noFinding", findingId));
        }
        if (done.since() != null) {
            FindingStore.Mark other = done.since();
            throw new ServiceException(Message.of("validation.markedMeanwhile", findingId,
                    other.by() == null ? Message.of("validation.someoneElse") : other.by(),
                    Message.of("finding.status." + other.status().name()),
                    other.at() == null ? "" : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                            java.time.LocalDateTime.ofInstant(other.at(), java.time.ZoneId.systemDefault())
                                    .withNano(0)),
                    other.comment() == null || other.comment().isBlank() ? Message.of("validation.noComment")
                            : other.comment()));
        }
    }
}
