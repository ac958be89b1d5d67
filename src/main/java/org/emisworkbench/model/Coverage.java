package org.emisworkbench.model;


/**
 * How many schools a figure rests on. {@code counted} schools contributed to it; {@code expected} is
 * the number of schools of the area on the master list (null when there is no master list);
 * {@code returns} the schools of the area with a return for the year.
 */
public record Coverage(int counted, Integer expected, int returns) {
    /** counted / expected, or counted / returns without a master list; null when there is no base. */
    public Double share() {
        int base = expected != null ? expected : returns;
        return base == 0 ? null : (double) counted / base;
    }

    /** "12 of 15 schools expected (master list)" or "12 of 14 schools with a return". */
    public Message message() {
        return expected != null ? Message.of("ind.coverageExpected", counted, expected)
                : Message.of("ind.coverageReturns", counted, returns);
    }

    /** {@link #message} in English. */
    public String text() {
        return message().english();
    }
}
