package org.emisworkbench.rules.expr;

import org.emisworkbench.model.CellKey;
import java.util.Map;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;

/**
 * An order-free 64-bit digest of a figure set (cell → value): the sum of a mixed hash per figure.
 * Equal sets give equal digests, so the identical-returns rule compares in full only the returns
 * whose digests collide. Zero is kept for "no figure other than zero", which that rule skips.
 */
public final class FigureDigest {
    private long sum;
    private boolean nonZero;

    public void add(String topic, String slot, Sex sex, AgeGroup age, double value) {
        long h = topic.hashCode();
        h = h * 31 + (slot == null ? 0 : slot.hashCode());
        h = h * 31 + (sex == null ? 0 : sex.ordinal() + 1);
        h = h * 31 + age.code().hashCode();
        h = h * 1_000_003 + Double.hashCode(value);
        sum += mix(h);
        nonZero |= value != 0;
    }

    /** The digest, or 0 when every figure is zero or there is none. */
    public long value() {
        if (!nonZero) {
            return 0;
        }
        return sum == 0 ? 1 : sum;
    }

    public static long of(Map<CellKey, Double> figures) {
        FigureDigest d = new FigureDigest();
        figures.forEach((k, v) -> d.add(k.topic(), k.slot(), k.sex(), k.age(), v));
        return d.value();
    }

    /** SplitMix64's finaliser: spreads near-equal inputs over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
