package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades as East African and South Asian returns spell them: {@code P.1}, {@code Gr. 2}, {@code Class III} (Roman),
 * {@code Std. 4}, and sheets named {@code P.1}, {@code P.2}: drafted, checked and imported with every figure.
 */
class GradeSpellingsDraftTest {
    private static final int YEAR = 2024;

    @TempDir
    Path dir;

    private final TemplateWorkshop workshop = new TemplateWorkshop(TemplateCatalog.load(null));

    @Test
    void dottedAbbreviatedAndRomanGradesAreDraftedAndImported() throws Exception {
        String[] grades = {"P.1", "Gr. 2", "Class III", "Std. 4", "Std V", "Standard VI", "Grade VII"};
        int schools = 3;
        int[][][] v = new int[schools][grades.length][2];
        Random random = new Random(11);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("Enrolment");
        Object[] header = new Object[2 + 2 * grades.length];
        header[0] = "EMIS No";
        header[1] = "School";
        for (int g = 0; g < grades.length; g++) {
            header[2 + 2 * g] = grades[g] + " Boys";
            header[3 + 2 * g] = grades[g] + " Girls";
        }
        Sheets.row(sh, 0, header);
        for (int s = 0; s < schools; s++) {
            Object[] row = new Object[header.length];
            row[0] = "UG" + (610 + s);
            row[1] = "Primary " + s;
            for (int g = 0; g < grades.length; g++) {
                for (int x = 0; x < 2; x++) {
                    v[s][g][x] = 5 + random.nextInt(90);
                    row[2 + 2 * g + x] = v[s][g][x];
                }
            }
            Sheets.row(sh, s + 1, row);
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "gulu-2024.xlsx");
        DraftedImports.assertNoUnread(run);
        assertEquals(schools * grades.length * 2L, run.result().valuesStored(), run.json());
        try (Workbench w = imports.open()) {
            for (int s = 0; s < schools; s++) {
                for (int g = 0; g < grades.length; g++) {
                    imports.assertEnrolment(w, "UG" + (610 + s), g + 1, v[s][g][1], v[s][g][0]);
                }
            }
        }
    }

    @Test
    void sheetsNamedPDotOneAndSoOnGiveTheirGrade() throws Exception {
        int schools = 2;
        int[][][] v = new int[schools][3][2];
        Random random = new Random(5);
        XSSFWorkbook wb = new XSSFWorkbook();
        for (int g = 0; g < 3; g++) {
            Sheet sh = wb.createSheet("P." + (g + 1));
            Sheets.row(sh, 0, "EMIS Code", "School Name", "Boys", "Girls");
            for (int s = 0; s < schools; s++) {
                v[s][g][0] = 10 + random.nextInt(50);
                v[s][g][1] = 10 + random.nextInt(50);
                Sheets.row(sh, s + 1, "MW" + (800 + s), "School " + s, v[s][g][0], v[s][g][1]);
            }
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, workshop);
        DraftedImports.Run run = imports.draftCheckImport(wb, "chikwawa-2024.xlsx");
        DraftedImports.assertNoUnread(run);
        assertEquals(schools * 3 * 2L, run.result().valuesStored(), run.json());
        try (Workbench w = imports.open()) {
            for (int s = 0; s < schools; s++) {
                for (int g = 0; g < 3; g++) {
                    imports.assertEnrolment(w, "MW" + (800 + s), g + 1, v[s][g][1], v[s][g][0]);
                }
            }
        }
    }
}
