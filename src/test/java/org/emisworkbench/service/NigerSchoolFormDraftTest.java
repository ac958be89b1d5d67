package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Niger/Mali-style one-school form (issue #11, a new user's review): school identification labels, an age ×
 * cours table (CI … CM2, each merged over {@code G | F}) with its {@code Total} row and a {@code Redoublants} row
 * under it, a one-grade table {@code Nouveaux inscrits au CI | G | F}, the teachers by status ({@code Titulaires},
 * {@code Contractuels}, {@code Volontaires}, {@code Total}) over {@code H | F | Total}, and the classrooms by
 * material ({@code En dur}, {@code Semi-dur}, {@code Paillote}, {@code Total}). Written here with POI; the figures
 * expected are the ones this test wrote and added up itself.
 */
class NigerSchoolFormDraftTest {
    private static final int YEAR = 2024;
    private static final String[] COURS = {"CI", "CP", "CE1", "CE2", "CM1", "CM2"};
    private static final String[] AGES = {"Moins de 6 ans", "6 ans", "7 ans", "8 ans", "9 ans", "10 ans", "11 ans",
        "12 ans", "13 ans et plus"};
    private static final String[] ROOMS = {"En dur", "Semi-dur", "Paillote"};

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** What the form holds. Null is a cell left blank (nobody of that age in that cours). */
    private record Form(String code, Integer[][][] pupils, int[][] repeaters, int[] newEntrants, String[] statuses,
                        int[][] teachers, boolean totalColumn, int[] rooms) {
    }

    private static Form form(String code, String[] statuses, boolean totalColumn, long seed) {
        Random rnd = new Random(seed);
        Integer[][][] pupils = new Integer[AGES.length][COURS.length][2];
        for (int a = 0; a < AGES.length; a++) {
            for (int c = 0; c < COURS.length; c++) {
                // Ages near the cours' own age are filled; far from it the cell is left blank, as officers do.
                int typical = a - 1 - c;
                for (int s = 0; s < 2; s++) {
                    pupils[a][c][s] = Math.abs(typical) <= 2 ? 1 + rnd.nextInt(25) : null;
                }
            }
        }
        int[][] repeaters = new int[COURS.length][2];
        for (int[] r : repeaters) {
            r[0] = rnd.nextInt(6);
            r[1] = rnd.nextInt(6);
        }
        int[] newEntrants = {5 + rnd.nextInt(20), 5 + rnd.nextInt(20)};
        int[][] teachers = new int[statuses.length][2];
        for (int[] t : teachers) {
            t[0] = 1 + rnd.nextInt(4);
            t[1] = rnd.nextInt(4);
        }
        int[] rooms = {2 + rnd.nextInt(4), rnd.nextInt(3), 1 + rnd.nextInt(3)};
        return new Form(code, pupils, repeaters, newEntrants, statuses, teachers, totalColumn, rooms);
    }

    /** The form laid out as a ministry prints it: one sheet, titles, merged headers, blank spacer rows. */
    private static XSSFWorkbook write(Form f) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Questionnaire");
        Sheets.row(sh, 0, "RÉPUBLIQUE DU NIGER - MINISTÈRE DE L'ÉDUCATION NATIONALE");
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
        Sheets.row(sh, 1, "QUESTIONNAIRE ANNUEL DES ÉCOLES PRIMAIRES - ANNÉE SCOLAIRE 2024-2025");
        Sheets.row(sh, 3, "Code école", null, f.code());
        Sheets.row(sh, 4, "Nom de l'école", null, "EPC Koira Tegui " + f.code());
        Sheets.row(sh, 5, "Commune", null, "Niamey IV");
        Sheets.row(sh, 6, "Statut", null, "Public");

        Sheets.row(sh, 8, "I. EFFECTIFS DES ÉLÈVES PAR ÂGE ET PAR COURS");
        int head = 9;
        Sheets.row(sh, head, "Âge");
        Sheets.row(sh, head + 1);
        sh.addMergedRegion(new CellRangeAddress(head, head + 1, 0, 0));
        for (int c = 0; c < COURS.length; c++) {
            int col = 1 + 2 * c;
            sh.getRow(head).createCell(col).setCellValue(COURS[c]);
            sh.addMergedRegion(new CellRangeAddress(head, head, col, col + 1));
            sh.getRow(head + 1).createCell(col).setCellValue("G");
            sh.getRow(head + 1).createCell(col + 1).setCellValue("F");
        }
        int[][] totals = new int[COURS.length][2];
        for (int a = 0; a < AGES.length; a++) {
            Object[] row = new Object[1 + 2 * COURS.length];
            row[0] = AGES[a];
            for (int c = 0; c < COURS.length; c++) {
                for (int s = 0; s < 2; s++) {
                    Integer v = f.pupils()[a][c][s];
                    row[1 + 2 * c + s] = v;
                    totals[c][s] += v == null ? 0 : v;
                }
            }
            Sheets.row(sh, head + 2 + a, row);
        }
        int total = head + 2 + AGES.length;
        Object[] totalRow = new Object[1 + 2 * COURS.length];
        Object[] repRow = new Object[1 + 2 * COURS.length];
        totalRow[0] = "Total";
        repRow[0] = "Redoublants";
        for (int c = 0; c < COURS.length; c++) {
            for (int s = 0; s < 2; s++) {
                totalRow[1 + 2 * c + s] = totals[c][s];
                repRow[1 + 2 * c + s] = f.repeaters()[c][s];
            }
        }
        Sheets.row(sh, total, totalRow);
        Sheets.row(sh, total + 1, repRow);

        int r = total + 3;
        Sheets.row(sh, r, "II. Nouveaux inscrits au CI", "G", "F");
        Sheets.row(sh, r + 1, "Nombre", f.newEntrants()[0], f.newEntrants()[1]);

        r += 3;
        Sheets.row(sh, r, "III. PERSONNEL ENSEIGNANT PAR STATUT");
        Sheets.row(sh, r + 1, "Statut", "H", "F", f.totalColumn() ? "Total" : null);
        int men = 0;
        int women = 0;
        for (int i = 0; i < f.statuses().length; i++) {
            int[] t = f.teachers()[i];
            Sheets.row(sh, r + 2 + i, f.statuses()[i], t[0], t[1], f.totalColumn() ? t[0] + t[1] : null);
            men += t[0];
            women += t[1];
        }
        Sheets.row(sh, r + 2 + f.statuses().length, "Total", men, women, f.totalColumn() ? men + women : null);

        r += 4 + f.statuses().length;
        Sheets.row(sh, r, "IV. SALLES DE CLASSE PAR TYPE DE MATÉRIAU");
        Sheets.row(sh, r + 1, "Matériau", "Nombre");
        int rooms = 0;
        for (int i = 0; i < ROOMS.length; i++) {
            Sheets.row(sh, r + 2 + i, ROOMS[i], f.rooms()[i]);
            rooms += f.rooms()[i];
        }
        Sheets.row(sh, r + 2 + ROOMS.length, "Total", rooms);
        return wb;
    }

    /** The review's form: three statuses, a Total row and a Total column. */
    @Test
    void everyTableOfTheFormIsDraftedAndImportedAsWritten() throws Exception {
        assertDraftedAndImported(form("NE-10234", new String[] {"Titulaires", "Contractuels", "Volontaires"}, true,
                1123), "Questionnaire!B29+B30+B31", "Questionnaire!C29+C30+C31");
    }

    /** Mali's spelling: Auxiliaires among the statuses, no Total column, a Total row still under them. */
    @Test
    void auxiliariesCountAmongTheTeachersAndNoTotalColumnIsNeeded() throws Exception {
        assertDraftedAndImported(form("ML-20481", new String[] {"Titulaires", "Contractuels", "Auxiliaires",
            "Volontaires"}, false, 4411), "Questionnaire!B29+B30+B31+B32", "Questionnaire!C29+C30+C31+C32");
    }

    /**
     * Drafts the form as {@code emis template draft} does, checks and imports it with the draft unedited, and
     * compares every figure with the one written: enrolment by cours and sex (all ages), repeaters, new entrants to
     * CI, teachers by sex (the statuses added up, their cells cited: {@code men} and {@code women} name them),
     * classrooms by material. The enrolment table's Total row is never the teachers' total.
     */
    private void assertDraftedAndImported(Form f, String men, String women) throws Exception {
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(write(f), "ecole-" + f.code() + "-2024.xlsx");
        String json = run.json().replaceAll("\\s", "");
        assertFalse(json.contains("\"labels\":[\"Total\"],\"field\":\"teachers.total\""),
                "the word Total stands first in the enrolment table: never the teachers' label; " + run.json());
        String statuses = "\"" + String.join("\",\"", f.statuses()) + "\"";
        assertTrue(json.contains("\"sumOf\":[" + statuses + "],\"field\":\"teachers.total\",\"sex\":\"M\","
                + "\"column\":[\"H\"]"), run.json());
        assertTrue(json.contains("\"sumOf\":[" + statuses + "],\"field\":\"teachers.total\",\"sex\":\"F\","
                + "\"column\":[\"F\"]"), run.json());
        assertTrue(json.contains("\"labels\":[\"Paillote\"],\"field\":\"classrooms.temporary\""), run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message() + "\n" + run.json());
        assertEquals(1, r.schoolsAdded(), r.problems() + "\n" + run.json());
        assertEquals(0, DraftedImports.count(r, "UNREAD_FIGURES"), r.problems() + "\n" + run.json());
        assertEquals(0, r.problemCount(), "a clean return: " + r.problems() + "\n" + run.json());
        assertTrue(run.check().unreadBlocks().isEmpty(), run.check().unreadBlocks() + "\n" + run.json());
        try (Workbench w = imports.open()) {
            for (int c = 0; c < COURS.length; c++) {
                int boys = 0;
                int girls = 0;
                for (int a = 0; a < AGES.length; a++) {
                    boys += f.pupils()[a][c][0] == null ? 0 : f.pupils()[a][c][0];
                    girls += f.pupils()[a][c][1] == null ? 0 : f.pupils()[a][c][1];
                }
                imports.assertEnrolment(w, f.code(), c + 1, girls, boys);
                imports.assertFigure(w, f.code(), Topic.REPEATERS, c + 1, f.repeaters()[c][1], f.repeaters()[c][0]);
            }
            imports.assertFigure(w, f.code(), Topic.NEW_ENTRANTS, 1, f.newEntrants()[1], f.newEntrants()[0]);
            int menCount = 0;
            int womenCount = 0;
            for (int[] t : f.teachers()) {
                menCount += t[0];
                womenCount += t[1];
            }
            int total = Topic.TEACHERS.fixedSlots().indexOf("total");
            imports.assertFigure(w, f.code(), Topic.TEACHERS, total, womenCount, menCount);
            SchoolDetails details = new SchoolDetails(w);
            String district = imports.school(w, f.code()).district();
            assertEquals(men, cited(details.sources(f.code(), YEAR, Topic.TEACHERS, total, Sex.M)), "men cited");
            assertEquals(women, cited(details.sources(f.code(), YEAR, Topic.TEACHERS, total, Sex.F)), "women cited");
            var rows = details.figures(f.code(), YEAR, district);
            String[] slots = {"permanent", "semi_permanent", "temporary"};
            for (int i = 0; i < slots.length; i++) {
                String name = slots[i];
                int slot = Topic.CLASSROOMS.fixedSlots().indexOf(name);
                int expected = f.rooms()[i];
                assertEquals(expected, rows.stream().filter(x -> x.topic() == Topic.CLASSROOMS && x.slot() == slot)
                        .findFirst().orElseThrow(() -> new AssertionError(name + " not read: " + rows)).total(),
                        name);
            }
        }
    }

    /** The sheet and cells a figure's provenance names. */
    private static String cited(java.util.List<Workbench.SourcedFigure> sources) {
        assertEquals(1, sources.size(), sources.toString());
        return sources.get(0).source().sheet() + "!" + sources.get(0).source().cell();
    }
}
