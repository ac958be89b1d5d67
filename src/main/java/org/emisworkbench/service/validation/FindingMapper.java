package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.FindingRecord;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.rules.eval.CensusView;
import org.emisworkbench.rules.eval.Finding;
import org.emisworkbench.model.CellKey;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.store.SourceIndex;

/** Turns the engine's findings into stored findings, each with the cell that shows it. */
final class FindingMapper {
    private final RulePack pack;
    private final GradeSystem grades;
    private final Map<String, String> problemFiles;
    private final Map<String, SourceRef> masterCells;
    private final CensusView view;

    /**
     * @param problemFiles "school|Sheet!A1" of each import problem → the file it was met in
     * @param masterCells  school code → its master-list cell
     */
    FindingMapper(RulePack pack, GradeSystem grades, Map<String, String> problemFiles,
                  Map<String, SourceRef> masterCells, CensusView view) {
        this.view = view;
        this.pack = pack;
        this.grades = grades;
        this.problemFiles = problemFiles;
        this.masterCells = masterCells;
    }

    static String problemKey(String school, String sheetCell) {
        return (school == null ? "" : school) + "|" + sheetCell;
    }

    /** An import problem's cell as {@code ImportProblem.sheetCell()} wrote it: empty when no sheet is known. */
    private static String sheetCell(SourceRef s) {
        return s.sheet() == null ? "" : s.sheetCell();
    }

    List<FindingRecord> map(List<Finding> findings, int year, SourceIndex index) {
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
        List<FindingRecord> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            SourceRef fromFigure = wanted.get(f) == null ? null : sources.get(wanted.get(f));
            SourceRef source = source(f, fromFigure);
            SourceRef previous = wantedBefore.get(f) == null ? null : before.get(wantedBefore.get(f));
            out.add(record(f, source, cellValue(f, fromFigure), previous));
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

    private SourceRef source(Finding f, SourceRef fromFigure) {
        SourceRef cell = f.source();
        if (cell != null) {
            return new SourceRef(problemFiles.get(problemKey(f.schoolCode(), sheetCell(cell))), cell.sheet(), cell.cell());
        }
        if (fromFigure != null) {
            return fromFigure;
        }
        return f.schoolCode() == null ? null : masterCells.get(f.schoolCode());
    }

    /**
     * The content of the cell a finding cites, never a figure the rule computed: an import problem's
     * text as read, or the stored figure the cited cell was read into. Null when the cell is a
     * master-list row, or a range (a roster's rows counted, a column not read).
     */
    private String cellValue(Finding f, SourceRef fromFigure) {
        if (f.source() != null) {
            String raw = f.details().get("raw");
            // A range (a column of figures not read) holds no one value; a row without its school code
            // is cited at its key cell, which is blank (the raw text lists the row's figures).
            if (raw == null || raw.isBlank() || f.source().cell().contains(":")
                    || "BLANK_KEY".equals(f.details().get("problem"))) {
                return null;
            }
            return raw.trim().matches("-?\\d{1,15}(\\.\\d+)?") ? FindingRecord.figureText(Double.parseDouble(raw.trim()))
                    : raw;
        }
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
        return n.isPresent() ? FindingRecord.figureText(n.getAsDouble()) : null;
    }

    private FindingRecord record(Finding f, SourceRef source, String cellValue, SourceRef previous) {
        String grade = f.grade();
        String age = f.age() == null || f.age().equals(AgeGroup.ALL) ? null : f.age().code();
        // Import problems: one finding per cell. Two packs may use one rule id: a key names its pack, but
        // for the built-in pack, whose keys stay as they were.
        FindingKey key = new FindingKey(PackLoader.DEFAULT_ID.equals(pack.id()) ? null : pack.id(), f.ruleId(),
                f.schoolCode() != null ? f.schoolCode() : f.district(), f.year(), grade, f.sex(), age,
                f.source() == null ? null : sheetCell(f.source()));
        String title = pack.rule(f.ruleId()).map(r -> r.title()).orElse(f.ruleId());
        return new FindingRecord(key, f.ruleId(), title, f.severity(), f.schoolCode(),
                f.district(), f.year(), grade, f.sex(), age, String.join(", ", f.fields()),
                f.left().isPresent() ? f.left().getAsDouble() : null,
                f.right().isPresent() ? f.right().getAsDouble() : null, f.messageEn(), f.messageFr(), source,
                source == null ? null : cellValue, previous);
    }
}
