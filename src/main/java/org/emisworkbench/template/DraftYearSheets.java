package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;

/**
 * The same table on a sheet per year ({@code 2023}, {@code 2024}): drafted as one entry named
 * {@value SheetNames#YEAR}, which reads the sheet named by the census year being imported, rather than an entry per
 * sheet reading every year's figures as one year's (review 23: 103 figures given twice).
 */
final class DraftYearSheets {
    private DraftYearSheets() {
    }

    /**
     * The sheets, those named by a year and mapped alike (two years or more) put together into one, the latest
     * year's mapping under the name {@value SheetNames#YEAR}, in the place of the first; {@code samples} gets that
     * sheet's rows under the name too; a note says which sheets. Unchanged when no such sheets.
     */
    static List<SheetMapping> merge(List<SheetMapping> sheets, Map<String, List<List<Cell>>> samples,
                                    List<Message> notes) {
        SchoolYears years = SchoolYears.of(null, null, null);
        Map<String, List<SheetMapping>> alike = new LinkedHashMap<>();
        for (SheetMapping m : sheets) {
            if (years.fromLabel(m.sheet()).isPresent() && !m.across()) {
                alike.computeIfAbsent(shape(m), k -> new ArrayList<>()).add(m);
            }
        }
        List<SheetMapping> group = alike.values().stream().filter(g -> g.size() >= 2).findFirst().orElse(null);
        if (group == null || sheets.stream().anyMatch(m -> m.sheet().equals(SheetNames.YEAR))) {
            return sheets;
        }
        SheetMapping latest = group.get(0);
        for (SheetMapping m : group) {
            if (year(years, m) > year(years, latest)) {
                latest = m;
            }
        }
        SheetMapping merged = new SheetMapping(SheetNames.YEAR, latest.firstRow(), latest.lastRow(),
                latest.headerRowSet(), latest.columns(), latest.constants(), latest.sums(), latest.tables(),
                latest.across(), latest.groupRows());
        samples.put(SheetNames.YEAR, samples.get(latest.sheet()));
        List<SheetMapping> out = new ArrayList<>();
        for (SheetMapping m : sheets) {
            if (m == group.get(0)) {
                out.add(merged);
            } else if (!group.contains(m)) {
                out.add(m);
            }
        }
        notes.add(Message.of("draft.yearSheets", group.stream().map(SheetMapping::sheet)
                .collect(Collectors.joining(", ")), SheetNames.YEAR));
        return out;
    }

    private static int year(SchoolYears years, SheetMapping m) {
        OptionalInt y = years.fromLabel(m.sheet());
        return y.orElse(0);
    }

    /** What a sheet's mapping reads, column by column: equal for the same table. */
    private static String shape(SheetMapping m) {
        StringBuilder sb = new StringBuilder();
        for (ColumnMapping c : m.columns()) {
            sb.append(c.col()).append('|').append(HeaderText.normalizeLabel(TemplateDrafter.oneLine(
                    c.header() == null ? "" : c.header()))).append('|').append(c.field()).append('|').append(c.key())
                    .append('|').append(c.total()).append('|').append(c.sex()).append('|').append(c.grade())
                    .append('|').append(c.age()).append('|').append(c.leftOut()).append(';');
        }
        return sb.append(m.sums()).append(m.constants()).toString();
    }
}
