package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.emisworkbench.rules.expr.Bindings;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.expr.PreparedExpr;
import org.emisworkbench.rules.expr.Presence;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.PeerGroup;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.rules.pack.RuleSpec;

/**
 * What the rules that look beyond one district need of the whole country, when the census is checked a
 * district at a time ({@link CensusView} over one district): the statistics of outlier peer groups wider
 * than a district, the groups of identical returns (copies may cross districts), and which schools of
 * the master list returned. Worked out by a {@link Builder} in a first pass over the districts, keeping a
 * number or two per school, never the figures; a rule reading a view with a context then raises exactly
 * the findings it raises over a view of the whole country.
 */
public final class CountryContext {
    private static final Pattern READS_LAST_YEAR = Pattern.compile("\\bprevious\\s*\\(");

    /** Rule id → peer group key → the group's statistics. */
    private final Map<String, Map<String, Stats>> peers;
    /** Rule id → school code → its group of identical returns. */
    private final Map<String, Map<String, Identical>> identical;
    private final Predicate<String> received;
    private final int expected;
    private final long expectedReceived;

    /** A school's group of identical returns: the others, and the first school's figures (which name the cell). */
    record Identical(List<String> codes, Map<CellKey, Double> figures) {
    }

    private CountryContext(Map<String, Map<String, Stats>> peers, Map<String, Map<String, Identical>> identical,
                           Predicate<String> received, int expected, long expectedReceived) {
        this.peers = peers;
        this.identical = identical;
        this.received = received;
        this.expected = expected;
        this.expectedReceived = expectedReceived;
    }

    /** Whether an outlier rule compares schools of more than one district. */
    static boolean countryWide(RuleSpec.OutlierSpec spec) {
        return spec.peers() == PeerGroup.LEVEL || spec.peers() == PeerGroup.NATIONAL;
    }

    Stats peers(Rule rule, String key) {
        return peers.getOrDefault(rule.id(), Map.of()).get(key);
    }

    Identical identical(Rule rule, String school) {
        return identical.getOrDefault(rule.id(), Map.of()).get(school);
    }

    /** Whether the school has a return this year, in any district. */
    boolean received(String code) {
        return received.test(code);
    }

    /** Schools on the whole master list. */
    int expected() {
        return expected;
    }

    /** Schools of the whole master list that returned. */
    long expectedReceived() {
        return expectedReceived;
    }

    /** Whether a pack needs a first pass over the districts (see {@link Builder#add}). */
    public static boolean firstPassNeeded(RulePack pack) {
        return pack.rules().stream().anyMatch(r -> r.spec() instanceof RuleSpec.IdenticalReturnsSpec
                || (r.spec() instanceof RuleSpec.OutlierSpec o && countryWide(o)));
    }

    /** Whether the first pass must see last year's returns (a country-wide outlier value reads previous()). */
    public static boolean firstPassReadsLastYear(RulePack pack) {
        return pack.rules().stream().anyMatch(r -> r.spec() instanceof RuleSpec.OutlierSpec o && countryWide(o)
                && READS_LAST_YEAR.matcher(o.value().text()).find());
    }

    /**
     * The topics the first pass reads: those of the identical-returns rules when they are the only rules
     * needing it, else null (every topic: a country-wide outlier's value may read any figure).
     */
    public static Set<org.emisworkbench.model.Topic> firstPassTopics(RulePack pack) {
        Set<org.emisworkbench.model.Topic> out = java.util.EnumSet.noneOf(org.emisworkbench.model.Topic.class);
        for (Rule r : pack.rules()) {
            if (r.spec() instanceof RuleSpec.OutlierSpec o && countryWide(o)) {
                return null;
            }
            if (r.spec() instanceof RuleSpec.IdenticalReturnsSpec s) {
                out.addAll(s.topics());
            }
        }
        return out;
    }

    /** Collects the context district by district. Not thread-safe. */
    public static final class Builder {
        private final FieldCatalog catalog;
        private final List<Rule> outliers = new ArrayList<>();
        private final List<Rule> copies = new ArrayList<>();
        /** Per country-wide outlier rule: peer key → the values of its schools, in school order. */
        private final Map<String, Map<String, DoubleList>> values = new HashMap<>();
        /** Per identical-returns rule: digest of each school with figures, and its code. */
        private final Map<String, LongList> digests = new HashMap<>();
        private final Map<String, List<String>> digestCodes = new HashMap<>();

        public Builder(RulePack pack, FieldCatalog catalog) {
            this.catalog = catalog;
            for (Rule r : pack.rules()) {
                if (r.spec() instanceof RuleSpec.OutlierSpec o && countryWide(o)) {
                    outliers.add(r);
                    values.put(r.id(), new LinkedHashMap<>());
                } else if (r.spec() instanceof RuleSpec.IdenticalReturnsSpec) {
                    copies.add(r);
                    digests.put(r.id(), new LongList());
                    digestCodes.put(r.id(), new ArrayList<>());
                }
            }
        }

        /** Takes what the context needs from one district's view (each school seen once, in any district order). */
        public void add(CensusView view) {
            List<SchoolInfo> schools = view.schools();
            List<ValueSource> sources = view.schoolSources();
            for (Rule r : outliers) {
                RuleSpec.OutlierSpec spec = (RuleSpec.OutlierSpec) r.spec();
                PreparedExpr value = PreparedExpr.of(spec.value(), catalog);
                Presence presence = new Presence();
                Map<String, DoubleList> groups = values.get(r.id());
                for (int i = 0; i < schools.size(); i++) {
                    double v = value.number(sources.get(i), Bindings.NONE, presence);
                    if (!Double.isNaN(v)) {
                        groups.computeIfAbsent(PeerRules.peerKey(spec, schools.get(i)), k -> new DoubleList()).add(v);
                    }
                }
            }
            for (Rule r : copies) {
                Set<org.emisworkbench.model.Topic> topics = ((RuleSpec.IdenticalReturnsSpec) r.spec()).topics();
                for (int i = 0; i < schools.size(); i++) {
                    long d = sources.get(i).digest(topics);
                    if (d != 0) {
                        digests.get(r.id()).add(d);
                        digestCodes.get(r.id()).add(schools.get(i).code());
                    }
                }
            }
        }

        /**
         * The context. {@code load} gives a view of the named schools (this year's returns only): the few
         * returns whose digest is shared are compared figure by figure, as over the whole country.
         * {@code received} tells whether a school of the master list {@code expected} has a return this year.
         */
        public CountryContext build(Function<Collection<String>, CensusView> load, Predicate<String> received,
                                    Collection<String> expected) {
            Map<String, Map<String, Stats>> peers = new HashMap<>();
            values.forEach((rule, groups) -> {
                Map<String, Stats> stats = new HashMap<>();
                groups.forEach((key, list) -> stats.put(key, new Stats(list.toArray())));
                peers.put(rule, stats);
            });
            Map<String, Map<String, Identical>> identical = new HashMap<>();
            for (Rule r : copies) {
                identical.put(r.id(), copies(r, load));
            }
            long got = expected.stream().filter(received).count();
            return new CountryContext(peers, identical, received, expected.size(), got);
        }

        /** The groups of identical returns of one rule, each school of a group mapped to it. */
        private Map<String, Identical> copies(Rule rule, Function<Collection<String>, CensusView> load) {
            long[] all = digests.get(rule.id()).toArray();
            long[] sorted = all.clone();
            Arrays.sort(sorted);
            List<String> candidates = new ArrayList<>();
            List<String> codes = digestCodes.get(rule.id());
            for (int i = 0; i < all.length; i++) {
                int at = Arrays.binarySearch(sorted, all[i]);
                boolean shared = (at > 0 && sorted[at - 1] == all[i]) || (at + 1 < sorted.length && sorted[at + 1] == all[i]);
                if (shared) {
                    candidates.add(codes.get(i));
                }
            }
            Map<String, Identical> out = new HashMap<>();
            if (candidates.isEmpty()) {
                return out;
            }
            // The candidates in the whole country's school order, grouped as the rule groups them over it.
            CensusView view = load.apply(candidates);
            Set<org.emisworkbench.model.Topic> topics = ((RuleSpec.IdenticalReturnsSpec) rule.spec()).topics();
            Map<Map<CellKey, Double>, List<String>> bySet = new LinkedHashMap<>();
            List<SchoolInfo> schools = view.schools();
            List<ValueSource> sources = view.schoolSources();
            for (int i = 0; i < schools.size(); i++) {
                bySet.computeIfAbsent(sources.get(i).figures(topics), k -> new ArrayList<>()).add(schools.get(i).code());
            }
            for (Map.Entry<Map<CellKey, Double>, List<String>> e : bySet.entrySet()) {
                if (e.getValue().size() >= 2) {
                    Identical group = new Identical(List.copyOf(e.getValue()), e.getKey());
                    e.getValue().forEach(code -> out.put(code, group));
                }
            }
            return out;
        }
    }

    /** A growing array of doubles: a country's values without a boxed Double each. */
    private static final class DoubleList {
        private double[] a = new double[16];
        private int n;

        void add(double v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static final class LongList {
        private long[] a = new long[16];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
