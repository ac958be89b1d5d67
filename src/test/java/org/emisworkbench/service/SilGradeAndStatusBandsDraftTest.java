package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Cameroon-style district return (review 22): each school on two rows ({@code Garçons}, {@code Filles}) under a
 * code and name merged down both, the grades across from {@code SIL} (section d'initiation au langage, the first
 * year) to {@code CM2} with a {@code Total}; a teachers sheet whose statuses ({@code Titulaires}, {@code
 * Contractuels}, {@code Vacataires}) are each merged over {@code H | F}. Drafted as {@code emis template draft}
 * does, with no hand edit, and imported: SIL is G1 and CP G2, and the teachers of each sex are their statuses
 * added up. Every figure is compared with what this test wrote.
 */
class SilGradeAndStatusBandsDraftTest {
    private static final int YEAR = 2024;
    private static final String[] GRADES = {"SIL", "CP", "CE1", "CE2", "CM1", "CM2"};
    private static final String[] STATUSES = {"Titulaires", "Contractuels", "Vacataires"};
    private static final int SCHOOLS = 3;

    @TempDir
    Path dir;

    /** enrolment[school][grade 0-5][F, M]; teachers[school][status][F, M]. */
    private final int[][][] enrolment = new int[SCHOOLS][6][2];
    private final int[][][] teachers = new int[SCHOOLS][STATUSES.length][2];

    private static String code(int s) {
        return "CM-LT-" + (201 + s);
    }

    private XSSFWorkbook workbook() {
        Random rnd = new Random(2201);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet e = wb.createSheet("Effectifs");
        Sheets.row(e, 0, "RÉGION : LITTORAL");
        Sheets.row(e, 1, "EFFECTIFS PAR NIVEAU ET PAR SEXE");
        Object[] header = new Object[4 + GRADES.length];
        header[0] = "Code école";
        header[1] = "Nom de l'école";
        header[2] = "Sexe";
        System.arraycopy(GRADES, 0, header, 3, GRADES.length);
        header[header.length - 1] = "Total";
        Sheets.row(e, 3, header);
        for (int s = 0; s < SCHOOLS; s++) {
            int r = 4 + 2 * s;
            Object[] boys = new Object[header.length];
            Object[] girls = new Object[header.length];
            boys[0] = code(s);
            boys[1] = "EP Bonabéri " + (s + 1);
            boys[2] = "Garçons";
            girls[2] = "Filles";
            int sumM = 0;
            int sumF = 0;
            for (int g = 0; g < GRADES.length; g++) {
                enrolment[s][g][0] = rnd.nextInt(50) + 10;
                enrolment[s][g][1] = rnd.nextInt(50) + 10;
                boys[3 + g] = enrolment[s][g][1];
                girls[3 + g] = enrolment[s][g][0];
                sumM += enrolment[s][g][1];
                sumF += enrolment[s][g][0];
            }
            boys[header.length - 1] = sumM;
            girls[header.length - 1] = sumF;
            Sheets.row(e, r, boys);
            Sheets.row(e, r + 1, girls);
            e.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
            e.addMergedRegion(new CellRangeAddress(r, r + 1, 1, 1));
        }
        Sheet t = wb.createSheet("Enseignants");
        Sheets.row(t, 0, "PERSONNEL ENSEIGNANT");
        Object[] bands = new Object[3 + 2 * STATUSES.length];
        Object[] sexes = new Object[bands.length];
        bands[0] = "Code école";
        bands[1] = "Nom de l'école";
        for (int k = 0; k < STATUSES.length; k++) {
            bands[2 + 2 * k] = STATUSES[k];
            sexes[2 + 2 * k] = "H";
            sexes[3 + 2 * k] = "F";
        }
        bands[bands.length - 1] = "Salles de classe";
        Sheets.row(t, 2, bands);
        Sheets.row(t, 3, sexes);
        for (int k = 0; k < STATUSES.length; k++) {
            t.addMergedRegion(new CellRangeAddress(2, 2, 2 + 2 * k, 3 + 2 * k));
        }
        for (int c : new int[] {0, 1, bands.length - 1}) {
            t.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        }
        for (int s = 0; s < SCHOOLS; s++) {
            Object[] row = new Object[bands.length];
            row[0] = code(s);
            row[1] = "EP Bonabéri " + (s + 1);
            for (int k = 0; k < STATUSES.length; k++) {
                teachers[s][k][0] = rnd.nextInt(5) + 1;
                teachers[s][k][1] = rnd.nextInt(5);
                row[2 + 2 * k] = teachers[s][k][1];
                row[3 + 2 * k] = teachers[s][k][0];
            }
            row[bands.length - 1] = rnd.nextInt(6) + 4;
            Sheets.row(t, 4 + s, row);
        }
        return wb;
    }

    @Test
    void silIsTheFirstYearAndStatusesMergedOverTheSexesAddUpIntoTheTeachers() throws Exception {
        TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));
        // The notes, from the same workbook drafted on its own.
        Path alone = Files.createDirectories(dir.resolve("alone")).resolve("littoral-2024.xlsx");
        try (XSSFWorkbook wb = workbook(); OutputStream out = Files.newOutputStream(alone)) {
            wb.write(out);
        }
        List<Message> notes = workshop.draft(alone, "littoral").draft().notes();
        assertFalse(notes.isEmpty(), "CP after SIL is said");
        assertTrue(notes.stream().anyMatch(n -> n.key().equals("draft.cpAfterCi")), "CP after SIL: " + notes);
        assertTrue(notes.stream().noneMatch(n -> n.key().equals("draft.bareCp")
                || n.key().equals("draft.blankHeaderUnder")), "no column left out for want of its header: " + notes);

        DraftedImports imports = new DraftedImports(Files.createDirectories(dir.resolve("run")), YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(workbook(), "littoral-2024.xlsx");
        String json = run.json().replaceAll("\\s+", "");
        for (String[] sex : new String[][] {{"H", "M"}, {"F", "F"}}) {
            assertTrue(json.contains("{\"sumOf\":[\"Titulaires" + sex[0] + "\",\"Contractuels" + sex[0] + "\",\"Vacataires"
                    + sex[0] + "\"],\"field\":\"teachers.total\",\"sex\":\"" + sex[1] + "\"}"),
                    "the statuses of each sex summed: " + run.json());
        }
        assertTrue(json.contains("\"G2\":[\"CP\"]"), "CP after SIL is the second year: " + run.json());
        DraftedImports.assertClean(run, SCHOOLS);
        int figures = SCHOOLS * (GRADES.length * 2 + 2 + 1); // enrolment by grade and sex, teachers by sex, rooms
        assertEquals(figures, run.result().valuesStored(), run.json());
        try (var w = imports.open()) {
            for (int s = 0; s < SCHOOLS; s++) {
                for (int g = 0; g < GRADES.length; g++) {
                    imports.assertEnrolment(w, code(s), g + 1, enrolment[s][g][0], enrolment[s][g][1]);
                }
                int f = 0;
                int m = 0;
                for (int[] status : teachers[s]) {
                    f += status[0];
                    m += status[1];
                }
                imports.assertFigure(w, code(s), Topic.TEACHERS, 0, f, m);
            }
        }
    }
}
