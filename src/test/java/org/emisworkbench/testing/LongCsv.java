package org.emisworkbench.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A workspace's figures as an analyst gets them: the long CSV export of one census year, unchecked returns
 * included, read back row by row (column name → text). Tests that compare every stored figure with the cells they
 * wrote read it here rather than each parsing the file again.
 */
public final class LongCsv {
    private LongCsv() {
    }

    /** Exports {@code year} of {@code db} to {@code csv} through the CLI and returns its rows. */
    public static List<Map<String, String>> rows(Path db, int year, Path csv) throws IOException {
        CliRun export = CliRun.emis("export", "--db", db.toString(), "--year", String.valueOf(year), "--format",
                "long-csv", "--include-unchecked", "--out", csv.toString(), "--force");
        assertEquals(0, export.code(), export.out() + export.err());
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).replace("\uFEFF", "").split(",");
        assertTrue(List.of(head).contains("school_code"), lines.get(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < head.length && i < cells.length; i++) {
                row.put(head[i], cells[i]);
            }
            out.add(row);
        }
        return out;
    }

    /** The figures exported, each under the key {@code key} makes of its row, with its value rounded. */
    public static Map<String, Long> figures(Path db, int year, Path csv, Function<Map<String, String>, String> key)
            throws IOException {
        Map<String, Long> got = new TreeMap<>();
        for (Map<String, String> row : rows(db, year, csv)) {
            got.put(key.apply(row), Math.round(Double.parseDouble(row.get("value"))));
        }
        return got;
    }
}
