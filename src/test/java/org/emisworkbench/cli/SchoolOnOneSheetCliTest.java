package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A code mistyped on one sheet of a file whose schools are on two (pupils on one sheet, teachers on another, as
 * Kenyan returns give them: review 20) made a school of its own without a word, leaving the real school without
 * its teachers. It is still read as given, and now said at its cell (IMP-31), naming the school the other sheet
 * has. A file of a sheet per district, each school on one sheet by its layout, says nothing.
 */
class SchoolOnOneSheetCliTest {
    @TempDir
    Path dir;

    private static final String[] CODES = {"KT-30211", "KT-30212", "KT-30213", "KT-30214"};

    private Path workbook(String name, String[] teacherCodes) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet e = wb.createSheet("Enrolment");
            Sheets.row(e, 0, "School code", "School name", "Grade 1 Boys", "Grade 1 Girls", "Grade 2 Boys",
                    "Grade 2 Girls");
            Sheet t = wb.createSheet("Teachers");
            Sheets.row(t, 0, "School code", "Male teachers", "Female teachers");
            for (int i = 0; i < CODES.length; i++) {
                Sheets.row(e, i + 1, CODES[i], "School " + i, 20 + i, 21 + i, 18 + i, 19 + i);
                Sheets.row(t, i + 1, teacherCodes[i], 1 + i, 2);
            }
            wb.write(out);
        }
        return file;
    }

    private CliRun importWithDraft(Path file) {
        Path template = dir.resolve(file.getFileName() + ".json");
        CliRun draft = CliRun.emis("template", "draft", file.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        return CliRun.emis("import", "--db", dir.resolve(file.getFileName() + ".mv.db").toString(), "--template",
                template.toString(), file.toString());
    }

    @Test
    void aCodeMistypedOnTheTeachersSheetIsSaidNamingTheSchoolItMayBe() throws Exception {
        String[] typed = CODES.clone();
        typed[2] = "KT-320213";
        CliRun r = importWithDraft(workbook("kitui-2025.xlsx", typed));
        assertEquals(0, r.code(), r.out() + r.err());
        String out = r.out();
        // The teachers' row of the third school is on row 4 of its sheet (header on row 1).
        assertTrue(out.contains("Teachers!A4: school KT-320213 has figures on sheet Teachers only, while the other"
                + " schools of the file are also on Enrolment; school KT-30213 is on Enrolment but not on Teachers"), out);
        assertTrue(out.contains("Enrolment!A4: school KT-30213 has figures on sheet Enrolment only"), out);
        assertTrue(out.contains("+5 schools"), out); // still read as given: nothing is guessed
        assertTrue(out.contains("OK with warnings"), out); // never a plain OK
    }

    @Test
    void schoolsOnEverySheetSayNothing() throws Exception {
        CliRun r = importWithDraft(workbook("kitui-clean-2025.xlsx", CODES.clone()));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("+4 schools"), r.out());
        assertFalse(r.out().contains("SCHOOL_ON_ONE_SHEET") || r.out().contains("IMP-31"), r.out());
    }

    @Test
    void aSheetPerDistrictIsItsLayoutNotAMistake() throws Exception {
        Path file = dir.resolve("two-districts-2025.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int d = 0; d < 2; d++) {
                Sheet s = wb.createSheet("District " + (d + 1));
                Sheets.row(s, 0, "School code", "School name", "Grade 1 Boys", "Grade 1 Girls");
                for (int i = 0; i < 3; i++) {
                    Sheets.row(s, i + 1, "D" + d + "-" + i, "School " + d + i, 10 + i, 11 + i);
                }
            }
            wb.write(out);
        }
        CliRun r = importWithDraft(file);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("+6 schools"), r.out());
        assertFalse(r.out().contains("SCHOOL_ON_ONE_SHEET"), r.out());
    }
}
