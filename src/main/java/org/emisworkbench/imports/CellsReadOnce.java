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
 *
 * <p>Each figure (school, field, sex, age and grade) is also given by one grid only. Four blocks of one figure by
 * sub-group ({@code General}, {@code SC}, {@code ST}, {@code OBC}, each {@code Class | Boys | Girls}) read by four
 * grids of {@code enrolment} gave each figure four times from four cells; the indicators then took the first block's
 * alone and the long CSV all four (review 28, F1). Grids that say they add up ({@code "adds": true}) have their
 * figures added, the source naming every cell; any other figure given a second time, from another cell, is a
 * {@link #clash()} that refuses the file (decision 0090). So the figures are held until the sheet's grids are read
 * ({@link #flush}), in the order given. One school's workbook holds them until every sheet is read: a figure given
 * on two sheets ({@code Enrolment} and {@code Enrolment (2)}, each a grid of {@code enrolment}) was two stored rows
 * for one figure, counted twice by the long CSV and once by the store (review 29); across sheets the same rule holds,
 * each cell of another sheet than the figure's first named with its sheet ({@code B5+SC!B5}).
 */
final class CellsReadOnce {
    /** Sheet and cell ({@code District!B6}) to the grid that read it, as the problem names it. */
    private final Map<String, String> readBy = new HashMap<>();
    /** The sheet's figures, held until every grid is read: an adding grid's figures are added to them. */
    private final List<Held> held = new ArrayList<>();
    /** School, field, sex and age to the figures held for them, each grid's. */
    private final Map<String, List<Held>> byKey = new HashMap<>();
    /** The first figure given by two grids from two cells, or null. */
    private Clash clash;

    /**
     * Slot {@code slot} of {@code facts} given by two grids that do not both add up, with each grid's cell: the file
     * is refused (decision 0090).
     */
    record Clash(FactRecord facts, int slot, String firstSheet, String firstCell, String firstGrid, String cell,
            String grid) {
    }

    /** Figures held for the sink, with the grid that gave them first and whether it adds up. */
    private record Held(CensusSink sink, FactRecord facts, String grid, boolean adds) {
    }

    /**
     * The sink {@code grid} (the {@code index}-th of its sheet) gives its figures to: figures from a cell another grid
     * has read are taken out, and reported to {@code problems} when the grid is done ({@link Guard#report}).
     */
    Guard forGrid(CensusSink sink, int index, GridSpec grid) {
        return new Guard(sink, "#" + (index + 1) + " \"" + String.join(" / ", grid.titles()) + "\"", grid.adds());
    }

    /** The first figure two grids gave from two cells, not both adding up; null when there is none. */
    Clash clash() {
        return clash;
    }

    /**
     * Refuses the file of sheet {@code sheet} when two grids gave one figure from two cells, not both adding up: kept,
     * the first would stand for the figure and the second be lost (or, both stored, be counted by some reports and
     * not others, review 28 F1). Named with both cells and grids, and the two ways to say what the blocks are.
     */
    void refuseClash(ImportContext context) throws ImportRejectedException {
        if (clash == null) {
            return;
        }
        FactRecord f = clash.facts();
        String grade = f.topic().graded() ? context.grades().bySlot(clash.slot()).code() : String.valueOf(clash.slot() + 1);
        String figure = f.topic().code() + " " + grade + (f.sex() == null ? "" : " " + f.sex())
                + (f.age().isAll() ? "" : " " + f.age().code());
        if (!java.util.Objects.equals(clash.firstSheet(), f.sheet())) {
            throw new ImportRejectedException("rejected.figureFromTwoSheets", context.fileName(), figure,
                    clash.firstSheet(), clash.firstCell(), clash.firstGrid(), f.sheet(), clash.cell(), clash.grid());
        }
        throw new ImportRejectedException("rejected.figureFromTwoGrids", context.fileName(), f.sheet(), figure,
                clash.firstCell(), clash.firstGrid(), clash.cell(), clash.grid());
    }

    /** Hands the figures held on to their sinks, in the order they were given (girls then boys stay paired). */
    void flush() {
        for (Held h : held) {
            h.sink().facts(h.facts());
        }
        held.clear();
        byKey.clear();
    }

    /**
     * Holds {@code f}, given by grid {@code name}: an adding grid's figures of a school, field, sex and age another
     * adding grid gave are added to those (each slot's cells joined by {@code +}); a slot another grid gave from
     * another cell, when they do not both add up, is a clash.
     */
    private void hold(CensusSink sink, FactRecord f, String name, boolean adds) {
        List<Held> same = byKey.computeIfAbsent(f.schoolCode() + "|" + f.topic() + "|" + f.sex() + "|"
                + f.age().code(), k -> new ArrayList<>());
        Held sum = null;
        for (Held h : same) {
            if (h.grid().equals(name) && java.util.Objects.equals(h.facts().sheet(), f.sheet())) {
                continue; // one grid's own rows: it says itself when it gives a grade twice
            }
            if (adds && h.adds() && h.facts().values().length == f.values().length) {
                sum = sum == null ? h : sum;
                continue;
            }
            for (int i = 0; i < f.values().length && clash == null && i < h.facts().values().length; i++) {
                if (f.values()[i] != FactRecord.MISSING && h.facts().values()[i] != FactRecord.MISSING) {
                    clash = new Clash(f, i, h.facts().sheet(), h.facts().sources()[i], h.grid(), f.sources()[i],
                            name);
                }
            }
        }
        if (sum == null) {
            Held h = new Held(sink, f, name, adds);
            held.add(h);
            same.add(h);
            return;
        }
        FactRecord into = sum.facts();
        // The stored row is the first block's sheet's: a cell of another sheet is named with its sheet.
        String other = java.util.Objects.equals(into.sheet(), f.sheet()) ? "" : f.sheet() + "!";
        for (int i = 0; i < f.values().length; i++) {
            int v = f.values()[i];
            int w = into.values()[i];
            String source = f.sources()[i] == null ? null : other + f.sources()[i];
            if (v != FactRecord.MISSING && w != FactRecord.MISSING) {
                into.values()[i] = (int) Math.min(Integer.MAX_VALUE - 1, (long) w + v);
                into.sources()[i] = into.sources()[i] + "+" + source;
            } else if (v != FactRecord.MISSING || into.sources()[i] == null) {
                // The first block's cell blank (or not there): the figure is this block's alone.
                into.values()[i] = v;
                into.sources()[i] = source;
            }
        }
    }

    /** One grid's sink: its figures pass once each; every other call is handed on as it is. */
    final class Guard extends ForwardingCensusSink {
        private final String name;
        private final CensusSink sink;
        private final boolean adds;
        /** Cells already read by another grid, by that grid's name. */
        private final Map<String, List<String>> again = new java.util.LinkedHashMap<>();

        private Guard(CensusSink sink, String name, boolean adds) {
            super(sink);
            this.sink = sink;
            this.name = name;
            this.adds = adds;
        }

        @Override
        public void facts(FactRecord f) {
            String[] sources = f.sources().clone();
            int[] values = f.values().clone();
            for (int i = 0; i < sources.length; i++) {
                if (sources[i] == null) {
                    continue;
                }
                String first = readBy.putIfAbsent(f.sheet() + "!" + sources[i], name);
                if (first != null && !first.equals(name)) {
                    again.computeIfAbsent(first, k -> new ArrayList<>()).add(sources[i]);
                    sources[i] = null;
                    values[i] = FactRecord.MISSING;
                }
            }
            // A copy: an adding grid's figures may be added to it before it is handed on.
            hold(sink, new FactRecord(f.schoolCode(), f.topic(), f.sex(), f.age(), values, sources, f.sheet(), f.row()),
                    name, adds);
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
