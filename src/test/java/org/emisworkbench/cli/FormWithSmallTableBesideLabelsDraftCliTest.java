package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.emisworkbench.testing.LongCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-school return in the UIS style (review 26 F2): the school's labels down column A with their values in C
 * ({@code School code | | KW-0101}), a small {@code Teachers | Male | Female} table to the right of them on the same
 * rows, then a titled table of enrolment by age (rows {@code <6}, {@code 6} … {@code >13}) and grade (across, each
 * merged over {@code Male | Female}). The draft took the code's row for a row of school codes across ({@code KW-0101},
 * {@code Teachers}, {@code 4}) and the import stored phantom schools {@code TEACHERS} and {@code 4}; it now drafts a
 * form whose labels, small table and age table are read, with no false note on the {@code <6} row. The workbooks are
 * written here, in a style the sample generator does not write; the figures expected are the cells written here.
 */
class FormWithSmallTableBesideLabelsDraftCliTest {
    @TempDir
    Path dir;

    private static final String[] AGES = {"<6", "6", "7", "8", "9", "10", ">10"};
    private static final String[] AGE_CODES = {"-5", "6", "7", "8", "9", "10", "11+"};
    private static final int GRADES = 3;

    /** Pupils of school s, age row a, grade g, sex k (0 male, 1 female); some cells 0 as returns have. */
    private static int pupils(int s, int a, int g, int k) {
        int v = (7 * s + 5 * a + 3 * g + 2 * k) % 13;
        return a == g + 1 ? v + 30 : v % 4;
    }

    /** Teachers, qualified, trained of school s by sex k. */
    private static int staff(int s, int row, int k) {
        return 9 - 2 * row + s + k;
    }

    private Path form(int s, String code) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sh = wb.createSheet("School return");
        sh.createRow(0).createCell(0).setCellValue("ANNUAL SCHOOL CENSUS 2024");
        Row sexes = sh.createRow(1);
        sexes.createCell(5).setCellValue("Male");
        sexes.createCell(6).setCellValue("Female");
        String[][] labels = {{"School code", code}, {"School name", "School " + code}, {"District", "D05"}};
        String[] staffRows = {"Teachers", "Qualified teachers", "Trained teachers"};
        for (int r = 0; r < 3; r++) {
            Row row = sh.createRow(2 + r);
            row.createCell(0).setCellValue(labels[r][0]);
            row.createCell(2).setCellValue(labels[r][1]);
            row.createCell(4).setCellValue(staffRows[r]);
            row.createCell(5).setCellValue(staff(s, r, 0));
            row.createCell(6).setCellValue(staff(s, r, 1));
        }
        Row rooms = sh.createRow(5);
        rooms.createCell(0).setCellValue("Classrooms");
        rooms.createCell(2).setCellValue(4 + s);
        sh.createRow(7).createCell(0).setCellValue("ENROLMENT BY AGE, GRADE AND SEX");
        Row grades = sh.createRow(8);
        Row sexRow = sh.createRow(9);
        grades.createCell(0).setCellValue("Age");
        sh.addMergedRegion(new CellRangeAddress(8, 9, 0, 0));
        for (int g = 0; g < GRADES; g++) {
            grades.createCell(1 + 2 * g).setCellValue("Grade " + (g + 1));
            sh.addMergedRegion(new CellRangeAddress(8, 8, 1 + 2 * g, 2 + 2 * g));
            sexRow.createCell(1 + 2 * g).setCellValue("Male");
            sexRow.createCell(2 + 2 * g).setCellValue("Female");
        }
        for (int a = 0; a < AGES.length; a++) {
            Row row = sh.createRow(10 + a);
            row.createCell(0).setCellValue(AGES[a]);
            for (int g = 0; g < GRADES; g++) {
                for (int k = 0; k < 2; k++) {
                    row.createCell(1 + 2 * g + k).setCellValue(pupils(s, a, g, k));
                }
            }
        }
        Path path = dir.resolve(code + ".xlsx");
        try (wb; OutputStream out = Files.newOutputStream(path)) {
            wb.write(out);
        }
        return path;
    }

    @Test
    void theFormIsDraftedAsAFormAndEveryFigureIsRead() throws Exception {
        String[] codes = {"KW-0101", "KW-0102"};
        Path first = form(0, codes[0]);
        form(1, codes[1]);
        Path template = dir.resolve("t.json");
        CliRun draft = CliRun.emis("template", "draft", first.toString(), "--out", template.toString());
        assertEquals(0, draft.code(), draft.out() + draft.err());
        assertFalse(draft.out().contains("one column per school"), draft.out());
        assertFalse(draft.out().contains("names no grade"), "no note on the <6 age row: " + draft.out());
        Path db = dir.resolve("w.mv.db");
        CliRun imported = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(),
                dir.resolve(codes[0] + ".xlsx").toString(), dir.resolve(codes[1] + ".xlsx").toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());

        JsonNode schools = CliRun.emis("schools", "--db", db.toString(), "--year", "2024", "--format", "json").json();
        List<String> stored = new java.util.ArrayList<>();
        schools.findValues("code").forEach(n -> stored.add(n.asText()));
        assertEquals(List.of(codes[0], codes[1]), stored.stream().sorted().toList(), "no phantom school: " + schools);

        Map<String, Long> expected = new TreeMap<>();
        String[] sexes = {"M", "F"};
        String[] staffFields = {"total", "qualified", "trained"};
        for (int s = 0; s < codes.length; s++) {
            for (int g = 0; g < GRADES; g++) {
                for (int k = 0; k < 2; k++) {
                    for (int a = 0; a < AGES.length; a++) {
                        expected.merge(codes[s] + " enrolment G" + (g + 1) + " " + AGE_CODES[a] + " " + sexes[k],
                                (long) pupils(s, a, g, k), Long::sum);
                    }
                }
            }
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 2; k++) {
                    expected.put(codes[s] + " teachers " + staffFields[r] + " all " + sexes[k], (long) staff(s, r, k));
                }
            }
            expected.put(codes[s] + " classrooms total all ", (long) (4 + s));
        }
        Map<String, Long> got = LongCsv.figures(db, 2024, dir.resolve("long.csv"), r -> r.get("school_code") + " "
                + r.get("topic") + " " + r.get("item") + " " + r.get("age") + " " + r.get("sex"));
        assertTrue(expected.size() > 80, "figures written: " + expected.size());
        assertEquals(expected, got);
    }
}
