package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleKind;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;
import org.junit.jupiter.api.Test;

class DefaultPackRuleTest {
    private final FieldCatalog catalog = FieldCatalog.standard(GradeSystem.standard());

    @Test
    void defaultPackLoadsWithAtLeastThirtyBilingualRules() throws Exception {
        RulePack pack = new PackLoader(catalog).loadDefault();
        assertTrue(pack.rules().size() >= 30, "rules: " + pack.rules().size());
        for (Rule r : pack.rules()) {
            assertFalse(r.message().en().isBlank(), r.id());
            assertFalse(r.message().fr().isBlank(), r.id());
            assertFalse(r.message().en().equals(r.message().fr()), r.id() + " French is a copy of English");
        }
    }

    @Test
    void defaultPackUsesEveryRuleKindAndMapsEveryImportProblem() throws Exception {
        RulePack pack = new PackLoader(catalog).loadDefault();
        Set<RuleKind> kinds = pack.rules().stream().map(Rule::kind).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(RuleKind.class), kinds);
        Set<ProblemKind> mapped = EnumSet.noneOf(ProblemKind.class);
        pack.rules().stream().map(Rule::spec).filter(s -> s instanceof RuleSpec.ImportProblemSpec)
                .forEach(s -> mapped.addAll(((RuleSpec.ImportProblemSpec) s).problems()));
        assertEquals(EnumSet.allOf(ProblemKind.class), mapped);
    }
}
