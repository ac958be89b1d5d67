package org.emisworkbench.store;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.FactValues;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;

/**
 * The one reading of a {@code fact_row} (decision 0003), for every reader in Java; SQL reads the view
 * {@code current_fact}, which unpacks rows the same way. {@code vals} holds one value per slot, NULL for
 * not reported; a row of girls and boys ({@code sex = 'B'}) holds the boys' slots after the girls'.
 * {@code sources} holds the slots' sources joined with '/' (a character Excel forbids in sheet names),
 * trailing empty slots left out; see {@link FactRecord} for what a source says.
 */
final class FactCodec {
    /** {@code fact_row.sex} of a row holding girls' slots then boys' slots. */
    static final String BOTH = "B";
    /** SQL condition on {@code f} (fact_row): the rows readers see, current ones of complete imports. */
    static final String VISIBLE = "f.is_current = TRUE AND f.batch_id IN " + Sql.COMPLETE_BATCHES;
    private static final char SEP = '/';

    private FactCodec() {
    }

    /** A stored row: its sex as stored (F, M, B or null), its {@code vals} and its joined sources. */
    record Stored(String sex, Object[] vals, String sources) {
        static Stored of(String sex, Array vals, String sources) throws SQLException {
            return new Stored(sex, vals == null ? new Object[0] : (Object[]) vals.getArray(), sources);
        }

        /** Whether the row counts {@code wanted} (null: a topic not counted by sex). */
        boolean holds(Sex wanted) {
            return wanted == null ? sex == null : wanted.code().equals(sex) || BOTH.equals(sex);
        }

        /** The value of a slot for a sex the row holds, or null. */
        Integer value(Sex wanted, int slot) {
            int i = index(wanted, slot);
            return i < vals.length && vals[i] != null ? ((Number) vals[i]).intValue() : null;
        }

        /** The source of a slot for a sex the row holds, or null. */
        String source(Sex wanted, int slot) {
            String[] each = sources == null ? new String[0] : sources.split(String.valueOf(SEP), -1);
            int i = index(wanted, slot);
            return i < each.length && !each[i].isEmpty() ? each[i] : null;
        }

        private int index(Sex wanted, int slot) {
            return wanted == Sex.M && BOTH.equals(sex) ? vals.length / 2 + slot : slot;
        }

        /** The row as counts: one row, or two when it holds girls and boys; slots past MAX_SLOTS are not read. */
        List<FactValues> values(Topic topic, AgeGroup age) {
            return BOTH.equals(sex) ? List.of(values(topic, Sex.F, age), values(topic, Sex.M, age))
                    : List.of(values(topic, sex == null ? null : Sex.valueOf(sex), age));
        }

        private FactValues values(Topic topic, Sex held, AgeGroup age) {
            int[] out = new int[Math.min(BOTH.equals(sex) ? vals.length / 2 : vals.length, Topic.MAX_SLOTS)];
            String[] each = sources == null ? null : sources.split(String.valueOf(SEP), -1);
            int unreadable = 0;
            for (int i = 0; i < out.length; i++) {
                int at = index(held, i);
                Object v = vals[at];
                out[i] = v == null ? FactRecord.MISSING : ((Number) v).intValue();
                if (v == null && each != null && at < each.length && !each[at].isEmpty()) {
                    // A cell was found for the slot, yet no count was stored: it could not be read.
                    unreadable |= 1 << i;
                }
            }
            return new FactValues(topic, held, age, out, unreadable);
        }
    }

    /** The sources of a row's slots as stored, or null when none has one. */
    static String join(String[] sources) {
        int last = sources.length - 1;
        while (last >= 0 && (sources[last] == null || sources[last].isEmpty())) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(8 * (last + 1));
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                sb.append(SEP);
            }
            if (sources[i] != null) {
                sb.append(sources[i]);
            }
        }
        return sb.toString();
    }
}
