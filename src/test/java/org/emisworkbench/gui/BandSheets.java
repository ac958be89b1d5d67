package org.emisworkbench.gui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;

/**
 * A district's school returns, one school per sheet, with three topics side by side in one table of a row per
 * class: {@code Effectifs | Doublants | Abandons}, each merged over its {@code Garçons | Filles}. The drafter's
 * words take all three banners for enrolment, so it leaves the table whole (one topic): the repeaters read as
 * enrolment a second time and the drop-outs a third. The figures are drawn here, kept to be checked after import.
 *
 * @param enrolment by school, class, sex (0 boys, 1 girls)
 * @param repeaters by school, class, sex
 * @param dropouts  by school, class, sex (no topic of the workbench: never stored)
 */
record BandSheets(int[][][] enrolment, int[][][] repeaters, int[][][] dropouts) {
    static final String[] CLASSES = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
    static final String TITLE = "Tableau 2 : élèves par classe et par sexe";
    /** Row (1-based) of the first class. */
    static final int FIRST_ROW = 7;

    static String sheet(int school) {
        return "École " + (school + 1);
    }

    static String code(int school) {
        return "ECB-" + (101 + school);
    }

    static BandSheets draw(long seed, int schools) {
        Random r = new Random(seed);
        int[][][][] t = new int[3][schools][CLASSES.length][2];
        for (int s = 0; s < schools; s++) {
            for (int g = 0; g < CLASSES.length; g++) {
                for (int x = 0; x < 2; x++) {
                    t[0][s][g][x] = 20 + r.nextInt(40);
                    t[1][s][g][x] = r.nextInt(9);
                    t[2][s][g][x] = r.nextInt(4);
                }
            }
        }
        return new BandSheets(t[0], t[1], t[2]);
    }

    Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (int s = 0; s < enrolment.length; s++) {
                Sheet sh = wb.createSheet(sheet(s));
                Sheets.row(sh, 0, "Code de l'établissement :", code(s));
                Sheets.row(sh, 1, "Nom de l'établissement :", "École de Kpalimé " + (s + 1));
                Sheets.row(sh, 3, TITLE);
                Sheets.row(sh, 4, null, "Effectifs", null, "Doublants", null, "Abandons", null);
                for (int b = 0; b < 3; b++) {
                    sh.addMergedRegion(new CellRangeAddress(4, 4, 1 + 2 * b, 2 + 2 * b));
                }
                Sheets.row(sh, 5, "Classe", "Garçons", "Filles", "Garçons", "Filles", "Garçons", "Filles");
                for (int g = 0; g < CLASSES.length; g++) {
                    Sheets.row(sh, FIRST_ROW - 1 + g, CLASSES[g], enrolment[s][g][0], enrolment[s][g][1],
                            repeaters[s][g][0], repeaters[s][g][1], dropouts[s][g][0], dropouts[s][g][1]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
