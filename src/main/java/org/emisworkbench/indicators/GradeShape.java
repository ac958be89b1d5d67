package org.emisworkbench.indicators;

import java.util.List;
import org.emisworkbench.model.Grade;
import org.emisworkbench.model.GradeSystem;

/**
 * The grade system flattened into arrays by slot, so that summarising 50,000 schools does not look
 * up levels and ages grade by grade.
 */
final class GradeShape {
    final GradeSystem system;
    final int size;
    final String[] code;
    final String[] level;
    final int[] officialAge;
    /** Lowest and highest official age of the level of the grade in each slot. */
    final int[] levelLowAge;
    final int[] levelHighAge;
    private final java.util.Map<String, int[]> slotsByLevel = new java.util.HashMap<>();

    GradeShape(GradeSystem system) {
        this.system = system;
        this.size = system.size();
        code = new String[size];
        level = new String[size];
        officialAge = new int[size];
        levelLowAge = new int[size];
        levelHighAge = new int[size];
        for (Grade g : system.grades()) {
            code[g.slot()] = g.code();
            level[g.slot()] = g.level();
            officialAge[g.slot()] = g.officialAge();
        }
        for (Grade g : system.grades()) {
            List<Grade> same = system.gradesOf(g.level());
            levelLowAge[g.slot()] = same.stream().mapToInt(Grade::officialAge).min().orElseThrow();
            levelHighAge[g.slot()] = same.stream().mapToInt(Grade::officialAge).max().orElseThrow();
        }
        for (String lv : system.levels()) {
            slotsByLevel.put(lv, system.gradesOf(lv).stream().mapToInt(Grade::slot).toArray());
        }
    }

    /** Slots of a level's grades, in order; empty for an unknown level. */
    int[] slotsOf(String levelCode) {
        return slotsByLevel.getOrDefault(levelCode, new int[0]).clone();
    }

    int lowAge(String levelCode) {
        return levelLowAge[slotsOf(levelCode)[0]];
    }

    int highAge(String levelCode) {
        return levelHighAge[slotsOf(levelCode)[0]];
    }
}
