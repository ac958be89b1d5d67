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
        Map<Finding, List<SourceIndex.Figure>> wanted = new HashMap<>();
        for (Finding f : findings) {
            if (f.schoolCode() != null && f.source() == null && !f.cells().isEmpty()) {
                List<SourceIndex.Figure> figs = new ArrayList<>();
                for (CellKey key : citedFigure(f)) {
                    SourceIndex.Figure fig = figure(f.schoolCode(), key);
                    if (fig != null) {
                        figs.add(fig);
                    }
                }
                if (!figs.isEmpty()) {
                    wanted.put(f, figs);
                }
            }
        }
        Map<SourceIndex.Figure, SourceRef> sources = index.resolve(year,
                wanted.values().stream().flatMap(List::stream).toList());
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
            List<SourceIndex.Figure> figs = wanted.get(f);
            SourceRef fromFigure = figs == null ? null : joined(figs, sources);
            SourceRef source = fromFigure != null ? fromFigure
                    : f.schoolCode() == null ? null : masterCells.get(f.schoolCode());
            boolean joined = figs != null && fromFigure != sources.get(figs.get(0));
            out.add(f.withSources(source, source == null ? null
                    : joined ? partsValue(f) : cellValue(f, fromFigure), previous));
        }
        return out;
    }

    /**
     * The cells of the figure a finding is about: its first cell, and with it the other sexes of the same figure when
     * the finding is about both (a pupil-teacher ratio reads the female and the male teachers: citing only the women's
     * cell would send the officer to half the figure).
     */
    private static List<CellKey> citedFigure(Finding f) {
        CellKey first = f.cells().get(0);
        if (f.sex() != null || first.sex() == null) {
            return List.of(first);
        }
        List<CellKey> out = new ArrayList<>();
        for (CellKey next : f.cells()) {
            if (!next.topic().equals(first.topic())) {
                break; // the cited field's cells come first, in one run
            }
            if (!java.util.Objects.equals(next.slot(), first.slot()) || !java.util.Objects.equals(next.age(), first.age())
                    || next.sex() == null) {
                return List.of(first); // a figure of several grades or ages (all pupils): no few cells hold it
            }
            if (out.stream().noneMatch(k -> k.sex() == next.sex())) {
                out.add(next);
            }
        }
        return out;
    }

    /**
     * The cells of one figure's parts as one reference ({@code C44+C45}) when they are all found on one sheet of one
     * file; else the first part's cell alone (the parts lie apart, or some were not found).
     */
    private static SourceRef joined(List<SourceIndex.Figure> figs, Map<SourceIndex.Figure, SourceRef> sources) {
        SourceRef first = sources.get(figs.get(0));
        if (first == null || figs.size() == 1) {
            return first;
        }
        StringBuilder cells = new StringBuilder(first.cell());
        for (SourceIndex.Figure fig : figs.subList(1, figs.size())) {
            SourceRef part = sources.get(fig);
            if (part == null || !java.util.Objects.equals(part.file(), first.file())
                    || !java.util.Objects.equals(part.sheet(), first.sheet()) || part.cell() == null) {
                return first;
            }
            if (!part.cell().equals(first.cell())) {
                cells.append('+').append(part.cell());
            }
        }
        return new SourceRef(first.file(), first.sheet(), cells.toString());
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
     * The cells of a figure cited by its sexes added up ({@code C44+C45} holding 1 and 2: 3), as a reference of cells
     * joined by {@code +} reads everywhere (a template's {@code sumOf}); null when a part is not a number.
     */
    private String partsValue(Finding f) {
        var source = view.school(f.schoolCode());
        double sum = 0;
        for (CellKey key : citedFigure(f)) {
            var n = source.number(key);
            if (n.isEmpty()) {
                return null;
            }
            sum += n.getAsDouble();
        }
        return Finding.figureText(sum);
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
