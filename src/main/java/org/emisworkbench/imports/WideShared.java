package org.emisworkbench.imports;

import java.util.HashSet;
import java.util.Set;

/**
 * What the sheets of one wide workbook share while it is read: the schools already announced, and the
 * figures two sheets can both give, so that the second giving is reported instead of standing beside
 * the first (one school's figure is one value).
 */
final class WideShared {
    /** School codes announced with their attributes. */
    final Set<String> announced = new HashSet<>();
    /** Names read as master-list schools, for a list naming its schools without codes (set by the reader). */
    WideNameKeys nameKeys;
    /** Figures ({@link org.emisworkbench.template.HeaderMatcher#slotKey}) more than one sheet can give. */
    final Set<String> sharedSlots;
    /**
     * True when some sheet has several rows per school ({@code row.grade}…): any figure may then be given
     * by two rows or two sheets, so every one is claimed.
     */
    private final boolean everyFigure;
    /** For claimed figures only: school and figure → where and what it was first read. */
    private final FigureClaims given = new FigureClaims();

    /** The template's header and label texts: a school code that is one of them is a repeated header. */
    final SchoolCodes codes;

    /** How the template reads year labels (population year cells read as enrolment's years are). */
    final org.emisworkbench.template.SchoolYears years;

    /** How the template's workbooks write counts as text (nil marks, thousands). */
    final org.emisworkbench.template.FigureText figures;

    WideShared(Set<String> sharedSlots, boolean everyFigure, SchoolCodes codes,
               org.emisworkbench.template.SchoolYears years, org.emisworkbench.template.FigureText figures) {
        this.figures = figures;
        this.sharedSlots = Set.copyOf(sharedSlots);
        this.everyFigure = everyFigure;
        this.codes = codes;
        this.years = years;
    }

    /** True when a school's figure {@code slotKey} is claimed, to find a second giving of it. */
    boolean claims(String slotKey) {
        return everyFigure || sharedSlots.contains(slotKey);
    }

    /**
     * Records that {@code school}'s figure {@code slotKey} was read at {@code sheet}, row and column (0-based)
     * with {@code value}; returns where it was read before, or null when this is the first time.
     */
    FigureClaims.Given claim(String school, String slotKey, String sheet, int row, int col, int value) {
        return given.claim(school, slotKey, sheet, row, col, value);
    }
}
