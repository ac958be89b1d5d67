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
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.rules.expr.Evaluator;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a checked rule pack over one census year and returns the findings. Pure: reads through the
 * {@link CensusView}, writes nothing, builds no SQL. Storing findings and their follow-up state is
 * the caller's business.
 */
public final class RuleEngine {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

    private final FieldCatalog catalog;
    private final ExpressionRules expressions;
    private final PeerRules peers;

    /** The catalog must be built on the grade system of the census views this engine will read. */
    public RuleEngine(FieldCatalog catalog) {
        this.catalog = catalog;
        Evaluator evaluator = new Evaluator(catalog);
        this.expressions = new ExpressionRules(evaluator);
        this.peers = new PeerRules(evaluator);
    }

    public List<Finding> evaluate(RulePack pack, CensusView view) {
        return evaluate(pack, view, Progress.NONE, Cancellation.none());
    }

    /**
     * Rule by rule, on every core: rules only read the view, so they run side by side, each with its
     * own prepared expressions. Findings come back in the pack's order whatever the timing; progress
     * counts finished rules; cancellation is checked before each rule starts.
     */
    public List<Finding> evaluate(RulePack pack, CensusView view, Progress progress, Cancellation cancellation) {
        List<Rule> rules = pack.rules();
        int threads = Math.max(1, Math.min(rules.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rule-engine");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object(); // the caller's Progress need not be thread-safe
        try {
            progress.update(0, rules.size(), null);
            List<Future<List<Finding>>> running = new ArrayList<>();
            for (Rule rule : rules) {
                running.add(pool.submit(() -> {
                    cancellation.check();
                    List<Finding> found = evaluate(rule, view);
                    LOG.debug("Rule {} gave {} findings for {}", rule.id(), found.size(), view.year());
                    synchronized (progressLock) {
                        progress.update(done.incrementAndGet(), rules.size(), rule.id() + " " + rule.title());
                    }
                    return found;
                }));
            }
            List<Finding> out = new ArrayList<>();
            for (Future<List<Finding>> f : running) {
                out.addAll(await(f));
            }
            LOG.info("Rule pack {} gave {} findings for census year {}", pack.id(), out.size(), view.year());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A rule's findings; its failure (or the run's cancellation) rethrown as it was raised. */
    private static List<Finding> await(Future<List<Finding>> f) {
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
        // Packs were checked against the catalog's grades; a view on other grades would mislead silently.
        if (!gradeCodes(catalog.grades()).equals(gradeCodes(view.grades()))) {
            throw new IllegalArgumentException("The census view's grade system " + gradeCodes(view.grades())
                    + " differs from the one the rules were checked against " + gradeCodes(catalog.grades()));
        }
        RuleSpec spec = rule.spec();
        if (spec instanceof RuleSpec.ExpressionSpec s) {
            return expressions.expression(rule, s, view);
        } else if (spec instanceof RuleSpec.RangeSpec s) {
            return expressions.range(rule, s, view);
        } else if (spec instanceof RuleSpec.ChangeSpec s) {
            return expressions.change(rule, s, view);
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
        } else if (spec instanceof RuleSpec.DuplicateCodesSpec) {
            return ReturnRules.duplicateCodes(rule, view);
        }
        return ReturnRules.missingReturns(rule, view);
    }

    private static List<String> gradeCodes(GradeSystem grades) {
        return grades.grades().stream().map(Grade::code).toList();
    }
}
