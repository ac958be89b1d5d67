package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.template.SecondaryYears;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secondary years numbered after primary (Uganda's {@code S.1}…{@code S.4} after seven years of primary): the draft
 * never guesses which grade they are, names them with the option that reads them, and with {@code --primary 7}
 * reads S.1 as G8 and the years after it as the grades that follow, as the import then stores them.
 */
class SecondaryYearsDraftTest {
    private static final int YEAR = 2025;
    private static final int SCHOOLS = 4;
    private static final int YEARS = 4;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    /** Figures [school][year][0 = boys, 1 = girls], drawn here, not by the code under test. */
    private final int[][][] pupils = new int[SCHOOLS][YEARS][2];

    private XSSFWorkbook workbook() {
        Random random = new Random(77);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Secondary enrolment");
        Object[] header = new Object[3 + 2 * YEARS];
        header[0] = "School code";
        header[1] = "Name of school";
        header[2] = "Zona";
        for (int y = 0; y < YEARS; y++) {
            header[3 + 2 * y] = "S." + (y + 1) + " Boys";
            header[4 + 2 * y] = "S." + (y + 1) + " Girls";
        }
        Sheets.row(sh, 0, header);
        for (int s = 0; s < SCHOOLS; s++) {
            Object[] row = new Object[header.length];
            row[0] = "UG-" + (700 + s);
            row[1] = "Seed Secondary " + s;
            row[2] = s % 2 == 0 ? "Rural" : "Urbana";
            for (int y = 0; y < YEARS; y++) {
                pupils[s][y][0] = 20 + random.nextInt(80);
                pupils[s][y][1] = 20 + random.nextInt(80);
                row[3 + 2 * y] = pupils[s][y][0];
                row[4 + 2 * y] = pupils[s][y][1];
            }
            Sheets.row(sh, s + 1, row);
        }
        return wb;
    }

    private Path write(XSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void withoutTheYearsOfPrimaryTheColumnsAreNamedWithTheOptionAndNeverGuessed() throws Exception {
        Path file = write(workbook(), "secondary-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "secondary");
        String note = d.notes().stream().filter(x -> x.key().equals("draft.secondaryYears")).map(Object::toString)
                .findFirst().orElseThrow(() -> new AssertionError(d.notes().toString()));
        assertTrue(note.contains("S.1 Boys, S.1 Girls") && note.contains("--primary"), note);
        assertTrue(note.contains("S 1") && note.contains("S 4") || note.contains("S.1") && note.contains("S.4"),
                note);
        assertFalse(d.draft().json().contains("\"G8\""), "never guessed: " + d.draft().json());
    }

    @Test
    void withSevenYearsOfPrimaryS1IsReadAsGradeEightAndTheImportStoresEveryFigure() throws Exception {
        XSSFWorkbook wb = workbook();
        Path file = write(wb, "secondary-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "secondary", new SecondaryYears(7));
        String json = d.draft().json();
        assertTrue(json.replaceAll("\\s", "").contains("\"G8\":[\"S.1\"]"), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"G11\":[\"S.4\"]"), json);
        assertTrue(d.notes().stream().anyMatch(n -> n.key().equals("draft.secondaryYearsRead")), d.notes().toString());
        assertFalse(d.notes().stream().anyMatch(n -> n.key().equals("draft.secondaryYears")), d.notes().toString());
        // Portuguese "Zona" (Urbana/Rural) is the school's locality.
        assertTrue(json.contains("school.locality"), json);

        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        var result = imports.importWith(workbook(), "secondary-2025.xlsx", json.replace("\"id\" : \"secondary\"",
                "\"id\": \"secondary-s\""));
        assertEquals(0, DraftedImports.count(result, "UNREAD_FIGURES"), result.problems().toString());
        assertEquals(SCHOOLS * YEARS * 2, result.valuesStored(), result.problems().toString());
        try (Workbench w = imports.open()) {
            for (int s = 0; s < SCHOOLS; s++) {
                for (int y = 0; y < YEARS; y++) {
                    imports.assertEnrolment(w, "UG-" + (700 + s), 8 + y, pupils[s][y][1], pupils[s][y][0]);
                }
            }
        }
    }

    /** P7 beside S1 with --primary 6: S1 would be G7, which P7 already gives; the note says S1 is left out. */
    @Test
    void aYearLeftOutBecauseTheSheetAlreadyGivesItsGradeIsSaid() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Sheets.row(sh, 0, "School code", "School name", "P7 Boys", "P7 Girls", "S1 Boys", "S1 Girls", "S2 Boys",
                "S2 Girls");
        Sheets.row(sh, 1, "UG-900", "Both Levels", 40, 41, 30, 31, 20, 21);
        Path file = write(wb, "both-2025.xlsx");
        TemplateWorkshop.DraftResult d = workshop.draft(file, "both", new SecondaryYears(6));
        String note = d.notes().stream().filter(x -> x.key().equals("draft.secondaryYearsLeftOut")).map(
                Object::toString).findFirst().orElseThrow(() -> new AssertionError(d.notes().toString()));
        assertTrue(note.contains("S1 Boys, S1 Girls") && note.contains("--primary 6"), note);
        assertFalse(note.contains("S2"), "S2 is read as G8: " + note);
    }

    @Test
    void yearsOfPrimaryOutsideFourToNineAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SecondaryYears(3));
        assertThrows(IllegalArgumentException.class, () -> new SecondaryYears(10));
    }
}
