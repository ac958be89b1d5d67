package org.emisworkbench.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.rules.expr.Expressions;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Scope;
import org.emisworkbench.rules.pack.OutlierMethod;
import org.emisworkbench.rules.pack.PeerGroup;
import org.emisworkbench.rules.pack.RuleSpec;
import org.junit.jupiter.api.Test;

/** Outlier statistics against numbers worked out by hand. */
class OutlierStatsRuleTest {
    private static final double[] PEERS = {10, 12, 11, 13, 12, 60};

    private static RuleSpec.OutlierSpec spec(OutlierMethod m, double threshold) {
        var catalog = FieldCatalog.standard(GradeSystem.standard());
        return new RuleSpec.OutlierSpec(Expressions.compileOrThrow("enrolment", catalog, Scope.SCHOOL_YEAR), m,
                threshold, PeerGroup.DISTRICT_LEVEL, 5);
    }

    @Test
    void descriptiveStatistics() {
        Stats s = new Stats(PEERS);
        assertEquals(12, s.median(), 1e-12);
        // |x − 12| = 2, 0, 1, 1, 0, 48 → sorted 0, 0, 1, 1, 2, 48 → MAD 1
        assertEquals(1, s.mad(), 1e-12);
        assertEquals(118.0 / 6, s.mean(), 1e-12);
        // QUARTILE.INC on 10, 11, 12, 12, 13, 60: Q1 at 1.25 → 11.25, Q3 at 3.75 → 12.75
        assertEquals(11.25, s.quantile(0.25), 1e-12);
        assertEquals(12.75, s.quantile(0.75), 1e-12);
        // squared deviations from 19.667 sum to 1957.33; / (n − 1) = 391.47; √ = 19.7855
        assertEquals(19.7855, s.sd(), 1e-4);
    }

    @Test
    void modifiedZScore() {
        Stats s = new Stats(PEERS);
        assertEquals(0.6745 * 48, s.modifiedZ(60), 1e-12);
        assertEquals(-0.6745 * 2, s.modifiedZ(10), 1e-12);
        assertEquals(0.6745 * 48, OutlierRulesAccess.score(spec(OutlierMethod.MODIFIED_Z, 3.5), s, 60), 1e-12);
        assertTrue(Double.isNaN(OutlierRulesAccess.score(spec(OutlierMethod.MODIFIED_Z, 3.5), s, 13)));
    }

    @Test
    void madZeroFallsBackToMeanAbsoluteDeviationAndNoSpreadFlagsNothing() {
        Stats s = new Stats(new double[] {10, 10, 10, 10, 40});
        assertEquals(0, s.mad(), 0);
        // mean |x − 10| = 6 → (40 − 10) / (1.253314 × 6)
        assertEquals(30 / (1.253314 * 6), s.modifiedZ(40), 1e-9);
        Stats flat = new Stats(new double[] {7, 7, 7, 7, 7});
        assertTrue(Double.isNaN(flat.modifiedZ(7)));
        assertTrue(Double.isNaN(flat.zScore(7)));
    }

    @Test
    void zScoreIqrAndMedianRatio() {
        Stats s = new Stats(PEERS);
        double z = (60 - 118.0 / 6) / s.sd();
        assertEquals(2.0385, z, 1e-4);
        assertEquals(z, OutlierRulesAccess.score(spec(OutlierMethod.Z_SCORE, 2), s, 60), 1e-12);
        assertTrue(Double.isNaN(OutlierRulesAccess.score(spec(OutlierMethod.Z_SCORE, 3), s, 60)),
                "the outlier inflates the SD: 3 SD misses it in a group of six");
        // IQR 1.5: (60 − 12.75) / 1.5 = 31.5 IQRs above Q3
        assertEquals(31.5, OutlierRulesAccess.score(spec(OutlierMethod.IQR, 3), s, 60), 1e-12);
        assertEquals(-(11.25 - 5) / 1.5, OutlierRulesAccess.score(spec(OutlierMethod.IQR, 3), s, 5), 1e-12);
        assertTrue(Double.isNaN(OutlierRulesAccess.score(spec(OutlierMethod.IQR, 3), s, 14)));
        assertEquals(5, OutlierRulesAccess.score(spec(OutlierMethod.MEDIAN_RATIO, 4), s, 60), 1e-12);
        assertEquals(0.25 / 1.25, OutlierRulesAccess.score(spec(OutlierMethod.MEDIAN_RATIO, 4), s, 2.4), 1e-12);
        assertTrue(Double.isNaN(OutlierRulesAccess.score(spec(OutlierMethod.MEDIAN_RATIO, 4), s, 40)));
    }

    /** Reaches the package-private scoring without widening its visibility. */
    private static final class OutlierRulesAccess {
        static double score(RuleSpec.OutlierSpec spec, Stats stats, double x) {
            return PeerRules.score(spec, stats, x);
        }
    }
}
