package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.rules.eval.CountryContext;
import org.emisworkbench.rules.expr.FieldCatalog;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.ProblemLog;
import org.emisworkbench.store.SourceIndex;
import org.emisworkbench.store.Workspace;

/**
 * What a validation run reads of the whole country once (the schools' codes by district, this year and
 * last, population, master list, import problems), then the returns as {@link CensusView}s: the whole
 * country in one view when it fits in the heap (the fastest), else each part of the country (a
 * district) with its own returns, loaded when its turn comes (decision 0014). A national census with
 * age grids does not fit in a small heap, and no rule needs more than a district's figures at once: the
 * few that look beyond get what they need from a {@link CountryContext} worked out in a first pass.
 */
public final class ValidationInputs {
    private final CensusLoader census;
    private final int year;
    private final GradeSystem grades;
    /** This year's and last year's school codes by district (exact text, "" for none), in code order. */
    private final Map<String, List<String>> codes;
    private final Map<String, List<String>> lastYearCodes;
    private final boolean hasLastYear;
    private final Map<String, List<PopulationRecord>> population;
    private final Map<String, List<PopulationRecord>> lastPopulation;
    /** Master list: school code → district code, in its order. */
    private final Map<String, String> expected;
    private final List<ImportProblem> problems;
    /** The part (district) each import problem is checked with. */
    private final List<String> problemParts;
    private final Map<String, String> problemFiles;
    private final SourceIndex sources;
    private final Map<String, SourceRef> masterCells;
    private final org.emisworkbench.rules.eval.SchoolPlaces places;

    private ValidationInputs(Workspace workspace, int year, java.util.function.LongFunction<Set<String>> collected) {
        this.census = new CensusLoader(workspace).collectedBy(collected);
        this.year = year;
        this.grades = census.grades();
        this.codes = census.codesByDistrict(year);
        this.hasLastYear = census.years().contains(year - 1);
        this.lastYearCodes = hasLastYear ? census.codesByDistrict(year - 1) : Map.of();
        PopulationLoader pop = new PopulationLoader(workspace);
        this.population = byArea(pop.population(year));
        this.lastPopulation = byArea(pop.population(year - 1));
        this.expected = new LinkedHashMap<>();
        pop.expectedSchools().forEach(s -> expected.put(s.code(), s.district()));
        this.problems = new ArrayList<>();
        this.problemFiles = new HashMap<>();
        for (ProblemLog.FileProblem p : new ProblemLog(workspace).current(year)) {
            problems.add(p.problem());
            problemFiles.put(FindingMapper.problemKey(p.problem().schoolCode(), p.problem().sheetCell()), p.file());
        }
        this.problemParts = problemParts();
        this.sources = new SourceIndex(workspace);
        this.masterCells = sources.masterListCells();
        var boundaries = new org.emisworkbench.store.Boundaries(workspace);
        this.places = new org.emisworkbench.rules.eval.SchoolPlaces(
                new org.emisworkbench.maps.AreaIndex(boundaries.all()), boundaries.schoolPoints());
    }

    /** Reads what a run of {@code year} needs of the whole country; districts are loaded by {@link #view}. */
    public static ValidationInputs load(Workspace workspace, int year) {
        return new ValidationInputs(workspace, year, null);
    }

    /**
     * As {@link #load(Workspace, int)}, each return told which fields its template collects: {@code collected}
     * gives them for an import batch (null: every field).
     */
    public static ValidationInputs load(Workspace workspace, int year,
                                        java.util.function.LongFunction<Set<String>> collected) {
        return new ValidationInputs(workspace, year, collected);
    }

    private static Map<String, List<PopulationRecord>> byArea(List<PopulationRecord> rows) {
        Map<String, List<PopulationRecord>> out = new LinkedHashMap<>();
        for (PopulationRecord p : rows) {
            out.computeIfAbsent(p.areaCode(), a -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static String part(String district) {
        return district == null ? "" : district;
    }

    /**
     * An import problem is checked with the district of its school: that of its return this year, else
     * its master-list district; a problem naming no known school with the part of schools without one.
     */
    private List<String> problemParts() {
        Set<String> named = new HashSet<>();
        problems.forEach(p -> named.add(p.schoolCode()));
        Map<String, String> returned = new HashMap<>();
        codes.forEach((d, list) -> list.stream().filter(named::contains).forEach(c -> returned.putIfAbsent(c, d)));
        List<String> out = new ArrayList<>(problems.size());
        for (ImportProblem p : problems) {
            String code = p.schoolCode();
            out.add(code != null && returned.containsKey(code) ? returned.get(code)
                    : code != null && expected.containsKey(code) ? part(expected.get(code)) : "");
        }
        return out;
    }

    public int year() {
        return year;
    }

    public GradeSystem grades() {
        return grades;
    }

    /** Whether the year has no return and no school is expected. */
    public boolean isEmpty() {
        return codes.isEmpty() && expected.isEmpty();
    }

    /** Schools with a return this year. */
    public int schoolCount() {
        return codes.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The parts of the country a run checks one after the other, in code order: every district with
     * returns, on the master list or named by an import problem ("" for schools without a district).
     * {@code district} non-null keeps the parts of that district (compared ignoring case).
     */
    public List<String> parts(String district) {
        TreeSet<String> all = new TreeSet<>(codes.keySet());
        expected.values().forEach(d -> all.add(part(d)));
        all.addAll(problemParts);
        return all.stream().filter(p -> district == null || p.equalsIgnoreCase(district)).toList();
    }

    /**
     * The first pass over the country for the rules that look beyond a district, or null when the pack
     * has none such (the view of a district then needs no context but the master-list counts).
     */
    public CountryContext country(RulePack pack, FieldCatalog catalog, org.emisworkbench.model.Cancellation cancel) {
        CountryContext.Builder b = new CountryContext.Builder(pack, catalog);
        if (CountryContext.firstPassNeeded(pack)) {
            boolean lastYear = CountryContext.firstPassReadsLastYear(pack);
            Set<org.emisworkbench.model.Topic> topics = CountryContext.firstPassTopics(pack);
            inTurn(new ArrayList<>(codes.keySet()), d -> view(d, null, lastYear, topics), cancel, b::add);
        }
        // Only master-list schools are asked whether they returned: the set stays the size of the list.
        Set<String> received = new HashSet<>();
        codes.values().forEach(list -> list.stream().filter(expected::containsKey).forEach(received::add));
        return b.build(list -> new CensusView(census.loadSchools(year, list), null, Map.of(), Map.of(), Map.of(),
                List.of()), received::contains, expected.keySet());
    }

    /** How a run goes over the country: as memory allows, or forced one way (tests and benchmarks compare). */
    public enum Plan {
        /** The whole country in one view when it fits in the heap, else district by district. */
        AS_MEMORY_ALLOWS,
        WHOLE_COUNTRY,
        DISTRICT_BY_DISTRICT;

        /**
         * The plan named by the system property {@code emis.validation.plan} ({@code whole-country} or
         * {@code district-by-district}), else {@link #AS_MEMORY_ALLOWS}: lets a benchmark time either
         * way on the same workspace.
         */
        public static Plan configured() {
            String named = System.getProperty("emis.validation.plan", "");
            for (Plan p : values()) {
                if (p.name().replace('_', '-').equalsIgnoreCase(named)) {
                    return p;
                }
            }
            return AS_MEMORY_ALLOWS;
        }
    }

    /*
     * What a return held in a whole-country view costs in heap: measured 2,580 bytes a return on the
     * 50,000-school bench workspace (12 figure rows a return), split here between the school (its
     * attributes, value sources, map entries) and each figure row, rounded up (decision 0014).
     */
    static final long BYTES_PER_RETURN = 1_200;
    static final long BYTES_PER_ROW = 150;
    /**
     * The share of the heap a whole-country view may take: rules, findings, H2's cache and the garbage
     * of the run need the rest (at 50,000 schools, 150 MB estimated, the run peaks near 480 MB of 512).
     */
    static final double HEAP_SHARE = 0.35;

    /** Heap a whole-country view of this year and last year would take, estimated from row counts. */
    public long wholeCountryBytes() {
        long returns = schoolCount() + lastYearCodes.values().stream().mapToLong(List::size).sum();
        return Math.round(returns * (BYTES_PER_RETURN + census.factRowsPerReturn() * BYTES_PER_ROW));
    }

    /** Whether {@code plan} reads the whole country in one view, given a heap of at most {@code maxHeap} bytes. */
    public boolean wholeCountry(Plan plan, long maxHeap) {
        return switch (plan) {
            case WHOLE_COUNTRY -> true;
            case DISTRICT_BY_DISTRICT -> false;
            case AS_MEMORY_ALLOWS -> wholeCountryBytes() <= maxHeap * HEAP_SHARE;
        };
    }

    /**
     * Hands {@code each} the views a run of {@code pack} over {@code district} (null: all) checks: the
     * whole country in one view when the plan says so (the fastest: one scan of the year, and every rule
     * works out its own statistics), else one district after the other, with what the rules looking
     * beyond a district need worked out first. The findings are the same either way
     * (ValidationByDistrictTest). A run over one district reads the whole country either way, as the
     * rules looking beyond it need: in one view, or as a first pass.
     */
    public void eachView(RulePack pack, FieldCatalog catalog, String district, boolean wholeCountry,
                         org.emisworkbench.model.Cancellation cancel, java.util.function.Consumer<CensusView> each) {
        if (wholeCountry) {
            each.accept(wholeCountryView());
            return;
        }
        CountryContext country = country(pack, catalog, cancel);
        cancel.check();
        inTurn(parts(district), p -> view(p, country), cancel, each);
    }

    /** The year in one view: every return of this year and last, the master list and every import problem. */
    public CensusView wholeCountryView() {
        CensusYearData data = census.load(year, null);
        CensusYearData previous = hasLastYear ? census.load(year - 1, null) : null;
        return new CensusView(data, previous, population, lastPopulation, expected, problems, null, places);
    }

    private static void inTurn(List<String> parts, java.util.function.Function<String, CensusView> load,
                               org.emisworkbench.model.Cancellation cancel, java.util.function.Consumer<CensusView> each) {
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "district-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<CensusView> next = parts.isEmpty() ? null
                    : reader.submit(() -> load.apply(parts.get(0)));
            for (int i = 0; i < parts.size(); i++) {
                cancel.check();
                CensusView view = await(next);
                String following = i + 1 < parts.size() ? parts.get(i + 1) : null;
                next = following == null ? null : reader.submit(() -> load.apply(following));
                each.accept(view);
            }
        } finally {
            reader.shutdownNow();
        }
    }

    private static CensusView await(java.util.concurrent.Future<CensusView> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.emisworkbench.model.CancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One part of the country as the rules read it, with last year's returns its rules compare with. */
    public CensusView view(String part, CountryContext country) {
        return view(part, country, true, null);
    }

    /** {@code topics} non-null: only those topics' rows (a first pass reading few figures). */
    private CensusView view(String part, CountryContext country, boolean lastYear,
                            Set<org.emisworkbench.model.Topic> topics) {
        List<String> here = codes.getOrDefault(part, List.of());
        CensusYearData data = census.loadSchools(year, here, topics);
        CensusYearData previous = null;
        if (hasLastYear && lastYear) {
            // Last year's returns of this district's schools (wherever they were) and of the district's
            // schools of last year (its totals then).
            Set<String> wanted = new HashSet<>(here);
            wanted.addAll(lastYearCodes.getOrDefault(part, List.of()));
            previous = census.loadSchools(year - 1, wanted, topics);
        }
        Map<String, String> expectedHere = new LinkedHashMap<>();
        expected.forEach((code, d) -> {
            if (part(d).equals(part)) {
                expectedHere.put(code, d);
            }
        });
        List<ImportProblem> problemsHere = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            if (problemParts.get(i).equals(part)) {
                problemsHere.add(problems.get(i));
            }
        }
        return new CensusView(data, previous, population, lastPopulation, expectedHere, problemsHere, country, places);
    }

    /** The engine's findings over a view of this run as stored findings, each with the cell that shows it. */
    public List<org.emisworkbench.model.Finding> withSources(CensusView view, List<org.emisworkbench.model.Finding> raw) {
        return new FindingMapper(grades, problemFiles, masterCells, view).map(raw, year, sources);
    }
}
