package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CancelledException;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a checked rule pack over one census year and returns the findings. Pure: reads through the
 * {@link CensusView}, writes nothing, builds no SQL. Storing findings and their follow-up state is
 * the caller's business.
 *
 * <p>A national census does not fit in a processor's caches, so the rules checked school by school
 * (expressions, ranges, changes) run in one pass over the schools, every rule on a school while its
 * figures are at hand, rather than one pass per rule. The schools are cut into slices and the slices
 * and the other rules run side by side on every core; they only read the view. Findings come back
 * in the pack's order, and within a rule in the order of the schools, whatever the timing.
 */
public final class RuleEngine {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
    private static final int SLICES_PER_THREAD = 4;

    private final FieldCatalog catalog;
    private final ExpressionRules expressions;
    private final PeerRules peers;
    private final NotCollected notCollected = new NotCollected();

    /** The catalog must be built on the grade system of the census views this engine will read. */
    public RuleEngine(FieldCatalog catalog) {
        this.catalog = catalog;
        this.expressions = new ExpressionRules(catalog, notCollected);
        this.peers = new PeerRules(catalog);
    }

    /**
     * The rules this engine did not run for some schools, over every evaluation so far, because they speak of
     * figures those schools' templates do not collect.
     */
    public NotCollected notCollected() {
        return notCollected;
    }

    public List<Finding> evaluate(RulePack pack, CensusView view) {
        return evaluate(pack, view, Progress.NONE, Cancellation.none());
    }

    /**
     * Every rule of the pack. Progress counts finished pieces of work (a rule, or a slice of the
     * schools for the rules checked school by school); cancellation is checked before each piece.
     */
    public List<Finding> evaluate(RulePack pack, CensusView view, Progress progress, Cancellation cancellation) {
        checkGrades(view);
        List<Rule> rules = pack.rules();
        List<Integer> bySchool = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (ExpressionRules.handles(r) && Units.perSchool(r.scope())) {
                bySchool.add(i);
            }
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int schools = view.schools().size();
        int slices = bySchool.isEmpty() ? 0 : Math.max(1, Math.min(schools, threads * SLICES_PER_THREAD));
        int work = rules.size() - bySchool.size() + slices;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rule-engine");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object(); // the caller's Progress need not be thread-safe
        try {
            progress.update(0, work, null);
            List<Future<List<List<Finding>>>> sliceRuns = new ArrayList<>();
            for (int k = 0; k < slices; k++) {
                int from = (int) ((long) schools * k / slices);
                int to = (int) ((long) schools * (k + 1) / slices);
                sliceRuns.add(pool.submit(() -> {
                    cancellation.check();
                    List<List<Finding>> found = slice(rules, bySchool, view, from, to);
                    synchronized (progressLock) {
                        progress.update(done.incrementAndGet(), work, "schools " + (from + 1) + "–" + to);
                    }
                    return found;
                }));
            }
            List<Future<List<Finding>>> ruleRuns = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                ruleRuns.add(bySchool.contains(i) ? null : pool.submit(() -> {
                    cancellation.check();
                    List<Finding> found = evaluate(rule, view);
                    synchronized (progressLock) {
                        progress.update(done.incrementAndGet(), work, rule.id() + " " + rule.title());
                    }
                    return found;
                }));
            }
            List<List<List<Finding>>> sliceResults = new ArrayList<>();
            for (var f : sliceRuns) {
                sliceResults.add(await(f));
            }
            List<Finding> out = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                int n = bySchool.indexOf(i);
                if (n < 0) {
                    out.addAll(await(ruleRuns.get(i)));
                    continue;
                }
                for (List<List<Finding>> slice : sliceResults) {
                    out.addAll(slice.get(n));
                }
            }
            if (!PackLoader.DEFAULT_ID.equals(pack.id())) {
                out.replaceAll(f -> f.inPack(pack.id())); // two packs may use one rule id: their keys differ
            }
            LOG.info("Rule pack {} gave {} findings for census year {}", pack.id(), out.size(), view.year());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The findings of the school-by-school rules over schools [from, to), one list per rule. */
    private List<List<Finding>> slice(List<Rule> rules, List<Integer> bySchool, CensusView view, int from, int to) {
        int n = bySchool.size();
        List<ExpressionRules.UnitCheck> checks = new ArrayList<>(n);
        List<Units> units = new ArrayList<>(n);
        List<List<Finding>> found = new ArrayList<>(n);
        for (int i : bySchool) {
            Rule r = rules.get(i);
            checks.add(expressions.prepare(r, view)); // prepared per slice: prepared expressions are single-threaded
            units.add(new Units(r.scope(), view.grades(), ExpressionRules.expressions(r)));
            found.add(new ArrayList<>());
        }
        List<SchoolInfo> schools = view.schools();
        List<org.emisworkbench.rules.expr.ValueSource> sources = view.schoolSources();
        for (int s = from; s < to; s++) {
            SchoolInfo school = schools.get(s);
            var source = sources.get(s);
            for (int r = 0; r < n; r++) {
                ExpressionRules.UnitCheck check = checks.get(r);
                List<Finding> out = found.get(r);
                units.get(r).forSchool(school, source, u -> check.check(u, out));
            }
        }
        return found;
    }

    /** A piece of work's result; its failure (or the run's cancellation) rethrown as it was raised. */
    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public List<Finding> evaluate(Rule rule, CensusView view) {
        checkGrades(view);
        RuleSpec spec = rule.spec();
        if (ExpressionRules.handles(rule)) {
            return expressions.run(rule, view);
        } else if (spec instanceof RuleSpec.OutlierSpec s) {
            return peers.outlier(rule, s, view);
        } else if (spec instanceof RuleSpec.CohortSpec s) {
            return GradeRules.cohort(rule, s, view);
        } else if (spec instanceof RuleSpec.AgeGradeSpec s) {
            return GradeRules.ageGrade(rule, s, view);
        } else if (spec instanceof RuleSpec.CodeListSpec s) {
            return ReturnRules.codeList(rule, s, view);
        } else if (spec instanceof RuleSpec.IdenticalReturnsSpec s) {
            return ReturnRules.identicalReturns(rule, s, view);
        } else if (spec instanceof RuleSpec.ImportProblemSpec s) {
            return ReturnRules.importProblems(rule, s, view);
        } else if (spec instanceof RuleSpec.LocationSpec) {
            return LocationRules.location(rule, view);
        } else if (spec instanceof RuleSpec.DuplicateCodesSpec) {
            return ReturnRules.duplicateCodes(rule, view);
        }
        return ReturnRules.missingReturns(rule, view);
    }

    /** Packs were checked against the catalog's grades; a view on other grades would mislead silently. */
    private void checkGrades(CensusView view) {
        if (!gradeCodes(catalog.grades()).equals(gradeCodes(view.grades()))) {
            throw new IllegalArgumentException("The census view's grade system " + gradeCodes(view.grades())
                    + " differs from the one the rules were checked against " + gradeCodes(catalog.grades()));
        }
    }

    private static List<String> gradeCodes(GradeSystem grades) {
        return grades.grades().stream().map(Grade::code).toList();
    }
}
