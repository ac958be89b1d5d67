package org.emisworkbench.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;

/**
 * A national consolidated census workbook for benchmarks: one sheet, one row per school, about 115
 * columns (attributes, enrolment, repeaters, new entrants, pupils with disabilities, teachers,
 * classrooms, facilities, totals). Written with POI's streaming writer and shared strings, as Excel
 * would save it. The built-in template {@code national-wide} reads it.
 */
public final class NationalWorkbook {
    static final String SHEET = "Census";
    static final String[] GRADES = {"PP", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12"};
    private static final String[] OWNERSHIP = {"public", "private", "community", "faith"};

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
        SplittableRandom random = new SplittableRandom(seed);
        long cells = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true)) {
            Sheet sheet = wb.createSheet(SHEET);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            for (int s = 0; s < schools; s++) {
                if (s % 1000 == 0) {
                    cancel.check();
                    progress.update(s, schools, "Writing the national workbook");
                }
                cells += writeSchool(sheet.createRow(s + 1), s, random);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return cells + headers.size();
    }

    private static int writeSchool(Row row, int s, SplittableRandom r) {
        int district = s % 150;
        int c = 0;
        row.createCell(c++).setCellValue(String.format("N%06d", s));
        row.createCell(c++).setCellValue("School " + s);
        row.createCell(c++).setCellValue(String.format("D%03d", district + 1));
        row.createCell(c++).setCellValue(OWNERSHIP[r.nextInt(OWNERSHIP.length)]);
        row.createCell(c++).setCellValue(r.nextInt(3) == 0 ? "urban" : "rural");
        row.createCell(c++).setCellValue("primary_secondary");
        row.createCell(c++).setCellValue(-15 + r.nextDouble() * 10);
        row.createCell(c++).setCellValue(25 + r.nextDouble() * 10);
        int[] enrol = new int[GRADES.length * 2];
        int totalM = 0;
        int totalF = 0;
        for (int i = 0; i < enrol.length; i++) {
            enrol[i] = 15 + r.nextInt(30);
            row.createCell(c++).setCellValue(enrol[i]);
            if (i % 2 == 0) {
                totalM += enrol[i];
            } else {
                totalF += enrol[i];
            }
        }
        for (int i = 2; i < enrol.length; i++) {
            row.createCell(c++).setCellValue(r.nextInt(Math.max(1, enrol[i] / 8)));
        }
        row.createCell(c++).setCellValue(enrol[2] - r.nextInt(3));
        row.createCell(c++).setCellValue(enrol[3] - r.nextInt(3));
        for (int i = 2; i < enrol.length; i++) {
            row.createCell(c++).setCellValue(r.nextInt(3));
        }
        int teachers = (totalM + totalF) / 35 + 1;
        int[] staff = {teachers / 2, teachers - teachers / 2};
        for (int k = 0; k < 6; k++) {
            for (int sx = 0; sx < 2; sx++) {
                int n = k == 0 ? staff[sx] : k == 5 ? r.nextInt(3) : Math.max(0, staff[sx] - r.nextInt(2));
                row.createCell(c++).setCellValue(n);
            }
        }
        int rooms = (totalM + totalF) / 40 + 1;
        for (int v : new int[] {rooms - 1, 1, r.nextInt(2), rooms, 0, r.nextInt(2)}) {
            row.createCell(c++).setCellValue(v);
        }
        for (int k = 0; k < 6; k++) {
            row.createCell(c++).setCellValue(r.nextInt(4) == 0 ? 0 : 1);
        }
        for (int k = 0; k < 5; k++) {
            row.createCell(c++).setCellValue(1 + r.nextInt(6));
        }
        row.createCell(c++).setCellValue(totalM);
        row.createCell(c++).setCellValue(totalF);
        return c;
    }
}
