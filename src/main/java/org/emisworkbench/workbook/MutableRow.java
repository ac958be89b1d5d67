package org.emisworkbench.workbook;

import java.util.Arrays;

/**
 * The one {@link SheetRow} a reader reuses for every row of a sheet: parallel arrays that only grow,
 * so streaming millions of cells allocates nothing per row besides the cell texts themselves.
 */
final class MutableRow implements SheetRow {
    private int index;
    private int size;
    private boolean ordered = true;
    private int[] cols = new int[32];
    private CellKind[] kinds = new CellKind[32];
    private String[] texts = new String[32];
    private double[] numbers = new double[32];
    // Texts of number cells stay as characters until someone asks for them: most handlers only want
    // number(i), and not building 6 million small Strings is a measurable part of a large import.
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private char[] chars = new char[1024];
    private int used;
    private boolean hidden;

    void start(int rowIndex, boolean hiddenRow) {
        index = rowIndex;
        size = 0;
        used = 0;
        ordered = true;
        hidden = hiddenRow;
    }

    @Override
    public boolean hidden() {
        return hidden;
    }

    /** Adds a cell whose text is {@code len} characters of {@code src}, copied now, made a String on demand. */
    void add(int col, CellKind kind, char[] src, int off, int len, double number) {
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        System.arraycopy(src, off, chars, used, len);
        add(col, kind, null, number);
        starts[size - 1] = used;
        lengths[size - 1] = len;
        used += len;
    }

    void add(int col, CellKind kind, String text, double number) {
        if (size == cols.length) {
            int n = size * 2;
            cols = Arrays.copyOf(cols, n);
            kinds = Arrays.copyOf(kinds, n);
            texts = Arrays.copyOf(texts, n);
            numbers = Arrays.copyOf(numbers, n);
            starts = Arrays.copyOf(starts, n);
            lengths = Arrays.copyOf(lengths, n);
        }
        if (size > 0 && col <= cols[size - 1]) {
            ordered = false;
        }
        cols[size] = col;
        kinds[size] = kind;
        texts[size] = text;
        numbers[size] = number;
        size++;
    }

    /**
     * Puts the cells in column order. Excel always writes them in order; only odd files have cell
     * references that go backwards, and a hostile one may hold 200,000 such cells in a row, so the sort
     * is O(n log n) whatever the order: the cells' positions are sorted by (column, position) as
     * primitive longs — stable, no boxing — and the parallel arrays permuted once.
     */
    void sortIfNeeded() {
        if (ordered) {
            return;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((long) cols[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] newCols = new int[cols.length];
        CellKind[] newKinds = new CellKind[kinds.length];
        String[] newTexts = new String[texts.length];
        double[] newNumbers = new double[numbers.length];
        int[] newStarts = new int[starts.length];
        int[] newLengths = new int[lengths.length];
        for (int i = 0; i < size; i++) {
            int from = (int) keys[i];
            newCols[i] = cols[from];
            newKinds[i] = kinds[from];
            newTexts[i] = texts[from];
            newNumbers[i] = numbers[from];
            newStarts[i] = starts[from];
            newLengths[i] = lengths[from];
        }
        cols = newCols;
        kinds = newKinds;
        texts = newTexts;
        numbers = newNumbers;
        starts = newStarts;
        lengths = newLengths;
        ordered = true;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int col(int i) {
        check(i);
        return cols[i];
    }

    @Override
    public CellKind kind(int i) {
        check(i);
        return kinds[i];
    }

    @Override
    public String text(int i) {
        check(i);
        String t = texts[i];
        if (t == null) {
            t = new String(chars, starts[i], lengths[i]);
            texts[i] = t;
        }
        return t;
    }

    @Override
    public double number(int i) {
        check(i);
        return numbers[i];
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("cell " + i + " of a row with " + size + " cells");
        }
    }
}
