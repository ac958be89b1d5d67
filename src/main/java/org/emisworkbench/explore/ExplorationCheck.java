package org.emisworkbench.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.explore.Dimension;
import org.emisworkbench.model.explore.Exploration;

/** What makes an exploration impossible to compute, in the officer's words; one check for every way one is made. */
public final class ExplorationCheck {
    /** More dimensions than this across rows and columns give a table nobody reads. */
    public static final int MAX_DIMENSIONS = 4;

    private ExplorationCheck() {
    }

    public static List<Message> problems(Exploration ex) {
        List<Message> out = new ArrayList<>();
        if (ex.measure() == null) {
            out.add(Message.of("explore.noMeasure"));
            return out;
        }
        Set<Dimension> seen = new HashSet<>();
        List<Dimension> both = new ArrayList<>(ex.rows());
        both.addAll(ex.columns());
        for (Dimension d : both) {
            if (!seen.add(d)) {
                out.add(Message.of("explore.twice", d.id()));
            }
        }
        if (both.size() > MAX_DIMENSIONS) {
            out.add(Message.of("explore.tooManyDimensions", both.size(), MAX_DIMENSIONS));
        }
        Set<Dimension> used = new HashSet<>(both);
        used.addAll(ex.filters().keySet());
        for (Dimension d : Dimension.values()) {
            if (used.contains(d) && !ex.measure().accepts(d)) {
                out.add(Message.of("explore.notSplit", ex.measure().id(), d.id()));
            }
        }
        ex.filters().forEach((d, values) -> {
            if (values.isEmpty()) {
                out.add(Message.of("explore.emptyFilter", d.id()));
            }
            if (d == Dimension.YEAR) {
                values.stream().filter(v -> !v.matches("\\d{4}")).findFirst()
                        .ifPresent(v -> out.add(Message.of("explore.notAYear", v)));
            }
        });
        return out;
    }
}
