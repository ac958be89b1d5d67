package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district workbook of one school per sheet whose sheets give the teachers two ways (review 22, Tanzania style):
 * some on one line ({@code Teachers: | Male | 12 | Female | 15}), others in a small table by qualification level
 * ({@code Level | Female | Male}, rows {@code Grade B}, {@code Certificate}, {@code Diploma}, {@code Degree}, no
 * Total row). The draft read the first sheet's labels on every sheet, so the other sheets' teachers were not read,
 * and the levels were not added up. Now the sheet read on every sheet holds both ways, each sheet reads its own,
 * and the way a sheet does not use raises no problem at import.
 */
class SheetsTwoTeacherShapesCrossTabTest {
    private static final int YEAR = 2024;
    private static final String[] CODES = {"KB-301", "KB-302", "KB-303", "KB-304"};
    private static final String[] LEVELS = {"Grade B", "Certificate", "Diploma", "Degree"};

    @TempDir
    Path dir;

    @Test
    void eachSheetReadsItsOwnTeachers() throws Exception {
        Random rnd = new Random(2206);
        XSSFWorkbook wb = new XSSFWorkbook();
        int[][] teachers = new int[CODES.length][2]; // [school][F, M]
        int[][][] pupils = new int[CODES.length][7][2];
        for (int s = 0; s < CODES.length; s++) {
            Sheet sh = wb.createSheet("School " + (s + 1));
            Sheets.row(sh, 0, "PRIMARY SCHOOL RETURN 2024");
            Sheets.row(sh, 2, "School: Shule " + (s + 1), "", "", "Reg. No: " + CODES[s]);
            Sheets.row(sh, 4, "Class", "Girls", "Boys", "Total");
            for (int g = 0; g < 7; g++) {
                pupils[s][g][0] = rnd.nextInt(60) + 5;
                pupils[s][g][1] = rnd.nextInt(60) + 5;
                Sheets.row(sh, 5 + g, "Std " + (g + 1), pupils[s][g][0], pupils[s][g][1],
                        pupils[s][g][0] + pupils[s][g][1]);
            }
            // The line first (sheet 1 and 3), the table on the others: the draft must not follow the first sheet.
            if (s % 2 == 0) {
                teachers[s][0] = rnd.nextInt(20) + 1;
                teachers[s][1] = rnd.nextInt(20) + 1;
                Sheets.row(sh, 14, "Teachers:", "Female", teachers[s][0], "Male", teachers[s][1]);
            } else {
                Sheets.row(sh, 14, "Teachers by qualification");
                Sheets.row(sh, 15, "Level", "Female", "Male");
                for (int l = 0; l < LEVELS.length; l++) {
                    int f = rnd.nextInt(5);
                    int m = rnd.nextInt(5);
                    teachers[s][0] += f;
                    teachers[s][1] += m;
                    Sheets.row(sh, 16 + l, LEVELS[l], f, m);
                }
            }
        }
        DraftedImports imports = new DraftedImports(dir, YEAR, new TemplateWorkshop(TemplateCatalog.load(null)));
        DraftedImports.Run run = imports.draftCheckImport(wb, "district-2024.xlsx");
        assertTrue(run.json().contains("\"sumOf\"") && run.json().contains("\"Teachers\""), run.json());
        FileResult r = run.result();
        assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
        assertEquals(CODES.length, r.schoolsAdded(), r.problems().toString());
        assertEquals(0, r.problemCount(), "a way of the teachers not used on a sheet is no problem: " + r.problems());
        assertEquals(0, run.check().unreadNumberColumns(), run.json());
        assertEquals(CODES.length * (7 * 2 + 2L), r.valuesStored(), "enrolment and teachers, every school");
        int total = Topic.TEACHERS.fixedSlots().indexOf("total");
        try (Workbench w = imports.open()) {
            for (int s = 0; s < CODES.length; s++) {
                assertEquals(teachers[s][0], w.whereFrom(CODES[s], YEAR, Topic.TEACHERS, total, Sex.F, AgeGroup.ALL)
                        .orElseThrow().value(), CODES[s] + " women teachers");
                assertEquals(teachers[s][1], w.whereFrom(CODES[s], YEAR, Topic.TEACHERS, total, Sex.M, AgeGroup.ALL)
                        .orElseThrow().value(), CODES[s] + " men teachers");
                for (int g = 0; g < 7; g++) {
                    imports.assertEnrolment(w, CODES[s], g + 1, pupils[s][g][0], pupils[s][g][1]);
                }
            }
        }
    }
}
