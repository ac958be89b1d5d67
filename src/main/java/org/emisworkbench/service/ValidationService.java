package org.emisworkbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.FindingRecord;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.BulletList;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.rules.eval.CountryContext;
import org.emisworkbench.rules.eval.Finding;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.PackLoadException;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.service.validation.FindingGroups;
import org.emisworkbench.service.validation.ValidationInputs;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.FindingStore;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.store.WorkspaceException;

/**
 * Runs a rule pack over a census year and keeps the findings with their follow-up. The pack is data
 * from anywhere: it is parsed into our own rule model and evaluated by our code, never turned into SQL.
 */
public final class ValidationService {
    /** The id under which the built-in pack's findings are stored. */
    public static final String DEFAULT_PACK_ID = org.emisworkbench.rules.pack.PackLoader.DEFAULT_ID;

    private final Workbench workbench;

    public ValidationService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The result of one run. */
    public record ValidationResult(String packId, int year, String district, int raised, int added, int resolved,
                                   int errors, List<StoredFinding> findings) {
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

    /** Loads a pack (null: the default census pack), reporting every problem at once. */
    public RulePack loadPack(Path pack) {
        PackLoader loader = new PackLoader(FieldCatalog.standard(new CensusLoader(workbench.workspace()).grades()));
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

    /** The latest census year with returns in the workspace; a service error when there is none. */
    public int latestYear() {
        try {
            List<Integer> years = new CensusLoader(workbench.workspace()).years();
            if (years.isEmpty()) {
                throw new ServiceException(Message.of("validation.noCensusYear"));
            }
            return years.stream().mapToInt(Integer::intValue).max().getAsInt();
        } catch (WorkspaceException e) {
            throw ServiceException.from(e);
        }
    }

    /**
     * Validates {@code year} (all districts when {@code district} is null) and stores the findings;
     * findings of the pack no longer raised in that scope become resolved.
     */
    public ValidationResult validate(Path packFile, int year, String district, Progress progress, Cancellation cancel) {
        RulePack pack = loadPack(packFile);
        try {
            progress.step(0, 4, Message.of("progress.loadingCensus"));
            ValidationInputs inputs = ValidationInputs.load(workbench.workspace(), year);
            if (inputs.isEmpty()) {
                throw new ServiceException(Message.of("service.noReturns", year));
            }
            cancel.check();
            FieldCatalog catalog = FieldCatalog.standard(inputs.grades());
            CountryContext country = inputs.country(pack, catalog, cancel);
            RuleEngine engine = new RuleEngine(catalog);
            List<String> parts = inputs.parts(district);
            Set<String> ruleIds = pack.rules().stream().map(Rule::id).collect(Collectors.toSet());
            FindingStore store = new FindingStore(workbench.workspace());
            FindingStore.RunTotals totals;
            // One district at a time, its findings stored before the next is loaded: the heap holds a
            // district's returns and findings, never the country's. One transaction all the same.
            try (FindingStore.Run run = store.openRun(pack.id(), pack.version(), year, district, ruleIds)) {
                progress.step(1, 4, Message.of("progress.checkingRules", pack.rules().size()));
                inputs.eachView(parts, country, cancel, view -> {
                    List<Finding> raw = engine.evaluate(pack, view, Progress.NONE, cancel);
                    if (district != null) {
                        raw = raw.stream().filter(f -> f.district() != null && f.district().equalsIgnoreCase(district))
                                .toList();
                    }
                    List<FindingRecord> records = inputs.records(pack, view, raw);
                    List<String> cited = records.stream().filter(r -> r.previousSource() != null && r.schoolCode() != null)
                            .map(FindingRecord::schoolCode).distinct().toList();
                    List<StoredFinding> lastYear = cited.isEmpty() ? List.of() : store.list(
                            new FindingFilter(year - 1, null, null, null, null, null).withPack(pack.id()), cited);
                    run.add(org.emisworkbench.service.validation.Consequences.fold(pack,
                            org.emisworkbench.service.validation.Cascades.annotate(records, lastYear)));
                });
                cancel.check();
                progress.step(3, 4, Message.of("progress.savingFindings"));
                totals = run.finish();
            }
            List<StoredFinding> stored = findings(new FindingFilter(year, district, null, null, null, null)
                    .withPack(pack.id()));
            progress.update(4, 4, null);
            return new ValidationResult(pack.id(), year, district, totals.raised(), totals.added(), totals.resolved(),
                    totals.errors(), stored);
        } catch (WorkspaceException e) {
            throw ServiceException.from(e);
        }
    }

    public List<StoredFinding> findings(FindingFilter filter) {
        try {
            return new FindingStore(workbench.workspace()).list(filter);
        } catch (WorkspaceException e) {
            throw ServiceException.from(e);
        }
    }

    /** Findings grouped by rule: count and first and last cell concerned. */
    public List<FindingGroups.Group> grouped(FindingFilter filter) {
        return FindingGroups.of(findings(filter));
    }

    /** Marks a finding confirmed correct, queried, or open again. */
    public void mark(long findingId, FindingStatus status, String comment) {
        if (status == FindingStatus.CONFIRMED && (comment == null || comment.isBlank())) {
            throw new ServiceException(Message.of("validation.needComment"));
        }
        try {
            if (!new FindingStore(workbench.workspace()).mark(findingId, status, comment)) {
                throw new ServiceException(Message.of("validation.noFinding", findingId));
            }
        } catch (WorkspaceException e) {
            throw ServiceException.from(e);
        }
    }
}
