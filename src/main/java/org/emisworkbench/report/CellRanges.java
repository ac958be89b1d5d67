package org.emisworkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.SourceRef;

/**
 * The cells a figure rests on, written short for a person to find them: the cells of a column one under the
 * other become one range ({@code B6:B12}), columns side by side with the same rows one block ({@code B6:C12}).
 * Cells of a sheet other than {@code sheet} carry their sheet's name ({@code Staff!C4}); a cell that is no A1
 * reference (a sum {@code C5+E5} is split in its cells) stays as written.
 */
final class CellRanges {
    private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

    private CellRanges() {
    }

    static String of(List<SourceRef> cells, String sheet) {
        Map<String, Set<Long>> bySheet = new LinkedHashMap<>(); // sheet → row * 100 000 + column
        Map<String, Set<String>> asWritten = new LinkedHashMap<>();
        for (SourceRef c : cells) {
            if (c == null || c.cell() == null || c.cell().isBlank()) {
                continue;
            }
            String at = c.sheet() == null ? "" : c.sheet();
            for (String part : c.cell().split("\\+")) {
                Matcher m = A1.matcher(part.strip());
                if (m.matches()) {
                    bySheet.computeIfAbsent(at, k -> new TreeSet<>())
                            .add((Long.parseLong(m.group(2)) - 1) * 100_000L + CellRef.columnIndex(m.group(1)));
                } else {
                    asWritten.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(part.strip());
                }
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> sheets = new LinkedHashSet<>(bySheet.keySet());
        sheets.addAll(asWritten.keySet());
        for (String s : sheets) {
            String prefix = s.isEmpty() || s.equals(sheet) ? "" : s + "!";
            blocks(bySheet.getOrDefault(s, Set.of())).forEach(b -> out.add(prefix + b));
            asWritten.getOrDefault(s, Set.of()).forEach(b -> out.add(prefix + b));
        }
        return String.join(", ", out);
    }

    /** Runs of rows in each column, joined with the next column's when the rows are the same; by first row, then column. */
    private static List<String> blocks(Set<Long> cells) {
        TreeMap<Integer, TreeSet<Integer>> rowsByColumn = new TreeMap<>();
        for (long c : cells) {
            rowsByColumn.computeIfAbsent((int) (c % 100_000L), k -> new TreeSet<>()).add((int) (c / 100_000L));
        }
        // column → runs [first row, last row]
        TreeMap<Integer, List<int[]>> runs = new TreeMap<>();
        rowsByColumn.forEach((col, rows) -> {
            List<int[]> r = new ArrayList<>();
            for (int row : rows) {
                if (!r.isEmpty() && r.get(r.size() - 1)[1] == row - 1) {
                    r.get(r.size() - 1)[1] = row;
                } else {
                    r.add(new int[] {row, row});
                }
            }
            runs.put(col, r);
        });
        TreeMap<Long, String> out = new TreeMap<>();
        Set<String> used = new java.util.HashSet<>();
        for (var e : runs.entrySet()) {
            for (int[] run : e.getValue()) {
                if (!used.add(e.getKey() + ":" + run[0] + ":" + run[1])) {
                    continue;
                }
                int last = e.getKey();
                while (runs.containsKey(last + 1) && has(runs.get(last + 1), run)) {
                    last++;
                    used.add(last + ":" + run[0] + ":" + run[1]);
                }
                String from = CellRef.a1(run[0], e.getKey());
                String to = CellRef.a1(run[1], last);
                out.put(run[0] * 100_000L + e.getKey(), from.equals(to) ? from : from + ":" + to);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean has(List<int[]> runs, int[] run) {
        return runs.stream().anyMatch(r -> r[0] == run[0] && r[1] == run[1]);
    }
}
