package org.emisworkbench.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.emisworkbench.model.Topic;

/**
 * The figures of a wide sheet read from a cell whose right neighbour, a column of another figure, is blank: each may be
 * the first cell of a merge across figures, which is known only at the sheet's end (decision 0104). A national file
 * holds about one per school (a primary school's blank secondary grades), so they are kept as parallel arrays, about
 * 21 bytes each, where a map of records took some 150 (a million schools' worth is then 20 MB, not 150): the cell,
 * the school (its code, already held for the sheet), the topic and the figure; the rest is the column's, in the plan.
 * Rows come in order, so the cells do too and are found by a binary search; rows read out of order (a hidden row
 * held until the row below) are indexed by a map instead.
 */
final class MergeCandidates {
    private long[] cells = new long[64];
    private int[] values = new int[64];
    private String[] schools = new String[64];
    private byte[] topics = new byte[64];
    private int size;
    private boolean ordered = true;
    /** The text as typed ({@code 34*}) where the cell held text read as a figure: few, by cell. */
    private final Map<Long, String> typed = new HashMap<>();
    /** Index by cell when the cells did not come in order; built on the first look-up. */
    private Map<Long, Integer> byCell;

    void add(long cell, String school, Topic topic, int value, String typedText) {
        if (size == cells.length) {
            int n = size * 2;
            cells = Arrays.copyOf(cells, n);
            values = Arrays.copyOf(values, n);
            schools = Arrays.copyOf(schools, n);
            topics = Arrays.copyOf(topics, n);
        }
        if (size > 0 && cell <= cells[size - 1]) {
            ordered = false;
        }
        cells[size] = cell;
        values[size] = value;
        schools[size] = school;
        topics[size] = (byte) topic.ordinal();
        if (typedText != null) {
            typed.put(cell, typedText);
        }
        size++;
        byCell = null;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The position of the figure noted at {@code cell} (the last, if noted twice), or -1. */
    int find(long cell) {
        if (!ordered) {
            if (byCell == null) {
                byCell = new HashMap<>();
                for (int i = 0; i < size; i++) {
                    byCell.put(cells[i], i);
                }
            }
            Integer i = byCell.get(cell);
            return i == null ? -1 : i;
        }
        int i = Arrays.binarySearch(cells, 0, size, cell);
        return i < 0 ? -1 : i;
    }

    String school(int i) {
        return schools[i];
    }

    Topic topic(int i) {
        return Topic.values()[topics[i]];
    }

    /** As the officer sees it: the text as typed, else the figure read (34, not 34.0). */
    String shown(int i) {
        String t = typed.get(cells[i]);
        return t != null ? t : String.valueOf(values[i]);
    }

    /** Forgets them all, giving back the room a large sheet's took. */
    void clear() {
        size = 0;
        ordered = true;
        typed.clear();
        byCell = null;
        cells = new long[64];
        values = new int[64];
        schools = new String[64];
        topics = new byte[64];
    }
}
