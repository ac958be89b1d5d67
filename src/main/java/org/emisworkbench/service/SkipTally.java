package org.emisworkbench.service;

import java.util.EnumMap;
import java.util.Map;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.SkipReason;

/** Counts the rows an interpreter skipped, by reason, on their way to the real sink. */
final class SkipTally {
    private final Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);

    CensusSink wrap(CensusSink target) {
        return new CensusSink() {
            @Override
            public void school(SchoolRecord school) {
                target.school(school);
            }

            @Override
            public void facts(FactRecord facts) {
                target.facts(facts);
            }

            @Override
            public void population(PopulationRecord population) {
                target.population(population);
            }

            @Override
            public void problem(ImportProblem problem) {
                target.problem(problem);
            }

            @Override
            public void skipped(String sheet, int firstRow, int count, SkipReason reason) {
                byReason.merge(reason, count, Integer::sum);
                target.skipped(sheet, firstRow, count, reason);
            }
        };
    }

    int total() {
        return byReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<SkipReason, Integer> byReason() {
        return byReason;
    }
}
