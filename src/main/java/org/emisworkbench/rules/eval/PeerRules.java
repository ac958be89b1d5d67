package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Finding;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.Lookup;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.Value;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleSpec;

/**
 * Outliers among peers. An annual census has too few periods for time-series methods, so a school is
 * compared with the schools of its peer group (by default its district and level). Findings say
 * which method flagged the school, with the score and the peers' median, because skewed or
 * zero-heavy groups make every method misfire in its own way.
 */
final class PeerRules {
    private final FieldCatalog catalog;

    PeerRules(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    private record Point(SchoolInfo school, double value) {
    }

    List<Finding> outlier(Rule rule, RuleSpec.OutlierSpec spec, CensusView view) {
        CountryContext country = view.country();
        boolean wide = country != null && CountryContext.countryWide(spec);
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        PreparedExpr value = PreparedExpr.of(spec.value(), catalog);
        Presence presence = new Presence();
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        for (int i = 0; i < schools.size(); i++) {
            SchoolInfo s = schools.get(i);
            double v = value.number(sources.get(i), Bindings.NONE, presence);
            if (!Double.isNaN(v)) {
                groups.computeIfAbsent(peerKey(spec, s), k -> new ArrayList<>()).add(new Point(s, v));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Point>> g : groups.entrySet()) {
            List<Point> points = g.getValue();
            // Peers beyond this view (a level across districts, the country): their statistics come from
            // the first pass over the country; the view's own schools are scored against them.
            Stats stats = wide ? country.peers(rule, g.getKey())
                    : new Stats(points.stream().mapToDouble(Point::value).toArray());
            if (stats == null || stats.size() < spec.minPeers()) {
                continue;
            }
            for (Point p : points) {
                double x = p.value();
                double score = score(spec, stats, x);
                if (!Double.isNaN(score)) {
                    // The flagged school's fields are read again, with a trace, for the cells to name.
                    List<Lookup> trace = new ArrayList<>();
                    value.trace(view.school(p.school().code()), Bindings.NONE, trace);
                    Value v = Value.of(x);
                    out.add(ExpressionRules.start(rule, view, new Unit(p.school(), p.school().district(), null,
                                    Bindings.NONE))
                            .left(v).right(stats.median()).value("value", v)
                            .put("median", stats.median()).put("score", score).put("threshold", spec.threshold())
                            .put("method", spec.method().code()).put("peers", g.getKey() + " (" + stats.size() + ")")
                            .put("detail", detail(spec, stats)).lookups(trace).build());
                }
            }
        }
        return out;
    }

    /** The school's score when flagged, NaN when not flagged. */
    static double score(RuleSpec.OutlierSpec spec, Stats stats, double x) {
        double t = spec.threshold();
        switch (spec.method()) {
            case MODIFIED_Z -> {
                double z = stats.modifiedZ(x);
                return Math.abs(z) > t ? z : Double.NaN;
            }
            case Z_SCORE -> {
                double z = stats.zScore(x);
                return Math.abs(z) > t ? z : Double.NaN;
            }
            case IQR -> {
                double q1 = stats.quantile(0.25);
                double q3 = stats.quantile(0.75);
                double iqr = q3 - q1;
                if (iqr <= 0) {
                    return Double.NaN;
                }
                // Score in IQRs beyond the nearer quartile, comparable with the threshold k.
                double beyond = x > q3 ? (x - q3) / iqr : x < q1 ? (x - q1) / iqr : 0;
                return Math.abs(beyond) > t ? beyond : Double.NaN;
            }
            default -> {
                double med = stats.median();
                if (med <= 0 || x < 0) {
                    return Double.NaN;
                }
                double ratio = x / med;
                return ratio > t || ratio < 1 / t ? ratio : Double.NaN;
            }
        }
    }

    /** How the score was reached, in each language, so an officer can judge a misfire. */
    private static org.emisworkbench.model.Message detail(RuleSpec.OutlierSpec spec, Stats stats) {
        return switch (spec.method()) {
            case MODIFIED_Z -> stats.mad() > 0 ? org.emisworkbench.model.Message.of("finding.detail.mad",
                    FindingBuilder.format(stats.mad()))
                    : org.emisworkbench.model.Message.of("finding.detail.madZero",
                    FindingBuilder.format(stats.meanAbsoluteDeviation()));
            case Z_SCORE -> org.emisworkbench.model.Message.of("finding.detail.zScore",
                    FindingBuilder.format(stats.mean()), FindingBuilder.format(stats.sd()));
            case IQR -> org.emisworkbench.model.Message.of("finding.detail.iqr",
                    FindingBuilder.format(stats.quantile(0.25)), FindingBuilder.format(stats.quantile(0.75)));
            default -> org.emisworkbench.model.Message.of("finding.detail.ratio");
        };
    }

    static String peerKey(RuleSpec.OutlierSpec spec, SchoolInfo s) {
        String d = s.district() == null ? "?" : s.district();
        String l = s.level() == null ? "?" : s.level();
        return switch (spec.peers()) {
            case DISTRICT_LEVEL -> d + " × " + l;
            case DISTRICT -> d;
            case LEVEL -> l;
            case NATIONAL -> "all schools";
        };
    }
}
