package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.Cancellation;
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

    /** Rule by rule, reporting progress in rules and checking for cancellation between rules. */
    public List<Finding> evaluate(RulePack pack, CensusView view, Progress progress, Cancellation cancellation) {
        List<Finding> out = new ArrayList<>();
        int done = 0;
        for (Rule rule : pack.rules()) {
            cancellation.check();
            progress.update(done, pack.rules().size(), rule.id() + " " + rule.title());
            List<Finding> found = evaluate(rule, view);
            LOG.debug("Rule {} gave {} findings for {}", rule.id(), found.size(), view.year());
            out.addAll(found);
            done++;
        }
        progress.update(done, pack.rules().size(), null);
        LOG.info("Rule pack {} gave {} findings for census year {}", pack.id(), out.size(), view.year());
        return out;
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
