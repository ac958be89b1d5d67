package org.emisworkbench.template;

import java.util.List;

/**
 * What a template must say of a figure worked out as a total for both sexes less the one sex given beside it
 * ({@code differenceOf}, decision 0044): two headers, the total first; a field counted by sex; the sex of the
 * figure worked out, fixed, as neither header can say it (the total has both, the other column the other sex).
 */
final class SexDifferenceRules {
    private SexDifferenceRules() {
    }

    static void check(ColumnSpec c, CanonicalField f, String path, List<String> errors) {
        check(c.differenceOf(), c.sex(), f, "headers", "[\"{grade} HM\", \"{grade} M\"]", path, errors);
        for (int j = 0; j < c.differenceOf().size(); j++) {
            if (c.differenceOf().get(j).contains("{sex}")) {
                errors.add(path + ".differenceOf[" + j + "]: no {sex} here: the first header is the total for both sexes"
                        + " and the second the one sex given; the figure's own sex is \"sex\"");
            }
        }
    }

    /**
     * The same of a form's label ({@code {"differenceOf": ["Number of teachers", "Female teachers"], "field":
     * "teachers.total", "sex": "M"}}): two labels, a count by sex, the sex worked out fixed as F or M.
     */
    static void check(LabelSpec l, CanonicalField f, String path, List<String> errors) {
        boolean columns = l.columnDifference() || l.sumDifference();
        check(l.differenceOf(), l.sex(), f, columns ? "column headings" : "labels", columns ? "[\"HM\", \"M\"]"
                : "[\"Number of teachers\", \"Female teachers\"]", path, errors);
        if (l.differenceOf().stream().anyMatch(t -> t == null || t.isBlank())) {
            errors.add(path + ".differenceOf: empty " + (columns ? "heading" : "label") + " text");
        }
        if (columns && l.position() != null) {
            errors.add(path + ".differenceOf: the two values are on the label's row under their headings; give"
                    + " differenceOf or position, not both");
        }
    }

    /** @param what the texts' kind ({@code headers}, {@code labels}), with {@code example} a pair of them */
    private static void check(List<String> parts, String sex, CanonicalField f, String what, String example,
                              String path, List<String> errors) {
        String at = path + ".differenceOf";
        if (parts.size() != 2) {
            errors.add(at + ": give two " + what + ", the total for both sexes first, then the one sex given beside it"
                    + " (e.g. " + example + ")");
        }
        if (f.topic() == null || !f.topic().bySex()) {
            errors.add(at + ": only a figure counted by sex is a total less one sex, not " + f.name());
        }
        if (sex == null) {
            errors.add(at + ": give the sex of the figure worked out (\"sex\": \"M\" for boys when the "
                    + ("headers".equals(what) ? "column" : "label") + " given is girls, \"F\" for girls when it is boys)");
        }
    }

    /**
     * The rows of both sexes of a sheet whose row gives the sex ({@link ColumnSpec#rowSexDifference}, decision 0055):
     * two values of the sex column, the one saying both sexes first ({@code Total}, {@code T}, {@code HM}), then the
     * one sex given beside it, a code of the sex list of the other sex than the figures worked out.
     *
     * @param sexes the sex list the sheet's sex column is read with (the template's language applied)
     */
    static void checkRows(ColumnSpec c, CodeList sexes, String path, List<String> errors) {
        String at = path + ".differenceOf";
        if (!c.headers().isEmpty() || !c.patterns().isEmpty() || c.grade() != null || c.age() != null) {
            errors.add(path + ": the rows of both sexes are told by the values of the sex column: give that column's"
                    + " headers on its own row.sex column, and here only sex and differenceOf");
        }
        if (c.differenceOf().size() != 2) {
            errors.add(at + ": give two values of the sex column, the one saying both sexes first, then the one sex"
                    + " given beside it (e.g. [\"Total\", \"M\"])");
            return;
        }
        if (c.sex() == null) {
            errors.add(at + ": give the sex of the figures worked out (\"sex\": \"F\" when the rows beside the"
                    + " total are the boys', \"M\" when they are the girls')");
        }
        String total = c.differenceOf().get(0);
        String given = c.differenceOf().get(1);
        if (total == null || total.isBlank() || sexes.code(total) != null) {
            errors.add(at + "[0]: \"" + total + "\" is read as a sex by the " + sexes.name() + " list: the first"
                    + " value is the one saying both sexes (\"Total\", \"T\", \"HM\", \"Ensemble\")");
        }
        String code = given == null ? null : sexes.code(given);
        if (code == null) {
            errors.add(at + "[1]: \"" + given + "\" is no sex of the " + sexes.name() + " list: the second value is"
                    + " the one sex given beside the rows of both sexes");
        } else if (code.equals(c.sex())) {
            errors.add(at + "[1]: \"" + given + "\" is the sex worked out (" + code + "): the second value is the"
                    + " other sex, the one the rows give");
        }
    }
}
