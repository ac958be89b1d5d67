package org.emisworkbench.store;

import java.util.Map;
import java.util.function.Consumer;
import org.emisworkbench.store.DistrictPackages.In;
import org.emisworkbench.store.DistrictPackages.Rows;

/** A part read alongside the files: its rows must come file by file, in the files' order. */
final class PackageCursor implements AutoCloseable {
    private final String part;
    private final Rows rows;
    private PackageRow next;

    PackageCursor(In in, String part) {
        this.part = part;
        this.rows = in.open(part);
        advance();
    }

    private void advance() {
        Map<String, Object> m = rows.next();
        next = m == null ? null : new PackageRow(part, rows.line(), m);
    }

    /** Whether the next row belongs to the file {@code fileId}. */
    boolean of(long fileId) {
        return next != null && next.requiredWhole("file_id") == fileId;
    }

    long peekRecord() {
        return next.requiredWhole("record");
    }

    /** Passes over the rows of {@code fileId}. */
    void skip(long fileId) {
        while (of(fileId)) {
            advance();
        }
    }

    PackageRow take() {
        PackageRow r = next;
        advance();
        return r;
    }

    void mustBeDone() {
        if (next != null) {
            throw next.bad("file_id", "order");
        }
    }

    @Override
    public void close() {
        rows.close();
    }

    /** Hands every row of {@code part} to {@code each}, in order. */
    static void each(In in, String part, Consumer<PackageRow> each) {
        try (Rows rows = in.open(part)) {
            for (Map<String, Object> m = rows.next(); m != null; m = rows.next()) {
                each.accept(new PackageRow(part, rows.line(), m));
            }
        }
    }
}
