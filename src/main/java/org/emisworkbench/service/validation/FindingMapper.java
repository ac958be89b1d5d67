package org.emisworkbench.service.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FindingRecord;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.rules.eval.Finding;
import org.emisworkbench.rules.expr.CellKey;
import org.emisworkbench.rules.pack.PackLoader;
import org.emisworkbench.rules.pack.RulePack;
import org.emisworkbench.store.SourceIndex;

/** Turns the engine's findings into stored findings, each with the cell that shows it. */
final class FindingMapper {
    private final RulePack pack;
    private final GradeSystem grades;
    private final Map<String, String> problemFiles;
    private final Map<String, SourceRef> masterCells;

    /**
     * @param problemFiles "school|Sheet!A1" of each import problem → the file it was met in
     * @param masterCells  school code → its master-list cell
     */
    FindingMapper(RulePack pack, GradeSystem grades, Map<String, String> problemFiles,
                  Map<String, SourceRef> masterCells) {
        this.pack = pack;
        this.grades = grades;
        this.problemFiles = problemFiles;
        this.masterCells = masterCells;
    }

    static String problemKey(String school, String sheetCell) {
        return (school == null ? "" : school) + "|" + sheetCell;
    }

    List<FindingRecord> map(List<Finding> findings, int year, SourceIndex index) {
        Map<Finding, SourceIndex.Figure> wanted = new HashMap<>();
        for (Finding f : findings) {
            if (f.schoolCode() != null && !f.details().containsKey("cell") && !f.cells().isEmpty()) {
                SourceIndex.Figure fig = figure(f.schoolCode(), f.cells().get(0));
                if (fig != null) {
                    wanted.put(f, fig);
                }
            }
        }
        Map<SourceIndex.Figure, SourceRef> sources = index.resolve(year, wanted.values());
        List<FindingRecord> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            SourceRef source = source(f, wanted.get(f) == null ? null : sources.get(wanted.get(f)));
            out.add(record(f, source));
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
        String cell = f.details().get("cell");
        if (cell != null) {
            int bang = cell.lastIndexOf('!');
            String file = problemFiles.get(problemKey(f.schoolCode(), cell));
            return bang < 0 ? new SourceRef(file, null, cell)
                    : new SourceRef(file, cell.substring(0, bang), cell.substring(bang + 1));
        }
        if (fromFigure != null) {
            return fromFigure;
        }
        return f.schoolCode() == null ? null : masterCells.get(f.schoolCode());
    }

    private FindingRecord record(Finding f, SourceRef source) {
        String grade = f.grade();
        String age = f.age() == null || f.age().equals(AgeGroup.ALL) ? null : f.age().code();
        String key = FindingRecord.keyOf(f.ruleId(), f.schoolCode() != null ? f.schoolCode() : f.district(), f.year(),
                grade, f.sex(), age);
        String cell = f.details().get("cell");
        if (cell != null) {
            key = key + "|" + cell; // import problems: one finding per cell
        }
        if (!PackLoader.DEFAULT_ID.equals(pack.id())) {
            key = pack.id() + ":" + key; // two packs may use one rule id; the built-in pack's keys stay as they were
        }
        String title = pack.rule(f.ruleId()).map(r -> r.title()).orElse(f.ruleId());
        return new FindingRecord(key, f.ruleId(), title, Severity.valueOf(f.severity().name()), f.schoolCode(),
                f.district(), f.year(), grade, f.sex(), age, String.join(", ", f.fields()),
                f.left().isPresent() ? f.left().getAsDouble() : null,
                f.right().isPresent() ? f.right().getAsDouble() : null, f.messageEn(), f.messageFr(), source);
    }
}
