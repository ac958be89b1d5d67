package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.store.SourceIndex;

/**
 * Gives each of the engine's findings the cell that shows it, which only the workspace knows: the cell
 * its first figure was read from (and last year's, for cohort and change findings), the file an import
 * problem was met in, or else the school's row of the master list.
 */
final class FindingMapper {
    private final GradeSystem grades;
    private final Map<String, String> problemFiles;
    private final Map<String, SourceRef> masterCells;
    private final CensusView view;

    /**
     * @param problemFiles "school|Sheet!A1" of each import problem → the file it was met in
     * @param masterCells  school code → its master-list cell
     */
    FindingMapper(GradeSystem grades, Map<String, String> problemFiles, Map<String, SourceRef> masterCells,
                  CensusView view) {
        this.view = view;
        this.grades = grades;
        this.problemFiles = problemFiles;
        this.masterCells = masterCells;
    }

    static String problemKey(String school, String sheetCell) {
        return (school == null ? "" : school) + "|" + sheetCell;
    }

    List<Finding> map(List<Finding> findings, int year, SourceIndex index) {
        Map<Finding, SourceIndex.Figure> wanted = new HashMap<>();
        for (Finding f : findings) {
            if (f.schoolCode() != null && f.source() == null && !f.cells().isEmpty()) {
                SourceIndex.Figure fig = figure(f.schoolCode(), f.cells().get(0));
                if (fig != null) {
                    wanted.put(f, fig);
                }
            }
        }
        Map<SourceIndex.Figure, SourceRef> sources = index.resolve(year, wanted.values());
        // Cohort and change findings compare with a figure of last year: its cell is cited too.
        Map<Finding, SourceIndex.Figure> wantedBefore = new HashMap<>();
        for (Finding f : findings) {
            if (f.schoolCode() != null && !f.previousCells().isEmpty()) {
                SourceIndex.Figure fig = figure(f.schoolCode(), f.previousCells().get(0));
                if (fig != null) {
                    wantedBefore.put(f, fig);
                }
            }
        }
        Map<SourceIndex.Figure, SourceRef> before = wantedBefore.isEmpty() ? Map.of()
                : index.resolve(year - 1, wantedBefore.values());
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            SourceRef previous = wantedBefore.get(f) == null ? null : before.get(wantedBefore.get(f));
            if (f.source() != null) { // an import problem: its cell, in the file it was met in
                SourceRef cell = f.source();
                String file = problemFiles.get(problemKey(f.schoolCode(), f.key().cell()));
                out.add(f.withSources(new SourceRef(file, cell.sheet(), cell.cell()), f.cellValue(), previous));
                continue;
            }
            SourceRef fromFigure = wanted.get(f) == null ? null : sources.get(wanted.get(f));
            SourceRef source = fromFigure != null ? fromFigure
                    : f.schoolCode() == null ? null : masterCells.get(f.schoolCode());
            out.add(f.withSources(source, source == null ? null : cellValue(f, fromFigure), previous));
        }
        return out;
    }

    private SourceIndex.Figure figure(String school, CellKey key) {
        var topic = key.modelTopic();
        if (topic.isEmpty()) {
            return null;
        }
        int slot = key.slotIndex(grades);
        if (slot < 0) {
            return null;
        }
        return new SourceIndex.Figure(school, topic.get(), slot, key.sex(), key.age());
    }

    /**
     * The stored figure the cited cell was read into, never a figure the rule computed. Null when the
     * cell is a master-list row, or a range (a roster's rows counted, a column not read).
     */
    private String cellValue(Finding f, SourceRef fromFigure) {
        if (fromFigure == null || f.schoolCode() == null || f.cells().isEmpty()
                || (fromFigure.cell() != null && fromFigure.cell().contains(":"))) {
            return null; // a figure counted over a range of roster rows is in no one cell
        }
        CellKey key = f.cells().get(0);
        var source = view.school(f.schoolCode());
        var topic = key.modelTopic();
        if (topic.isEmpty() || (topic.get().bySex() && key.sex() == null)
                || (key.age().isAll() && !source.ages(topic.get(), key.slot(), key.sex()).isEmpty())) {
            // Girls and boys added up, or an all-ages figure of a return that gives ages (a sum of its
            // age rows): no one cell holds it.
            return null;
        }
        var n = source.number(key);
        return n.isPresent() ? Finding.figureText(n.getAsDouble()) : null;
    }
}
