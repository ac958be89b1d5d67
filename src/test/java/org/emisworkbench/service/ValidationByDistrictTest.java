package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.rules.eval.CountryContext;
import org.emisworkbench.model.Finding;
import org.emisworkbench.rules.eval.RuleEngine;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.service.validation.ValidationInputs;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.ProblemLog;
import org.emisworkbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation loads and checks one district at a time. Over the sample country (two years, a master list,
 * import problems, schools in many districts), the findings of every district put together must be the
 * findings of the rules over the whole country in one view, as the engine was run before, also for the
 * rules that look beyond a district: outliers among a level or the country, copies across districts,
 * completeness of the master list.
 */
class ValidationByDistrictTest {
    @TempDir
    Path dir;

    /**
     * The default pack with outlier rules whose peers cross districts (one of them reading last year) and
     * a rule on district totals of both years.
     */
    private Path pack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode pack = (ObjectNode) json.readTree(getClass().getResourceAsStream("/rules/default-census.json"));
        pack.put("id", "by-district-check");
        ArrayNode rules = (ArrayNode) pack.get("rules");
        rules.add(outlier(json, "X-LVL", "sum(enrolment)", "modified_z", 3.5, "level"));
        rules.add(outlier(json, "X-NAT", "sum(enrolment) / teachers.total", "z_score", 2, "national"));
        rules.add(outlier(json, "X-PREV", "sum(enrolment) - previous(sum(enrolment))", "z_score", 2, "national"));
        // District totals of this year and last (every district has pupils: each is a finding).
        ObjectNode district = json.createObjectNode();
        district.put("id", "X-DST").put("title", "X-DST").put("severity", "info").put("kind", "range")
                .put("scope", "district-year").put("value", "sum(enrolment) + previous(sum(enrolment))").put("max", 1);
        district.putObject("message").put("en", "{district} {value}").put("fr", "{district} {value}");
        rules.add(district);
        Path p = dir.resolve("pack.json");
        json.writeValue(p.toFile(), pack);
        return p;
    }

    private static ObjectNode outlier(ObjectMapper json, String id, String value, String method, double threshold,
                                      String peers) {
        ObjectNode r = json.createObjectNode();
        r.put("id", id).put("title", id).put("severity", "info").put("kind", "outlier").put("value", value)
                .put("method", method).put("threshold", threshold).put("peer_group", peers).put("min_peers", 5);
        r.putObject("message").put("en", "{school} {value} {score} {peers}").put("fr", "{school} {value} {score} {peers}");
        return r;
    }

    @Test
    void theDistrictsTogetherRaiseTheFindingsOfTheWholeCountry() throws Exception {
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("sample"))) {
            RulePack pack = new ValidationService(wb).loadPack(pack());
            Workspace ws = wb.workspace();
            for (int year : new CensusLoader(ws).years()) {
                ValidationInputs inputs = ValidationInputs.load(ws, year);
                FieldCatalog catalog = FieldCatalog.standard(inputs.grades());
                RuleEngine engine = new RuleEngine(catalog);
                CountryContext country = inputs.country(pack, catalog, Cancellation.none());
                List<Finding> byDistrict = new ArrayList<>();
                List<String> parts = inputs.parts(null);
                assertTrue(parts.size() > 5, "districts of " + year + ": " + parts);
                for (String part : parts) {
                    byDistrict.addAll(engine.evaluate(pack, inputs.view(part, country)));
                }
                List<Finding> whole = engine.evaluate(pack, wholeCountry(ws, year));
                assertFalse(whole.isEmpty());
                assertEquals(counts(whole), counts(byDistrict), "findings of " + year);
                if (year == 2025) {
                    for (String rule : List.of("X-LVL", "X-NAT", "X-PREV", "X-DST", "RET-02", "RET-03", "LOC-01")) {
                        assertTrue(whole.stream().anyMatch(f -> f.ruleId().equals(rule)), rule + " raised nothing");
                    }
                }
            }
        }
    }

    /**
     * The service reads the whole country in one view when it fits in the heap and district by district
     * when it does not: forced each way on copies of the same workspace, it stores the same findings,
     * with the same cells, follow-up notes on last year's findings, folds and counts, also for a run over
     * one district.
     */
    @Test
    void theServiceStoresTheSameFindingsEitherWay() throws Exception {
        Path pack = pack();
        Map<ValidationInputs.Plan, List<String>> runs = new LinkedHashMap<>();
        for (ValidationInputs.Plan plan : List.of(ValidationInputs.Plan.WHOLE_COUNTRY,
                ValidationInputs.Plan.DISTRICT_BY_DISTRICT)) {
            try (Workbench wb = SampleCountryFixture.copy(dir.resolve(plan.name()))) {
                List<String> seen = new ArrayList<>();
                // Last year once the same way in both copies: this year's notes cite its findings by number.
                wb.validation().validate(pack, 2024, null, ValidationInputs.Plan.WHOLE_COUNTRY, Progress.NONE,
                        Cancellation.none());
                var year = wb.validation().validate(pack, 2025, null, plan, Progress.NONE, Cancellation.none());
                seen.add(totals(year));
                year.findings().forEach(f -> seen.add(describe(f)));
                String district = year.findings().stream().map(f -> f.finding().district())
                        .filter(d -> d != null && !d.isBlank()).findFirst().orElseThrow();
                var one = wb.validation().validate(pack, 2025, district.toLowerCase(java.util.Locale.ROOT), plan,
                        Progress.NONE, Cancellation.none());
                assertFalse(one.findings().isEmpty(), district);
                seen.add(totals(one));
                one.findings().forEach(f -> seen.add(describe(f)));
                runs.put(plan, seen);
            }
        }
        List<String> whole = runs.get(ValidationInputs.Plan.WHOLE_COUNTRY);
        assertTrue(whole.stream().anyMatch(s -> s.contains("source=") && s.contains(".xlsx Pupils!")), "cells cited");
        assertTrue(whole.stream().anyMatch(s -> s.contains("has its own finding")), "notes on last year's findings");
        assertTrue(whole.stream().anyMatch(s -> s.contains("folded=true")), "consequences folded");
        assertEquals(whole, runs.get(ValidationInputs.Plan.DISTRICT_BY_DISTRICT));

        // Last year by either plan, compared without the numbers the store hands out.
        Map<ValidationInputs.Plan, List<String>> before = new LinkedHashMap<>();
        for (ValidationInputs.Plan plan : List.of(ValidationInputs.Plan.WHOLE_COUNTRY,
                ValidationInputs.Plan.DISTRICT_BY_DISTRICT)) {
            try (Workbench wb = SampleCountryFixture.copy(dir.resolve("2024-" + plan.name()))) {
                var r = wb.validation().validate(pack, 2024, null, plan, Progress.NONE, Cancellation.none());
                List<String> seen = new ArrayList<>(List.of(totals(r)));
                r.findings().forEach(f -> seen.add(describe(f)));
                before.put(plan, seen);
            }
        }
        assertTrue(before.get(ValidationInputs.Plan.WHOLE_COUNTRY).size() > 10);
        assertEquals(before.get(ValidationInputs.Plan.WHOLE_COUNTRY), before.get(ValidationInputs.Plan.DISTRICT_BY_DISTRICT));
    }

    /**
     * The whole country is read in one view when the estimate of that view fits in 35 % of the heap,
     * district by district otherwise; a forced plan is taken as it is. The estimate counts the returns of
     * both years: with last year it is more than without.
     */
    @Test
    void theHeapDecidesHowTheCountryIsRead() {
        try (Workbench wb = SampleCountryFixture.copy(dir.resolve("plan"))) {
            ValidationInputs first = ValidationInputs.load(wb.workspace(), 2024);
            ValidationInputs second = ValidationInputs.load(wb.workspace(), 2025);
            long need = second.wholeCountryBytes();
            assertTrue(need > first.wholeCountryBytes() && first.wholeCountryBytes() > 0, need + " bytes");
            long fits = (long) Math.ceil(need / 0.35) + 1;
            assertTrue(second.wholeCountry(ValidationInputs.Plan.AS_MEMORY_ALLOWS, fits));
            assertFalse(second.wholeCountry(ValidationInputs.Plan.AS_MEMORY_ALLOWS, fits - 10));
            assertTrue(second.wholeCountry(ValidationInputs.Plan.WHOLE_COUNTRY, 1));
            assertFalse(second.wholeCountry(ValidationInputs.Plan.DISTRICT_BY_DISTRICT, Long.MAX_VALUE));
        }
    }

    private static String totals(ValidationService.ValidationResult r) {
        return r.year() + " " + r.district() + ": raised " + r.raised() + ", added " + r.added() + ", resolved "
                + r.resolved() + ", errors " + r.errors() + ", open errors " + r.openErrors();
    }

    private static String describe(org.emisworkbench.model.StoredFinding f) {
        return f.finding() + " " + f.status() + " folded=" + f.folded() + " pack=" + f.packId();
    }

    /** The year in one view, read as validation read it before it went district by district. */
    private static CensusView wholeCountry(Workspace ws, int year) {
        CensusLoader census = new CensusLoader(ws);
        CensusYearData data = census.load(year, null);
        CensusYearData previous = census.years().contains(year - 1) ? census.load(year - 1, null) : null;
        PopulationLoader pop = new PopulationLoader(ws);
        Map<String, String> expected = new LinkedHashMap<>();
        pop.expectedSchools().forEach(s -> expected.put(s.code(), s.district()));
        List<ImportProblem> problems = new ArrayList<>();
        for (ProblemLog.FileProblem p : new ProblemLog(ws).current(year)) {
            problems.add(p.problem());
        }
        org.emisworkbench.store.Boundaries boundaries = new org.emisworkbench.store.Boundaries(ws);
        return new CensusView(data, previous, byArea(pop.population(year)), byArea(pop.population(year - 1)), expected,
                problems, null, new org.emisworkbench.rules.eval.SchoolPlaces(
                        new org.emisworkbench.maps.AreaIndex(boundaries.all()), boundaries.schoolPoints()));
    }

    private static Map<String, List<PopulationRecord>> byArea(List<PopulationRecord> rows) {
        Map<String, List<PopulationRecord>> out = new LinkedHashMap<>();
        rows.forEach(p -> out.computeIfAbsent(p.areaCode(), a -> new ArrayList<>()).add(p));
        return out;
    }

    private static Map<Finding, Integer> counts(List<Finding> findings) {
        Map<Finding, Integer> out = new HashMap<>();
        findings.forEach(f -> out.merge(f, 1, Integer::sum));
        return out;
    }
}
