package org.emisworkbench.indicators;

import org.emisworkbench.model.Message;
import org.emisworkbench.model.Sex;

/**
 * Whether a count of pupils is partial, and the note saying why: the one place an indicator built on pupils gets its
 * partial note (issue #14: a figure known to be partial is marked where it is printed, never shown bare). Each figure
 * counting pupils keeps one tally of the schools it counts, over the grades it counts; enrolment, the ratios over it
 * and the ratios of pupils to teachers or rooms thus carry the same note, following the figures each one used.
 * A school's pupils are partial where a grade it gives holds one sex and leaves the other blank, or where an
 * enrolment cell could not be read: the pupils read are counted, the missing ones are never read as 0.
 */
final class PartialPupils {
    private final int[] slots;
    private final int n;
    /** Schools counted. */
    private int schools;
    /** Of those, schools leaving one sex missing in some grade counted. */
    private int oneSex;
    /** Of those, schools holding enrolment cells of a grade counted that could not be read. */
    private int unreadable;

    /** A tally over the given grade slots of a shape of {@code n} grades. */
    PartialPupils(int[] slots, int n) {
        this.slots = slots;
        this.n = n;
    }

    /** A tally over every grade: the pupils of a whole school ({@link SchoolFigures#pupils()}). */
    static PartialPupils allGrades(int n) {
        int[] all = new int[n];
        for (int g = 0; g < n; g++) {
            all[g] = g;
        }
        return new PartialPupils(all, n);
    }

    /** Counts a school whose pupils of these grades the figure counts (a school with none of them counts nothing). */
    void add(SchoolFigures s) {
        if (s.enrolment == null) {
            return;
        }
        boolean any = false;
        boolean missingSex = false;
        int mask = 0;
        for (int slot : slots) {
            int girls = s.enrolment[SchoolFigures.index(Sex.F, slot, n)];
            int boys = s.enrolment[SchoolFigures.index(Sex.M, slot, n)];
            any |= girls != SchoolFigures.MISSING || boys != SchoolFigures.MISSING;
            missingSex |= (girls == SchoolFigures.MISSING) != (boys == SchoolFigures.MISSING);
            mask |= slot < Integer.SIZE ? 1 << slot : 0;
        }
        boolean cellsLost = (s.unreadableEnrolment & mask) != 0;
        if (!any && !cellsLost) {
            return;
        }
        schools += any ? 1 : 0;
        oneSex += missingSex ? 1 : 0;
        unreadable += cellsLost ? 1 : 0;
    }

    /** The partial note of a figure built on these pupils in {@code where}, or null when they are whole. */
    Message note(Message where) {
        Message sex = oneSex == 0 ? null : Message.of("ind.partialSex", oneSex, schools, where);
        Message cells = unreadable == 0 ? null : Message.of("ind.partialUnreadable", unreadable, where);
        return sex == null ? cells : cells == null ? sex : Message.of("ind.partialBoth", sex, cells);
    }

    /** Two notes as one ("…; …"), either or both null. */
    static Message both(Message first, Message then) {
        return first == null ? then : then == null ? first : Message.of("ind.partialBoth", first, then);
    }
}
