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
        String at = path + ".differenceOf";
        if (c.differenceOf().size() != 2) {
            errors.add(at + ": give two headers, the total for both sexes first, then the one sex given beside it"
                    + " (e.g. [\"{grade} HM\", \"{grade} M\"])");
        }
        if (f.topic() == null || !f.topic().bySex()) {
            errors.add(at + ": only a figure counted by sex is a total less one sex, not " + f.name());
        }
        if (c.sex() == null) {
            errors.add(at + ": give the sex of the figure worked out (\"sex\": \"M\" for boys when the column"
                    + " given is girls, \"F\" for girls when it is boys)");
        }
        for (int j = 0; j < c.differenceOf().size(); j++) {
            if (c.differenceOf().get(j).contains("{sex}")) {
                errors.add(at + "[" + j + "]: no {sex} here: the first header is the total for both sexes and the"
                        + " second the one sex given; the figure's own sex is \"sex\"");
            }
        }
    }
}
