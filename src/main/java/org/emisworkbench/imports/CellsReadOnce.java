package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ForwardingCensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.template.GridSpec;

/**
 * The cells a school's form has given figures from, each to one grid only. Two grids of a template may find the same
 * table (a year line taken for a title over the table another grid reads, one title written in several grids): the
 * second would store every figure again, and an export summing the stored figures would count them twice (review 27,
 * F4: one table read by four grids, each figure four times in the long CSV). The first grid keeps the cell; a later
 * grid's figure from it is not stored, and the cells are reported once per grid, naming both grids.
 */
final class CellsReadOnce {
    /** Sheet and cell ({@code District!B6}) to the grid that read it, as the problem names it. */
    private final Map<String, String> readBy = new HashMap<>();

    /**
     * The sink {@code grid} (the {@code index}-th of its sheet) gives its figures to: figures from a cell another grid
     * has read are taken out, and reported to {@code problems} when the grid is done ({@link Guard#report}).
     */
    Guard forGrid(CensusSink sink, int index, GridSpec grid) {
        return new Guard(sink, "#" + (index + 1) + " \"" + String.join(" / ", grid.titles()) + "\"");
    }

    /** One grid's sink: its figures pass once each; every other call is handed on as it is. */
    final class Guard extends ForwardingCensusSink {
        private final String name;
        /** Cells already read by another grid, by that grid's name. */
        private final Map<String, List<String>> again = new java.util.LinkedHashMap<>();

        private Guard(CensusSink sink, String name) {
            super(sink);
            this.name = name;
        }

        @Override
        public void facts(FactRecord f) {
            String[] sources = f.sources().clone();
            int[] values = f.values().clone();
            boolean changed = false;
            for (int i = 0; i < sources.length; i++) {
                if (sources[i] == null) {
                    continue;
                }
                String first = readBy.putIfAbsent(f.sheet() + "!" + sources[i], name);
                if (first != null && !first.equals(name)) {
                    again.computeIfAbsent(first, k -> new ArrayList<>()).add(sources[i]);
                    sources[i] = null;
                    values[i] = FactRecord.MISSING;
                    changed = true;
                }
            }
            super.facts(changed ? new FactRecord(f.schoolCode(), f.topic(), f.sex(), f.age(), values, sources,
                    f.sheet(), f.row()) : f);
        }

        /** Reports the cells this grid found already read by another, one problem per other grid. */
        void report(SheetProblems problems, String school, String field) {
            for (Map.Entry<String, List<String>> e : again.entrySet()) {
                List<String> cells = e.getValue().stream().distinct().toList();
                String at = cells.get(0);
                int split = 0;
                while (split < at.length() && Character.isLetter(at.charAt(split))) {
                    split++;
                }
                problems.report(ProblemKind.VALUE_CLASH, Integer.parseInt(at.substring(split)) - 1,
                        CellRef.columnIndex(at.substring(0, split)), school, field, at,
                        Message.of("import.detail.readByTwoGrids", cells.size(),
                                String.join(", ", cells.subList(0, Math.min(cells.size(), 12)))
                                        + (cells.size() > 12 ? " …" : ""), e.getKey(), name));
            }
        }
    }
}
