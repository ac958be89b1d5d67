package org.emisworkbench.indicators;

import static org.emisworkbench.indicators.SchoolFigures.MISSING;

import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;

/**
 * Pupils outside a level (pre-primary classes, grades past it) of the schools a staff or room ratio of that level
 * counts. Returns give teachers and rooms for the whole school, so a primary school's pupils per teacher counts its
 * pre-primary pupils with the teachers who teach them; the figure is right as a school-based ratio, but it is not the
 * level's alone, and the note says how many pupils of other levels it holds (review 24: a primary PTR counted ECD
 * pupils with no word).
 */
final class OtherLevelPupils {
    private final int[] levelSlots;
    private final int n;
    private long pupils;
    private int schools;

    OtherLevelPupils(int[] levelSlots, int n) {
        this.levelSlots = levelSlots;
        this.n = n;
    }

    /** Counts the pupils of {@code s} outside the level, a school the ratio counts. */
    void add(SchoolFigures s) {
        if (s.enrolment == null || levelSlots.length == 0) {
            return;
        }
        long outside = 0;
        for (int slot = 0; slot < n; slot++) {
            if (inLevel(slot)) {
                continue;
            }
            for (Sex sex : Sex.values()) {
                int v = s.enrolment[SchoolFigures.index(sex, slot, n)];
                outside += v == MISSING ? 0 : v;
            }
        }
        if (outside > 0) {
            pupils += outside;
            schools++;
        }
    }

    private boolean inLevel(int slot) {
        for (int s : levelSlots) {
            if (s == slot) {
                return true;
            }
        }
        return false;
    }

    /** The note, or null when the schools counted have no pupils outside the level. */
    Message note(Message levelName, boolean oneSchool, Message where) {
        if (schools == 0) {
            return null;
        }
        return oneSchool ? Message.of("ind.otherLevelsCountedOne", pupils, levelName, where)
                : Message.of("ind.otherLevelsCounted", pupils, schools, levelName, where);
    }
}
