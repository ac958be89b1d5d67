package org.emisworkbench.service;

import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolRecord;

/** Counts the rows an interpreter skipped, by reason, on their way to the real sink. */
final class SkipTally {
    private final Map<String, Integer> byReason = new TreeMap<>();

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
            public void skipped(String sheet, int firstRow, int count, String reason) {
                byReason.merge(reason, count, Integer::sum);
                target.skipped(sheet, firstRow, count, reason);
            }
        };
    }

    int total() {
        return byReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> byReason() {
        return byReason;
    }
}
