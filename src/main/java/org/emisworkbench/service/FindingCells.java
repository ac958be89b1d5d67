package org.emisworkbench.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.Topic;

/**
 * Every cell behind a stored finding: for each field it names (enrolment, repeaters, teachers.total…),
 * the figures of its school, grade and sex, each with the cell it was read from, or none when the return
 * (or its template) left that figure out. A finding keeps one cell, the one that shows it; this finds the
 * rest when an officer reads the finding.
 */
public final class FindingCells {
    /**
     * One figure behind a finding.
     *
     * @param field  the field as rules name it ({@code enrolment}, {@code teachers.total})
     * @param grade  the grade code for a graded field, else null
     * @param sex    the sex for a field counted by sex, else null
     * @param source where it was read; null when no cell holds it (left out)
     */
    public record Cell(String field, String grade, Sex sex, SourceRef source) {
        public boolean leftOut() {
            return source == null;
        }
    }

    private final Workbench workbench;

    FindingCells(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The figures behind {@code f}, in the order of its fields, then grade and sex; empty for district findings. */
    public List<Cell> of(Finding f) {
        List<Cell> out = new ArrayList<>();
        if (f.schoolCode() == null || f.field() == null || f.field().isBlank() || f.key().aboutOneCell()) {
            return out;
        }
        AgeGroup age = f.age() == null ? null : new AgeGroup(f.age());
        SchoolDetails details = workbench.schoolDetails();
        var grades = details.grades();
        List<SchoolDetails.FigureRow> rows = details.figures(f.schoolCode(), f.year(), f.district());
        Set<String> seen = new LinkedHashSet<>();
        for (String name : f.field().split(",")) {
            String field = name.trim();
            Topic topic = topic(field);
            if (topic == null || !seen.add(field)) {
                continue;
            }
            List<Integer> slots = new ArrayList<>();
            if (topic.graded()) {
                if (f.grade() != null) {
                    grades.byCode(f.grade()).map(Grade::slot).ifPresent(slots::add);
                } else {
                    rows.stream().filter(r -> r.topic() == topic).forEach(r -> slots.add(r.slot()));
                }
            } else {
                int dot = field.indexOf('.');
                String slot = dot < 0 ? field : field.substring(dot + 1);
                int i = topic.fixedSlots().indexOf(slot);
                if (i >= 0) {
                    slots.add(i);
                }
            }
            List<Sex> sexes = !topic.bySex() ? java.util.Collections.singletonList(null)
                    : f.sex() != null ? List.of(f.sex()) : List.of(Sex.F, Sex.M);
            if (slots.isEmpty()) {
                sexes.forEach(s -> out.add(new Cell(field, f.grade(), s, null)));
                continue;
            }
            for (int slot : slots) {
                String grade = topic.graded() ? grades.bySlot(slot).code() : null;
                for (Sex sex : sexes) {
                    List<Workbench.SourcedFigure> found = age != null && topic.graded()
                            ? workbench.whereFrom(f.schoolCode(), f.year(), topic, slot, sex, age).stream().toList()
                            : details.sources(f.schoolCode(), f.year(), topic, slot, sex);
                    if (found.isEmpty() || found.stream().allMatch(s -> s.source() == null)) {
                        out.add(new Cell(field, grade, sex, null));
                    }
                    found.stream().filter(s -> s.source() != null)
                            .forEach(s -> out.add(new Cell(field, grade, sex, s.source())));
                }
            }
        }
        return out;
    }

    /** The topic of a field name: {@code enrolment}, {@code teachers.total}, or a fixed slot such as {@code drinking_water}. */
    static Topic topic(String field) {
        int dot = field.indexOf('.');
        String code = dot < 0 ? field : field.substring(0, dot);
        for (Topic t : Topic.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        if (dot < 0) {
            for (Topic t : Topic.values()) {
                if (!t.graded() && t.fixedSlots().contains(field)) {
                    return t;
                }
            }
        }
        return null;
    }
}
