package org.emisworkbench.service;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.SchoolFacts;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.store.CensusLoader;
import org.emisworkbench.store.Provenance;

/** A school's figures as the faces show them: by grade (or slot) and sex, with their sources. */
public final class SchoolDetails {
    private final Workbench workbench;

    SchoolDetails(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * One line of a school's figures: a topic's grade or slot, girls, boys and total (null: not reported).
     *
     * @param slot the slot the figure is stored in, for {@link #sources}
     */
    public record FigureRow(Topic topic, int slot, String label, Integer female, Integer male, Integer total) {
    }

    /** Census years with current returns. */
    public List<Integer> years() {
        return workbench.store(ws -> new CensusLoader(ws).years());
    }

    public GradeSystem grades() {
        return workbench.store(ws -> new CensusLoader(ws).grades());
    }

    /**
     * The grade of {@code grades} (the workspace's) a name stands for: its own code ({@code G1}) or a name
     * returns use for it ({@code CP1}, {@code 1ª classe}, {@code Std 1}), read through the built-in {@code grade}
     * list, so an officer can ask for a figure by the name printed on the school's form.
     */
    public static java.util.Optional<Grade> gradeNamed(GradeSystem grades, String name) {
        String trimmed = name == null ? "" : name.trim();
        java.util.Optional<Grade> own = grades.byCode(trimmed.toUpperCase(java.util.Locale.ROOT));
        if (own.isPresent()) {
            return own;
        }
        String code = org.emisworkbench.template.CodeLists.builtIn().require("grade").code(trimmed);
        return code == null ? java.util.Optional.empty() : grades.byCode(code);
    }

    /**
     * {@link #gradeNamed(GradeSystem, String)} through the grade lists of the workspace's templates as well (built-in,
     * the user's folder, the folder beside the workspace): a name a country's template gives a grade ({@code CP} for
     * G1, where the built-in list leaves a bare CP out) is read as the import read it, and a template's own meaning
     * of a built-in spelling wins, as at import. The templates that imported the workspace's files ({@code used},
     * their ids) decide first; a name the templates give different grades is refused, naming each template's grade,
     * never one picked at random.
     */
    public static java.util.Optional<Grade> gradeNamed(GradeSystem grades, String name,
                                                       List<org.emisworkbench.template.Template> templates,
                                                       java.util.Set<String> used) {
        String trimmed = name == null ? "" : name.trim();
        java.util.Optional<Grade> own = grades.byCode(trimmed.toUpperCase(java.util.Locale.ROOT));
        if (own.isPresent() || templates.isEmpty()) {
            return own.isPresent() ? own : gradeNamed(grades, name);
        }
        for (boolean onlyUsed : new boolean[] {true, false}) {
            java.util.Map<String, List<String>> byCode = new java.util.TreeMap<>();
            for (org.emisworkbench.template.Template t : templates) {
                if (onlyUsed && !used.contains(t.id())) {
                    continue;
                }
                String code = t.lists().get("grade").map(l -> l.code(trimmed)).orElse(null);
                if (code != null && grades.byCode(code).isPresent()) {
                    byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(t.id());
                }
            }
            if (byCode.size() == 1) {
                return grades.byCode(byCode.keySet().iterator().next());
            }
            if (byCode.size() > 1) {
                List<String> each = new ArrayList<>();
                byCode.forEach((code, ids) -> each.add(code + " (" + String.join(", ", ids) + ")"));
                throw new ServiceException(org.emisworkbench.model.Message.of("service.gradeNamedTwice", trimmed,
                        String.join("; ", each), String.join(", ", byCode.keySet())));
            }
        }
        return gradeNamed(grades, name);
    }

    /** The school's figures of {@code year}: graded topics by grade, then teachers and classrooms. */
    public List<FigureRow> figures(String school, int year, String district) {
        var data = workbench.store(ws -> new CensusLoader(ws).load(year, district));
        SchoolFacts facts = data.school(school).orElse(null);
        List<FigureRow> rows = new ArrayList<>();
        if (facts == null) {
            return rows;
        }
        GradeSystem grades = data.grades();
        for (Topic t : List.of(Topic.ENROLMENT, Topic.REPEATERS, Topic.NEW_ENTRANTS, Topic.TEACHERS,
                Topic.CLASSROOMS, Topic.FACILITIES)) {
            if (!facts.has(t)) {
                continue;
            }
            int slots = t.graded() ? grades.size() : t.fixedSlots().size();
            for (int slot = 0; slot < slots; slot++) {
                String label = t.graded() ? grades.bySlot(slot).code() : t.fixedSlots().get(slot);
                Integer f = t.bySex() ? value(facts.total(t, Sex.F, slot)) : null;
                Integer m = t.bySex() ? value(facts.total(t, Sex.M, slot)) : null;
                Integer total = value(facts.total(t, null, slot));
                if (f != null || m != null || total != null) {
                    rows.add(new FigureRow(t, slot, label, f, m, total));
                }
            }
        }
        return rows;
    }

    /**
     * Where a figure came from: the all-ages cell when the return has one, else one cell per age
     * group the figure adds up.
     */
    public List<Workbench.SourcedFigure> sources(String school, int year, Topic topic, int slot, Sex sex) {
        return workbench.store(ws -> new Provenance(ws).sources(school, year, topic, slot, topic.bySex() ? sex : null))
                .stream().map(Workbench.SourcedFigure::of).toList();
    }

    /**
     * The cell left blank where this figure was expected among the school's other figures of the grade (IMP-36): file,
     * sheet and cell; empty when no import said so.
     */
    public java.util.Optional<org.emisworkbench.model.SourceRef> blankCell(String school, int year, Topic topic,
                                                                         int slot, Sex sex) {
        String grade = topic.graded() ? grades().bySlot(slot).code() : null;
        return grade == null || sex == null ? java.util.Optional.empty()
                : workbench.store(ws -> new Provenance(ws).blankCell(school, year, topic, grade, sex));
    }

    /** Level codes of the grade system, in order. */
    public List<String> levels() {
        return grades().levels();
    }

    /** Grades of a level. */
    public List<Grade> gradesOf(String level) {
        return grades().gradesOf(level);
    }

    private static Integer value(int v) {
        return v == FactRecord.MISSING ? null : v;
    }
}
