package org.emisworkbench.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;

/**
 * A national consolidated census workbook for benchmarks: one sheet, one row per school, about 115
 * columns (attributes, enrolment, repeaters, new entrants, pupils with disabilities, teachers,
 * classrooms, facilities, totals). Written with shared strings, as Excel would save it, by {@link SheetXlsx}
 * row by row: nothing is held per school, so a million schools are written in a small heap (POI's streaming
 * writer kept every shared string, two per school, and filled 512 MB at 663,000 schools; docs/performance.md).
 * The built-in template {@code national-wide} reads it.
 */
public final class NationalWorkbook {
    static final String SHEET = "Census";
    static final String[] GRADES = {"PP", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12"};
    private static final String[] OWNERSHIP = {"public", "private", "community", "faith"};
    private static final String LEVEL = "primary_secondary";
    private static final int DISTRICTS = 150;

    private NationalWorkbook() {
    }

    /** The header row, in column order. */
    public static List<String> headers() {
        List<String> h = new ArrayList<>(List.of("School code", "School name", "District", "Ownership", "Locality",
                "Level", "Latitude", "Longitude"));
        for (String g : GRADES) {
            h.add(g + " M");
            h.add(g + " F");
        }
        for (int g = 1; g <= 12; g++) {
            h.add("Rep G" + g + " M");
            h.add("Rep G" + g + " F");
        }
        h.add("New entrants G1 M");
        h.add("New entrants G1 F");
        for (int g = 1; g <= 12; g++) {
            h.add("Disab G" + g + " M");
            h.add("Disab G" + g + " F");
        }
        for (String t : List.of("Teachers", "Qualified teachers", "Trained teachers", "Full-time teachers",
                "Part-time teachers", "Non-teaching staff")) {
            h.add(t + " M");
            h.add(t + " F");
        }
        for (String c : List.of("good", "fair", "poor", "permanent", "semi-permanent", "temporary")) {
            h.add("Classrooms " + c);
        }
        h.addAll(List.of("Electricity", "Drinking water", "Handwashing", "Internet", "Computers",
                "Adapted infrastructure", "Toilets girls", "Toilets boys", "Toilets mixed", "Toilets staff",
                "Toilets accessible", "Total M", "Total F"));
        return h;
    }

    /** Writes {@code schools} rows to {@code file}; returns the number of cells written. */
    public static long write(Path file, int schools, long seed, Progress progress, Cancellation cancel)
            throws IOException {
        List<String> headers = headers();
        SharedStrings strings = new SharedStrings(headers);
        SplittableRandom random = new SplittableRandom(seed);
        long cells = 0;
        try (SheetXlsx xlsx = new SheetXlsx(file, SHEET)) {
            SheetXlsx.RowWriter head = xlsx.row(1);
            for (int c = 0; c < headers.size(); c++) {
                head.shared(strings.fixed(headers.get(c)));
            }
            head.end();
            for (int s = 0; s < schools; s++) {
                if (s % 1000 == 0) {
                    cancel.check();
                    progress.update(s, schools, "Writing the national workbook");
                }
                cells += writeSchool(xlsx.row(s + 2), s, random, strings);
            }
            xlsx.sharedStrings(strings.count(schools), strings.all(schools));
        }
        return cells + headers.size();
    }

    /**
     * The shared strings of the workbook, numbered without holding one per school: the fixed texts (headers,
     * districts, codes of lists) first, then each school's code and name in school order, so a school's index
     * is computed and the table is written by generating its texts again.
     */
    private static final class SharedStrings {
        private final java.util.Map<String, Integer> fixed = new java.util.LinkedHashMap<>();

        SharedStrings(List<String> headers) {
            headers.forEach(this::add);
            for (int d = 1; d <= DISTRICTS; d++) {
                add(district(d - 1));
            }
            for (String o : OWNERSHIP) {
                add(o);
            }
            add("urban");
            add("rural");
            add(LEVEL);
        }

        private void add(String text) {
            fixed.putIfAbsent(text, fixed.size());
        }

        int fixed(String text) {
            return fixed.get(text);
        }

        long code(int school) {
            return fixed.size() + 2L * school;
        }

        long name(int school) {
            return code(school) + 1;
        }

        long count(int schools) {
            return fixed.size() + 2L * schools;
        }

        /** Every text in index order, each school's generated as it is reached. */
        java.util.Iterator<String> all(int schools) {
            return java.util.stream.Stream.concat(fixed.keySet().stream(), java.util.stream.LongStream
                    .range(0, 2L * schools).mapToObj(i -> i % 2 == 0 ? schoolCode((int) (i / 2))
                            : schoolName((int) (i / 2)))).iterator();
        }
    }

    private static String schoolCode(int s) {
        return String.format("N%06d", s);
    }

    private static String schoolName(int s) {
        return "School " + s;
    }

    private static String district(int d) {
        return String.format("D%03d", d + 1);
    }

    private static int writeSchool(SheetXlsx.RowWriter row, int s, SplittableRandom r, SharedStrings strings)
            throws IOException {
        row.shared(strings.code(s));
        row.shared(strings.name(s));
        row.shared(strings.fixed(district(s % DISTRICTS)));
        row.shared(strings.fixed(OWNERSHIP[r.nextInt(OWNERSHIP.length)]));
        row.shared(strings.fixed(r.nextInt(3) == 0 ? "urban" : "rural"));
        row.shared(strings.fixed(LEVEL));
        row.number(-15 + r.nextDouble() * 10);
        row.number(25 + r.nextDouble() * 10);
        int[] enrol = new int[GRADES.length * 2];
        int totalM = 0;
        int totalF = 0;
        for (int i = 0; i < enrol.length; i++) {
            enrol[i] = 15 + r.nextInt(30);
            row.number(enrol[i]);
            if (i % 2 == 0) {
                totalM += enrol[i];
            } else {
                totalF += enrol[i];
            }
        }
        for (int i = 2; i < enrol.length; i++) {
            row.number(r.nextInt(Math.max(1, enrol[i] / 8)));
        }
        row.number(enrol[2] - r.nextInt(3));
        row.number(enrol[3] - r.nextInt(3));
        for (int i = 2; i < enrol.length; i++) {
            row.number(r.nextInt(3));
        }
        int teachers = (totalM + totalF) / 35 + 1;
        int[] staff = {teachers / 2, teachers - teachers / 2};
        for (int k = 0; k < 6; k++) {
            for (int sx = 0; sx < 2; sx++) {
                int n = k == 0 ? staff[sx] : k == 5 ? r.nextInt(3) : Math.max(0, staff[sx] - r.nextInt(2));
                row.number(n);
            }
        }
        int rooms = (totalM + totalF) / 40 + 1;
        for (int v : new int[] {rooms - 1, 1, r.nextInt(2), rooms, 0, r.nextInt(2)}) {
            row.number(v);
        }
        for (int k = 0; k < 6; k++) {
            row.number(r.nextInt(4) == 0 ? 0 : 1);
        }
        for (int k = 0; k < 5; k++) {
            row.number(1 + r.nextInt(6));
        }
        row.number(totalM);
        row.number(totalF);
        return row.end();
    }
}
