package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 32 (A): a district list whose total row is labelled in the code column in a language whose total word the
 * program does not know ({@code जम्मा}, {@code សរុប}; here the Finnish {@code Yhteensä}), and which does not add up
 * because one school left a cell blank, was stored as one more school: the district counted twice, the check
 * passing. A word without digits among codes that all have some, whose figures are each at least half of the rows
 * above, is now a total row: checked (its mismatch said), named, never a school. A school whose code has no digit
 * but whose figures are a school's is still a school. Figures are written and added up by this test.
 */
class TotalRowInUnknownWordCliTest {
    private static final String TEMPLATE = """
            {"id": "district-list", "version": 1, "layout": "wide", "role": "census", "year": {"fromFileName": true},
             "constants": {"school.level": "primary"},
             "sheets": [{"names": ["Schools"], "key": ["School code"],
               "columns": [{"headers": ["School name"], "field": "school.name"},
                           {"patterns": ["Grade {grade} {sex}"], "field": "enrolment"}]}]}
            """;
    private static final int SCHOOLS = 8;
    private static final int GRADES = 3;

    @TempDir
    Path dir;

    private static int pupils(int school, int grade, int sex) {
        return 15 + 7 * school + 4 * grade + 3 * sex;
    }

    /** The school left blank in one cell (grade 2 girls), so that the total row does not add up. */
    private static boolean blank(int school, int grade, int sex) {
        return school == 3 && grade == 2 && sex == 1;
    }

    /**
     * The list, its last school coded {@code wordSchool} when given (a code without digits, a school's figures);
     * without it, then the district total row labelled {@code Yhteensä}, made of the sums of every cell written plus
     * the blank.
     */
    private Path workbook(String name, String wordSchool) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Schools");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("School code");
            h.createCell(1).setCellValue("School name");
            for (int g = 1; g <= GRADES; g++) {
                h.createCell(2 * g).setCellValue("Grade " + g + " Boys");
                h.createCell(2 * g + 1).setCellValue("Grade " + g + " Girls");
            }
            int[][] sums = new int[GRADES + 1][2];
            for (int i = 0; i < SCHOOLS; i++) {
                Row r = s.createRow(1 + i);
                r.createCell(0).setCellValue(i == SCHOOLS - 1 && wordSchool != null ? wordSchool
                        : String.valueOf(27011001 + 7 * i));
                r.createCell(1).setCellValue("School " + (i + 1));
                for (int g = 1; g <= GRADES; g++) {
                    for (int sex = 0; sex < 2; sex++) {
                        sums[g][sex] += pupils(i, g, sex);
                        if (!blank(i, g, sex)) {
                            r.createCell(2 * g + sex).setCellValue(pupils(i, g, sex));
                        }
                    }
                }
            }
            if (wordSchool != null) {
                wb.write(out);
                return file;
            }
            Row t = s.createRow(1 + SCHOOLS);
            t.createCell(0).setCellValue("Yhteensä");
            for (int g = 1; g <= GRADES; g++) {
                for (int sex = 0; sex < 2; sex++) {
                    t.createCell(2 * g + sex).setCellValue(sums[g][sex]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static long expectedEnrolment() {
        long n = 0;
        for (int i = 0; i < SCHOOLS; i++) {
            for (int g = 1; g <= GRADES; g++) {
                for (int sex = 0; sex < 2; sex++) {
                    n += blank(i, g, sex) ? 0 : pupils(i, g, sex);
                }
            }
        }
        return n;
    }

    private long[] stored(Path db) throws Exception {
        long total = 0;
        java.util.Set<String> schools = new java.util.TreeSet<>();
        Path csv = dir.resolve("long-" + System.nanoTime() + ".csv");
        for (java.util.Map<String, String> row : LongCsv.rows(db, 2024, csv)) {
            if (row.get("topic").equals("enrolment")) {
                total += Math.round(Double.parseDouble(row.get("value")));
                schools.add(row.get("school_code"));
            }
        }
        assertFalse(schools.contains("Yhteensä"), schools.toString());
        return new long[] {total, schools.size()};
    }

    @Test
    void aTotalRowInAWordTheProgramDoesNotKnowIsCheckedNotStoredAsASchool() throws Exception {
        Path file = workbook("district-2024.xlsx", null);
        Path template = dir.resolve("district-list.json");
        Files.writeString(template, TEMPLATE, StandardCharsets.UTF_8);
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertTrue(check.out().contains("would store " + SCHOOLS + " school(s)"), check.out());
        assertTrue(check.out().contains("TOTAL_ROW_WITH_CODE"), check.out());
        // The blank cell (school 4, grade 2 girls: F5) makes the total row's F10 disagree by that school's figure.
        assertTrue(check.out().contains("Schools!F10 TOTAL_MISMATCH"), check.out());

        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("+" + SCHOOLS + " schools"), imp.out());
        assertTrue(imp.out().contains("Yhteensä"), imp.out());
        long[] stored = stored(db);
        assertEquals(expectedEnrolment(), stored[0]);
        assertEquals(SCHOOLS, stored[1]);
    }

    @Test
    void aSchoolCodedWithoutDigitsIsStillASchoolWhenItsFiguresAreASchools() throws Exception {
        Path file = workbook("district-2024.xlsx", "MWALA");
        Path template = dir.resolve("district-list.json");
        Files.writeString(template, TEMPLATE, StandardCharsets.UTF_8);
        Path db = dir.resolve("w.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("+" + SCHOOLS + " schools"), imp.out());
        long[] stored = stored(db);
        assertEquals(expectedEnrolment(), stored[0]);
        assertEquals(SCHOOLS, stored[1]);
    }
}
