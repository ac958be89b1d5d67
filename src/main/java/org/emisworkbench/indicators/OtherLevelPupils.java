package org.emisworkbench.indicators;

import static org.emisworkbench.indicators.SchoolFigures.MISSING;

import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;

/**
 * Pupils outside a level (pre-primary classes, grades past it) of the schools a staff or room ratio of that level
 * counts. Returns give teachers and rooms for the whole school, so a primary school's pupils per teacher counts its
 * pre-primary pupils with the teachers who teach them; the figure is right as a school-based ratio, but it is not the
 * level's alone, and the note says how many pupils of other levels it holds (review 24: a primary PTR counted ECD
 * pupils with no word). Counted past the level's last grade only, the same count is what primary enrolment leaves out
 * of the pupils its schools teach, and says (review 20).
 */
final class OtherLevelPupils {
    /** The grade slots counted: true for a slot outside the level (or past it, for {@link #pastLevel}). */
    private final boolean[] counted;
    private final int n;
    private long pupils;
    private int schools;

    private OtherLevelPupils(boolean[] counted) {
        this.counted = counted;
        this.n = counted.length;
    }

    /** Pupils in any grade outside the level's {@code levelSlots}, of {@code n} grade slots. */
    static OtherLevelPupils outsideLevel(int[] levelSlots, int n) {
        boolean[] counted = new boolean[n];
        if (levelSlots.length > 0) {
            java.util.Arrays.fill(counted, true);
            for (int slot : levelSlots) {
                counted[slot] = false;
            }
        }
        return new OtherLevelPupils(counted);
    }

    /** Pupils in grades past the level's last grade only (not pre-primary classes before it). */
    static OtherLevelPupils pastLevel(int[] levelSlots, int n) {
        boolean[] counted = new boolean[n];
        if (levelSlots.length > 0) {
            java.util.Arrays.fill(counted, levelSlots[levelSlots.length - 1] + 1, n, true);
        }
        return new OtherLevelPupils(counted);
    }

    /** Counts the pupils of {@code s} in the grades counted, a school the figure counts. */
    void add(SchoolFigures s) {
        if (s.enrolment == null) {
            return;
        }
        long outside = 0;
        for (int slot = 0; slot < n; slot++) {
            if (!counted[slot]) {
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

    /** The pupils counted in the grades counted. */
    long pupils() {
        return pupils;
    }

    /** The schools holding any of them. */
    int schools() {
        return schools;
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
