package org.emisworkbench.report;

/**
 * One school's pupils of the summary's level this year against the year before, for the table of the
 * schools behind a district's change. A school without a return in one of the years counts 0 there and
 * says so: a missing return is often most of a fall.
 *
 * @param before pupils of the level the year before; null when that return gives no enrolment or there was none
 * @param now    pupils of the level this year; null likewise
 */
public record SchoolChange(String code, String name, Integer before, Integer now, boolean returnedBefore,
                           boolean returnedNow) {
    /** This year's pupils less last year's, a missing figure counting 0. */
    public int change() {
        return (now == null ? 0 : now) - (before == null ? 0 : before);
    }
}
