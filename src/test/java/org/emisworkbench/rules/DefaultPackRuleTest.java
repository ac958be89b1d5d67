package org.emisworkbench.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
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
            for (String lang : org.emisworkbench.model.Languages.codes()) {
                assertTrue(r.message().has(lang) && !r.message().in(lang).isBlank(), r.id() + " " + lang);
                assertTrue(r.titles().has(lang), r.id() + " title " + lang);
                // A message with words of its own is translated ("{cell}: {detail}" has none).
                boolean words = r.message().english().replaceAll("\\{[a-z_]+}", "").matches(".*\\p{L}.*");
                assertTrue(lang.equals("en") || !words || !r.message().in(lang).equals(r.message().english()),
                        r.id() + " " + lang + " is a copy of English");
            }
        }
    }

    @Test
    void onlyFiguresThatCannotBeTrueAreErrors() throws Exception {
        RulePack pack = new PackLoader(catalog).loadDefault();
        // Impossible: text, negative, fractional or broken counts, a code not in its list, a part above
        // its whole, a total unlike its parts, a required value or a whole return missing, a code twice, rows
        // of a school named without code that no single master-list school matches (IMP-20, as IMP-06), one sex
        // above the total for both sexes (IMP-24).
        Set<String> impossible = Set.of("IMP-01", "IMP-02", "IMP-03", "IMP-04", "IMP-05", "IMP-06", "IMP-07",
                "IMP-08", "IMP-10", "IMP-20", "IMP-24", "REQ-01", "REQ-02", "REQ-03", "REQ-04", "REQ-05", "CODE-01", "CODE-02", "CODE-03",
                "CNT-01", "GRD-01", "GRD-03", "GRD-04", "RET-01", "RET-03");
        Set<String> errors = pack.rules().stream().filter(r -> r.severity() == org.emisworkbench.model.Severity.ERROR)
                .map(Rule::id).collect(Collectors.toSet());
        assertEquals(new java.util.TreeSet<>(impossible), new java.util.TreeSet<>(errors));
        // Plausibility checks are warnings at most, their thresholds properties of the rule.
        for (String id : List.of("COH-01", "CHG-01", "PTR-01", "PCR-01", "GIRL-01", "OUT-01", "AGE-01", "TCH-01", "RET-02")) {
            assertEquals(org.emisworkbench.model.Severity.WARNING, pack.rule(id).orElseThrow().severity(), id);
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
