package org.emisworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.emisworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A total for both sexes beside one sex only where the grade is given by the row (decision 0044): a form's table
 * with a row per grade ({@code Classe | Total | Filles}, French) and a sheet of several rows per school with the
 * grade in a column ({@code Código | Classe | HM | M}, Portuguese, the code merged down a school's rows). The
 * workbooks are written here; the boys expected are worked out here as total less girls. A blank cell beside a
 * filled one is said, naming its cell, and leaves the boys missing; girls above the total are IMP-24.
 */
class TotalBesideOneSexRowsCliTest {
    @TempDir
    Path dir;

    private static final String[] CLASSES = {"CP1", "CP2", "CE1", "CE2", "CM1", "CM2"};
    private static final String[] CLASSES_PT = {"1ª classe", "2ª classe", "3ª classe", "4ª classe", "5ª classe"};

    /** [school][grade][0 = total, 1 = girls]; null: a blank cell. */
    private static Integer[][][] figures(long seed, int schools, int grades) {
        Random rnd = new Random(seed);
        Integer[][][] v = new Integer[schools][grades][2];
        for (int s = 0; s < schools; s++) {
            for (int g = 0; g < grades; g++) {
                int girls = rnd.nextInt(40) + 1;
                v[s][g][1] = girls;
                v[s][g][0] = girls + rnd.nextInt(40);
            }
        }
        return v;
    }

    private static JsonNode trace(Path db, String school, int grade, String sex) throws Exception {
        return CliRun.emis("trace", "--db", db.toString(), "--year", "2024", "--school", school, "--slot",
                "G" + grade, "--sex", sex, "--format", "json").json();
    }

    /**
     * Girls as written; boys as total less girls with both cells named, missing where a cell is blank or the girls
     * pass the total.
     *
     * @param cells per school and grade, the total's and the girls' cells as the sheet names them
     */
    private static int assertFigures(Path db, Integer[][][] v, List<String> codes, String[][][] cells, String sheet)
            throws Exception {
        int worked = 0;
        for (int i = 0; i < v.length; i++) {
            for (int g = 0; g < v[i].length; g++) {
                Integer total = v[i][g][0];
                Integer girls = v[i][g][1];
                JsonNode f = trace(db, codes.get(i), g + 1, "F");
                JsonNode m = trace(db, codes.get(i), g + 1, "M");
                if (girls == null) {
                    assertFalse(f.path("value").isNumber(), "blanks are not zeros: " + f);
                } else {
                    assertEquals(girls.intValue(), f.get("value").asInt(), f.toString());
                }
                if (total == null || girls == null || girls > total) {
                    assertFalse(m.path("value").isNumber(), "nothing computed from a blank: " + m);
                } else {
                    assertEquals(total - girls, m.get("value").asInt(), m.toString());
                    JsonNode src = m.get("sources").get(0);
                    assertEquals(sheet, src.get("sheet").asText(), m.toString());
                    assertEquals(cells[i][g][0] + "-" + cells[i][g][1], src.get("cell").asText(), m.toString());
                    worked++;
                }
            }
        }
        assertTrue(worked > 0, "some boys were worked out");
        return worked;
    }

    /** One form per school, French: code and name labels, a merged title, then Classe | Total | Filles by grade. */
    private Path form(String code, Integer[][] v) throws Exception {
        Path path = dir.resolve("fiche-" + code + "-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet("Fiche école");
            s.createRow(0).createCell(0).setCellValue("Code école :");
            s.getRow(0).createCell(1).setCellValue(code);
            s.createRow(1).createCell(0).setCellValue("Nom de l'école :");
            s.getRow(1).createCell(1).setCellValue("École " + code);
            s.createRow(3).createCell(0).setCellValue("EFFECTIFS PAR CLASSE");
            s.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
            Row h = s.createRow(4);
            h.createCell(0).setCellValue("Classe");
            h.createCell(1).setCellValue("Total");
            h.createCell(2).setCellValue("Filles");
            for (int g = 0; g < v.length; g++) {
                Row r = s.createRow(5 + g);
                r.createCell(0).setCellValue(CLASSES[g]);
                for (int k = 0; k < 2; k++) {
                    if (v[g][k] != null) {
                        r.createCell(1 + k).setCellValue(v[g][k]);
                    }
                }
            }
            wb.write(out);
        }
        return path;
    }

    @Test
    void aFormsTableOfTotalAndGirlsByGradeGivesTheBoysAndIsDrafted() throws Exception {
        Integer[][][] v = figures(16, 3, CLASSES.length);
        v[1][2][1] = null;      // school 2, CE1: girls blank → boys missing, said at C8
        v[2][1][0] = 20;        // school 3, CP2: 25 girls of 20 → IMP-24 at B7, no boys
        v[2][1][1] = 25;
        v[2][4][0] = null;      // school 3, CM1: total blank → boys missing, girls kept, said at B10
        List<String> codes = List.of("BF-1101", "BF-1102", "BF-1103");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            files.add(form(codes.get(i), v[i]));
        }
        // The draft finds the table by itself, with the boys worked out and no hand edit.
        Path template = dir.resolve("fiche.json");
        CliRun d = CliRun.emis("template", "draft", files.get(0).toString(), "--out", template.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(Files.readString(template).contains("\"rows\" : \"grade\""), Files.readString(template));
        Path db = dir.resolve("fiche.mv.db");
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
            CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), f.toString());
            assertEquals(0, r.code(), r.out() + r.err());
            out.append(r.out());
        }
        String[][][] cells = new String[v.length][CLASSES.length][];
        for (int i = 0; i < v.length; i++) {
            for (int g = 0; g < CLASSES.length; g++) {
                cells[i][g] = new String[] {"B" + (6 + g), "C" + (6 + g)};
            }
        }
        assertFigures(db, v, codes, cells, "Fiche école");
        assertFalse(out.toString().contains("TOTAL_MISMATCH"), "the total is no check here: " + out);
        assertProblems(db, "Fiche école", List.of("C8", "B10"), "B7", "BF-1103");
    }

    /**
     * The blank cells reported (IMP-13, naming the blank cell and the one beside it), and the one IMP-24 at the
     * total's cell.
     */
    private static void assertProblems(Path db, String sheet, List<String> blanks, String over, String overSchool)
            throws Exception {
        JsonNode val = CliRun.emis("validate", "--db", db.toString(), "--year", "2024", "--format", "json").json();
        List<String> blankCells = new ArrayList<>();
        int over24 = 0;
        for (JsonNode x : val) {
            String rule = x.get("rule").asText();
            if ("IMP-13".equals(rule)) {
                assertEquals(sheet, x.get("source").get("sheet").asText(), x.toString());
                assertTrue(x.get("message").asText().contains("not worked out"), x.toString());
                blankCells.add(x.get("source").get("cell").asText());
            } else if ("IMP-24".equals(rule)) {
                assertEquals(over, x.get("source").get("cell").asText(), x.toString());
                assertEquals(overSchool, x.get("school").asText(), x.toString());
                over24++;
            }
        }
        assertEquals(blanks.stream().sorted().toList(), blankCells.stream().sorted().toList(), val.toString());
        assertEquals(1, over24, val.toString());
    }

    @Test
    void severalRowsPerSchoolWithTheGradeInAColumnGiveTheBoysRowByRow() throws Exception {
        Integer[][][] v = figures(17, 3, CLASSES_PT.length);
        v[0][3][1] = null;      // MZ-501, 4ª classe: M blank → boys missing
        v[1][0][0] = 12;        // MZ-502, 1ª classe: 15 girls of 12 → IMP-24
        v[1][0][1] = 15;
        v[2][2][0] = null;      // MZ-503, 3ª classe: HM blank
        List<String> codes = List.of("MZ-501", "MZ-502", "MZ-503");
        Path file = dir.resolve("zambezia-2024.xlsx");
        String[][][] cells = new String[v.length][CLASSES_PT.length][];
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Matrículas");
            Row h = s.createRow(0);
            String[] head = {"Código da escola", "Classe", "HM", "M"};
            for (int k = 0; k < head.length; k++) {
                h.createCell(k).setCellValue(head[k]);
            }
            int r = 1;
            for (int i = 0; i < v.length; i++) {
                int first = r;
                for (int g = 0; g < CLASSES_PT.length; g++, r++) {
                    Row row = s.createRow(r);
                    if (g == 0) {
                        row.createCell(0).setCellValue(codes.get(i));
                    }
                    row.createCell(1).setCellValue(CLASSES_PT[g]);
                    for (int k = 0; k < 2; k++) {
                        if (v[i][g][k] != null) {
                            row.createCell(2 + k).setCellValue(v[i][g][k]);
                        }
                    }
                    cells[i][g] = new String[] {"C" + (r + 1), "D" + (r + 1)};
                }
                // The school's code merged down its rows, as such exports are often printed.
                s.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            }
            wb.write(out);
        }
        Path template = dir.resolve("matriculas.json");
        Files.writeString(template, """
                {"id": "matriculas", "version": 1, "layout": "wide", "language": "pt", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Matrículas"], "key": ["Código da escola"], "keyContinues": true,
                   "columns": [{"headers": ["Classe"], "field": "row.grade"},
                               {"headers": ["M"], "field": "enrolment", "sex": "F"},
                               {"field": "enrolment", "sex": "M", "differenceOf": ["HM", "M"]}]}]}
                """);
        Path db = dir.resolve("zambezia.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("UNREAD_FIGURES"), r.out());
        assertFigures(db, v, codes, cells, "Matrículas");
        assertProblems(db, "Matrículas", List.of("D5", "C14"), "C7", "MZ-502");

        // The draft writes the same reading by itself: HM beside M says M is mulheres, the girls.
        Path drafted = dir.resolve("drafted.json");
        CliRun d = CliRun.emis("template", "draft", file.toString(), "--out", drafted.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertTrue(d.out().contains("difference enrolment M = \"HM\" − \"M\""), d.out());
        Path db2 = dir.resolve("zambezia-drafted.mv.db");
        CliRun r2 = CliRun.emis("import", "--db", db2.toString(), "--template", drafted.toString(), file.toString());
        assertEquals(0, r2.code(), r2.out() + r2.err());
        assertFigures(db2, v, codes, cells, "Matrículas");
    }
    @Test
    void aLowerHeaderRowUnderATooShortHeaderIsSaidNotCountedAsABlankRow() throws Exception {
        // CP1 … CM1 merged over two columns on row 1, "Total | dont filles" under each on row 2; the template says
        // the header takes one row.
        Path file = dir.resolve("deux-lignes-2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Effectifs");
            Row top = s.createRow(0);
            Row low = s.createRow(1);
            top.createCell(0).setCellValue("Code école");
            top.createCell(1).setCellValue("Nom de l'école");
            for (int g = 0; g < 3; g++) {
                top.createCell(2 + 2 * g).setCellValue(CLASSES[g]);
                s.addMergedRegion(new CellRangeAddress(0, 0, 2 + 2 * g, 3 + 2 * g));
                low.createCell(2 + 2 * g).setCellValue("Total");
                low.createCell(3 + 2 * g).setCellValue("dont filles");
            }
            for (int i = 0; i < 2; i++) {
                Row r = s.createRow(2 + i);
                r.createCell(0).setCellValue("BF-20" + i);
                r.createCell(1).setCellValue("École " + i);
                for (int g = 0; g < 3; g++) {
                    r.createCell(2 + 2 * g).setCellValue(30 + g + i);
                    r.createCell(3 + 2 * g).setCellValue(10 + g);
                }
            }
            wb.write(out);
        }
        Path template = dir.resolve("une-ligne.json");
        Files.writeString(template, """
                {"id": "une-ligne", "version": 1, "layout": "wide", "language": "fr", "year": {"fromFileName": true},
                 "sheets": [{"names": ["Effectifs"], "key": ["Code école"], "headerRow": 1, "headerRows": 1,
                   "columns": [{"headers": ["Nom de l'école"], "field": "school.name"},
                               {"patterns": ["{grade} dont filles"], "field": "enrolment", "sex": "F"},
                               {"field": "enrolment", "sex": "M", "differenceOf": ["{grade} Total",
                                 "{grade} dont filles"]}]}]}
                """);
        CliRun check = CliRun.emis("template", "check", "--template", template.toString(), file.toString());
        String all = check.out() + check.err();
        assertFalse(all.contains("blank row"), all);
        assertTrue(all.contains("skipped 1 row(s): headings under the header"), all);
        // Named by sheet and row, with what the row holds.
        assertTrue(all.contains("Effectifs!C2 REPEATED_HEADER") && all.contains("holds headings (Total, dont filles"),
                all);
        Path db = dir.resolve("deux.mv.db");
        CliRun r = CliRun.emis("import", "--db", db.toString(), "--template", template.toString(), file.toString());
        // Read one row deep, the header gives no figure column at all: two schools new to the workspace and not one
        // figure cell, so the import refuses the file whole (decision 0051) as the check said it would.
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("reads not one figure cell") && r.out().contains("Nothing was stored")
                && !r.out().contains("blank row"), r.out());
        assertTrue(all.contains("The import would REFUSE the file: the template reads not one figure cell"), all);
        // The same file with the header's two rows said: every figure read, nothing skipped.
        Files.writeString(template, Files.readString(template).replace("\"headerRows\": 1", "\"headerRows\": 2"));
        CliRun two = CliRun.emis("import", "--db", dir.resolve("deux2.mv.db").toString(), "--template",
                template.toString(), file.toString());
        assertTrue(two.out().contains("0 problems") && two.out().contains("12 values"), two.out());
    }
}
