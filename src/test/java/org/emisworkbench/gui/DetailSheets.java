package org.emisworkbench.gui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;

/**
 * One-school forms written by the tests of the mapping screen's label and table details ({@link FormDetailsViewModel}),
 * each with figures drawn from a seed, kept so that the tests compute what must be read.
 */
final class DetailSheets {
    static final String[] BANDS = {"Qualified", "Unqualified", "Total"};
    static final String[] CLASSES = {"Class 1", "Class 2", "Class 3"};
    static final String[] ARMS = {"East", "West"};
    static final String[] BLOCKS = {"General", "Scheduled Caste"};

    private DetailSheets() {
    }

    /**
     * Teachers of all subjects on one row under bands over the sexes: {@code Teachers | Qualified | | Unqualified | |
     * Total} over {@code | Male | Female | …}; {@code teachers[band][0 male, 1 female]}, the Total band the sum.
     */
    static int[][] bands(Path file, long seed) throws IOException {
        Random rnd = new Random(seed);
        int[][] t = new int[3][2];
        for (int x = 0; x < 2; x++) {
            t[0][x] = rnd.nextInt(9) + 1;
            t[1][x] = rnd.nextInt(9) + 20; // never a qualified figure: a band mixed up shows
            t[2][x] = t[0][x] + t[1][x];
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Staff");
            Sheets.row(sh, 0, "School code:", "GH-4101");
            Sheets.row(sh, 1, "School name:", "Banda Primary");
            Sheets.row(sh, 3, "Teachers by qualification", BANDS[0], null, BANDS[1], null, BANDS[2], null);
            Sheets.row(sh, 4, null, "Male", "Female", "Male", "Female", "Male", "Female");
            Sheets.row(sh, 5, "Teachers", t[0][0], t[0][1], t[1][0], t[1][1], t[2][0], t[2][1]);
            write(wb, file);
        }
        return t;
    }

    /**
     * Facilities answered by a mark under {@code Working | Not working}, {@code working[i]} for question i, and a
     * table of one row below them (the pupils of grades 1 and 2 by sex).
     */
    static boolean[] ticks(Path file) throws IOException {
        boolean[] working = {false, true};
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Form");
            Sheets.row(sh, 0, "School code:", "GH-4102");
            Sheets.row(sh, 1, "School name:", "Tick Primary");
            Sheets.row(sh, 3, "Facility", "Working", "Not working");
            Sheets.row(sh, 4, "Drinking water", working[0] ? "X" : null, working[0] ? null : "X");
            Sheets.row(sh, 5, "Electricity", working[1] ? "X" : null, working[1] ? null : "X");
            // A table of one row, which has no stream column.
            Sheets.row(sh, 7, "Enrolment by grade and sex");
            Sheets.row(sh, 8, null, "Grade 1", null, "Grade 2");
            Sheets.row(sh, 9, null, "M", "F", "M", "F");
            Sheets.row(sh, 10, "Pupils", 10, 11, 12, 13);
            write(wb, file);
        }
        return working;
    }

    /**
     * Enrolment by class with two arms a class, the class written on its first arm's row only: {@code Class | Arm |
     * Boys | Girls}; {@code pupils[class][arm][0 boys, 1 girls]}.
     */
    static int[][][] streams(Path file, long seed) throws IOException {
        Random rnd = new Random(seed);
        int[][][] p = new int[CLASSES.length][ARMS.length][2];
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Enrolment");
            Sheets.row(sh, 0, "School code:", "GH-4103");
            Sheets.row(sh, 1, "School name:", "Arms Primary");
            Sheets.row(sh, 3, "Enrolment by class and sex");
            Sheets.row(sh, 4, "Class", "Arm", "Boys", "Girls");
            int r = 5;
            for (int c = 0; c < CLASSES.length; c++) {
                for (int a = 0; a < ARMS.length; a++) {
                    p[c][a][0] = rnd.nextInt(30) + 5;
                    p[c][a][1] = rnd.nextInt(30) + 5;
                    Sheets.row(sh, r++, a == 0 ? CLASSES[c] : null, ARMS[a], p[c][a][0], p[c][a][1]);
                }
            }
            write(wb, file);
        }
        return p;
    }

    /**
     * The enrolment in blocks by social category, each {@code Class | Boys | Girls} under its own title;
     * {@code pupils[block][class][0 boys, 1 girls]}.
     */
    static int[][][] blocks(Path file, long seed) throws IOException {
        Random rnd = new Random(seed);
        int[][][] p = new int[BLOCKS.length][CLASSES.length][2];
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Enrolment");
            Sheets.row(sh, 0, "School code:", "IN-4104");
            Sheets.row(sh, 1, "School name:", "Blocks Primary");
            int r = 3;
            for (int b = 0; b < BLOCKS.length; b++) {
                Sheets.row(sh, r++, "Enrolment - " + BLOCKS[b]);
                Sheets.row(sh, r++, "Class", "Boys", "Girls");
                for (int c = 0; c < CLASSES.length; c++) {
                    p[b][c][0] = rnd.nextInt(30) + 5;
                    p[b][c][1] = rnd.nextInt(30) + 5;
                    Sheets.row(sh, r++, CLASSES[c], p[b][c][0], p[b][c][1]);
                }
                r++;
            }
            write(wb, file);
        }
        return p;
    }

    private static void write(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
