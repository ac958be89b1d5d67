package org.emisworkbench.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the sheets of one wide workbook share while it is read: the schools already announced, and the
 * figures two sheets can both give, so that the second giving is reported instead of standing beside
 * the first (one school's figure is one value).
 */
final class WideShared {
    /** School codes announced with their attributes. */
    final Set<String> announced = new HashSet<>();
    /** Figures ({@link org.emisworkbench.template.HeaderMatcher#slotKey}) more than one sheet can give. */
    final Set<String> sharedSlots;
    /** For shared figures only: school and figure → where and what it was first read. */
    private final Map<String, String> given = new HashMap<>();

    /** The template's header and label texts: a school code that is one of them is a repeated header. */
    final SchoolCodes codes;

    /** How the template reads year labels (population year cells read as enrolment's years are). */
    final org.emisworkbench.template.SchoolYears years;

    WideShared(Set<String> sharedSlots, SchoolCodes codes, org.emisworkbench.template.SchoolYears years) {
        this.sharedSlots = Set.copyOf(sharedSlots);
        this.codes = codes;
        this.years = years;
    }

    /**
     * Records that {@code school}'s figure {@code slotKey} was read at {@code where}; returns where it was
     * read before, or null when this is the first time.
     */
    String claim(String school, String slotKey, String where) {
        return given.putIfAbsent(school + "|" + slotKey, where);
    }
}
