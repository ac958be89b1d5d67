package org.emisworkbench.report;

import org.emisworkbench.model.Finding;

/**
 * What a query workbook says to a head teacher about one finding: a sentence of the report bundle
 * ({@code query.finding.RULE}) in the workbook's language, with the school's figures as whole numbers
 * and no statistics or internal names. The officer's message (scores, medians, field names) stays on
 * the officer's screen. A finding of another pack than the built-in one keeps its pack's message: its
 * rules are not those the bundle describes.
 */
final class SchoolQueryText {
    private SchoolQueryText() {
    }

    static String of(Finding f, ReportText t) {
        return of(f, t, null);
    }

    /**
     * As above, the grade said in the words of the school's form ({@code gradeWords}: {@code Grade 2}, {@code ECE},
     * {@code CP}) when they are known, else by its code; a bare number ({@code 2}) is said as the grade's number.
     */
    static String of(Finding f, ReportText t, String gradeWords) {
        boolean builtIn = f.key().pack() == null;
        String key = "query.finding." + f.ruleId();
        if (builtIn && "IMP-01".equals(f.ruleId()) && (f.cellValue() == null || f.cellValue().isBlank()
                || f.cellValue().trim().matches("[-–—.]+"))) {
            key = key + ".blank";
        }
        if (builtIn && f.left() != null && Math.round(f.left()) == 1 && t.has(key + ".one")) {
            key = key + ".one"; // one pupil: the sentence in the singular (review 26 F10)
        }
        if (!builtIn || !t.has(key)) {
            String message = f.message().in(t.locale());
            return message == null ? f.ruleTitle() : message;
        }
        String template = t.get(key);
        if ((template.contains("{0}") && f.left() == null) || (template.contains("{1}") && f.right() == null)
                || (template.contains("{5}") && f.cellValue() == null)) {
            return t.get("query.finding.check"); // a figure the sentence needs is not known: say no wrong one
        }
        return t.get(key, count(f.left(), t), count(f.right(), t), f.district() == null ? "" : f.district(),
                where(f, t, gradeWords), age(f.age(), t), f.cellValue() == null ? "" : f.cellValue());
    }

    /**
     * The figure the school's sentence is about ({@code {0}}: the pupils for each teacher, the repeaters of a grade),
     * rounded as the sentence writes it; null when the sentence names no figure, for another pack's finding, and when
     * the figure is not known.
     */
    static Long figure(Finding f, ReportText t) {
        String key = "query.finding." + f.ruleId();
        if (f.key().pack() != null || !t.has(key) || !t.get(key).contains("{0}") || f.left() == null
                || f.left().isNaN() || f.left().isInfinite()) {
            return null;
        }
        return Math.round(f.left());
    }

    private static String count(Double d, ReportText t) {
        return d == null || d.isNaN() || d.isInfinite() ? "" : t.count(d);
    }

    private static String where(Finding f, ReportText t, String gradeWords) {
        StringBuilder s = new StringBuilder();
        if (f.grade() != null) {
            boolean named = gradeWords != null && gradeWords.codePoints().anyMatch(Character::isLetter);
            s.append(named ? t.get("query.where.gradeNamed", gradeWords)
                    : t.get("query.where.grade", gradeWords != null ? gradeWords : f.grade()));
        }
        if (f.sex() != null && t.has("query.where.sex." + f.sex().code())) {
            s.append(t.get("query.where.sex." + f.sex().code()));
        }
        return s.toString();
    }

    /** An age group code ({@code 7}, {@code -4} four and under, {@code 16+}, {@code ?}) in words. */
    private static String age(String code, ReportText t) {
        if (code == null || code.equals("*")) {
            return "";
        }
        if (code.equals("?")) {
            return t.get("query.age.unknown");
        }
        if (code.startsWith("-")) {
            return t.get("query.age.under", code.substring(1));
        }
        if (code.endsWith("+")) {
            return t.get("query.age.over", code.substring(0, code.length() - 1));
        }
        return t.get("query.age.exact", code);
    }
}
