package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised header texts → what they mean, held as 64-bit hashes of the texts beside the index of one shared copy of
 * each meaning. A template's patterns expand over every alias of their code lists ({@code {grade} {sex}} over some
 * 600 grade spellings and 50 sex spellings: 30,000 headers per pattern), almost all of them meaning one of a few
 * hundred figures; a map of strings held each header's text, a map entry and a copy of its meaning, about 150 bytes a
 * header, so that loading the built-in templates needed a 48 MB heap. Here a header costs about 20 bytes (decision
 * 0099).
 *
 * <p>The hash is seeded afresh by each run of the program, so a header written in a workbook cannot be made to hash
 * as another that the template reads (a 64-bit hash of unknown seed: a clash among a template's headers and a file's
 * is about one in 10<sup>10</sup> files); texts never stored cannot be listed, which nothing needs.
 *
 * @param <V> the meaning: compared with {@code equals}, one copy kept of equal ones
 */
final class HashedHeaders<V> {
    /** Seeds the hash differently in every run of the program. */
    private static final long SEED = new java.security.SecureRandom().nextLong();
    private static final double MAX_LOAD = 0.6;

    private long[] keys = new long[16];
    /** Index + 1 of the meaning in {@link #values}; 0 marks an empty slot. */
    private int[] slots = new int[16];
    private int size;
    private final List<V> values = new ArrayList<>();
    /** Each meaning's index while headers are added; dropped by {@link #freeze()}. */
    private Map<V, Integer> index = new HashMap<>();

    /** The meaning of {@code header}, or null. */
    V get(String header) {
        int slot = find(hash(header));
        return slots[slot] == 0 ? null : values.get(slots[slot] - 1);
    }

    /** Adds {@code header} meaning {@code value} unless it is held already; returns the meaning held before, or null. */
    V putIfAbsent(String header, V value) {
        long h = hash(header);
        int slot = find(h);
        if (slots[slot] != 0) {
            return values.get(slots[slot] - 1);
        }
        insert(slot, h, value);
        return null;
    }

    /** Sets what {@code header} means, replacing any meaning held before. */
    void put(String header, V value) {
        long h = hash(header);
        int slot = find(h);
        if (slots[slot] != 0) {
            slots[slot] = indexOf(value) + 1;
            return;
        }
        insert(slot, h, value);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Every meaning given to a header (one copy of equal ones), including any a later {@link #put} replaced. */
    List<V> meanings() {
        return java.util.Collections.unmodifiableList(values);
    }

    /** Ends adding: the index of meanings goes, the tables are kept as they are. Returns this. */
    HashedHeaders<V> freeze() {
        index = null;
        if (values instanceof ArrayList<V> list) {
            list.trimToSize();
        }
        return this;
    }

    private void insert(int slot, long h, V value) {
        keys[slot] = h;
        slots[slot] = indexOf(value) + 1;
        if (++size > keys.length * MAX_LOAD) {
            grow();
        }
    }

    private int indexOf(V value) {
        if (index == null) {
            throw new IllegalStateException("headers are added before the table is frozen");
        }
        return index.computeIfAbsent(value, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    /** The slot holding {@code h}, or the empty slot where it would go. */
    private int find(long h) {
        int mask = keys.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (slots[slot] != 0 && keys[slot] != h) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }

    /** A seeded 64-bit hash of the text's characters, mixed after each one and at the end. */
    static long hash(String text) {
        long h = SEED ^ text.length();
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
