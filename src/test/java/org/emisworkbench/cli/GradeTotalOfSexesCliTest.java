package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades across, each merged over a row of its sexes and their total ({@code Grade 1} over {@code B | G | T},
 * French {@code CP1} over {@code G | F | T}, garçons and filles): the total of each grade is a check total, compared
 * with the two sexes and never stored, on a wide sheet (a row per school) and in a one-school form's table (a row per
 * age). The draft reads it so, the check lists it as read and nothing as unread, the import stores the boys and the
 * girls and names the cells of a total that differs. The workbooks are written here, in styles the sample generator
 * does not write; the figures expected are the cells written here, added up here.
 */
class GradeTotalOfSexesCliTest {
    @TempDir
    Path dir;

    /** Per school (wide) or per age (form), per grade: boys then girls. */
    private static final int[][][] FIGURES = {
        {{21, 19}, {18, 22}, {17, 16}},
        {{30, 28}, {26, 27}, {25, 29}},
        {{12, 15}, {14, 11}, {13, 13}}};

    private static int boys(int grade) {
        int n = 0;
        for (int[][] row : FIGURES) {
            n += row[grade][0];
        }
        return n;
    }

    private static int girls(int grade) {
        int n = 0;
        for (int[][] row : FIGURES) {
            n += row[grade][1];
        }
        return n;
    }

    /**
     * Writes the grade heads on {@code headRow} (each merged over three columns from {@code firstCol}), the sexes and
     * total under them, and the figures from the row below; {@code wrong[row][grade]} is added to that total (0: the
     * total is the sum); a figure of -1 leaves its cell blank.
     */
    private static void table(Sheet s, int headRow, int firstCol, String[] grades, String[] sexes, String[] rowLabels,
                              int labelCol, int[][][] figures, int[][] wrong) {
        Row head = s.getRow(headRow) != null ? s.getRow(headRow) : s.createRow(headRow);
        Row sub = s.getRow(headRow + 1) != null ? s.getRow(headRow + 1) : s.createRow(headRow + 1);
        for (int g = 0; g < grades.length; g++) {
            int c = firstCol + 3 * g;
            head.createCell(c).setCellValue(grades[g]);
            s.addMergedRegion(new CellRangeAddress(headRow, headRow, c, c + 2));
            for (int i = 0; i < 3; i++) {
                sub.createCell(c + i).setCellValue(sexes[i]);
            }
        }
        for (int r = 0; r < figures.length; r++) {
            Row row = s.createRow(headRow + 2 + r);
            row.createCell(labelCol).setCellValue(rowLabels[r]);
            for (int g = 0; g < grades.length; g++) {
                int c = firstCol + 3 * g;
                int b = figures[r][g][0];
                int f = figures[r][g][1];
                if (b >= 0) {
                    row.createCell(c).setCellValue(b);
                }
                if (f >= 0) {
                    row.createCell(c + 1).setCellValue(f);
                }
                row.createCell(c + 2).setCellValue(Math.max(b, 0) + Math.max(f, 0) + wrong[r][g]);
            }
        }
    }

    private Path write(String name, XSSFWorkbook wb) throws Exception {
        Path path = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(path)) {
            wb.write(out);
        }
        return path;
    }

    /** A wide sheet: a title row, the key and name merged down two header rows, a row per school. */
    private Path wide(String name, String sheet, String key, String nameHeader, String[] grades, String[] sexes,
                      int[][][] figures, int[][] wrong) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet(sheet);
        s.createRow(0).createCell(0).setCellValue(sheet.toUpperCase() + " 2024");
        Row head = s.createRow(1);
        head.createCell(0).setCellValue(key);
        head.createCell(1).setCellValue(nameHeader);
        s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        s.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        String[] codes = {"KT-101", "KT-102", "KT-103"};
        table(s, 1, 2, grades, sexes, codes, 0, figures, wrong);
        for (int r = 0; r < codes.length; r++) {
            s.getRow(3 + r).createCell(1).setCellValue("School " + (r + 1));
        }
        return write(name, wb);
    }

    /** A one-school form: code and name labels, a title, grades across over their sexes, a row per age. */
    private Path form(String name, String[] labels, String title, String ageHeader, String[] ages, String[] grades,
                      String[] sexes, int[][] wrong) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Fiche");
        Row r0 = s.createRow(0);
        r0.createCell(0).setCellValue(labels[0]);
        r0.createCell(2).setCellValue("SN-4410");
        Row r1 = s.createRow(1);
        r1.createCell(0).setCellValue(labels[1]);
        r1.createCell(2).setCellValue("Keur Massar");
        s.createRow(3).createCell(0).setCellValue(title);
        s.createRow(4).createCell(0).setCellValue(ageHeader);
        s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
        table(s, 4, 1, grades, sexes, ages, 0, FIGURES, wrong);
        return write(name, wb);
    }

    private static final int[][] NONE = new int[3][3];

    private Path draft(Path file) throws Exception {
        Path out = dir.resolve(file.getFileName() + ".json");
        CliRun r = CliRun.emis("template", "draft", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return out;
    }

    private static int traced(Path db, String school, String grade, String sex) throws Exception {
        JsonNode j = CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", school,
                "--topic", "enrolment", "--slot", grade, "--sex", sex, "--format", "json").json();
        return j.get("value").asInt();
    }

    @Test
    void aWideSheetsGradeTotalsAreReadAsChecksAndTheSexesStored() throws Exception {
        Path file = wide("census-2024.xlsx", "Enrolment", "School code", "School name",
                new String[] {"Grade 1", "Grade 2", "Grade 3"}, new String[] {"B", "G", "T"}, FIGURES, NONE);
        Path template = draft(file);
        String json = Files.readString(template);
        JsonNode columns = new ObjectMapper().readTree(json).get("sheets").get(0).get("columns");
        boolean total = false;
        for (JsonNode c : columns) {
            total |= "enrolment".equals(c.path("total").asText()) && c.toString().contains("T");
        }
        assertTrue(total, "the draft reads each grade's T as a total: " + json);

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertFalse(check.out().contains("NOT READ"), check.out());
        for (String col : new String[] {"E", "H", "K"}) {
            assertTrue(check.out().matches("(?s).*read +" + col + " +\"Grade \\d T\" +→ total of enrolment G\\d.*"),
                    col + ": " + check.out());
        }
        assertTrue(check.out().contains("Problems: none"), check.out());

        Path db = dir.resolve("wide.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains(" 0 problems"), imp.out());
        String[] codes = {"KT-101", "KT-102", "KT-103"};
        for (int s = 0; s < codes.length; s++) {
            for (int g = 0; g < 3; g++) {
                assertEquals(FIGURES[s][g][0], traced(db, codes[s], "G" + (g + 1), "M"), codes[s] + " G" + (g + 1));
                assertEquals(FIGURES[s][g][1], traced(db, codes[s], "G" + (g + 1), "F"), codes[s] + " G" + (g + 1));
            }
        }
    }

    @Test
    void aFrenchWideSheetsGarconsAreBoysAndATotalTypedOverNamesTheCells() throws Exception {
        // School 2's CP2 total is 4 too many; school 3's CE1 garçons are blank beside its total (13 + 0 written as 13
        // would agree, so the total is written as the sum of both figures: 26, the garçons being left out).
        int[][][] figures = {FIGURES[0], FIGURES[1], {FIGURES[2][0], FIGURES[2][1], {-1, 13}}};
        int[][] wrong = {{0, 0, 0}, {0, 4, 0}, {0, 0, 13}};
        Path file = wide("effectifs-2024.xlsx", "Effectifs", "Code école", "Nom de l'école",
                new String[] {"CP1", "CP2", "CE1"}, new String[] {"G", "F", "T"}, figures, wrong);
        Path template = draft(file);
        assertEquals("fr", new ObjectMapper().readTree(template.toFile()).path("language").asText(),
                Files.readString(template));

        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertFalse(check.out().contains("NOT READ"), check.out());
        // Row 5 (school 2): CP2 garçons in F5, filles in G5, total in H5.
        int cp2 = figures[1][1][0] + figures[1][1][1];
        assertTrue(check.out().matches("(?s).*Effectifs!H5 TOTAL_MISMATCH: [^\n]* — the total says " + (cp2 + 4)
                + " but F5 \\(M\\) and G5 \\(F\\) add up to " + cp2 + "\n.*"), check.out());
        // Row 6 (school 3): CE1 garçons blank in I6, filles 13 in J6, total 26 in K6.
        assertTrue(check.out().matches("(?s).*Effectifs!K6 TOTAL_MISMATCH: [^\n]* — the total says 26 but I6 \\(M\\)"
                + " and J6 \\(F\\) add up to 13; I6 is blank, not read as 0: fill in the figure \\(or 0 if there is"
                + " none\\) to check the total\n.*"), check.out());

        Path db = dir.resolve("fr.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("TOTAL_MISMATCH               2"), imp.out());
        // G is garçons: boys; F filles: girls. CP1 is G1, CE1 G3 in the French system.
        assertEquals(FIGURES[1][0][0], traced(db, "KT-102", "G1", "M"));
        assertEquals(FIGURES[1][0][1], traced(db, "KT-102", "G1", "F"));
        assertEquals(FIGURES[1][1][0], traced(db, "KT-102", "CP2", "M"), "a total typed over is never stored");
        assertEquals(13, traced(db, "KT-103", "CE1", "F"));
    }

    @Test
    void aFormsTableWithATotalUnderEachGradeChecksItAndReadsNothingElse() throws Exception {
        String[] ages = {"6", "7", "8"};
        Path file = form("return-2024.xlsx", new String[] {"School code:", "School name:"},
                "ENROLMENT BY AGE, GRADE AND SEX", "Age", ages, new String[] {"Grade 1", "Grade 2", "Grade 3"},
                new String[] {"B", "G", "T"}, NONE);
        Path template = draft(file);
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertEquals(0, check.code(), check.out() + check.err());
        assertFalse(check.out().contains("NOT READ"), check.out());
        // The figures start on row 7; the totals stand in D, G and J.
        assertTrue(check.out().contains("read      D7:D9       \"Grade 1 T\""), check.out());
        assertTrue(check.out().contains("\"Grade 3 T\"                  → total of enrolment G3"), check.out());
        assertTrue(check.out().contains("Problems: none"), check.out());

        Path db = dir.resolve("form.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains(" 0 problems"), imp.out());
        assertTrue(imp.out().contains((3 * 3 * 2) + " values"), "boys and girls of 3 grades × 3 ages: " + imp.out());
        for (int g = 0; g < 3; g++) {
            assertEquals(boys(g), traced(db, "SN-4410", "G" + (g + 1), "M"), "G" + (g + 1));
            assertEquals(girls(g), traced(db, "SN-4410", "G" + (g + 1), "F"), "G" + (g + 1));
        }
    }

    @Test
    void aFrenchFormsTotalDifferingFromGarconsAndFillesIsATotalMismatchAtItsCell() throws Exception {
        String[] ages = {"6 ans", "7 ans", "8 ans"};
        int[][] wrong = {{0, 0, 0}, {0, 0, -2}, {0, 0, 0}};
        Path file = form("fiche-2024.xlsx", new String[] {"Code école :", "Nom de l'école :"},
                "EFFECTIFS PAR ÂGE ET PAR CLASSE", "Âge", ages, new String[] {"CP1", "CP2", "CE1"},
                new String[] {"G", "F", "T"}, wrong);
        Path template = draft(file);
        assertEquals("fr", new ObjectMapper().readTree(template.toFile()).path("language").asText(),
                Files.readString(template));
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        assertFalse(check.out().contains("NOT READ"), check.out());
        assertTrue(check.out().contains("\"CE1 T\"                      → total of enrolment G3"), check.out());
        // Age 7 is row 8; CE1's garçons in H8, filles in I8, the total in J8.
        int ce1 = FIGURES[1][2][0] + FIGURES[1][2][1];
        assertTrue(check.out().matches("(?s).*Fiche!J8 TOTAL_MISMATCH: [^\n]* — the total says " + (ce1 - 2)
                + " but H8 \\(M\\) and I8 \\(F\\) add up to " + ce1 + "\n.*"), check.out());

        Path db = dir.resolve("fiche.mv.db");
        CliRun imp = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("TOTAL_MISMATCH               1"), imp.out());
        assertFalse(imp.out().contains("UNREAD_FIGURES"), imp.out());
        String[] grades = {"G1", "G2", "G3"};
        for (int g = 0; g < 3; g++) {
            assertEquals(boys(g), traced(db, "SN-4410", grades[g], "M"), "garçons of " + grades[g]);
            assertEquals(girls(g), traced(db, "SN-4410", grades[g], "F"), "filles of " + grades[g]);
        }
    }
}
