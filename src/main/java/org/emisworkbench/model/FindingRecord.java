package org.emisworkbench.model;

import java.util.Objects;

/**
 * A finding as a validation run raises it. {@code key} identifies it across runs and re-imports.
 *
 * @param grade  grade code for grade-scoped findings, else null
 * @param age    age-group code, else null
 * @param field  canonical field(s) involved, for reading
 * @param source the cell that shows the problem, or null when none can be named
 * @param cellValue the content of that cell as the school wrote it (a count as a whole number, text
 *               as typed), or null when it is not known: never a figure computed by the rule
 * @param previousSource for cohort and change findings, the cell of last year's figure compared with
 * @param causedBy the key of the finding this one follows from (a consequence folded under its cause,
 *               not counted), or null for a finding that counts on its own
 */
public record FindingRecord(FindingKey key, String ruleId, String ruleTitle, Severity severity, String schoolCode,
                            String district, int year, String grade, Sex sex, String age, String field,
                            Double left, Double right, String messageEn, String messageFr, SourceRef source,
                            String cellValue, SourceRef previousSource, FindingKey causedBy) {
    public FindingRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
    }

    /** A finding that follows from no other. */
    public FindingRecord(FindingKey key, String ruleId, String ruleTitle, Severity severity, String schoolCode,
                         String district, int year, String grade, Sex sex, String age, String field, Double left,
                         Double right, String messageEn, String messageFr, SourceRef source, String cellValue,
                         SourceRef previousSource) {
        this(key, ruleId, ruleTitle, severity, schoolCode, district, year, grade, sex, age, field, left, right,
                messageEn, messageFr, source, cellValue, previousSource, null);
    }

    /** A finding whose cell's content is not known. */
    public FindingRecord(FindingKey key, String ruleId, String ruleTitle, Severity severity, String schoolCode,
                         String district, int year, String grade, Sex sex, String age, String field, Double left,
                         Double right, String messageEn, String messageFr, SourceRef source) {
        this(key, ruleId, ruleTitle, severity, schoolCode, district, year, grade, sex, age, field, left, right,
                messageEn, messageFr, source, null, null);
    }

    /** A finding that compares with no figure of last year. */
    public FindingRecord(FindingKey key, String ruleId, String ruleTitle, Severity severity, String schoolCode,
                         String district, int year, String grade, Sex sex, String age, String field, Double left,
                         Double right, String messageEn, String messageFr, SourceRef source, String cellValue) {
        this(key, ruleId, ruleTitle, severity, schoolCode, district, year, grade, sex, age, field, left, right,
                messageEn, messageFr, source, cellValue, null);
    }

    /** The same finding with its messages replaced (a note added in both languages). */
    public FindingRecord withMessages(String en, String fr) {
        return new FindingRecord(key, ruleId, ruleTitle, severity, schoolCode, district, year, grade, sex, age, field,
                left, right, en, fr, source, cellValue, previousSource, causedBy);
    }

    /** The same finding folded under the finding of key {@code causeKey} (null: counted on its own). */
    public FindingRecord withCause(FindingKey causeKey) {
        return new FindingRecord(key, ruleId, ruleTitle, severity, schoolCode, district, year, grade, sex, age, field,
                left, right, messageEn, messageFr, source, cellValue, previousSource, causeKey);
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
