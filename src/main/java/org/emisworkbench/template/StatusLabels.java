package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Teachers by status on a form, as labelled values ({@code Titulaires H : 2}, {@code Contractuels F | 1}): the
 * form's twin of {@link TeacherStatusDrafter}. Where the form gives the teachers of a sex ({@code Enseignants H :
 * 5}) the statuses of that sex are left unread (adding them would count the teachers twice), so the import reports
 * them as figures not read; otherwise two statuses or more of a sex add up into {@code teachers.total} of that sex.
 * A status is never read alone as all the teachers, even when its words name teachers ({@code Enseignants
 * titulaires H}) and it took the total's guess.
 */
final class StatusLabels {
    private StatusLabels() {
    }

    /**
     * The labels with every status unread, adding to {@code sums} the statuses of each sex that has no total of
     * teachers among the labels.
     */
    static List<LabelMapping> apply(List<LabelMapping> labels, List<SumMapping> sums) {
        List<LabelMapping> out = new ArrayList<>(labels);
        for (String sex : List.of("F", "M")) {
            List<LabelMapping> statuses = new ArrayList<>();
            boolean total = false;
            for (LabelMapping l : labels) {
                if (l.column() != null) {
                    continue; // a small table's row: FormCrossTabs reads it
                }
                if (isStatus(l, sex)) {
                    statuses.add(l);
                } else if ("teachers.total".equals(l.field()) && sex.equals(l.sex())) {
                    total = true;
                }
            }
            statuses.forEach(l -> out.set(out.indexOf(l), new LabelMapping(l.sheet(), l.row(), l.col(), l.label(),
                    l.value(), null, null, null, l.below(), 0, null, l.inside())));
            if (!total && statuses.size() >= 2) {
                sums.add(new SumMapping("teachers.total", sex, statuses.stream().map(LabelMapping::label).toList()));
            }
        }
        return out;
    }

    /** True when every label the sum adds is a label of the form whose value is in its own cell. */
    static boolean inside(List<LabelMapping> labels, SumMapping sum) {
        return !sum.headers().isEmpty() && sum.headers().stream().allMatch(h -> labels.stream()
                .anyMatch(l -> l.inside() && l.label().equals(h)));
    }

    private static boolean isStatus(LabelMapping l, String sex) {
        return (l.field() == null || "teachers.total".equals(l.field())) && TeacherStatusDrafter.names(l.label())
                && sex.equals(TeacherStatusDrafter.sexOf(l.label()));
    }
}
