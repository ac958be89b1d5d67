package org.emisworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found: the rule engine raises it, validation adds the cells it was read from, and
 * the workspace keeps it as it is, with its follow-up beside it ({@link StoredFinding}).
 *
 * @param key        its identity across runs and re-imports: rule, school or district, year, dimensions
 * @param severity   the rule's severity
 * @param schoolCode the school concerned; null for district findings and keyless import problems
 * @param district   the district concerned, when known
 * @param field      canonical field(s) involved, for reading ({@code repeaters, enrolment})
 * @param left       the value checked, when there is one
 * @param right      the bound or the value compared with, when there is one
 * @param message    the message in each language the rule gives, placeholders filled ({@link Texts#in}
 *                   reads it in a language, English when the rule has none in it)
 * @param source     the cell that shows the problem, or null when none can be named
 * @param cellValue  the content of that cell as the school wrote it (a count as a whole number, text as
 *                   typed), or null when it is not known: never a figure computed by the rule
 * @param previousSource for cohort and change findings, the cell of last year's figure compared with
 * @param causedBy   the key of the finding this one follows from (a consequence folded under its cause,
 *                   not counted), or null for a finding that counts on its own
 * @param cells      the figures of this year the rule read, the first the one that shows the problem;
 *                   validation cites the cell it was read from. Not kept by the workspace (empty there)
 * @param previousCells last year's figures a cohort or change rule compared with; likewise not kept
 */
public record Finding(FindingKey key, String ruleTitle, Severity severity, String schoolCode, String district,
                      String field, Double left, Double right, Texts message, SourceRef source,
                      String cellValue, SourceRef previousSource, FindingKey causedBy, List<CellKey> cells,
                      List<CellKey> previousCells) {
    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        message = message == null ? Texts.NONE : message;
        cells = cells == null ? List.of() : List.copyOf(cells);
        previousCells = previousCells == null ? List.of() : List.copyOf(previousCells);
    }

    public String ruleId() {
        return key.ruleId();
    }

    public int year() {
        return key.year();
    }

    /** The grade code for a grade-scoped finding, else null. */
    public String grade() {
        return key.grade();
    }

    public Sex sex() {
        return key.sex();
    }

    /** The age-group code, else null. */
    public String age() {
        return key.age();
    }

    /** The same finding raised by the pack of that id (a pack other than the built-in one). */
    public Finding inPack(String packId) {
        return new Finding(new FindingKey(packId, key.ruleId(), key.place(), key.year(), key.grade(), key.sex(),
                key.age(), key.cell()), ruleTitle, severity, schoolCode, district, field, left, right, message,
                source, cellValue, previousSource, causedBy, cells, previousCells);
    }

    /** The same finding citing the cells it was read from, this year's and last year's. */
    public Finding withSources(SourceRef cell, String value, SourceRef previous) {
        return new Finding(key, ruleTitle, severity, schoolCode, district, field, left, right, message,
                cell, value, previous, causedBy, cells, previousCells);
    }

    /** The same finding with its message replaced (a note added in each language). */
    public Finding withMessage(Texts texts) {
        return new Finding(key, ruleTitle, severity, schoolCode, district, field, left, right, texts, source,
                cellValue, previousSource, causedBy, cells, previousCells);
    }

    /** The same finding folded under the finding of key {@code causeKey} (null: counted on its own). */
    public Finding withCause(FindingKey causeKey) {
        return new Finding(key, ruleTitle, severity, schoolCode, district, field, left, right, message,
                source, cellValue, previousSource, causeKey, cells, previousCells);
    }

    /** Whether this finding is a consequence of another, folded under it and left out of the counts. */
    public boolean folded() {
        return causedBy != null;
    }

    /** A figure as a cell holds it: whole numbers without decimals ({@code -2}, not {@code -2.0}). */
    public static String figureText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
