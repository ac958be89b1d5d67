package org.emisworkbench.imports.excel;

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

    void start(int rowIndex) {
        index = rowIndex;
        size = 0;
        used = 0;
        ordered = true;
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
     * Puts the cells in column order. Excel always writes them in order; this only runs for odd files
     * whose cell references go backwards, so a plain insertion sort is enough.
     */
    void sortIfNeeded() {
        if (ordered) {
            return;
        }
        for (int i = 1; i < size; i++) {
            int c = cols[i];
            CellKind k = kinds[i];
            String t = texts[i];
            double d = numbers[i];
            int st = starts[i];
            int len = lengths[i];
            int j = i - 1;
            while (j >= 0 && cols[j] > c) {
                cols[j + 1] = cols[j];
                kinds[j + 1] = kinds[j];
                texts[j + 1] = texts[j];
                numbers[j + 1] = numbers[j];
                starts[j + 1] = starts[j];
                lengths[j + 1] = lengths[j];
                j--;
            }
            cols[j + 1] = c;
            kinds[j + 1] = k;
            texts[j + 1] = t;
            numbers[j + 1] = d;
            starts[j + 1] = st;
            lengths[j + 1] = len;
        }
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
