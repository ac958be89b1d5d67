package org.emisworkbench.indicators;

import java.util.List;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link IndicatorInputs} from a workspace: year t and, when the workspace has it, year t+1,
 * population of year t, the master list and the district › region hierarchy. Returns are streamed
 * school by school and summarised on the fly, so a country's rows are never all in memory at once
 * (50,000 schools with age grids would not fit in a 512 MB heap as whole {@code CensusYearData}).
 */
public final class IndicatorInputsLoader {
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorInputsLoader.class);

    private IndicatorInputsLoader() {
    }

    public static IndicatorInputs load(Workspace workspace, int year) {
        return load(workspace, year, null);
    }

    /**
     * The inputs of the schools of one district only ({@code district} null: the whole country), with the
     * reference data of all: enough for the indicators of that district or of one of its schools, without
     * reading the rest of a national census.
     */
    public static IndicatorInputs load(Workspace workspace, int year, String district) {
        long start = System.nanoTime();
        CensusLoader census = new CensusLoader(workspace);
        IndicatorInputs.Builder b = IndicatorInputs.builder(year, census.grades());
        census.forEachSchool(year, district, b::school);
        List<Integer> years = census.years();
        if (years.contains(year + 1)) {
            b.nextYear(year + 1);
            census.forEachSchool(year + 1, district, b::nextSchool);
        }
        addReference(b, workspace, year);
        IndicatorInputs inputs = b.build();
        LOG.info("Indicator inputs for {}: {} schools{}, loaded in {} ms", year, inputs.schoolCount(),
                inputs.nextYear() == null ? ", no returns for " + (year + 1) : " and returns for " + (year + 1),
                (System.nanoTime() - start) / 1_000_000);
        return inputs;
    }

    /**
     * Adds what is not a school return to a builder: population of {@code year}, the master list and the
     * district › region hierarchy. Callers that stream the returns themselves (several years in one pass,
     * or with their own summary of each school) use it to build inputs equal to {@link #load}'s.
     */
    public static void addReference(IndicatorInputs.Builder b, Workspace workspace, int year) {
        PopulationLoader others = new PopulationLoader(workspace);
        others.population(year).forEach(b::population);
        List<PopulationLoader.ExpectedSchool> expected = others.expectedSchools();
        if (!expected.isEmpty()) {
            expected.forEach(e -> b.expectedSchool(e.code(), e.district()));
        }
        // Districts are the areas marked so, or else the leaves of the hierarchy (regions have children).
        List<PopulationLoader.Area> areas = others.areas();
        java.util.Set<String> parents = new java.util.HashSet<>();
        areas.forEach(a -> parents.add(a.parentCode()));
        for (PopulationLoader.Area area : areas) {
            boolean district = "district".equalsIgnoreCase(area.level())
                    || (!parents.contains(area.code()) && !"region".equalsIgnoreCase(area.level()));
            if (area.parentCode() != null && district) {
                b.region(area.code(), area.parentCode());
            }
        }
    }
}
