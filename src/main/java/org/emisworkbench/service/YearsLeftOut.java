package org.emisworkbench.service;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.YearParser;

/**
 * The census years of figures a file holds beside the year imported (year bands or year columns read as
 * {@code {year}}, sheets named by year), heard on the way as blocks left out on purpose. When no year was given
 * and the file name names one of them too ({@code East_2023_2024.xlsx}, read as the school year 2023-24, so 2023),
 * the file name must not choose silently: the note says which year was imported and how to import the other.
 */
final class YearsLeftOut {
    private final TreeSet<String> labels = new TreeSet<>();
    private final boolean yearGiven;

    /** @param yearGiven true when the officer gave the census year (--year, the Year box): nothing to say then */
    YearsLeftOut(boolean yearGiven) {
        this.yearGiven = yearGiven;
    }

    /** The sink, noting on its way the school years of blocks left out as another year's. */
    CensusSink wrap(CensusSink target) {
        return new ForwardingCensusSink(target) {
            @Override
            public void leftOut(String sheet, String cells, String headers, String lastYear) {
                if (lastYear != null) {
                    labels.add(lastYear);
                }
                super.leftOut(sheet, cells, headers, lastYear);
            }
        };
    }

    /**
     * The note, plus a word naming the other census years when the year was not given and the file name names
     * them too; the note unchanged otherwise (and when it already warns about the file name's years).
     */
    Message note(Message note, Integer year, String fileName, SchoolYears years) {
        if (yearGiven || year == null || note != null && (note.key().equals("import.note.yearConflict")
                || note.key().equals("import.note.yearsInName") || note.key().equals("import.note.yearLabelUnread"))) {
            return note;
        }
        List<Integer> named = new ArrayList<>();
        for (YearParser.Span s : YearParser.spansInFileName(fileName)) {
            named.add(s.first());
            if (s.twoYear()) {
                named.add(s.first() + 1);
            }
        }
        TreeSet<Integer> others = new TreeSet<>();
        for (String label : labels) {
            OptionalInt y = years.fromLabel(label);
            if (y.isPresent() && y.getAsInt() != year && named.contains(y.getAsInt())) {
                others.add(y.getAsInt());
            }
        }
        if (others.isEmpty()) {
            return note;
        }
        return Message.of("import.note.otherYearsInFile", note, others.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")), String.valueOf(year), fileName, String.valueOf(others.first()));
    }
}
