package org.emisworkbench.rules.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.CoreText;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.rules.expr.ValueSource;
import org.emisworkbench.rules.pack.Rule;
import org.emisworkbench.rules.pack.RuleSpec;

/** Rules about returns as a whole: codes, duplicates, copies, completeness, import problems. */
final class ReturnRules {
    private ReturnRules() {
    }

    static List<Finding> codeList(Rule rule, RuleSpec.CodeListSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        for (int i = 0; i < schools.size(); i++) {
            SchoolInfo s = schools.get(i);
            var value = sources.get(i).text(spec.attribute());
            if (value.isEmpty() || value.get().isBlank()) {
                continue;
            }
            String v = value.get().trim();
            boolean known = spec.codes().stream().anyMatch(c -> spec.ignoreCase() ? c.equalsIgnoreCase(v) : c.equals(v));
            if (!known) {
                out.add(new FindingBuilder(rule, view.year()).school(s).put("value", v)
                        .put("left", v).put("detail", String.join(", ", spec.codes()))
                        .field(spec.attribute().field()).build());
            }
        }
        return out;
    }

    static List<Finding> duplicateCodes(Rule rule, CensusView view) {
        List<Finding> out = new ArrayList<>();
        for (SchoolInfo s : view.schools()) {
            if (s.returns() > 1) {
                out.add(new FindingBuilder(rule, view.year()).school(s).left(s.returns())
                        .put("count", Integer.toString(s.returns())).field("school.code").build());
            }
        }
        return out;
    }

    /**
     * Two schools returning the very same figure set (copy-paste between workbooks). Returns with no
     * figure above zero are left out: many empty or all-zero returns are alike without being copies.
     */
    static List<Finding> identicalReturns(Rule rule, RuleSpec.IdenticalReturnsSpec spec, CensusView view) {
        if (view.country() != null) {
            return identicalInCountry(rule, spec, view);
        }
        // Digests first, so that only the few returns sharing one are compared figure by figure.
        List<SchoolInfo> schools = view.schools();
        List<ValueSource> sources = view.schoolSources();
        long[] digests = new long[schools.size()];
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < digests.length; i++) {
            digests[i] = sources.get(i).digest(spec.topics());
            if (digests[i] != 0) {
                seen.merge(digests[i], 1, Integer::sum);
            }
        }
        Map<Map<CellKey, Double>, List<SchoolInfo>> bySet = new LinkedHashMap<>();
        for (int i = 0; i < digests.length; i++) {
            if (digests[i] != 0 && seen.get(digests[i]) > 1) {
                // Keyed by the first school's own figure map, whose order (topic, row, slot) names the
                // finding's cell the same way on every run; a HashMap's order follows enum hash codes.
                bySet.computeIfAbsent(sources.get(i).figures(spec.topics()), k -> new ArrayList<>())
                        .add(schools.get(i));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Map<CellKey, Double>, List<SchoolInfo>> e : bySet.entrySet()) {
            List<SchoolInfo> same = e.getValue();
            if (same.size() < 2) {
                continue;
            }
            // Which return is the copy cannot be told from the figures: every school of the group is asked.
            for (SchoolInfo s : same) {
                out.add(copy(rule, spec, view, s, same.stream().map(SchoolInfo::code).toList(), e.getKey()));
            }
        }
        return out;
    }

    /** One school of a group of identical returns; {@code group} lists every school of it, in order. */
    private static Finding copy(Rule rule, RuleSpec.IdenticalReturnsSpec spec, CensusView view, SchoolInfo s,
                                List<String> group, Map<CellKey, Double> figures) {
        List<String> others = group.stream().filter(c -> !c.equals(s.code())).toList();
        FindingBuilder f = new FindingBuilder(rule, view.year()).school(s).put("others", String.join(", ", others))
                .put("count", Integer.toString(figures.size()));
        figures.keySet().stream().limit(1).forEach(k -> f.cell(k, k.topic()));
        spec.topics().forEach(t -> f.field(t.code()));
        return f.build();
    }

    /** The view's schools that belong to a group of identical returns found over the whole country. */
    private static List<Finding> identicalInCountry(Rule rule, RuleSpec.IdenticalReturnsSpec spec, CensusView view) {
        List<Finding> out = new ArrayList<>();
        for (SchoolInfo s : view.schools()) {
            CountryContext.Identical group = view.country().identical(rule, s.code());
            if (group != null) {
                out.add(copy(rule, spec, view, s, group.codes(), group.figures()));
            }
        }
        return out;
    }

    /** Schools of the master list without a return; the completeness rate goes in every finding. */
    static List<Finding> missingReturns(Rule rule, CensusView view) {
        Set<String> here = new HashSet<>();
        view.schools().forEach(s -> here.add(s.code()));
        CountryContext country = view.country();
        // Over one district, a school may have returned in another, and completeness is the country's.
        java.util.function.Predicate<String> received = country == null ? here::contains : country::received;
        List<SchoolInfo> expected = view.expectedSchools();
        long got = country == null ? expected.stream().filter(s -> received.test(s.code())).count()
                : country.expectedReceived();
        int total = country == null ? expected.size() : country.expected();
        String completeness = total == 0 ? "" : FindingBuilder.format(100.0 * got / total) + " %";
        List<Finding> out = new ArrayList<>();
        for (SchoolInfo s : expected) {
            if (!received.test(s.code())) {
                out.add(new FindingBuilder(rule, view.year()).school(s).put("completeness", completeness)
                        .put("expected", Integer.toString(total)).put("received", Long.toString(got))
                        .build());
            }
        }
        return out;
    }

    static List<Finding> importProblems(Rule rule, RuleSpec.ImportProblemSpec spec, CensusView view) {
        Map<String, SchoolInfo> schools = new HashMap<>();
        view.schools().forEach(s -> schools.put(s.code(), s));
        view.expectedSchools().forEach(s -> schools.putIfAbsent(s.code(), s));
        List<Finding> out = new ArrayList<>();
        for (ImportProblem p : view.importProblems()) {
            if (!spec.problems().contains(p.kind())) {
                continue;
            }
            SchoolInfo s = p.schoolCode() == null ? null : schools.get(p.schoolCode());
            FindingBuilder f = new FindingBuilder(rule, view.year());
            if (s != null) {
                f.school(s);
            } else {
                f.schoolCode(p.schoolCode() == null || p.schoolCode().isBlank() ? null : p.schoolCode());
            }
            f.problem(p).put("problem", p.kind().name()).put("cell", p.sheetCell()).cellText("raw", p.rawText());
            // Worded in each language when the import kept its words; a detail stored as text (an older
            // workspace's) shows as it was written.
            if (p.words() != null && CoreText.of(java.util.Locale.ENGLISH).has(p.words().key())) {
                f.put("detail", p.words());
            } else {
                f.put("detail", p.detail());
            }
            out.add(f.cellText("value", p.rawText()).field(p.field()).build());
        }
        return out;
    }
}
