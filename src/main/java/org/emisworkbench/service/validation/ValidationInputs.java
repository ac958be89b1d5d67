package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CensusYearData;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.PopulationLoader;
import org.emisworkbench.store.ProblemLog;
import org.emisworkbench.store.SourceIndex;
import org.emisworkbench.store.Workspace;

/** Everything a validation run reads from the workspace, loaded once. */
public final class ValidationInputs {
    private final CensusView view;
    private final SourceIndex sources;
    private final Map<String, String> problemFiles;
    private final CensusYearData data;

    private ValidationInputs(Workspace workspace, CensusView view, CensusYearData data,
                             Map<String, String> problemFiles) {
        this.view = view;
        this.data = data;
        this.sources = new SourceIndex(workspace);
        this.problemFiles = problemFiles;
    }

    /** This year's and last year's returns, population, master list and import problems. */
    public static ValidationInputs load(Workspace workspace, int year) {
        CensusLoader census = new CensusLoader(workspace);
        CensusYearData data = census.load(year, null);
        CensusYearData previous = census.years().contains(year - 1) ? census.load(year - 1, null) : null;
        PopulationLoader pop = new PopulationLoader(workspace);
        Map<String, String> expected = new LinkedHashMap<>();
        pop.expectedSchools().forEach(s -> expected.put(s.code(), s.district()));
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        for (ProblemLog.FileProblem p : new ProblemLog(workspace).current(year)) {
            problems.add(p.problem());
            files.put(FindingMapper.problemKey(p.problem().schoolCode(), p.problem().sheetCell()), p.file());
        }
        CensusView view = new CensusView(data, previous, byArea(pop.population(year)),
                byArea(pop.population(year - 1)), expected, problems);
        return new ValidationInputs(workspace, view, data, files);
    }

    private static Map<String, List<PopulationRecord>> byArea(List<PopulationRecord> rows) {
        Map<String, List<PopulationRecord>> out = new LinkedHashMap<>();
        for (PopulationRecord p : rows) {
            out.computeIfAbsent(p.areaCode(), a -> new ArrayList<>()).add(p);
        }
        return out;
    }

    public CensusView view() {
        return view;
    }

    public SourceIndex sources() {
        return sources;
    }

    /** The engine's findings, each with the cell that shows it. */
    public List<org.emisworkbench.model.Finding> withSources(List<org.emisworkbench.model.Finding> raw) {
        return new FindingMapper(data.grades(), problemFiles, sources.masterListCells(), view).map(raw, data.year(),
                sources);
    }
}
